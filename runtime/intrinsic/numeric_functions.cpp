#include "runtime/intrinsic/numeric_functions.h"

#include <algorithm>
#include <cstdlib>
#include <vector>

#include "runtime/intrinsic/transcendental.h"

namespace cobrt {
namespace {

const BigDecimal kZero{BigInt(), 0};

auto Small(int64_t value) -> BigDecimal { return BigDecimal{BigInt(value), 0}; }

// The first argument that compares `wanted` (1: larger, -1: smaller) than every earlier pick.
auto Pick(FunctionArguments arguments, int wanted) -> const NumericResult* {
  const NumericResult* pick = arguments.begin();
  for (const NumericResult* it = arguments.begin() + 1; it != arguments.end(); ++it) {
    if (DecimalCompare(it->value, pick->value) * wanted > 0) pick = it;
  }
  return pick;
}

auto Sum(FunctionArguments arguments) -> BigDecimal {
  BigDecimal sum = kZero;
  for (const NumericResult& argument : arguments) sum = DecimalAdd(sum, argument.value);
  return sum;
}

// calc_mean_of_args: the sum divided by the count.
auto Mean(FunctionArguments arguments) -> BigDecimal {
  return DecimalDivide(Sum(arguments), Small(static_cast<int64_t>(arguments.size())));
}

// calc_variance_of_args: sum of squared differences from the mean, divided by the count.
auto Variance(FunctionArguments arguments) -> BigDecimal {
  if (arguments.size() == 1) return kZero;
  const BigDecimal mean = Mean(arguments);
  BigDecimal sum = kZero;
  for (const NumericResult& argument : arguments) {
    BigDecimal difference = DecimalSubtract(argument.value, mean);
    sum = DecimalAdd(sum, DecimalMultiply(difference, difference));
  }
  return DecimalDivide(sum, Small(static_cast<int64_t>(arguments.size())));
}

// cob_mod_or_rem: the quotient to an integer (floor for MOD, truncation for REM), then
// dividend - quotient * divisor.
auto ModOrRem(const NumericResult& dividend, const NumericResult& divisor, bool floor)
    -> NumericResult {
  if (divisor.value.value.IsZero()) return UnsignedField(0);
  BigDecimal quotient = DecimalDivide(dividend.value, divisor.value);
  BigInt integer = RoundDecimal(quotient, 0, RoundingMode::kTruncation);
  if (floor && quotient.value.IsNegative() && quotient.scale > 0 &&
      !(quotient.value % BigInt::Pow10(quotient.scale)).IsZero()) {
    integer = integer - BigInt(1);
  }
  BigDecimal product = DecimalMultiply(BigDecimal{integer, 0}, divisor.value);
  return AllocField(DecimalSubtract(dividend.value, product));
}

auto InRange(const BigDecimal& value) -> bool {
  return DecimalCompare(value, Small(-1)) >= 0 && DecimalCompare(value, Small(1)) <= 0;
}

}  // namespace

auto FunctionAbs(const NumericResult& argument) -> NumericResult {
  NumericResult result = argument;
  result.value.value = argument.value.value.Abs();
  if (result.shape.family == FieldFamily::kDouble) {
    result.float_value = result.float_value < 0 ? -result.float_value : result.float_value;
  }
  return result;
}

auto FunctionMax(FunctionArguments arguments) -> NumericResult { return *Pick(arguments, 1); }

auto FunctionMin(FunctionArguments arguments) -> NumericResult { return *Pick(arguments, -1); }

auto FunctionOrdMax(FunctionArguments arguments) -> NumericResult {
  return UnsignedField(static_cast<uint32_t>(Pick(arguments, 1) - arguments.begin() + 1));
}

auto FunctionOrdMin(FunctionArguments arguments) -> NumericResult {
  return UnsignedField(static_cast<uint32_t>(Pick(arguments, -1) - arguments.begin() + 1));
}

auto FunctionMedian(FunctionArguments arguments) -> NumericResult {
  if (arguments.size() == 1) return *arguments.begin();
  std::vector<const NumericResult*> sorted;
  for (const NumericResult& argument : arguments) sorted.push_back(&argument);
  // glibc's qsort is a merge sort: equal values keep their order.
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const NumericResult* a, const NumericResult* b) {
                     return DecimalCompare(a->value, b->value) < 0;
                   });
  size_t middle = sorted.size() / 2;
  if (sorted.size() % 2 == 1) return *sorted[middle];
  BigDecimal sum = DecimalAdd(sorted[middle - 1]->value, sorted[middle]->value);
  return AllocField(DecimalDivide(sum, Small(2)));
}

