// Reads a batch schedule whose format is told by its content: a Control-M DEFTABLE XML export
// (the first non-blank character is '<') or a CA 7 LJOB listing (after blank and "**" annotation
// lines, a line with carriage control '1' and the command echo "LJOB" or a "JOB=" page header).
// Anything else is an "unknown-format" problem; a file with nothing but white space is
// "empty-file", and one that cannot be read "unreadable-file".
#ifndef REMINT_FRONTENDS_SCHEDULE_READ_SCHEDULE_H_
#define REMINT_FRONTENDS_SCHEDULE_READ_SCHEDULE_H_

#include <string>
#include <string_view>

#include "frontends/schedule/job_flow.h"

namespace remint::schedule {

enum class ScheduleFormat { kEmpty, kUnknown, kControlM, kCa7 };

auto DetectScheduleFormat(std::string_view text) -> ScheduleFormat;

// `file_name` only names the text in problems.
auto ReadSchedule(std::string_view text, std::string_view file_name) -> ScheduleReadResult;

auto ReadScheduleFile(const std::string& path) -> ScheduleReadResult;

}  // namespace remint::schedule

#endif  // REMINT_FRONTENDS_SCHEDULE_READ_SCHEDULE_H_
