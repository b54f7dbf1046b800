// MOVE conversions between elementary items (fact sheet §5; libcob move.c cob_move). Formats
// are known when the program is emitted, so each MOVE is one instantiation over record bytes:
//
//   cobrt::MoveNumeric<Zoned<5, 2, ZonedSign::kTrailing>, Packed<7, 1, true>>(a, b);
//   cobrt::MoveNumericToAlphanumeric<Zoned<5, 2, ZonedSign::kTrailing>>(a, x, 8, false);
//   cobrt::MoveAlphanumericToNumeric<Zoned<5, 0, ZonedSign::kTrailing>>(x, 6, n);
//   cobrt::MoveAlphanumeric(x, 6, y, 10, /*justified_right=*/false);  // and group moves
//
// MOVE never rounds: low-order digits beyond the target's scale are dropped.
#ifndef COBRT_EDIT_MOVE_H_
#define COBRT_EDIT_MOVE_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <type_traits>

#include "runtime/edit/format_traits.h"
#include "runtime/storage/store.h"

namespace cobrt {

// Alphanumeric to alphanumeric, and every group move: bytes copied, space padded, cut on the
// right; JUSTIFIED RIGHT pads and cuts on the left (fact sheet §5).
void MoveAlphanumeric(const uint8_t* source, size_t source_size, uint8_t* target,
                      size_t target_size, bool justified_right = false);

// MOVE ALL "literal": the pattern repeated over the target and cut at its end, for targets
// whose length is known only at run time (reference modification by an item).
void FillRepeating(const uint8_t* pattern, size_t pattern_size, uint8_t* target,
                   size_t target_size);

namespace internal {
// Copies zoned digit bytes aligned on the decimal point (store_common_region): digits past
// either end are dropped, missing ones are '0', and a space or NUL byte becomes '0'; any other
// byte is copied as it is ("A C" gives "00A0C", fact sheet §5). Signs are handled by the caller.
void CopyAlignedDigits(const uint8_t* source, int source_digits, int source_scale, uint8_t* target,
                       int target_digits, int target_scale);

// cob_move_alphanum_to_display into `digits` zoned bytes at `scale` (fact sheet §5): returns
// whether a leading '-' was seen. A non-digit (other than space and ',') or a second '.' met
// before the target is full makes the whole result zero, sign kept.
// The same with digit counts and scales known at compile time (MoveNumeric): the zeros and
// the copied range are constants.
template <int kSourceDigits, int kSourceScale, int kTargetDigits, int kTargetScale>
inline void CopyAlignedDigits(const uint8_t* source, uint8_t* target) {
  constexpr int kShift = (kSourceDigits - kSourceScale) - (kTargetDigits - kTargetScale);
  constexpr int kFirst = -kShift < 0 ? 0 : (-kShift > kTargetDigits ? kTargetDigits : -kShift);
  constexpr int kLast = kSourceDigits - kShift;
  constexpr int kEnd = kLast < kFirst ? kFirst : (kLast > kTargetDigits ? kTargetDigits : kLast);
  std::memset(target, '0', kFirst);
  for (int j = kFirst; j < kEnd; ++j) {
    const uint8_t byte = source[j + kShift];
    target[j] = byte == ' ' || byte == 0 ? '0' : byte;
  }
  std::memset(target + kEnd, '0', kTargetDigits - kEnd);
}

auto AlphanumericToDigits(const uint8_t* source, size_t size, uint8_t* digits, int digit_count,
                          int scale, char decimal_point) -> bool;

// Puts a sign on zoned digits already in place.
template <class Format>
void PutZonedSign(uint8_t* data, bool negative) {
  if constexpr (Format::kSeparate) {
    data[Format::kSignOffset] = negative ? '-' : '+';
  } else if constexpr (Format::kSigned) {
    if (negative) data[Format::kSignOffset] |= kNegativeOverpunchBit;
  }
}
}  // namespace internal

namespace internal {
// Whether every digit nibble of a packed item is 0-9 (the pad nibble of an even digit count is
// not a digit).
template <class Format>
auto ValidPackedDigits(const uint8_t* data) -> bool {
  bool valid = (data[Format::kSize - 1] >> 4) < 10;
  for (int byte = 0; byte < Format::kSize - 1; ++byte) {
    const bool high = (Format::kDigits % 2 == 0 && byte == 0) || (data[byte] >> 4) < 10;
    valid = valid && high && (data[byte] & 0x0F) < 10;
  }
  return valid;
}

template <class From>
auto SourceNegativeZero(const uint8_t* source) -> bool {
  if constexpr (FormatTraits<From>::kFamily == FormatFamily::kBinary) {
    return false;
  } else {
    return From::kSigned && From::IsNegative(source);
  }
}
}  // namespace internal

// Numeric to numeric. Into a zoned item from a zoned or packed one, digits are copied aligned
// on the point and the sign is copied, a negative zero included (-0.001 into S9V99 stores "00p",
// fact sheet §5; packed -0 into S9(5) SIGN TRAILING SEPARATE gives "00000-", checked against
// cobc). Other pairs go through the value: truncated at the target's scale, then cut as a store
// without SIZE ERROR cuts (low-order digits; binary-truncate=no and COMP-5 keep the low-order
// bytes, §2).
template <class From, class To>
void MoveNumeric(const uint8_t* source, uint8_t* target) {
  constexpr auto kFrom = FormatTraits<From>::kFamily;
  constexpr bool kDigitCopy =
      FormatTraits<To>::kFamily == FormatFamily::kZoned && kFrom != FormatFamily::kBinary;
  if constexpr (std::is_same_v<From, To> && kFrom == FormatFamily::kPacked) {
    // Between items of one packed format, valid digits move as they are: only the sign nibble
    // (C, or D for a negative source, F unsigned) and an even count's pad nibble (zero) are
    // rewritten, as Read and Write would. Invalid nibbles take the way through the value.
    if (internal::ValidPackedDigits<From>(source)) {
      std::memmove(target, source, From::kSize);
      if constexpr (From::kDigits % 2 == 0) target[0] &= 0x0F;
      const uint8_t sign = !From::kSigned ? 0x0F : From::IsNegative(source) ? 0x0D : 0x0C;
      target[From::kSize - 1] = static_cast<uint8_t>((target[From::kSize - 1] & 0xF0) | sign);
      return;
    }
  }
  if constexpr (kDigitCopy) {
    uint8_t digits[From::kDigits];
    bool negative = internal::PictureDigits<From>(source, reinterpret_cast<char*>(digits));
    internal::CopyAlignedDigits<From::kDigits, From::kScale, To::kDigits, To::kScale>(
        digits, target + To::kDigitOffset);
    internal::PutZonedSign<To>(target, negative);
  } else {
    // The sign is the source's, even when truncation leaves zero: -0.5 (a COMP with decimals)
    // into S9(5) SIGN TRAILING SEPARATE stores "00000-", and packed or zoned -0 into packed keeps
    // the D nibble (checked against cobc; arithmetic's stores write C instead, §3).
    auto value = From::Read(source);
    auto mantissa = Rescale<To::kScale>(value).mantissa;
    // Binary into packed goes through cob_decimal, whose sign is the truncated value's: -0.03
    // in S9(3)V99 COMP-5 into S9(6)V9 COMP-3 stores C (checked against cobc).
    constexpr bool kValueSign =
        kFrom == FormatFamily::kBinary && FormatTraits<To>::kFamily == FormatFamily::kPacked;
    bool negative = To::kSigned && (kValueSign ? IsNegative(mantissa)
                                               : IsNegative(value.mantissa) ||
                                                     internal::SourceNegativeZero<From>(source));
    if constexpr (!To::kSigned) mantissa = Abs(mantissa);
    if (!To::Fits(mantissa)) mantissa = To::Wrap(mantissa);
    To::Write(target, mantissa, negative);
  }
}

// Numeric to alphanumeric (cob_move_display_to_alphanum): the digit bytes only, no sign and no
// point, followed by the P positions as '0' only as far as the target has room past the digits;
// then an alphanumeric move, JUSTIFIED RIGHT included (S9(4) COMP -3500 into X(3) JUSTIFIED
// gives "500", 9(3)PP "004" gives "004"; checked against cobc). Packed and binary items give
// their PICTURE digits.
template <class From>
void MoveNumericToAlphanumeric(const uint8_t* source, uint8_t* target, size_t target_size,
                               bool justified_right = false) {
  constexpr auto kDigits = static_cast<size_t>(From::kDigits);
  constexpr size_t kZeros = From::kScale < 0 ? static_cast<size_t>(-From::kScale) : 0;
  char text[kDigits + kZeros];
  internal::PictureDigits<From>(source, text);
  if (FormatTraits<From>::kFamily == FormatFamily::kZoned && !From::kSigned &&
      kDigits >= target_size) {
    // An unsigned zoned source at least as long as the target is cut on the right even when
    // the target is JUSTIFIED RIGHT (9(3)V9 "0096" into X(3) JUSTIFIED gives "009"); signed,
    // packed and binary sources honour JUSTIFIED (S9(5)V99 "368485x" gives "858", -3500 in
    // S9(4) COMP gives "500"). Both checked against cobc.
    MoveAlphanumeric(reinterpret_cast<const uint8_t*>(text), target_size, target, target_size);
    return;
  }
  size_t room = target_size > kDigits ? target_size - kDigits : 0;
  size_t zeros = kZeros < room ? kZeros : room;
  for (size_t i = 0; i < zeros; ++i) text[kDigits + i] = '0';
  MoveAlphanumeric(reinterpret_cast<const uint8_t*>(text), kDigits + zeros, target, target_size,
                   justified_right);
}

// Alphanumeric item to numeric at run time (cob_move_alphanum_to_display; packed and binary
// targets through a DISPLAY temporary of their digits and scale, as libcob does).
template <class To, char DecimalPoint = '.'>
void MoveAlphanumericToNumeric(const uint8_t* source, size_t source_size, uint8_t* target) {
  if constexpr (FormatTraits<To>::kFamily == FormatFamily::kZoned) {
    bool negative = internal::AlphanumericToDigits(source, source_size, target + To::kDigitOffset,
                                                   To::kDigits, To::kScale, DecimalPoint);
    internal::PutZonedSign<To>(target, negative);
  } else {
    // libcob's temporary is wider than the target, with decimals: every digit of the text
    // counts before the store cuts it ("9328" into 9(2) COMP-5 stores 9328 mod 256), and a
    // letter after the digits is met before the temporary is full ("37 A" into 9(2) COMP is 0),
    // both checked against cobc. 38 integer and 38 decimal places fit these observations.
    using Temporary = Zoned<76, 38, ZonedSign::kLeadingSeparate>;
    uint8_t temporary[Temporary::kSize];
    MoveAlphanumericToNumeric<Temporary, DecimalPoint>(source, source_size, temporary);
    MoveNumeric<Temporary, To>(temporary, target);
  }
}

}  // namespace cobrt

#endif  // COBRT_EDIT_MOVE_H_
