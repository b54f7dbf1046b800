// The date intrinsic functions as libcob 3.1.2 computes them: integer dates count days from
// 1600-12-31 (day 1 is 1601-01-01) up to 9999-12-31 (day 3067671); arguments are read as C ints
// (cob_get_int). An invalid argument gives 0 (zeros for the DISPLAY results of DATE-OF-INTEGER
// and DAY-OF-INTEGER). YEAR-TO-YYYY, DATE-TO-YYYYMMDD and DAY-TO-YYYYDDD take the current year
// from the C library's local time when it is not given, as libcob does (not COB_CURRENT_DATE).
#ifndef COBRT_INTRINSIC_DATE_FUNCTIONS_H_
#define COBRT_INTRINSIC_DATE_FUNCTIONS_H_

#include <cstdint>
#include <optional>

#include "runtime/decimal/fixed.h"
#include "runtime/intrinsic/result_field.h"

namespace cobrt {

// The integer-valued date functions on the C int cob_get_int makes of their argument: the
// results above as plain integers. The emitter computes with these on fixed point when every
// function of an expression is one of them (IntegerFunction below).
auto IntegerOfDateValue(int32_t yyyymmdd) -> int64_t;
auto IntegerOfDayValue(int32_t yyyyddd) -> int64_t;
auto DateOfIntegerValue(int32_t days) -> int64_t;
auto DayOfIntegerValue(int32_t days) -> int64_t;
auto TestDateYyyymmddValue(int32_t yyyymmdd) -> int64_t;
auto TestDayYyyydddValue(int32_t yyyyddd) -> int64_t;

// cob_get_int of a numeric value: the integer part, truncated, kept to its low 32 bits as
// IntegerArgument keeps it.
template <int D, int S>
auto IntArgument(const Fixed<D, S>& value) -> int32_t {
  // Narrowing keeps the low-order bits of the two's complement (ConvertRep).
  const Int128 integer = ConvertRep<Int128>(TruncateTo<0>(value).mantissa);
  return static_cast<int32_t>(static_cast<uint32_t>(static_cast<uint64_t>(integer)));
}

// A date function's result as a Fixed of its digits: f(IntArgument(x)).
template <int Digits, int D, int S>
auto IntegerFunction(int64_t (*function)(int32_t), const Fixed<D, S>& argument)
    -> Fixed<Digits, 0> {
  return Fixed<Digits, 0>{function(IntArgument(argument))};
}

auto FunctionIntegerOfDate(const NumericResult& yyyymmdd) -> NumericResult;
auto FunctionIntegerOfDay(const NumericResult& yyyyddd) -> NumericResult;
// An unsigned DISPLAY field of 8 digits, YYYYMMDD.
auto FunctionDateOfInteger(const NumericResult& days) -> NumericResult;
// An unsigned DISPLAY field of 7 digits, YYYYDDD.
auto FunctionDayOfInteger(const NumericResult& days) -> NumericResult;
// 0 when valid, else 1 for the year, 2 for the month (day of the year), 3 for the day.
auto FunctionTestDateYyyymmdd(const NumericResult& yyyymmdd) -> NumericResult;
auto FunctionTestDayYyyyddd(const NumericResult& yyyyddd) -> NumericResult;
// The sliding century window: interval defaults to 50, the current year to this year.
auto FunctionYearToYyyy(const NumericResult& yy, const std::optional<NumericResult>& interval,
                        const std::optional<NumericResult>& current_year) -> NumericResult;
auto FunctionDateToYyyymmdd(const NumericResult& yymmdd,
                            const std::optional<NumericResult>& interval,
                            const std::optional<NumericResult>& current_year) -> NumericResult;
auto FunctionDayToYyyyddd(const NumericResult& yyddd, const std::optional<NumericResult>& interval,
                          const std::optional<NumericResult>& current_year) -> NumericResult;

}  // namespace cobrt

#endif  // COBRT_INTRINSIC_DATE_FUNCTIONS_H_
