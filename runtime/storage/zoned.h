// Zoned decimal (USAGE DISPLAY numeric) in ASCII: one digit per byte, the sign overpunched on
// the last (or first, SIGN LEADING) digit or in a separate byte (fact sheet §3).
#ifndef COBRT_STORAGE_ZONED_H_
#define COBRT_STORAGE_ZONED_H_

#include <cstdint>

#include "runtime/decimal/fixed.h"

namespace cobrt {

enum class ZonedSign : uint8_t {
  kUnsigned,
  kTrailing,  // S9 alone: overpunch on the last digit
  kLeading,   // SIGN LEADING
  kTrailingSeparate,
  kLeadingSeparate,
};

namespace internal {
// cob_put_sign_ascii: a negative overpunch sets bit 0x40, so '0'..'9' become 'p'..'y'.
inline constexpr uint8_t kNegativeOverpunchBit = 0x40;

inline auto IsNegativeOverpunch(uint8_t byte) -> bool { return byte >= 'p' && byte <= 'y'; }

// Sum of (byte - '0') * 10^k in unsigned 64-bit wraparound (cob_decimal_set_display, fewer than
// 20 digits), after skipping leading bytes whose low nibble is 0 (fact sheet §3 rules 2-3).
auto ZonedDigitsAsCobc(const uint8_t* digits, int count) -> UInt128;
}  // namespace internal

template <int Digits, int Scale, ZonedSign Sign = ZonedSign::kUnsigned>
struct Zoned {
  static constexpr int kDigits = Digits;
  static constexpr int kScale = Scale;
  static constexpr bool kSigned = Sign != ZonedSign::kUnsigned;
  static constexpr bool kSeparate =
      Sign == ZonedSign::kTrailingSeparate || Sign == ZonedSign::kLeadingSeparate;
  static constexpr bool kLeadingSign =
      Sign == ZonedSign::kLeading || Sign == ZonedSign::kLeadingSeparate;
  static constexpr int kSize = Digits + (kSeparate ? 1 : 0);
  // Where the digits start, past a leading separate sign.
  static constexpr int kDigitOffset = Sign == ZonedSign::kLeadingSeparate ? 1 : 0;
  // The byte that carries the sign (overpunched digit or separate sign).
  static constexpr int kSignOffset = kLeadingSign ? 0 : kSize - 1;
  using Value = Fixed<Digits, Scale>;
  // What ReadAsCobc can return: up to 2^64 - 1 for fewer than 20 digits, or 10^Digits.
  using ArithmeticValue = Fixed<(Digits < 20 ? 20 : Digits + 1), Scale>;

  static auto IsNegative(const uint8_t* data) -> bool {
    if constexpr (!kSigned) {
      return false;
    } else if constexpr (kSeparate) {
      return data[kSignOffset] == '-';
    } else {
      return internal::IsNegativeOverpunch(data[kSignOffset]);
    }
  }

  // The value of valid data (digits '0'..'9', any sign encoding above). Fast path.
  static auto Read(const uint8_t* data) -> Value {
    typename Value::Rep magnitude = 0;
    const uint8_t* digits = data + kDigitOffset;
    for (int i = 0; i < Digits; ++i) magnitude = magnitude * 10 + (digits[i] & 0x0F);
    return Value{IsNegative(data) ? -magnitude : magnitude};
  }

  // The value cobc's arithmetic takes from any bytes (cob_decimal_set_display, fact sheet §3):
  // a first digit byte of 0xFF is +10^Digits and 0x00 is -10^Digits; otherwise leading
  // low-nibble-0 bytes are skipped and the rest summed with unsigned 64-bit wraparound (fewer
  // than 20 digits) or by low nibbles (20 or more). Like cob_real_get_sign, an overpunch sign
  // byte that is neither a digit, a space nor 'p'..'y' is rewritten as '0' in storage.
  static auto ReadAsCobc(uint8_t* data) -> ArithmeticValue {
    using Rep = typename ArithmeticValue::Rep;
    const uint8_t* digits = data + kDigitOffset;
    if (digits[0] == 0xFF) return ArithmeticValue{Pow10<Rep>(Digits)};
    if (digits[0] == 0x00) return ArithmeticValue{-Pow10<Rep>(Digits)};
    bool negative = false;
    uint8_t sign_digit = 0;
    if constexpr (kSigned && kSeparate) {
      negative = data[kSignOffset] == '-';
    } else if constexpr (kSigned) {
      uint8_t& sign_byte = data[kSignOffset];
      if (internal::IsNegativeOverpunch(sign_byte)) {
        negative = true;
        sign_digit = static_cast<uint8_t>(sign_byte & ~internal::kNegativeOverpunchBit);
      } else if (sign_byte != ' ' && (sign_byte < '0' || sign_byte > '9')) {
        // A space stays (libcob's "space sign" rewrite is compiled out) and counts as the
        // digit ' ' - '0' (checked with cobc: S99 "1 " + 0 is 2^64 - 6).
        sign_byte = '0';
      }
    }
    Rep magnitude;
    if constexpr (kSigned && !kSeparate) {
      // The digits as cobc sees them while it reads: the sign byte is its plain digit.
      uint8_t plain[Digits];
      for (int i = 0; i < Digits; ++i) plain[i] = digits[i];
      if (negative) plain[kSignOffset] = sign_digit;
      magnitude = Magnitude(plain);
    } else {
      magnitude = Magnitude(digits);
    }
    if (IsZero(magnitude)) negative = false;
    return ArithmeticValue{negative ? -magnitude : magnitude};
  }

  // Writes |mantissa| < 10^Digits with the item's sign encoding. `negative` is the sign of the
  // value before an overflow cut it (a cut to zero keeps it: "-0"); arithmetic's own zero is
  // positive.
  template <class Rep>
  static void Write(uint8_t* data, const Rep& mantissa, bool negative) {
    negative = kSigned && negative;
    auto magnitude = ConvertRep<typename Value::Rep>(Abs(mantissa));
    uint8_t* digits = data + kDigitOffset;
    for (int i = Digits - 1; i >= 0; --i) {
      digits[i] = static_cast<uint8_t>('0' + static_cast<int>(magnitude % 10));
      magnitude = magnitude / 10;
    }
    if constexpr (kSeparate) {
      data[kSignOffset] = negative ? '-' : '+';
    } else if constexpr (kSigned) {
      if (negative) data[kSignOffset] |= internal::kNegativeOverpunchBit;
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

 private:
  static auto Magnitude(const uint8_t* digits) -> typename ArithmeticValue::Rep {
    using Rep = typename ArithmeticValue::Rep;
    if constexpr (Digits < 20) {
      return static_cast<Rep>(internal::ZonedDigitsAsCobc(digits, Digits));
    } else {
      int first = 0;
      while (first < Digits - 1 && (digits[first] & 0x0F) == 0) ++first;
      Rep magnitude(int64_t{0});
      for (int i = first; i < Digits; ++i) {
        magnitude = magnitude * Rep(int64_t{10}) + Rep(int64_t{digits[i] & 0x0F});
      }
      return magnitude;
    }
  }
};

}  // namespace cobrt

#endif  // COBRT_STORAGE_ZONED_H_
