#include "runtime/decimal/decimal.h"

namespace cobrt {
namespace {

const Int512 kTen(int64_t{10});

// base^n exactly, or false when a step would pass 153 digits.
auto IntegerPower(const Int512& base, uint64_t n, Int512& result) -> bool {
  result = Int512(int64_t{1});
  int base_digits = DigitCount(base);
  for (uint64_t i = 0; i < n; ++i) {
    if (DigitCount(result) + base_digits > kMaxMantissaDigits) return false;
    result = result * base;
  }
  return true;
}

}  // namespace

auto TrimDecimal(Decimal value) -> Decimal {
  if (IsZero(value.mantissa)) return Decimal{value.mantissa, 0};
  while (value.scale > 0 && IsZero(value.mantissa % kTen)) {
    value.mantissa = value.mantissa / kTen;
    --value.scale;
  }
  return value;
}

auto Power(const Decimal& base, const Decimal& exponent) -> PowerResult {
  // The order of the checks is cob_decimal_pow's: a zero exponent first (so 0 ** 0 is 1 with a
  // size error), then a zero base.
  if (IsZero(exponent.mantissa)) {
    PowerStatus status =
        IsZero(base.mantissa) ? PowerStatus::kStoredThenSizeError : PowerStatus::kOk;
    return {Decimal{Int512(int64_t{1}), 0}, status};
  }
  if (IsZero(base.mantissa)) return {Decimal{Int512(int64_t{0}), 0}, PowerStatus::kOk};
  Decimal trimmed_exponent = TrimDecimal(exponent);
  bool base_negative = IsNegative(base.mantissa);
  if (trimmed_exponent.scale != 0) {
    return {Decimal{}, base_negative ? PowerStatus::kSizeError : PowerStatus::kNotImplemented};
  }
  Decimal trimmed_base = TrimDecimal(base);
  Int512 n = trimmed_exponent.mantissa;
  bool negative_power = IsNegative(n);
  if (negative_power) n = -n;
  if (DigitCount(n) > 4) return {Decimal{}, PowerStatus::kTooWide};
  uint64_t count = static_cast<uint64_t>(n.ToInt128());
  Int512 raised;
  if (!IntegerPower(trimmed_base.mantissa, count, raised))
    return {Decimal{}, PowerStatus::kTooWide};
  Decimal power = TrimDecimal(Decimal{raised, static_cast<int32_t>(trimmed_base.scale * count)});
  if (!negative_power) return {power, PowerStatus::kOk};
  // 1 / power by cob_decimal_div: the dividend 1 has scale 0, so the quotient keeps 38 decimals
  // plus the divisor's scale in the shift (fixed.h DivisionShift), then it is trimmed.
  int shift = kDivisionDigits + power.scale;
  if (shift > kMaxMantissaDigits) return {Decimal{}, PowerStatus::kTooWide};
  Int512 quotient = Pow10<Int512>(shift) / power.mantissa;
  return {TrimDecimal(Decimal{quotient, kDivisionDigits}), PowerStatus::kOk};
}

}  // namespace cobrt
