#include "runtime/intrinsic/big_decimal.h"

#include <algorithm>
#include <utility>

namespace cobrt {
namespace {

// COB_MAX_DIGITS: the decimals a quotient keeps beyond the operands' scales.
constexpr int kQuotientDigits = 38;

// Brings both values to the larger scale (align_decimal).
void Align(BigDecimal& a, BigDecimal& b) {
  if (a.scale < b.scale) {
    a.value = a.value * BigInt::Pow10(b.scale - a.scale);
    a.scale = b.scale;
  } else if (b.scale < a.scale) {
    b.value = b.value * BigInt::Pow10(a.scale - b.scale);
    b.scale = a.scale;
  }
}

auto Nan() -> BigDecimal {
  BigDecimal result;
  result.nan = true;
  return result;
}

// The result of an operation on a and b, remembering a 0 ** 0 on the way.
auto Result(const BigDecimal& a, const BigDecimal& b, BigInt value, int32_t scale) -> BigDecimal {
  BigDecimal result{std::move(value), scale};
  result.zero_power_zero = a.zero_power_zero || b.zero_power_zero;
  return result;
}
}  // namespace

auto DecimalAdd(const BigDecimal& a, const BigDecimal& b) -> BigDecimal {
  if (a.nan || b.nan) return Nan();
  BigDecimal x = a;
  BigDecimal y = b;
  Align(x, y);
  return Result(a, b, x.value + y.value, x.scale);
}

auto DecimalSubtract(const BigDecimal& a, const BigDecimal& b) -> BigDecimal {
  if (a.nan || b.nan) return Nan();
  BigDecimal x = a;
  BigDecimal y = b;
  Align(x, y);
  return Result(a, b, x.value - y.value, x.scale);
}

auto DecimalMultiply(const BigDecimal& a, const BigDecimal& b) -> BigDecimal {
  if (a.nan || b.nan) return Nan();
  return Result(a, b, a.value * b.value, a.scale + b.scale);
}

auto DecimalDivide(const BigDecimal& a, const BigDecimal& b) -> BigDecimal {
  if (a.nan || b.nan) return Nan();
  if (b.value.IsZero()) return Nan();
  if (a.value.IsZero()) return Result(a, b, BigInt(), 0);
  int32_t scale = a.scale - b.scale;
  int shift = kQuotientDigits + (scale < 0 ? -scale : 0);
  return Result(a, b, (a.value * BigInt::Pow10(shift)) / b.value, scale + shift);
}

auto DecimalNegate(const BigDecimal& a) -> BigDecimal {
  return DecimalSubtract(BigDecimal{BigInt(), 0}, a);
}

auto TrimDecimal(BigDecimal value) -> BigDecimal {
  if (value.nan) return value;
  if (value.value.IsZero()) {
    value.scale = 0;
    return value;
  }
  while (value.scale > 0 && value.value.DivisibleBy10()) {
    value.value = value.value.DivideSmall(10);
    --value.scale;
  }
  return value;
}

auto ShiftDecimal(BigDecimal value, int n) -> BigDecimal {
  if (n > 0) {
    value.value = value.value * BigInt::Pow10(n);
  } else if (n < 0) {
    value.value = value.value / BigInt::Pow10(-n);
  }
  value.scale += n;
  return value;
}

auto DecimalCompare(const BigDecimal& a, const BigDecimal& b) -> int {
  BigDecimal x = a;
  BigDecimal y = b;
  Align(x, y);
  auto order = x.value <=> y.value;
  return order < 0 ? -1 : (order > 0 ? 1 : 0);
}

auto RoundDecimal(const BigDecimal& value, int scale, RoundingMode mode, bool* digits_lost)
    -> BigInt {
  if (digits_lost != nullptr) *digits_lost = false;
  if (value.scale <= scale) return value.value * BigInt::Pow10(scale - value.scale);
  BigInt divisor = BigInt::Pow10(value.scale - scale);
  BigInt quotient;
  BigInt remainder;
  BigInt::DivideWithRemainder(value.value, divisor, quotient, remainder);
  if (remainder.IsZero()) return quotient;
  if (digits_lost != nullptr) *digits_lost = true;
  // Twice the remainder against the divisor: half a unit of the last kept digit.
  auto twice = remainder.Abs() * BigInt(2);
  auto order = twice <=> divisor;
  int against_half = order < 0 ? -1 : (order > 0 ? 1 : 0);
  bool negative = remainder.IsNegative();
  bool away = false;
  switch (mode) {
    case RoundingMode::kTruncation:
    case RoundingMode::kProhibited:
      break;
    case RoundingMode::kNearestAwayFromZero:
      away = against_half >= 0;
      break;
    case RoundingMode::kAwayFromZero:
      away = true;
      break;
    case RoundingMode::kNearestEven: {
      uint32_t low = 0;
      quotient.DivideSmall(2, &low);
      away = against_half > 0 || (against_half == 0 && low != 0);
      break;
    }
    case RoundingMode::kNearestTowardZero:
      away = against_half > 0;
      break;
    case RoundingMode::kTowardGreater:
      away = !negative;
      break;
    case RoundingMode::kTowardLesser:
      away = negative;
      break;
  }
  if (away) quotient = quotient + BigInt(negative ? -1 : 1);
  return quotient;
}

auto DecimalText(const BigDecimal& value) -> std::string {
  if (value.nan) return "NaN";
  std::string digits = value.value.Abs().Digits();
  std::string text;
  if (value.value.IsNegative()) text = "-";
  if (value.scale <= 0) {
    text += digits;
    if (!value.value.IsZero()) text.append(static_cast<size_t>(-value.scale), '0');
    return text;
  }
  auto scale = static_cast<size_t>(value.scale);
  if (digits.size() <= scale) digits.insert(0, scale - digits.size() + 1, '0');
  text += digits.substr(0, digits.size() - scale) + "." + digits.substr(digits.size() - scale);
  return text;
}

}  // namespace cobrt
