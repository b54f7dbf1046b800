// BigDecimal: libcob's cob_decimal (an mpz value and a run-time scale), with its operations as
// libcob 3.1.2 performs them (libcob/numeric.c): + - * exact, / truncated at 38 decimals beyond
// the dividend's scale minus the divisor's (plus what brings a negative scale back to zero), a
// zero dividend giving scale 0, a zero divisor giving NaN (EC-SIZE-ZERO-DIVIDE). Expressions
// that hold an intrinsic function are computed this way: a function's result has a scale known
// only at run time (FUNCTION SQRT(2) has 95 decimals, SQRT(4) none), and cobc's division depends
// on it.
#ifndef COBRT_INTRINSIC_BIG_DECIMAL_H_
#define COBRT_INTRINSIC_BIG_DECIMAL_H_

#include <cstdint>
#include <string>

#include "runtime/decimal/fixed.h"
#include "runtime/decimal/rounding.h"
#include "runtime/intrinsic/big_int.h"

namespace cobrt {

struct BigDecimal {
  BigInt value;  // the number is value * 10^-scale
  int32_t scale = 0;
  // COB_DECIMAL_NAN: a division by zero (or an invalid power) happened on the way.
  bool nan = false;
  // 0 ** 0 happened on the way: 1 is its value, and COMPUTE raises SIZE ERROR after storing.
  bool zero_power_zero = false;
};

template <int D, int S>
auto ToBigDecimal(const Fixed<D, S>& value) -> BigDecimal {
  if constexpr (D <= 38) {
    return BigDecimal{BigInt::FromInt128(static_cast<Int128>(value.mantissa)), S};
  } else {
    // Wide mantissas: through their digits (two's complement limbs, sign apart).
    auto magnitude = Abs(value.mantissa);
    BigInt result;
    for (int limb = 7; limb >= 0; --limb) {
      result = result * BigInt::Pow2(64) +
               BigInt::FromUnsigned(ConvertRep<Int512>(magnitude).limb(limb));
    }
    return BigDecimal{IsNegative(value.mantissa) ? result.Negated() : result, S};
  }
}

// cob_decimal_add / sub / mul / div.
auto DecimalAdd(const BigDecimal& a, const BigDecimal& b) -> BigDecimal;
auto DecimalSubtract(const BigDecimal& a, const BigDecimal& b) -> BigDecimal;
auto DecimalMultiply(const BigDecimal& a, const BigDecimal& b) -> BigDecimal;
auto DecimalDivide(const BigDecimal& a, const BigDecimal& b) -> BigDecimal;
// Unary minus as cobc builds it: 0 - a.
auto DecimalNegate(const BigDecimal& a) -> BigDecimal;
// cob_trim_decimal: trailing zero decimals dropped; zero gets scale 0.
auto TrimDecimal(BigDecimal value) -> BigDecimal;
// value * 10^n as shift_decimal: n < 0 truncates toward zero.
auto ShiftDecimal(BigDecimal value, int n) -> BigDecimal;
// By value across scales (cob_decimal_cmp): negative, 0, positive. NaN compares as zero.
auto DecimalCompare(const BigDecimal& a, const BigDecimal& b) -> int;

// The value at `scale` decimals with `mode`'s rounding (truncation for MOVE); `digits_lost`
// tells whether a non-zero digit was dropped.
auto RoundDecimal(const BigDecimal& value, int scale, RoundingMode mode,
                  bool* digits_lost = nullptr) -> BigInt;

// "-123.45" (tests and diagnostics).
auto DecimalText(const BigDecimal& value) -> std::string;

}  // namespace cobrt

#endif  // COBRT_INTRINSIC_BIG_DECIMAL_H_
