// What the edit layer needs to know about a storage format at compile time: its family (zoned,
// packed, binary), its sign layout, and the digits cobc counts for it. Storage formats stay
// free of display concerns; these traits are specialised here for each of them.
#ifndef COBRT_EDIT_FORMAT_TRAITS_H_
#define COBRT_EDIT_FORMAT_TRAITS_H_

#include <cstdint>

#include "runtime/decimal/int_rep.h"
#include "runtime/storage/binary.h"
#include "runtime/storage/packed.h"
#include "runtime/storage/zoned.h"

namespace cobrt {

enum class FormatFamily : uint8_t { kZoned, kPacked, kBinary };

template <class Format>
struct FormatTraits;

template <int D, int S, ZonedSign Sign>
struct FormatTraits<Zoned<D, S, Sign>> {
  static constexpr FormatFamily kFamily = FormatFamily::kZoned;
  static constexpr bool kSeparateSign = Zoned<D, S, Sign>::kSeparate;
  static constexpr bool kLeadingSign = Zoned<D, S, Sign>::kLeadingSign;
};
template <int D, int S, bool Signed>
struct FormatTraits<Packed<D, S, Signed>> {
  static constexpr FormatFamily kFamily = FormatFamily::kPacked;
  static constexpr bool kSeparateSign = false;
  static constexpr bool kLeadingSign = false;
};
template <int D, int S, bool Signed, int Bytes, ByteOrder Order, BinaryTruncation Truncation>
struct FormatTraits<Binary<D, S, Signed, Bytes, Order, Truncation>> {
  static constexpr FormatFamily kFamily = FormatFamily::kBinary;
  static constexpr bool kSeparateSign = false;
  static constexpr bool kLeadingSign = false;
  // COMP-5 and BINARY-xxx (native order) are "real binary" in libcob: never cut to the PICTURE.
  static constexpr bool kNative = Order == ByteOrder::kNative;
  static constexpr bool kTruncatedToPicture = Truncation == BinaryTruncation::kToPictureDigits;
};

// The digit count cobc gives an item (COB_FIELD_DIGITS): P positions count, so 9(3)PP has 5
// digits and PPP99 (scale 5) has 5.
constexpr auto CobcDigits(int digits, int scale) -> int {
  return scale < 0 ? digits - scale : (scale > digits ? scale : digits);
}

namespace internal {
// Writes the PICTURE digits of a valid item as characters ('0'..'9'), `Digits` of them, and
// returns whether the item's sign is negative (a negative zero included). Zoned bytes are copied
// with an overpunched sign turned back into its digit; packed nibbles and binary values give
// their decimal digits (a binary value past the PICTURE keeps its low-order digits).
template <class Format>
auto PictureDigits(const uint8_t* data, char* out) -> bool {
  constexpr int kDigits = Format::kDigits;
  using Traits = FormatTraits<Format>;
  if constexpr (Traits::kFamily == FormatFamily::kZoned) {
    const uint8_t* digits = data + Format::kDigitOffset;
    for (int i = 0; i < kDigits; ++i) out[i] = static_cast<char>(digits[i]);
    bool negative = Format::IsNegative(data);
    if constexpr (Format::kSigned && !Format::kSeparate) {
      int at = Format::kLeadingSign ? 0 : kDigits - 1;
      if (negative) out[at] = static_cast<char>(digits[at] & ~kNegativeOverpunchBit);
    }
    return negative;
  } else if constexpr (Traits::kFamily == FormatFamily::kPacked) {
    // Two nibbles a byte, after an even count's pad nibble; the last byte's low one the sign.
    int position = 0;
    int byte = 0;
    if constexpr (kDigits % 2 == 0)
      out[position++] = static_cast<char>('0' + (data[byte++] & 0x0F));
#pragma GCC unroll 16
    for (; byte < Format::kSize - 1; ++byte) {
      out[position++] = static_cast<char>('0' + (data[byte] >> 4));
      out[position++] = static_cast<char>('0' + (data[byte] & 0x0F));
    }
    out[position] = static_cast<char>('0' + (data[Format::kSize - 1] >> 4));
    return Format::kSigned && Format::IsNegative(data);
  } else {
    auto value = Format::Read(data);
    bool negative = IsNegative(value.mantissa);
    auto magnitude = Abs(value.mantissa);
    for (int i = kDigits - 1; i >= 0; --i) {
      out[i] = static_cast<char>('0' + static_cast<int>(magnitude % 10));
      magnitude = magnitude / 10;
    }
    return negative;
  }
}
}  // namespace internal

}  // namespace cobrt

#endif  // COBRT_EDIT_FORMAT_TRAITS_H_