auto FunctionMean(FunctionArguments arguments) -> NumericResult {
  if (arguments.size() == 1) return *arguments.begin();
  return AllocField(Mean(arguments));
}

auto FunctionMidrange(FunctionArguments arguments) -> NumericResult {
  BigDecimal sum = DecimalAdd(Pick(arguments, -1)->value, Pick(arguments, 1)->value);
  return AllocField(DecimalDivide(sum, Small(2)));
}

auto FunctionRange(FunctionArguments arguments) -> NumericResult {
  return AllocField(DecimalSubtract(Pick(arguments, 1)->value, Pick(arguments, -1)->value));
}

auto FunctionSum(FunctionArguments arguments) -> NumericResult {
  return AllocField(Sum(arguments));
}

auto FunctionVariance(FunctionArguments arguments) -> NumericResult {
  return AllocField(Variance(arguments));
}

auto FunctionStandardDeviation(FunctionArguments arguments) -> NumericResult {
  return AllocField(PowerDecimal(TrimDecimal(Variance(arguments)), BigDecimal{BigInt(5), 1}));
}

auto FunctionPresentValue(FunctionArguments arguments) -> NumericResult {
  const BigDecimal base = DecimalAdd(arguments.begin()->value, Small(1));
  BigDecimal sum = kZero;
  int period = 1;
  for (const NumericResult* it = arguments.begin() + 1; it != arguments.end(); ++it, ++period) {
    BigDecimal divisor = base;
    if (period > 1) {
      BigInt raised(1);
      for (int i = 0; i < period; ++i) raised = raised * base.value;
      divisor = BigDecimal{raised, base.scale * period};
    }
    sum = DecimalAdd(sum, DecimalDivide(it->value, divisor));
  }
  return AllocField(sum);
}

auto FunctionAnnuity(const NumericResult& rate, const NumericResult& periods) -> NumericResult {
  const int sign = rate.value.value.Sign();
  if (sign < 0 || periods.value.value.Sign() <= 0 || periods.value.scale != 0) {
    return UnsignedField(0);
  }
  if (sign == 0) return AllocField(DecimalDivide(Small(1), periods.value));
  // rate / (1 - (1 + rate) ^ -periods)
  BigDecimal growth = TrimDecimal(DecimalAdd(rate.value, Small(1)));
  BigDecimal exponent = TrimDecimal(BigDecimal{periods.value.value.Negated(), 0});
  BigDecimal discount = TrimDecimal(DecimalSubtract(Small(1), PowerDecimal(growth, exponent)));
  return AllocField(DecimalDivide(TrimDecimal(rate.value), discount));
}

auto FunctionInteger(const NumericResult& argument) -> NumericResult {
  const BigDecimal& value = argument.value;
  BigInt integer = RoundDecimal(value, 0, RoundingMode::kTruncation);
  if (value.value.IsNegative() && value.scale > 0 &&
      !(value.value % BigInt::Pow10(value.scale)).IsZero()) {
    integer = integer - BigInt(1);
  }
  return AllocField(BigDecimal{integer, 0});
}

auto FunctionIntegerPart(const NumericResult& argument) -> NumericResult {
  return AllocField(BigDecimal{RoundDecimal(argument.value, 0, RoundingMode::kTruncation), 0});
}

auto FunctionFractionPart(const NumericResult& argument) -> NumericResult {
  const BigDecimal& value = argument.value;
  if (value.scale <= 0) return AllocField(kZero);
  return AllocField(BigDecimal{value.value % BigInt::Pow10(value.scale), value.scale});
}

auto FunctionSign(const NumericResult& argument) -> NumericResult {
  return IntField(argument.value.value.Sign());
}

