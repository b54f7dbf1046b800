#include "runtime/intrinsic/date_functions.h"

#include <ctime>

namespace cobrt {
namespace {

constexpr int kNormalDays[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365};
constexpr int kLeapDays[] = {0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366};
constexpr int kNormalMonthDays[] = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
constexpr int kLeapMonthDays[] = {0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

auto LeapYear(int year) -> bool { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }
auto DaysInYear(int year) -> int { return LeapYear(year) ? 366 : 365; }
auto ValidIntegerDate(int days) -> bool { return days >= 1 && days <= 3067671; }
auto ValidYear(int year) -> bool { return year >= 1601 && year <= 9999; }
auto ValidMonth(int month) -> bool { return month >= 1 && month <= 12; }
auto ValidDayOfMonth(int year, int month, int day) -> bool {
  return day >= 1 && day <= (LeapYear(year) ? kLeapMonthDays : kNormalMonthDays)[month];
}
auto ValidDayOfYear(int year, int day) -> bool { return day >= 1 && day <= DaysInYear(year); }

// Leap years from year 1 up to, not including, `year`.
auto LeapYearsBefore(int year) -> int {
  const int y = year - 1;
  return y / 4 - y / 100 + y / 400;
}

// Days from 1601-01-01 to the first day of `year` (a closed form: this runs once per FUNCTION
// call on dates, millions of times in a batch).
auto DaysUpToYear(int year) -> uint32_t {
  return static_cast<uint32_t>(365 * (year - 1601) + LeapYearsBefore(year) -
                               LeapYearsBefore(1601));
}

auto IntegerOfDate(int year, int month, int day) -> uint32_t {
  const int* before = LeapYear(year) ? kLeapDays : kNormalDays;
  return DaysUpToYear(year) + static_cast<uint32_t>(before[month - 1] + day);
}

struct YearAndDay {
  int year;
  int day;  // of the year
};

auto DayOfInteger(int days) -> YearAndDay {
  // 400 Gregorian years hold 146097 days: the estimate is within a year of the answer.
  int year = 1601 + static_cast<int>((int64_t{days} - 1) * 400 / 146097);
  while (year > 1601 && static_cast<int64_t>(DaysUpToYear(year)) >= days) --year;
  while (static_cast<int64_t>(DaysUpToYear(year + 1)) < days) ++year;
  return {year, days - static_cast<int>(DaysUpToYear(year))};
}

// The current year for the century-window functions: the C library's local time.
auto CurrentYear() -> int {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return 1900 + local.tm_year;
}

struct Window {
  int interval = 50;
  int current_year = 0;
};

auto WindowOf(const std::optional<NumericResult>& interval,
              const std::optional<NumericResult>& current_year) -> Window {
  Window window;
  if (interval.has_value()) window.interval = IntegerArgument(*interval);
  window.current_year = current_year.has_value() ? IntegerArgument(*current_year) : CurrentYear();
  return window;
}

// The four-digit year of `yy` in the window ending `interval` years after the current year.
auto WindowedYear(int yy, const Window& window) -> int {
  int max_year = window.current_year + window.interval;
  if (max_year % 100 >= yy) return yy + 100 * (max_year / 100);
  return yy + 100 * ((max_year / 100) - 1);
}

auto WindowValid(const Window& window) -> bool {
  int max_year = window.current_year + window.interval;
  return ValidYear(window.current_year) && max_year >= 1700 && max_year <= 9999;
}

// libcob computes in C ints; a year past the window's range wraps as they do.
auto WrapToInt(int64_t value) -> int32_t {
  return static_cast<int32_t>(static_cast<uint32_t>(static_cast<uint64_t>(value)));
}

}  // namespace

auto IntegerOfDateValue(int32_t yyyymmdd) -> int64_t {
  int year = yyyymmdd / 10000;
  int month = (yyyymmdd % 10000) / 100;
  int day = yyyymmdd % 100;
  if (!ValidYear(year) || !ValidMonth(month) || !ValidDayOfMonth(year, month, day)) return 0;
  return IntegerOfDate(year, month, day);
}

auto IntegerOfDayValue(int32_t yyyyddd) -> int64_t {
  int year = yyyyddd / 1000;
  int day = yyyyddd % 1000;
  if (!ValidYear(year) || !ValidDayOfYear(year, day)) return 0;
  return DaysUpToYear(year) + static_cast<uint32_t>(day);
}

auto DateOfIntegerValue(int32_t days) -> int64_t {
  if (!ValidIntegerDate(days)) return 0;
  YearAndDay date = DayOfInteger(days);
  const int* before = LeapYear(date.year) ? kLeapDays : kNormalDays;
  int month = 1;
  while (date.day > before[month]) ++month;
  int day = date.day - before[month - 1];
  return int64_t{date.year} * 10000 + month * 100 + day;
}

auto DayOfIntegerValue(int32_t days) -> int64_t {
  if (!ValidIntegerDate(days)) return 0;
  YearAndDay date = DayOfInteger(days);
  return int64_t{date.year} * 1000 + date.day;
}

auto TestDateYyyymmddValue(int32_t yyyymmdd) -> int64_t {
  int year = yyyymmdd / 10000;
  int month = (yyyymmdd % 10000) / 100;
  int day = yyyymmdd % 100;
  if (!ValidYear(year)) return 1;
  if (!ValidMonth(month)) return 2;
  if (!ValidDayOfMonth(year, month, day)) return 3;
  return 0;
}

auto TestDayYyyydddValue(int32_t yyyyddd) -> int64_t {
  int year = yyyyddd / 1000;
  if (!ValidYear(year)) return 1;
  if (!ValidDayOfYear(year, yyyyddd % 1000)) return 2;
  return 0;
}

auto FunctionIntegerOfDate(const NumericResult& yyyymmdd) -> NumericResult {
  return UnsignedField(static_cast<uint32_t>(IntegerOfDateValue(IntegerArgument(yyyymmdd))));
}

auto FunctionIntegerOfDay(const NumericResult& yyyyddd) -> NumericResult {
  return UnsignedField(static_cast<uint32_t>(IntegerOfDayValue(IntegerArgument(yyyyddd))));
}

auto FunctionDateOfInteger(const NumericResult& days) -> NumericResult {
  return DisplayField(DateOfIntegerValue(IntegerArgument(days)), 8);
}

auto FunctionDayOfInteger(const NumericResult& days) -> NumericResult {
  return DisplayField(DayOfIntegerValue(IntegerArgument(days)), 7);
}

auto FunctionTestDateYyyymmdd(const NumericResult& yyyymmdd) -> NumericResult {
  return UnsignedField(static_cast<uint32_t>(TestDateYyyymmddValue(IntegerArgument(yyyymmdd))));
}

auto FunctionTestDayYyyyddd(const NumericResult& yyyyddd) -> NumericResult {
  return UnsignedField(static_cast<uint32_t>(TestDayYyyydddValue(IntegerArgument(yyyyddd))));
}

auto FunctionYearToYyyy(const NumericResult& yy, const std::optional<NumericResult>& interval,
                        const std::optional<NumericResult>& current_year) -> NumericResult {
  int year = IntegerArgument(yy);
  Window window = WindowOf(interval, current_year);
  if (year < 0 || year > 99 || !WindowValid(window)) return UnsignedField(0);
  return IntField(WindowedYear(year, window));
}

auto FunctionDateToYyyymmdd(const NumericResult& yymmdd,
                            const std::optional<NumericResult>& interval,
                            const std::optional<NumericResult>& current_year) -> NumericResult {
  int value = IntegerArgument(yymmdd);
  int mmdd = value % 10000;
  int year = value / 10000;
  Window window = WindowOf(interval, current_year);
  // The standard's unusual year range, as libcob checks it.
  if (year < 0 || year > 999999 || !WindowValid(window)) return UnsignedField(0);
  return IntField(WrapToInt(int64_t{WindowedYear(year, window)} * 10000 + mmdd));
}

auto FunctionDayToYyyyddd(const NumericResult& yyddd, const std::optional<NumericResult>& interval,
                          const std::optional<NumericResult>& current_year) -> NumericResult {
  int value = IntegerArgument(yyddd);
  int days = value % 1000;
  int year = value / 1000;
  Window window = WindowOf(interval, current_year);
  if (year < 0 || year > 999999 || !WindowValid(window)) return UnsignedField(0);
  return IntField(WrapToInt(int64_t{WindowedYear(year, window)} * 1000 + days));
}

}  // namespace cobrt
