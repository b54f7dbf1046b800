#include "runtime/io/clock.h"

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <ctime>

namespace cobrt {
namespace {

auto FloorDivide(std::int64_t value, std::int64_t divisor) -> std::int64_t {
  std::int64_t quotient = value / divisor;
  if ((value % divisor != 0) && ((value < 0) != (divisor < 0))) --quotient;
  return quotient;
}

auto FloorModulo(std::int64_t value, std::int64_t divisor) -> std::int64_t {
  return value - FloorDivide(value, divisor) * divisor;
}

// Days since 1970-01-01 of a proleptic Gregorian date (month 1..12, any day).
auto DaysFromCivil(std::int64_t year, int month, std::int64_t day) -> std::int64_t {
  // Counting from March 1 puts the leap day at the end of the counted year.
  const std::int64_t shifted_year = month <= 2 ? year - 1 : year;
  const std::int64_t era = FloorDivide(shifted_year, 400);
  const std::int64_t year_of_era = shifted_year - era * 400;
  const std::int64_t month_from_march = month > 2 ? month - 3 : month + 9;
  const std::int64_t day_of_year = (153 * month_from_march + 2) / 5 + day - 1;
  const std::int64_t day_of_era =
      year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

void CivilFromDays(std::int64_t days, DateTime& time) {
  const std::int64_t shifted = days + 719468;
  const std::int64_t era = FloorDivide(shifted, 146097);
  const std::int64_t day_of_era = shifted - era * 146097;
  const std::int64_t year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const std::int64_t day_of_year =
      day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const std::int64_t month_from_march = (5 * day_of_year + 2) / 153;
  time.day = static_cast<int>(day_of_year - (153 * month_from_march + 2) / 5 + 1);
  time.month =
      static_cast<int>(month_from_march < 10 ? month_from_march + 3 : month_from_march - 9);
  time.year = static_cast<int>(year_of_era + era * 400 + (time.month <= 2 ? 1 : 0));
}

// A reader over a COB_CURRENT_DATE value.
class OverrideParser {
 public:
  explicit OverrideParser(std::string_view text) : text_(text) {}

  auto AtEnd() const -> bool { return position_ >= text_.size(); }
  auto Peek() const -> char { return AtEnd() ? '\0' : text_[position_]; }
  void Skip() { ++position_; }
  auto IsDigit() const -> bool { return Peek() >= '0' && Peek() <= '9'; }

  // Up to `maximum` digits; returns how many were read.
  auto ReadDigits(int maximum, int& value) -> int {
    int count = 0;
    value = 0;
    while (count < maximum && IsDigit()) {
      value = value * 10 + (Peek() - '0');
      Skip();
      ++count;
    }
    return count;
  }

  // One date or time field: `width` digits (a year also takes 2), or a run of `letter`.
  void ReadField(int width, char letter, int minimum, int maximum, std::optional<int>& field,
                 bool& invalid) {
    if (AtEnd()) return;
    int value = 0;
    const int count = ReadDigits(width, value);
    const bool two_digit_year = width == 4 && count == 2;
    if (count == width || two_digit_year) {
      field = two_digit_year ? value + 2000 : value;
      if (value < minimum || value > maximum) invalid = true;
      return;
    }
    if (count == 0 && Peek() == letter) {
      while (Peek() == letter) Skip();
      return;
    }
    invalid = true;
  }

  void SkipOneOf(std::string_view separators) {
    if (!AtEnd() && separators.find(Peek()) != std::string_view::npos) Skip();
  }

 private:
  std::string_view text_;
  std::size_t position_ = 0;
};

auto Digits(int value, int width) -> std::string {
  std::string text(static_cast<std::size_t>(width), '0');
  for (int index = width - 1; index >= 0 && value > 0; --index) {
    text[static_cast<std::size_t>(index)] = static_cast<char>('0' + value % 10);
    value /= 10;
  }
  return text;
}

std::unique_ptr<Clock>& ProcessClockSlot() {
  static std::unique_ptr<Clock> clock = std::make_unique<SystemClock>();
  return clock;
}

}  // namespace

auto DayOfYear(const DateTime& time) -> int {
  return static_cast<int>(DaysFromCivil(time.year, time.month, time.day) -
                          DaysFromCivil(time.year, 1, 1) + 1);
}

auto DayOfWeek(const DateTime& time) -> int {
  // 1970-01-01 was a Thursday (4).
  return static_cast<int>(FloorModulo(DaysFromCivil(time.year, time.month, time.day) + 3, 7)) + 1;
}

auto NormalizeDateTime(const DateTime& time) -> DateTime {
  DateTime normal = time;
  std::int64_t seconds = time.second + FloorDivide(time.nanosecond, 1'000'000'000);
  normal.nanosecond = static_cast<int>(FloorModulo(time.nanosecond, 1'000'000'000));
  std::int64_t minutes = time.minute + FloorDivide(seconds, 60);
  normal.second = static_cast<int>(FloorModulo(seconds, 60));
  std::int64_t hours = time.hour + FloorDivide(minutes, 60);
  normal.minute = static_cast<int>(FloorModulo(minutes, 60));
  const std::int64_t carried_days = FloorDivide(hours, 24);
  normal.hour = static_cast<int>(FloorModulo(hours, 24));
  const std::int64_t month_index = time.month - 1;
  const std::int64_t year = time.year + FloorDivide(month_index, 12);
  const int month = static_cast<int>(FloorModulo(month_index, 12)) + 1;
  CivilFromDays(DaysFromCivil(year, month, 1) + (time.day - 1) + carried_days, normal);
  return normal;
}

auto SystemClock::Now() const -> DateTime {
  const auto now = std::chrono::system_clock::now();
  const std::time_t seconds = std::chrono::system_clock::to_time_t(now);
  const auto since_second = now - std::chrono::system_clock::from_time_t(seconds);
  DateTime time;
  time.nanosecond =
      static_cast<int>(std::chrono::duration_cast<std::chrono::nanoseconds>(since_second).count());
  if (time.nanosecond < 0) time.nanosecond = 0;
  const std::tm local = *std::localtime(&seconds);
  const std::tm universal = *std::gmtime(&seconds);
  time.year = local.tm_year + 1900;
  time.month = local.tm_mon + 1;
  time.day = local.tm_mday;
  time.hour = local.tm_hour;
  time.minute = local.tm_min;
  time.second = local.tm_sec;
  const std::int64_t local_minutes =
      DaysFromCivil(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday) * 1440 +
      local.tm_hour * 60 + local.tm_min;
  const std::int64_t universal_minutes =
      DaysFromCivil(universal.tm_year + 1900, universal.tm_mon + 1, universal.tm_mday) * 1440 +
      universal.tm_hour * 60 + universal.tm_min;
  time.utc_offset_minutes = static_cast<int>(local_minutes - universal_minutes);
  return time;
}

auto ParseCurrentDateOverride(std::string_view value) -> CurrentDateOverride {
  CurrentDateOverride fixed;
  OverrideParser parser(value);
  while (!parser.AtEnd() && !parser.IsDigit() && parser.Peek() != 'Y') parser.Skip();
  parser.ReadField(4, 'Y', 0, 9999, fixed.year, fixed.invalid);
  parser.SkipOneOf("/-");
  parser.ReadField(2, 'M', 1, 12, fixed.month, fixed.invalid);
  parser.SkipOneOf("/-");
  parser.ReadField(2, 'D', 1, 31, fixed.day, fixed.invalid);
  while (parser.Peek() == ' ') parser.Skip();
  parser.ReadField(2, 'H', 0, 23, fixed.hour, fixed.invalid);
  parser.SkipOneOf(":");
  parser.ReadField(2, 'M', 0, 59, fixed.minute, fixed.invalid);
  parser.SkipOneOf(":");
  parser.ReadField(2, 'S', 0, 60, fixed.second, fixed.invalid);
  if (parser.AtEnd()) return fixed;
  fixed.nanosecond = 0;
  if (parser.Peek() == '.') {
    parser.Skip();
    int fraction = 0;
    const int count = parser.ReadDigits(9, fraction);
    for (int scale = count; scale < 9; ++scale) fraction *= 10;
    *fixed.nanosecond = fraction;
    while (parser.IsDigit()) parser.Skip();
  }
  if (parser.Peek() == 'Z') {
    fixed.utc_offset_minutes = 0;
  } else if (parser.Peek() == '+' || parser.Peek() == '-') {
    const int sign = parser.Peek() == '-' ? -1 : 1;
    parser.Skip();
    int hours = 0;
    int minutes = 0;
    parser.ReadDigits(2, hours);
    parser.SkipOneOf(":");
    parser.ReadDigits(2, minutes);
    fixed.utc_offset_minutes = sign * (hours * 60 + minutes);
  }
  return fixed;
}

auto OverriddenClock::Now() const -> DateTime {
  DateTime time = real_.Now();
  time.year = fixed_.year.value_or(time.year);
  time.month = fixed_.month.value_or(time.month);
  time.day = fixed_.day.value_or(time.day);
  time.hour = fixed_.hour.value_or(time.hour);
  time.minute = fixed_.minute.value_or(time.minute);
  time.second = fixed_.second.value_or(time.second);
  time.nanosecond = fixed_.nanosecond.value_or(time.nanosecond);
  time.utc_offset_minutes = fixed_.utc_offset_minutes.value_or(time.utc_offset_minutes);
  return NormalizeDateTime(time);
}

namespace {

// A clock that forwards to another (the unchanged real clock behind the unique_ptr interface).
class ForwardingClock final : public Clock {
 public:
  explicit ForwardingClock(const Clock& real) : real_(real) {}
  auto Now() const -> DateTime override { return real_.Now(); }

 private:
  const Clock& real_;
};

}  // namespace

auto ClockFromCurrentDateSetting(const char* cob_current_date, const Clock& real, Console& console)
    -> std::unique_ptr<Clock> {
  if (cob_current_date == nullptr || *cob_current_date == '\0') {
    return std::make_unique<ForwardingClock>(real);
  }
  const CurrentDateOverride fixed = ParseCurrentDateOverride(cob_current_date);
  if (fixed.invalid) {
    console.WriteError(std::string("libcob: warning: COB_CURRENT_DATE '") + cob_current_date +
                       "' is invalid\n");
  }
  return std::make_unique<OverriddenClock>(real, fixed);
}

void InitializeProcessClock(const char* cob_current_date, Console& console) {
  static const SystemClock real_clock;
  SetProcessClock(ClockFromCurrentDateSetting(cob_current_date, real_clock, console));
}

auto ProcessClock() -> const Clock& { return *ProcessClockSlot(); }

void SetProcessClock(std::unique_ptr<Clock> clock) { ProcessClockSlot() = std::move(clock); }

auto AcceptFromDate(const DateTime& time) -> std::string {
  return Digits(time.year % 100, 2) + Digits(time.month, 2) + Digits(time.day, 2);
}

auto AcceptFromDateYyyymmdd(const DateTime& time) -> std::string {
  return Digits(time.year, 4) + Digits(time.month, 2) + Digits(time.day, 2);
}

auto AcceptFromDay(const DateTime& time) -> std::string {
  return Digits(time.year % 100, 2) + Digits(DayOfYear(time), 3);
}

auto AcceptFromDayYyyyddd(const DateTime& time) -> std::string {
  return Digits(time.year, 4) + Digits(DayOfYear(time), 3);
}

auto AcceptFromDayOfWeek(const DateTime& time) -> std::string { return Digits(DayOfWeek(time), 1); }

auto AcceptFromTime(const DateTime& time) -> std::string {
  return Digits(time.hour, 2) + Digits(time.minute, 2) + Digits(time.second, 2) +
         Digits(time.nanosecond / 10'000'000, 2);
}

auto CurrentDateFunction(const DateTime& time) -> std::string {
  const int offset = time.utc_offset_minutes;
  const int magnitude = offset < 0 ? -offset : offset;
  return AcceptFromDateYyyymmdd(time) + AcceptFromTime(time) + (offset < 0 ? "-" : "+") +
         Digits(magnitude / 60, 2) + Digits(magnitude % 60, 2);
}

}  // namespace cobrt
