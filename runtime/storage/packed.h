// Packed decimal (COMP-3 / PACKED-DECIMAL): two digits per byte, right-aligned, the last nibble
// the sign (fact sheet §3 "Packed").
#ifndef COBRT_STORAGE_PACKED_H_
#define COBRT_STORAGE_PACKED_H_

#include <array>
#include <cstdint>
#include <type_traits>

#include "runtime/decimal/fixed.h"

namespace cobrt {

namespace internal {
// A packed byte's value as cob_decimal_set_packed sums it: high nibble times ten plus the low
// one, invalid nibbles (10..15) included.
inline constexpr auto kPackedPairValue = [] {
  std::array<uint8_t, 256> values{};
  for (int byte = 0; byte < 256; ++byte)
    values[byte] = static_cast<uint8_t>((byte >> 4) * 10 + (byte & 0x0F));
  return values;
}();
// 0..99 as a packed byte.
inline constexpr auto kPackedPair = [] {
  std::array<uint8_t, 100> bytes{};
  for (int value = 0; value < 100; ++value)
    bytes[value] = static_cast<uint8_t>((value / 10) << 4 | value % 10);
  return bytes;
}();
}  // namespace internal

template <int Digits, int Scale, bool Signed>
struct Packed {
  static constexpr int kDigits = Digits;
  static constexpr int kScale = Scale;
  static constexpr bool kSigned = Signed;
  static constexpr int kSize = Digits / 2 + 1;
  using Value = Fixed<Digits, Scale>;
  // Nibbles are read as they are, so invalid nibbles (A-F in a digit place) can exceed Digits.
  using ArithmeticValue = Fixed<Digits + 1, Scale>;

  // Only a D sign nibble is negative (cob_packed_get_sign); C, F and anything else is positive.
  static auto IsNegative(const uint8_t* data) -> bool { return (data[kSize - 1] & 0x0F) == 0x0D; }

  static auto Read(const uint8_t* data) -> Value {
    using Rep = typename Value::Rep;
    // A byte at a time: the high nibble times ten plus the low one, from a table.
    Rep magnitude = 0;
    int byte = 0;
    if constexpr (Digits % 2 == 0) magnitude = data[byte++] & 0x0F;  // after the pad nibble
    // Unrolled: the item's size is a constant, and -O2 does not unroll on its own.
#pragma GCC unroll 16
    for (; byte < kSize - 1; ++byte) {
      magnitude = magnitude * 100 + internal::kPackedPairValue[data[byte]];
    }
    magnitude = magnitude * 10 + (data[kSize - 1] >> 4);
    return Value{IsNegative(data) ? -magnitude : magnitude};
  }
  // Invalid digit nibbles (10..15) count with their value, as cob_decimal_set_packed's sums do.
  static auto ReadAsCobc(const uint8_t* data) -> ArithmeticValue {
    using Rep = typename ArithmeticValue::Rep;
    Rep magnitude(int64_t{0});
    for (int nibble = (Digits % 2 == 0) ? 1 : 0; nibble < 2 * kSize - 1; ++nibble) {
      uint8_t byte = data[nibble / 2];
      int digit = (nibble % 2 == 0) ? (byte >> 4) : (byte & 0x0F);
      magnitude = magnitude * Rep(int64_t{10}) + Rep(int64_t{digit});
    }
    return ArithmeticValue{IsNegative(data) && !IsZero(magnitude) ? -magnitude : magnitude};
  }

  // Writes |mantissa| < 10^Digits: sign nibble C or D when signed (zero is C), F when unsigned.
  // `negative` as for Zoned::Write: the sign before an overflow cut.
  template <class Rep>
  static void Write(uint8_t* data, const Rep& mantissa, bool negative) {
    auto magnitude = ConvertRep<typename Value::Rep>(Abs(mantissa));
    uint8_t sign = Signed ? (negative ? 0x0D : 0x0C) : 0x0F;
    if constexpr (!std::is_same_v<decltype(magnitude), int64_t>) {
      if (magnitude < static_cast<decltype(magnitude)>(int64_t{1000000000000000000})) {
        WriteSmallDigits(data, static_cast<uint64_t>(static_cast<int64_t>(magnitude)), sign);
        return;
      }
      WriteDigits(data, magnitude, sign);
    } else {
      WriteSmallDigits(data, static_cast<uint64_t>(magnitude), sign);
    }
  }
  // WriteDigits for a magnitude below 10^18, on unsigned machine words: the low eight digits
  // and the rest as two independent 32-bit chains (a store's cost in the bankdemo steps).
  static void WriteSmallDigits(uint8_t* data, uint64_t magnitude, uint8_t sign) {
    data[kSize - 1] = static_cast<uint8_t>(static_cast<int>(magnitude % 10) << 4 | sign);
    magnitude = magnitude / 10;
    constexpr int kPairs = kSize - 1;
    constexpr int kLowPairs = kPairs < 4 ? kPairs : 4;
    auto low = static_cast<uint32_t>(magnitude % 100000000);
    auto high = static_cast<uint32_t>(magnitude / 100000000);  // below 10^9
#pragma GCC unroll 4
    for (int pair = 0; pair < kLowPairs; ++pair) {
      data[kSize - 2 - pair] = internal::kPackedPair[low % 100];
      low = low / 100;
    }
#pragma GCC unroll 8
    for (int byte = kPairs - 1 - kLowPairs; byte >= 0; --byte) {
      data[byte] = internal::kPackedPair[high % 100];
      high = high / 100;
    }
  }
  // Two digits a byte from a table, the last byte the units digit and the sign. An even digit
  // count's pad nibble gets the magnitude's digit there, a zero.
  template <class Rep>
  static void WriteDigits(uint8_t* data, Rep magnitude, uint8_t sign) {
    data[kSize - 1] = static_cast<uint8_t>(static_cast<int>(magnitude % 10) << 4 | sign);
    magnitude = magnitude / 10;
#pragma GCC unroll 16
    for (int byte = kSize - 2; byte >= 0; --byte) {
      data[byte] = internal::kPackedPair[static_cast<int>(magnitude % 100)];
      magnitude = magnitude / 100;
    }
  }

  template <class Rep>
  static auto Fits(const Rep& mantissa) -> bool {
    return FitsDigits<Digits>(mantissa);
  }
  template <class Rep>
  static auto Wrap(const Rep& mantissa) -> Rep {
    return KeepLowDigits<Digits>(mantissa);
  }
};

}  // namespace cobrt

#endif  // COBRT_STORAGE_PACKED_H_
