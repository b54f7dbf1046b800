// Packed decimal (COMP-3 / PACKED-DECIMAL): two digits per byte, right-aligned, the last nibble
// the sign (fact sheet §3 "Packed").
#ifndef COBRT_STORAGE_PACKED_H_
#define COBRT_STORAGE_PACKED_H_

#include <cstdint>

#include "runtime/decimal/fixed.h"

namespace cobrt {

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
    Rep magnitude = 0;
    // An even digit count leaves a pad nibble first: start at nibble 1.
    for (int nibble = (Digits % 2 == 0) ? 1 : 0; nibble < 2 * kSize - 1; ++nibble) {
      uint8_t byte = data[nibble / 2];
      magnitude = magnitude * 10 + ((nibble % 2 == 0) ? (byte >> 4) : (byte & 0x0F));
    }
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
    data[kSize - 1] = sign;
    for (int nibble = 2 * kSize - 2; nibble >= 0; --nibble) {
      auto digit = static_cast<uint8_t>(magnitude % 10);
      magnitude = magnitude / 10;
      if (nibble % 2 == 0) {
        data[nibble / 2] = static_cast<uint8_t>((data[nibble / 2] & 0x0F) | (digit << 4));
      } else {
        data[nibble / 2] = digit;
      }
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
