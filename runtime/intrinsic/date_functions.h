// The date intrinsic functions as libcob 3.1.2 computes them: integer dates count days from
// 1600-12-31 (day 1 is 1601-01-01) up to 9999-12-31 (day 3067671); arguments are read as C ints
// (cob_get_int). An invalid argument gives 0 (zeros for the DISPLAY results of DATE-OF-INTEGER
// and DAY-OF-INTEGER). YEAR-TO-YYYY, DATE-TO-YYYYMMDD and DAY-TO-YYYYDDD take the current year
// from the C library's local time when it is not given, as libcob does (not COB_CURRENT_DATE).
#ifndef COBRT_INTRINSIC_DATE_FUNCTIONS_H_
#define COBRT_INTRINSIC_DATE_FUNCTIONS_H_

#include <optional>

#include "runtime/intrinsic/result_field.h"

namespace cobrt {

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