auto FunctionMod(const NumericResult& dividend, const NumericResult& divisor) -> NumericResult {
  return ModOrRem(dividend, divisor, /*floor=*/true);
}

auto FunctionRem(const NumericResult& dividend, const NumericResult& divisor) -> NumericResult {
  return ModOrRem(dividend, divisor, /*floor=*/false);
}

auto FunctionFactorial(const NumericResult& argument) -> NumericResult {
  int32_t n = IntegerArgument(argument);
  if (n < 0) return UnsignedField(0);
  BigInt product(1);
  for (int32_t i = 2; i <= n; ++i) product = product * BigInt(i);
  return AllocField(BigDecimal{product, 0});
}

auto FunctionSqrt(const NumericResult& argument) -> NumericResult {
  if (argument.value.value.IsNegative()) return UnsignedField(0);
  return AllocField(PowerDecimal(TrimDecimal(argument.value), BigDecimal{BigInt(5), 1}));
}

auto FunctionExp(const NumericResult& argument) -> NumericResult {
  if (argument.value.value.IsZero()) return UnsignedField(1);
  return AllocField(ExpDecimal(argument.value));
}

auto FunctionExp10(const NumericResult& argument) -> NumericResult {
  const int sign = argument.value.value.Sign();
  if (sign == 0) return UnsignedField(1);
  BigDecimal power = TrimDecimal(argument.value);
  if (power.scale == 0 && power.value.FitsInt64()) {
    auto n = static_cast<int64_t>(power.value.LowBits64());
    if (sign < 0 && n >= INT32_MIN)
      return AllocField(BigDecimal{BigInt(1), static_cast<int32_t>(-n)});
    if (sign > 0) return AllocField(BigDecimal{BigInt::Pow10(static_cast<int>(n)), 0});
  }
  return AllocField(PowerDecimal(Small(10), power));
}

auto FunctionLog(const NumericResult& argument) -> NumericResult {
  if (argument.value.value.Sign() <= 0) return UnsignedField(0);
  BigDecimal value = TrimDecimal(argument.value);
  if (value.scale == 0 && value.value == BigInt(1)) return UnsignedField(0);
  return AllocField(LnDecimal(value));
}

auto FunctionLog10(const NumericResult& argument) -> NumericResult {
  if (argument.value.value.Sign() <= 0) return UnsignedField(0);
  BigDecimal value = TrimDecimal(argument.value);
  if (value.scale == 0 && value.value == BigInt(1)) return UnsignedField(0);
  return AllocField(Log10Decimal(value));
}

auto FunctionSin(const NumericResult& argument) -> NumericResult {
  return AllocField(SinDecimal(argument.value));
}

auto FunctionCos(const NumericResult& argument) -> NumericResult {
  return AllocField(CosDecimal(argument.value));
}

auto FunctionTan(const NumericResult& argument) -> NumericResult {
  return AllocField(TanDecimal(argument.value));
}

auto FunctionAsin(const NumericResult& argument) -> NumericResult {
  if (!InRange(argument.value) || argument.value.value.IsZero()) return UnsignedField(0);
  return AllocField(AsinDecimal(argument.value));
}

auto FunctionAcos(const NumericResult& argument) -> NumericResult {
  if (!InRange(argument.value)) return UnsignedField(0);
  return AllocField(AcosDecimal(argument.value));
}

auto FunctionAtan(const NumericResult& argument) -> NumericResult {
  if (argument.value.value.IsZero()) return UnsignedField(0);
  return AllocField(AtanDecimal(argument.value));
}

auto FunctionPi() -> NumericResult { return AllocField(PiDecimal()); }

auto FunctionE() -> NumericResult { return AllocField(EDecimal()); }

auto FunctionRandom(const std::optional<NumericResult>& seed) -> NumericResult {
  if (seed.has_value()) {
    int32_t value = IntegerArgument(*seed);
    std::srand(static_cast<unsigned int>(value < 0 ? 0 : value));
  }
  int number = std::rand();
  return DoubleField(static_cast<double>(number) / static_cast<double>(RAND_MAX));
}

}  // namespace cobrt
