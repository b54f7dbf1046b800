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

enum class PowerStatus : uint8_t {
  kOk,
  // 0 ** 0: 1 is stored and then SIZE ERROR is raised (fact sheet §1, exp t7).
  kStoredThenSizeError,
  // A negative base with a fractional exponent: size error, the target is unchanged.
  kSizeError,
  // A fractional exponent of a non-negative base: cobc computes it with GMP floating point
  // (about 96 significant digits, mpf_sqrt for exactly .5); not reproduced yet.
  kNotImplemented,
  // An integer power wider than 153 digits, beyond Int512 (cobc's GMP has no limit).
  kTooWide,
};

struct PowerResult {
  Decimal value;
  PowerStatus status = PowerStatus::kOk;
};

// base ** exponent as cobc's cob_decimal_pow (fact sheet §1 "Exponentiation"): a positive
// integer exponent is exact, a negative one is 1 / base^n through the 38-digit division, a zero
// base gives 0 for any non-zero exponent.
auto Power(const Decimal& base, const Decimal& exponent) -> PowerResult;

}  // namespace cobrt

#endif  // COBRT_DECIMAL_DECIMAL_H_
