// Decimal: a value whose scale is known only at run time, for the few results whose scale
// depends on the operands' values (exponentiation trims trailing zeros, cob_trim_decimal) and
// for tables of mixed values. Fixed<Digits, Scale> (runtime/decimal/fixed.h) is the fast path.
#ifndef COBRT_DECIMAL_DECIMAL_H_
#define COBRT_DECIMAL_DECIMAL_H_

#include <cstdint>

#include "runtime/decimal/fixed.h"
#include "runtime/decimal/int_rep.h"

namespace cobrt {

struct Decimal {
  Int512 mantissa;  // value = mantissa * 10^-scale
  int32_t scale = 0;
};

template <int D, int S>
constexpr auto ToDecimal(const Fixed<D, S>& value) -> Decimal {
  return Decimal{ConvertRep<Int512>(value.mantissa), S};
}

// Drops trailing zero decimals (cob_trim_decimal): 1.500 becomes 1.5, 2.0 becomes 2.
auto TrimDecimal(Decimal value) -> Decimal;

// The state of a run-time-scale intermediate (what libcob's cob_decimal carries besides its
// value): a size error poisons every later operation, as libcob's NaN scale does.
enum class DecimalStatus : uint8_t {
  kOk,
  // 0 ** 0: 1 (fact sheet §1, exp t7); the statement stores the result and then raises SIZE
  // ERROR. Later operations keep computing with the value.
  kStoredThenSizeError,
  // A negative base with a fractional exponent, or a division by zero: size error, every
  // receiving item unchanged (cobc's NaN).
  kSizeError,
  // A fractional exponent of a non-negative base: cobc computes it with GMP floating point
  // (about 96 significant digits, mpf_sqrt for exactly .5); not reproduced yet.
  kNotImplemented,
  // A value wider than 153 digits, beyond Int512 (cobc's GMP has no limit).
  kTooWide,
};

struct DecimalResult {
  Decimal value;
  DecimalStatus status = DecimalStatus::kOk;
};

// base ** exponent as cobc's cob_decimal_pow (fact sheet §1 "Exponentiation"): a positive
// integer exponent is exact, a negative one is 1 / base^n through the 38-digit division, a zero
// base gives 0 for any non-zero exponent.
auto Power(const Decimal& base, const Decimal& exponent) -> DecimalResult;

// --- Intermediates of an expression with `**` ---------------------------------------------------
// An exponentiation's scale is known only at run time, so the rest of its expression computes on
// DecimalResult with cob_decimal's rules (the same as Fixed's: + - * exact, / truncated at
// 38 + max(0, -scale) decimals), each operation passing on the worse status of its operands.

template <int D, int S>
constexpr auto Dynamic(const Fixed<D, S>& value) -> DecimalResult {
  return DecimalResult{ToDecimal(value), DecimalStatus::kOk};
}
auto Add(const DecimalResult& a, const DecimalResult& b) -> DecimalResult;
auto Subtract(const DecimalResult& a, const DecimalResult& b) -> DecimalResult;
auto Multiply(const DecimalResult& a, const DecimalResult& b) -> DecimalResult;
// cob_decimal_div: a zero divisor is a size error; a zero dividend gives 0 at scale 0.
auto Divide(const DecimalResult& a, const DecimalResult& b) -> DecimalResult;
auto Negate(const DecimalResult& a) -> DecimalResult;
auto Power(const DecimalResult& base, const DecimalResult& exponent) -> DecimalResult;

// <0, 0, >0 as the two values order (cob_decimal_cmp), whatever their scales: a relation with
// an exponentiation on either side.
auto Compare(const Decimal& a, const Decimal& b) -> int;
template <int D, int S>
auto Compare(const Decimal& a, const Fixed<D, S>& b) -> int {
  return Compare(a, ToDecimal(b));
}
template <int D, int S>
auto Compare(const Fixed<D, S>& a, const Decimal& b) -> int {
  return Compare(ToDecimal(a), b);
}

}  // namespace cobrt

#endif  // COBRT_DECIMAL_DECIMAL_H_
