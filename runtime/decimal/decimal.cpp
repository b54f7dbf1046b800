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

// The status of an operation on `a` and `b` before its own: a size error (libcob's NaN) wins,
// then a value cobrt does not know, then 0 ** 0's pending size error.
auto Combined(DecimalStatus a, DecimalStatus b) -> DecimalStatus {
  for (DecimalStatus status : {DecimalStatus::kSizeError, DecimalStatus::kNotImplemented,
                               DecimalStatus::kTooWide, DecimalStatus::kStoredThenSizeError}) {
    if (a == status || b == status) return status;
  }
  return DecimalStatus::kOk;
}

// Whether operands with this status have no value to compute with.
auto NoValue(DecimalStatus status) -> bool {
  return status != DecimalStatus::kOk && status != DecimalStatus::kStoredThenSizeError;
}

// `value` with `status`, or kTooWide when its mantissa passed 153 digits.
auto Checked(Decimal value, DecimalStatus status) -> DecimalResult {
  if (DigitCount(value.mantissa) > kMaxMantissaDigits) return {Decimal{}, DecimalStatus::kTooWide};
  return {value, status};
}

// Both mantissas at the larger scale (cob_decimal's align_decimal), or false when one would pass
// 153 digits.
auto Aligned(const Decimal& a, const Decimal& b, Int512& left, Int512& right, int32_t& scale)
    -> bool {
  left = a.mantissa;
  right = b.mantissa;
  scale = a.scale > b.scale ? a.scale : b.scale;
  Int512& shifted = a.scale < b.scale ? left : right;
  int shift = a.scale < b.scale ? b.scale - a.scale : a.scale - b.scale;
  if (shift == 0) return true;
  if (!IsZero(shifted) && DigitCount(shifted) + shift > kMaxMantissaDigits) return false;
  if (!IsZero(shifted)) shifted = shifted * Pow10<Int512>(shift);
  return true;
}

