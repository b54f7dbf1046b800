// The date and time a program sees: ACCEPT FROM DATE/DAY/DAY-OF-WEEK/TIME and FUNCTION
// CURRENT-DATE (fact sheet §8), from an injectable clock so recorded runs replay.
//
// COB_CURRENT_DATE (libcob/common.c check_current_date) fixes the parts it gives; the others
// come from the real clock at each call, so a value with every part down to a fraction is a
// constant and a date alone leaves the time running (checked with cobc: "20210304" across a
// two-second sleep gives two different TIMEs). The parsing rules, each checked with cobc 3.1.2:
//   - leading characters other than digits and 'Y' are skipped ("x2021...", quotes);
//   - year: 2 or 4 digits (2 digits mean 20yy); month, day, hour, minute, second: 2 digits;
//     a run of the field's template letter (YYYY, MM, DD, HH, MM, SS) leaves it to the clock;
//     a field of another length is invalid and left to the clock;
//   - '/' or '-' may follow year and month; spaces may follow the day; ':' may follow hour
//     and minute; "2021-03-04T05:06:07" is invalid at the 'T';
//   - anything after the seconds fixes the fraction: 0, or the digits after a '.' (".5" is 50
//     hundredths, ",25" gives 00); a value ending at the seconds keeps the clock's fraction;
//   - then 'Z' (offset 0) or +hh[[:]mm] / -hh[[:]mm], kept as minutes without a range check
//     ("+0199" prints as +0239); anything else keeps the local offset;
//   - month outside 1..12, day outside 1..31, hour outside 0..23, minute or second outside
//     0..59 (60 is accepted) make the value invalid, but the number is still used and the
//     date normalized ("2021/13/45 99:99:99.00" gives 2022-02-18 04:40:39);
//   - an invalid value prints "libcob: warning: COB_CURRENT_DATE '<value>' is invalid" once, at
//     program start.
// Normalization here is civil arithmetic; libcob uses mktime, which differs only for a time
// that falls into a local daylight-saving gap.
#ifndef COBRT_IO_CLOCK_H_
#define COBRT_IO_CLOCK_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "runtime/io/console.h"

namespace cobrt {

struct DateTime {
  int year = 1970;
  int month = 1;   // 1..12
  int day = 1;     // 1..31
  int hour = 0;    // 0..23
  int minute = 0;  // 0..59
  int second = 0;  // 0..59
  int nanosecond = 0;
  int utc_offset_minutes = 0;  // local time minus UTC
};

// Day of the year (1..366) and day of the week (1 = Monday .. 7 = Sunday) of a valid date.
auto DayOfYear(const DateTime& time) -> int;
auto DayOfWeek(const DateTime& time) -> int;

// `time` with every field brought into range, carrying into the next one ("13th month" is
// January of the next year). The offset is kept.
auto NormalizeDateTime(const DateTime& time) -> DateTime;

class Clock {
 public:
  virtual ~Clock() = default;
  virtual auto Now() const -> DateTime = 0;
};

// Local time of the machine (std::chrono::system_clock and the C library's local time zone).
class SystemClock final : public Clock {
 public:
  auto Now() const -> DateTime override;
};

// A clock that always returns the same time (tests).
class FixedClock final : public Clock {
 public:
  explicit FixedClock(const DateTime& time) : time_(time) {}
  auto Now() const -> DateTime override { return time_; }

 private:
  DateTime time_;
};

// The parts a COB_CURRENT_DATE value fixes.
struct CurrentDateOverride {
  std::optional<int> year, month, day, hour, minute, second, nanosecond, utc_offset_minutes;
  bool invalid = false;  // libcob warns
};

auto ParseCurrentDateOverride(std::string_view value) -> CurrentDateOverride;

// `real` with the fixed parts of `fixed` replacing its own, normalized at each call.
class OverriddenClock final : public Clock {
 public:
  OverriddenClock(const Clock& real, const CurrentDateOverride& fixed)
      : real_(real), fixed_(fixed) {}
  auto Now() const -> DateTime override;

 private:
  const Clock& real_;
  CurrentDateOverride fixed_;
};

// The clock a program sees: `real`, overridden by a COB_CURRENT_DATE value when it is set and
// non-empty (the warning for an invalid value goes to `console`); `real` must outlive it.
auto ClockFromCurrentDateSetting(const char* cob_current_date, const Clock& real, Console& console)
    -> std::unique_ptr<Clock>;

// Makes the program's clock the system clock under COB_CURRENT_DATE. Call once at start.
void InitializeProcessClock(const char* cob_current_date, Console& console);
auto ProcessClock() -> const Clock&;
// Replaces the program's clock (tests and embedders); the clock must outlive its use.
void SetProcessClock(std::unique_ptr<Clock> clock);

// The values of ACCEPT ... FROM <source>, as unsigned digit strings to be MOVEd as numeric
// items of that many digits.
auto AcceptFromDate(const DateTime& time) -> std::string;          // YYMMDD
auto AcceptFromDateYyyymmdd(const DateTime& time) -> std::string;  // YYYYMMDD
auto AcceptFromDay(const DateTime& time) -> std::string;           // YYDDD
auto AcceptFromDayYyyyddd(const DateTime& time) -> std::string;    // YYYYDDD
auto AcceptFromDayOfWeek(const DateTime& time) -> std::string;     // 1 digit, 1 = Monday
auto AcceptFromTime(const DateTime& time) -> std::string;          // HHMMSShh
// FUNCTION CURRENT-DATE: YYYYMMDDHHMMSShh followed by +hhmm or -hhmm (21 characters).
auto CurrentDateFunction(const DateTime& time) -> std::string;

}  // namespace cobrt

#endif  // COBRT_IO_CLOCK_H_
