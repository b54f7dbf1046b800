// The numeric intrinsic functions, each as its libcob 3.1.2 cob_intr_* computes it: arguments
// are fields (runtime/intrinsic/result_field.h: items, literals, expressions, other functions'
// results), the result is the field libcob returns. An invalid argument (SQRT of a negative
// number, LOG of zero, ASIN of 2, ANNUITY with a fractional period count...) gives libcob's
// unsigned zero; the EC-ARGUMENT-FUNCTION it sets is not kept (nothing reads it without
// EXCEPTION-STATUS). Statistics compare and pick arguments by value (cob_cmp).
#ifndef COBRT_INTRINSIC_NUMERIC_FUNCTIONS_H_
#define COBRT_INTRINSIC_NUMERIC_FUNCTIONS_H_

#include <initializer_list>
#include <optional>

#include "runtime/intrinsic/result_field.h"

namespace cobrt {

using FunctionArguments = std::initializer_list<NumericResult>;

// The argument's own field holding |value|.
auto FunctionAbs(const NumericResult& argument) -> NumericResult;
// The first argument holding the largest (smallest) value, as it is (its field).
auto FunctionMax(FunctionArguments arguments) -> NumericResult;
auto FunctionMin(FunctionArguments arguments) -> NumericResult;
// The position (from 1) of the first largest (smallest) argument.
auto FunctionOrdMax(FunctionArguments arguments) -> NumericResult;
auto FunctionOrdMin(FunctionArguments arguments) -> NumericResult;
// One argument: that argument; an odd count: the middle one after a stable sort; an even
// count: the mean of the middle two.
auto FunctionMedian(FunctionArguments arguments) -> NumericResult;
// One argument: that argument; else the sum divided by the count (38 decimals more).
auto FunctionMean(FunctionArguments arguments) -> NumericResult;
auto FunctionMidrange(FunctionArguments arguments) -> NumericResult;
auto FunctionRange(FunctionArguments arguments) -> NumericResult;
auto FunctionSum(FunctionArguments arguments) -> NumericResult;
auto FunctionVariance(FunctionArguments arguments) -> NumericResult;
auto FunctionStandardDeviation(FunctionArguments arguments) -> NumericResult;
// PRESENT-VALUE(rate, amount...): sum of amount_i / (1 + rate)^i.
auto FunctionPresentValue(FunctionArguments arguments) -> NumericResult;
// ANNUITY(rate, periods): rate / (1 - (1 + rate)^-periods), 1 / periods for a zero rate.
auto FunctionAnnuity(const NumericResult& rate, const NumericResult& periods) -> NumericResult;

// INTEGER: the greatest integer not above the value; INTEGER-PART: truncated toward zero.
auto FunctionInteger(const NumericResult& argument) -> NumericResult;
auto FunctionIntegerPart(const NumericResult& argument) -> NumericResult;
auto FunctionFractionPart(const NumericResult& argument) -> NumericResult;
// -1, 0 or 1 as a signed binary field.
auto FunctionSign(const NumericResult& argument) -> NumericResult;
// MOD(a, b) = a - b * INTEGER(a / b); REM(a, b) = a - b * INTEGER-PART(a / b), a / b with
// cob_decimal_div's 38 extra decimals.
auto FunctionMod(const NumericResult& dividend, const NumericResult& divisor) -> NumericResult;
auto FunctionRem(const NumericResult& dividend, const NumericResult& divisor) -> NumericResult;
auto FunctionFactorial(const NumericResult& argument) -> NumericResult;

auto FunctionSqrt(const NumericResult& argument) -> NumericResult;
auto FunctionExp(const NumericResult& argument) -> NumericResult;
auto FunctionExp10(const NumericResult& argument) -> NumericResult;
auto FunctionLog(const NumericResult& argument) -> NumericResult;
auto FunctionLog10(const NumericResult& argument) -> NumericResult;
auto FunctionSin(const NumericResult& argument) -> NumericResult;
auto FunctionCos(const NumericResult& argument) -> NumericResult;
auto FunctionTan(const NumericResult& argument) -> NumericResult;
auto FunctionAsin(const NumericResult& argument) -> NumericResult;
auto FunctionAcos(const NumericResult& argument) -> NumericResult;
auto FunctionAtan(const NumericResult& argument) -> NumericResult;
auto FunctionPi() -> NumericResult;
auto FunctionE() -> NumericResult;

// rand() / RAND_MAX as a double; a seed (negative ones are 0) calls srand first. The C
// library's generator, as libcob's: the same sequence on the same C library.
auto FunctionRandom(const std::optional<NumericResult>& seed = std::nullopt) -> NumericResult;

}  // namespace cobrt

#endif  // COBRT_INTRINSIC_NUMERIC_FUNCTIONS_H_