auto Sum(const DecimalResult& a, const DecimalResult& b, bool subtract) -> DecimalResult {
  DecimalStatus status = Combined(a.status, b.status);
  if (NoValue(status)) return {Decimal{}, status};
  Int512 left;
  Int512 right;
  int32_t scale = 0;
  if (!Aligned(a.value, b.value, left, right, scale)) return {Decimal{}, DecimalStatus::kTooWide};
  return Checked(Decimal{subtract ? left - right : left + right, scale}, status);
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

auto Power(const Decimal& base, const Decimal& exponent) -> DecimalResult {
  // The order of the checks is cob_decimal_pow's: a zero exponent first (so 0 ** 0 is 1 with a
  // size error), then a zero base.
  if (IsZero(exponent.mantissa)) {
    DecimalStatus status =
        IsZero(base.mantissa) ? DecimalStatus::kStoredThenSizeError : DecimalStatus::kOk;
    return {Decimal{Int512(int64_t{1}), 0}, status};
  }
  if (IsZero(base.mantissa)) return {Decimal{Int512(int64_t{0}), 0}, DecimalStatus::kOk};
  Decimal trimmed_exponent = TrimDecimal(exponent);
  bool base_negative = IsNegative(base.mantissa);
  if (trimmed_exponent.scale != 0) {
    return {Decimal{}, base_negative ? DecimalStatus::kSizeError : DecimalStatus::kNotImplemented};
  }
  Decimal trimmed_base = TrimDecimal(base);
  Int512 n = trimmed_exponent.mantissa;
  bool negative_power = IsNegative(n);
  if (negative_power) n = -n;
  if (DigitCount(n) > 4) return {Decimal{}, DecimalStatus::kTooWide};
  uint64_t count = static_cast<uint64_t>(n.ToInt128());
  Int512 raised;
  if (!IntegerPower(trimmed_base.mantissa, count, raised))
    return {Decimal{}, DecimalStatus::kTooWide};
  Decimal power = TrimDecimal(Decimal{raised, static_cast<int32_t>(trimmed_base.scale * count)});
  if (!negative_power) return {power, DecimalStatus::kOk};
  // 1 / power by cob_decimal_div: the dividend 1 has scale 0, so the quotient keeps 38 decimals
  // plus the divisor's scale in the shift (fixed.h DivisionShift), then it is trimmed.
  int shift = kDivisionDigits + power.scale;
  if (shift > kMaxMantissaDigits) return {Decimal{}, DecimalStatus::kTooWide};
  Int512 quotient = Pow10<Int512>(shift) / power.mantissa;
  return {TrimDecimal(Decimal{quotient, kDivisionDigits}), DecimalStatus::kOk};
}

auto Add(const DecimalResult& a, const DecimalResult& b) -> DecimalResult {
  return Sum(a, b, /*subtract=*/false);
}

auto Subtract(const DecimalResult& a, const DecimalResult& b) -> DecimalResult {
  return Sum(a, b, /*subtract=*/true);
}

auto Multiply(const DecimalResult& a, const DecimalResult& b) -> DecimalResult {
  DecimalStatus status = Combined(a.status, b.status);
  if (NoValue(status)) return {Decimal{}, status};
  if (DigitCount(a.value.mantissa) + DigitCount(b.value.mantissa) > kMaxMantissaDigits) {
    return {Decimal{}, DecimalStatus::kTooWide};
  }
  return {Decimal{a.value.mantissa * b.value.mantissa, a.value.scale + b.value.scale}, status};
}

auto Divide(const DecimalResult& a, const DecimalResult& b) -> DecimalResult {
  DecimalStatus status = Combined(a.status, b.status);
  if (NoValue(status)) return {Decimal{}, status};
  if (IsZero(b.value.mantissa)) return {Decimal{}, DecimalStatus::kSizeError};
  if (IsZero(a.value.mantissa)) return {Decimal{Int512(int64_t{0}), 0}, status};
  // The scale becomes s1 - s2, then 38 more digits, plus what brings a negative scale to zero.
  int32_t scale = a.value.scale - b.value.scale;
  int shift = kDivisionDigits + (scale < 0 ? -scale : 0);
  if (DigitCount(a.value.mantissa) + shift > kMaxMantissaDigits) {
    return {Decimal{}, DecimalStatus::kTooWide};
  }
  Int512 quotient = a.value.mantissa * Pow10<Int512>(shift) / b.value.mantissa;
  return {Decimal{quotient, scale + shift}, status};
}

auto Negate(const DecimalResult& a) -> DecimalResult {
  return {Decimal{-a.value.mantissa, a.value.scale}, a.status};
}

auto Power(const DecimalResult& base, const DecimalResult& exponent) -> DecimalResult {
  DecimalStatus status = Combined(base.status, exponent.status);
  if (NoValue(status)) return {Decimal{}, status};
  DecimalResult power = Power(base.value, exponent.value);
  // 0 ** 0 raised before keeps being pending unless this power fails itself.
  if (power.status == DecimalStatus::kOk) power.status = status;
  return power;
}

auto Compare(const Decimal& a, const Decimal& b) -> int {
  const int a_sign = IsZero(a.mantissa) ? 0 : (IsNegative(a.mantissa) ? -1 : 1);
  const int b_sign = IsZero(b.mantissa) ? 0 : (IsNegative(b.mantissa) ? -1 : 1);
  if (a_sign != b_sign) return a_sign < b_sign ? -1 : 1;
  if (a_sign == 0) return 0;
  Int512 left;
  Int512 right;
  int32_t scale = 0;
  if (Aligned(a, b, left, right, scale)) return left < right ? -1 : (right < left ? 1 : 0);
  // The value of the smaller scale could not be brought to the other's: it has more integer
  // digits than the other has digits, so its magnitude is the larger.
  const bool a_larger = a.scale < b.scale;
  return (a_larger ? 1 : -1) * a_sign;
}

}  // namespace cobrt
