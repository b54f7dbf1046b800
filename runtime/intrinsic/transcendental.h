// The functions libcob 3.1.2 computes in GMP floating point (mpf_t of 2048 bits) and then turns
// into a decimal of 96 significant digits, rounded (cob_decimal_set_mpf: mpf_get_str with 96
// digits): SQRT (and every power of .5), EXP, LOG, LOG10, SIN, COS, TAN, ASIN, ACOS, ATAN, PI,
// E, and fractional powers. libcob's series are accurate far beyond 96 digits, so the mpf
// value's top limbs are those of the true value; these compute the true value with a decimal
// floating point of growing precision until two precisions agree on those limbs. mpf_get_str
// then does not round the true value: it multiplies the top six 64-bit limbs by a truncated
// power of ten and rounds on the 97th digit of that product, so a 97th digit of 5 may round
// either way (SQRT(70) keeps ...5361 down, SQRT(21) rounds ...5032 up); that arithmetic is
// reproduced limb for limb (checked against cobc: SQRT of 2..3999 and the reference cases).
#ifndef COBRT_INTRINSIC_TRANSCENDENTAL_H_
#define COBRT_INTRINSIC_TRANSCENDENTAL_H_

#include "runtime/intrinsic/big_decimal.h"

namespace cobrt {

// Significant digits of libcob's floating-point results.
inline constexpr int kFloatingResultDigits = 96;

// cob_decimal_set_double: the double through mpf_set_d and mpf_get_str's 96 digits.
auto DoubleToDecimal(double value) -> BigDecimal;

auto SqrtDecimal(const BigDecimal& x) -> BigDecimal;  // x >= 0
auto ExpDecimal(const BigDecimal& x) -> BigDecimal;
auto LnDecimal(const BigDecimal& x) -> BigDecimal;     // x > 0
auto Log10Decimal(const BigDecimal& x) -> BigDecimal;  // x > 0
auto SinDecimal(const BigDecimal& x) -> BigDecimal;
// cob_mpf_cos: sin(pi/2 - x).
auto CosDecimal(const BigDecimal& x) -> BigDecimal;
auto TanDecimal(const BigDecimal& x) -> BigDecimal;
auto AsinDecimal(const BigDecimal& x) -> BigDecimal;  // -1 <= x <= 1
auto AcosDecimal(const BigDecimal& x) -> BigDecimal;  // -1 <= x <= 1
auto AtanDecimal(const BigDecimal& x) -> BigDecimal;
auto PiDecimal() -> BigDecimal;
auto EDecimal() -> BigDecimal;

// cob_decimal_pow: integer exponents exactly (a negative one through the 38-digit division),
// 0 ** 0 = 1 (flagged zero_power_zero), a zero base 0, a negative base with a fractional exponent
// NaN, .5 through the square root and other fractional exponents as exp(exponent * ln(base)), 96
// digits.
auto PowerDecimal(const BigDecimal& base, const BigDecimal& exponent) -> BigDecimal;

}  // namespace cobrt

#endif  // COBRT_INTRINSIC_TRANSCENDENTAL_H_
