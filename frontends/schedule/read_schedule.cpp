// Format detection and file reading in front of the two schedule readers.
#include "frontends/schedule/read_schedule.h"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <system_error>
#include <utility>

#include "frontends/schedule/ca7_reader.h"
#include "frontends/schedule/controlm_reader.h"

namespace remint::schedule {
namespace {

auto IsBlank(char c) -> bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

auto WithoutByteOrderMark(std::string_view text) -> std::string_view {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  return text;
}

// The line that tells the format: the first that is neither blank nor a "**" annotation. Its
// 1-based number and the column of its first non-blank character; false when there is none.
auto FindDecidingLine(std::string_view text, std::string_view& found, uint32_t& line,
                      uint32_t& column) -> bool {
  size_t start = 0;
  for (line = 1; start < text.size(); ++line) {
    size_t end = std::min(text.find('\n', start), text.size());
    std::string_view candidate = text.substr(start, end - start);
    start = end + 1;
    size_t first = candidate.find_first_not_of(" \t\r");
    if (first == std::string_view::npos || candidate.starts_with("**")) continue;
    found = candidate;
    column = static_cast<uint32_t>(first + 1);
    return true;
  }
  return false;
}

auto Problem(std::string_view file_name, uint32_t line, uint32_t column, std::string code,
             std::string message) -> ScheduleReadResult {
  ScheduleReadResult result;
  result.graph.file = std::string(file_name);
  result.problems.push_back(
      {std::string(file_name), line, column, std::move(code), std::move(message)});
  return result;
}

}  // namespace

auto DetectScheduleFormat(std::string_view text) -> ScheduleFormat {
  text = WithoutByteOrderMark(text);
  size_t first = 0;
  while (first < text.size() && IsBlank(text[first])) ++first;
  if (first == text.size()) return ScheduleFormat::kEmpty;
  if (text[first] == '<') return ScheduleFormat::kControlM;
  std::string_view line;
  uint32_t number = 0, column = 0;
  // Annotations only: the CA 7 reader says what is missing.
  if (!FindDecidingLine(text, line, number, column)) return ScheduleFormat::kCa7;
  bool opens_listing = line.starts_with("1LJOB") || line.starts_with("1JOB=");
  return opens_listing ? ScheduleFormat::kCa7 : ScheduleFormat::kUnknown;
}

auto ReadSchedule(std::string_view text, std::string_view file_name) -> ScheduleReadResult {
  switch (DetectScheduleFormat(text)) {
    case ScheduleFormat::kControlM:
      return ReadControlMDeftable(text, file_name);
    case ScheduleFormat::kCa7:
      return ReadCa7Listing(WithoutByteOrderMark(text), file_name);
    case ScheduleFormat::kEmpty:
      return Problem(file_name, 1, 1, "empty-file", "the schedule file is empty");
    case ScheduleFormat::kUnknown:
      break;
  }
  std::string_view deciding;
  uint32_t line = 0, column = 0;
  FindDecidingLine(WithoutByteOrderMark(text), deciding, line, column);
  return Problem(file_name, line, column, "unknown-format",
                 "neither a Control-M DEFTABLE export (XML) nor a CA 7 LJOB listing");
}

auto ReadScheduleFile(const std::string& path) -> ScheduleReadResult {
  std::error_code error;
  // A directory opens as a stream but does not read; say so rather than "empty-file".
  if (std::filesystem::is_directory(path, error)) {
    return Problem(path, 0, 0, "unreadable-file", path + " is a directory");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Problem(path, 0, 0, "unreadable-file", "cannot open " + path);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return Problem(path, 0, 0, "unreadable-file", "cannot read " + path);
  return ReadSchedule(text, path);
}

}  // namespace remint::schedule
