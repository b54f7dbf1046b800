// CA 7 LJOB listing reader: a line-by-line walk through pages, their data line and sections,
// then a cross-check of the requirement and trigger views and the graph built from them.
#include "frontends/schedule/ca7_reader.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <initializer_list>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace remint::schedule {
namespace {

// In the order LIST=ALL prints them.
enum class Section { kNone, kJobInformation, kSchedules, kRequirements, kTriggeredBy, kTriggered };
constexpr std::array<std::pair<std::string_view, Section>, 5> kSectionTitles = {{
    {"JOB INFORMATION", Section::kJobInformation},
    {"SCHEDULES", Section::kSchedules},
    {"REQUIREMENTS", Section::kRequirements},
    {"TRIGGERED BY JOBS/DATASETS/NETWORKS", Section::kTriggeredBy},
    {"TRIGGERED JOBS", Section::kTriggered},
}};

enum class Stage { kHeading1, kHeading2, kDataLine, kSections, kBroken };

struct Line {
  std::string_view text;
  uint32_t number = 0;
};

struct NameRef {  // a job name as written in an entry, for locating problems about it
  std::string name;
  uint32_t line = 0, column = 0;
};

struct Ca7Page {
  uint32_t header_line = 0, last_line = 0;
  Stage stage = Stage::kHeading1;
  ScheduledJob job;
  std::string jcl_id, jcllib;
  bool own_schedule = false;  // SCHED DSNBR is a member number, not *NONE*
  Section section = Section::kNone;
  uint32_t section_line = 0, section_column = 0, section_entries = 0;
  std::set<Section> sections_seen;
  std::optional<bool> triggers_flag;
  uint32_t flag_line = 0, flag_column = 0;
  bool has_schedule_id = false, requirements_none = false;
  std::optional<NameRef> schedule_trigger;  // NO DATE/TIME SCHEDULE - TRIGGERED BY JOB X
  std::set<int> weekdays;
  std::set<std::string> submit_times;
  std::vector<NameRef> requirements, triggered_by, triggered_jobs;
};

using JobPair = std::pair<std::string, std::string>;  // (predecessor, successor)

struct Field {
  std::string_view key, value;
  uint32_t column = 0;  // of the value
};

auto Trim(std::string_view text) -> std::string_view {
  size_t first = text.find_first_not_of(' ');
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(' ') - first + 1);
}

auto IsDigits(std::string_view text, size_t count) -> bool {
  return text.size() == count &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

auto DigitsValue(std::string_view digits) -> int {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

// z/OS job and member names: 1-8 of A-Z 0-9 @ # $, not starting with a digit.
auto IsMvsName(std::string_view name) -> bool {
  auto national_or_letter = [](char c) {
    return (c >= 'A' && c <= 'Z') || c == '@' || c == '#' || c == '$';
  };
  if (name.empty() || name.size() > 8 || !national_or_letter(name[0])) return false;
  return std::all_of(name.begin(), name.end(),
                     [&](char c) { return national_or_letter(c) || (c >= '0' && c <= '9'); });
}

auto IsTime(std::string_view text) -> bool {
  return IsDigits(text, 4) && DigitsValue(text.substr(0, 2)) <= 23 &&
         DigitsValue(text.substr(2)) <= 59;
}

// Blank-separated KEY=VALUE tokens of `text` from index `start`; nullopt at a token without '='.
auto SplitFields(std::string_view text, size_t start) -> std::optional<std::vector<Field>> {
  std::vector<Field> fields;
  size_t pos = start;
  while (true) {
    pos = text.find_first_not_of(' ', pos);
    if (pos == std::string_view::npos) return fields;
    size_t end = std::min(text.find(' ', pos), text.size());
    std::string_view token = text.substr(pos, end - pos);
    size_t equals = token.find('=');
    if (equals == std::string_view::npos || equals == 0) return std::nullopt;
    fields.push_back({token.substr(0, equals), token.substr(equals + 1),
                      static_cast<uint32_t>(pos + equals + 2)});
    pos = end;
  }
}

auto FindField(const std::vector<Field>& fields, std::string_view key) -> const Field* {
  for (const Field& field : fields) {
    if (field.key == key) return &field;
  }
  return nullptr;
}

// Schedule IDs have three digits, times and lead times four; other values must not be empty.
auto IsValidEntryValue(const Field& field) -> bool {
  if (field.key == "SCHID" || field.key == "TRGID") return IsDigits(field.value, 3);
  for (std::string_view time : {"QTM", "LEADTM", "SUBMTM", "DOTM"}) {
    if (field.key == time) return IsDigits(field.value, 4);
  }
  return !field.value.empty();
}

// "/MON/TUE/" as day numbers, Sunday = 0; nullopt on anything else.
auto ParseDayNames(std::string_view value) -> std::optional<std::set<int>> {
  static constexpr std::array<std::string_view, 7> kDays = {"SUN", "MON", "TUE", "WED",
                                                            "THU", "FRI", "SAT"};
  std::set<int> days;
  if (value.empty() || value[0] != '/') return std::nullopt;
  value.remove_prefix(1);
  while (!value.empty()) {
    std::string_view day = value.substr(0, std::min(value.find('/'), value.size()));
    auto it = std::find(kDays.begin(), kDays.end(), day);
    if (it == kDays.end()) return std::nullopt;
    days.insert(static_cast<int>(it - kDays.begin()));
    value.remove_prefix(std::min(day.size() + 1, value.size()));
  }
  if (days.empty()) return std::nullopt;
  return days;
}

// "Y -- TEXT      N -- TEXT" as (flag, text) pairs; nullopt when the line has another form.
auto ParseFlags(std::string_view content)
    -> std::optional<std::vector<std::pair<bool, std::string>>> {
  std::vector<std::pair<bool, std::string>> flags;
  while (!content.empty()) {
    if (content.size() < 6 || (content[0] != 'Y' && content[0] != 'N') ||
        content.substr(1, 4) != " -- ") {
      return std::nullopt;
    }
    std::string_view rest = content.substr(5);
    size_t next = std::min({rest.find("  Y -- "), rest.find("  N -- "), rest.size()});
    std::string_view text = Trim(rest.substr(0, next));
    if (text.empty()) return std::nullopt;
    flags.emplace_back(content[0] == 'Y', std::string(text));
    content = Trim(rest.substr(next));
  }
  return flags;
}

class ListingReader {
 public:
  explicit ListingReader(ScheduleReadResult& result) : result_(result) {}

  void Read(std::string_view text) {
    size_t start = 0;
    uint32_t number = 0;
    while (start < text.size()) {
      size_t end = std::min(text.find('\n', start), text.size());
      std::string_view line = text.substr(start, end - start);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      ReadLine({line, ++number});
      start = end + 1;
    }
    FinishPage();
    if (pages_.empty() && result_.problems.empty()) {
      Report(number, 0, "ca7-truncated", "the listing has no job pages");
    }
    BuildGraph();
  }

 private:
  void Report(uint32_t line, uint32_t column, std::string code, std::string message) {
    result_.problems.push_back(
        {result_.graph.file, line, column, std::move(code), std::move(message)});
  }
  void BadLine(const Line& line, uint32_t column, std::string message) {
    Report(line.number, column, "ca7-bad-line", std::move(message));
  }

  void ReadLine(const Line& line) {
    if (Trim(line.text).empty()) return;
    if (line.text.starts_with("**")) return ReadAnnotation(line);
    char control = line.text[0];
    std::string_view body = line.text.substr(1);
    bool after_echo = after_command_echo_;
    after_command_echo_ = false;
    if (control == '1' && body.starts_with("LJOB")) {
      FinishPage();
      after_command_echo_ = true;
      return;
    }
    bool header = body.starts_with("JOB=") && body.find(" PAGE ") != std::string_view::npos;
    if (control != '1' && control != ' ' && control != '0' && control != '-') {
      return BadLine(line, 1, "column 1 is not ASA carriage control");
    }
    if (Trim(body).empty()) return;  // carriage control alone: a blank line
    if (header && (control == '1' || after_echo)) return StartPage(line);
    if (header || control == '1') {
      return BadLine(line, 1, "a page starts with '1' in column 1 and the page header");
    }
    if (!page_) return BadLine(line, 2, "line outside a job page");
    page_->last_line = line.number;
    ReadPageLine(line);
  }

  // Only the JCL ID annotation carries a fact; the others are comments.
  void ReadAnnotation(const Line& line) {
    std::string_view content = Trim(line.text.substr(2));
    if (!content.starts_with("JCL ID ")) return;
    std::string_view id = content.substr(7, 3);
    std::string_view rest = content.substr(std::min<size_t>(10, content.size()));
    constexpr std::string_view kIs = " IS THE LIBRARY ";
    if (!IsDigits(id, 3) || !rest.starts_with(kIs)) {
      return BadLine(line, 1, "expected '** JCL ID nnn IS THE LIBRARY name.'");
    }
    std::string_view library = Trim(rest.substr(kIs.size()));
    if (library.ends_with('.')) library.remove_suffix(1);
    jcl_libraries_[std::string(id)] = std::string(library);
  }

  void StartPage(const Line& line) {
    FinishPage();
    page_.emplace();
    page_->header_line = page_->last_line = line.number;
    size_t at = line.text.rfind(" PAGE ") + 6;
    std::string_view number = Trim(line.text.substr(at));
    if (number.empty() || number.size() > 4 || !IsDigits(number, number.size())) {
      return BadLine(line, static_cast<uint32_t>(at + 1), "expected the page number");
    }
    if (DigitsValue(number) != last_page_number_ + 1) {
      Report(line.number, static_cast<uint32_t>(at + 1), "ca7-page-sequence",
             "page " + std::string(number) + " follows page " + std::to_string(last_page_number_) +
                 "; a page is missing or out of order");
    }
    last_page_number_ = DigitsValue(number);
  }

  void ReadPageLine(const Line& line) {
    std::string_view content = Trim(line.text.substr(1));
    switch (page_->stage) {
      case Stage::kHeading1:
        return ExpectHeading(line, content.starts_with("JOB") &&
                                       content.find("----JCL----") != std::string_view::npos);
      case Stage::kHeading2:
        return ExpectHeading(
            line, content.starts_with("NAME") && content.find("MEMBER") != std::string_view::npos);
      case Stage::kDataLine:
        page_->stage = ReadDataLine(line) ? Stage::kSections : Stage::kBroken;
        return;
      case Stage::kSections:
        if (content.starts_with("---") && content.ends_with("---")) {
          return ReadSectionTitle(line, content);
        }
        return ReadSectionLine(line);
      case Stage::kBroken:
        return;  // reported once; the rest of the page cannot be placed
    }
  }

  void ExpectHeading(const Line& line, bool matches) {
    if (matches) {
      page_->stage = page_->stage == Stage::kHeading1 ? Stage::kHeading2 : Stage::kDataLine;
      return;
    }
    BadLine(line, 1, "expected the two-line column heading after the page header");
    page_->stage = Stage::kBroken;
  }

  // The data line has fixed columns (1-based, carriage control in column 1).
  auto ReadDataLine(const Line& line) -> bool {
    std::string_view text = line.text;
    if (text.size() < 55) {
      BadLine(line, static_cast<uint32_t>(text.size() + 1),
              "the job's data line ends before SCHED DSNBR (columns 50-55)");
      return false;
    }
    for (size_t blank : {10, 14, 23, 32, 33, 37, 42, 49}) {
      if (text[blank - 1] != ' ') {
        BadLine(line, static_cast<uint32_t>(blank), "expected a blank between columns");
        return false;
      }
    }
    auto columns = [&](size_t first, size_t last) {
      return text.substr(first - 1, last - first + 1);
    };
    ScheduledJob& job = page_->job;
    job.name = std::string(Trim(columns(2, 9)));
    job.member = std::string(Trim(columns(15, 22)));
    job.system = std::string(Trim(columns(24, 31)));
    job.line = line.number;
    job.column = 2;
    page_->jcl_id = std::string(columns(11, 13));
    std::string_view schedule = columns(50, 55);
    page_->own_schedule = schedule != "*NONE*";
    if (text[1] == ' ' || !IsMvsName(job.name)) return BadColumn(line, 2, "JOB NAME");
    if (!IsDigits(page_->jcl_id, 3)) return BadColumn(line, 11, "JCL ID");
    if (!IsMvsName(job.member)) return BadColumn(line, 15, "JCL MEMBER");
    if (page_->own_schedule && !IsDigits(schedule, 6)) return BadColumn(line, 50, "SCHED DSNBR");
    return true;
  }

  // Reports a data line field and returns false, the data line's verdict.
  auto BadColumn(const Line& line, uint32_t column, std::string_view heading) -> bool {
    BadLine(line, column,
            "no valid " + std::string(heading) + " from column " + std::to_string(column));
    return false;
  }

  void ReadSectionTitle(const Line& line, std::string_view content) {
    CloseSection(*page_);
    size_t first = content.find_first_not_of('-');
    std::string_view title;
    if (first != std::string_view::npos) {
      title = Trim(content.substr(first, content.find_last_not_of('-') - first + 1));
    }
    auto it = std::find_if(kSectionTitles.begin(), kSectionTitles.end(),
                           [&](const auto& entry) { return entry.first == title; });
    auto column = static_cast<uint32_t>(line.text.find(content) + 1);
    page_->section_line = line.number;
    page_->section_column = column;
    page_->section_entries = 0;
    page_->section = Section::kNone;
    if (it == kSectionTitles.end()) {
      return Report(line.number, column, "ca7-unknown-section",
                    "unknown section '" + std::string(title) + "'");
    }
    if (!page_->sections_seen.empty() && it->second <= *page_->sections_seen.rbegin()) {
      return BadLine(line, column,
                     "section " + std::string(title) + " is repeated or out of order");
    }
    page_->section = it->second;
    page_->sections_seen.insert(it->second);
  }

  // A section must list something: an empty one means the listing was cut.
  void CloseSection(Ca7Page& page) {
    if (page.section_line != 0 && page.section_entries == 0) {
      Report(page.section_line, page.section_column, "ca7-truncated",
             "the section under this title is empty; the listing looks cut short");
    }
    page.section_line = 0;
  }

  void ReadSectionLine(const Line& line) {
    if (page_->section_line == 0) return BadLine(line, 2, "expected a section title");
    ++page_->section_entries;
    if (line.text.size() < 2 || line.text[1] != ' ') {
      return BadLine(line, 2, "section entries are indented");
    }
    size_t start = line.text.find_first_not_of(' ', 1);
    std::string_view content = Trim(line.text.substr(start));
    switch (page_->section) {
      case Section::kJobInformation:
        return ReadJobInformation(line, content, start);
      case Section::kSchedules:
        return ReadSchedule(line, content, start);
      case Section::kRequirements:
        return ReadRequirement(line, content, start);
      case Section::kTriggeredBy:
        return ReadTrigger(line, content, start, page_->triggered_by, true);
      case Section::kTriggered:
        return ReadTrigger(line, content, start, page_->triggered_jobs, false);
      case Section::kNone:
        return;  // an unknown section, already reported
    }
  }

  void ReadJobInformation(const Line& line, std::string_view content, size_t start) {
    if (content.starts_with(". ")) return ReadInformationValue(line, content, start);
    auto flags = ParseFlags(content);
    if (!flags) return BadLine(line, static_cast<uint32_t>(start + 1), "expected 'Y -- ' flags");
    for (const auto& [value, text] : *flags) {
      if (text != "COMP TRIGGERS OTHER JOBS") continue;
      page_->triggers_flag = value;
      page_->flag_line = line.number;
      page_->flag_column = static_cast<uint32_t>(line.text.find(text) - 4);
    }
  }

  void ReadInformationValue(const Line& line, std::string_view content, size_t start) {
    if (size_t at = content.find("JCLLIB="); at != std::string_view::npos) {
      std::string_view value = Trim(content.substr(at + 7));
      value = value.substr(0, value.find("  "));  // fields are two blanks apart
      if (value != "*NUMERIC JCLID*") page_->jcllib = std::string(value);
    }
    if (content.find("ABNORMAL END") == std::string_view::npos) return;
    size_t code_at = content.find("COND-CODE ");
    size_t test_at = content.find("(RO=");
    std::string_view code =
        code_at == std::string_view::npos ? "" : content.substr(code_at + 10, 4);
    std::string_view test = test_at == std::string_view::npos ? "" : content.substr(test_at + 4);
    if (!IsDigits(code, 4) || test.size() < 3 || test[2] != ')') {
      return BadLine(line, static_cast<uint32_t>(start + 1),
                     "expected 'CONSIDER ABNORMAL END IF COND-CODE nnnn IS .. HIGHEST CC (RO=..)'");
    }
    // Abnormal when "code RO highest": LT leaves highest <= code OK, LE highest < code.
    int value = DigitsValue(code);
    if (test.starts_with("LT")) {
      page_->job.max_ok_return_code = value;
    } else if (test.starts_with("LE") && value > 0) {
      page_->job.max_ok_return_code = value - 1;
    } else {
      Report(line.number, static_cast<uint32_t>(start + test_at + 5), "ca7-unsupported",
             "RO=" + std::string(test.substr(0, 2)) + " with COND-CODE " + std::string(code) +
                 " is not a highest OK condition code");
    }
  }

  void ReadSchedule(const Line& line, std::string_view content, size_t start) {
    auto column = static_cast<uint32_t>(start + 1);
    if (content.starts_with("NO DATE/TIME SCHEDULE")) return ReadNoSchedule(line, content, start);
    std::string_view keyword = content.substr(0, content.find(' '));
    if (keyword == "DAILY" || keyword == "MONTHLY" || keyword == "ANNUAL" ||
        keyword == "SYMETRIC") {
      return Report(line.number, column, "ca7-unsupported-schedule",
                    std::string(keyword) + " schedules are not read; only WEEKLY");
    }
    bool is_id = keyword.starts_with("ID=");
    auto fields = SplitFields(line.text, is_id ? start : start + keyword.size());
    if (!fields) return BadLine(line, column, "expected KEY=VALUE fields");
    if (keyword == "CALENDAR" && FindField(*fields, "SCAL") != nullptr) return;
    if (is_id) return ReadScheduleId(line, *fields);
    const Field* days = FindField(*fields, "DAYS");
    if (keyword != "WEEKLY" || days == nullptr || !page_->has_schedule_id) {
      return BadLine(line, column, "expected CALENDAR, ID= or WEEKLY DAYS= after an ID= line");
    }
    std::optional<std::set<int>> parsed = ParseDayNames(days->value);
    if (!parsed) return BadLine(line, days->column, "expected day names like /MON/TUE");
    page_->weekdays.insert(parsed->begin(), parsed->end());
  }

  void ReadScheduleId(const Line& line, const std::vector<Field>& fields) {
    for (const Field& field : fields) {
      bool valid = field.key == "ID" ? IsDigits(field.value, 3) : IsTime(field.value);
      if (!valid || (field.key != "ID" && field.key != "DOTM" && field.key != "LEADTM" &&
                     field.key != "SUBTM")) {
        return BadLine(line, field.column, "bad schedule field " + std::string(field.key));
      }
    }
    page_->has_schedule_id = true;
    if (const Field* submit = FindField(fields, "SUBTM")) {
      page_->submit_times.insert(std::string(submit->value));
    }
  }

  void ReadNoSchedule(const Line& line, std::string_view content, size_t start) {
    constexpr std::string_view kBy = "TRIGGERED BY JOB ";
    size_t at = content.find(kBy);
    if (at == std::string_view::npos) return;
    std::string_view rest = content.substr(at + kBy.size());
    std::string_view name = rest.substr(0, rest.find(' '));
    auto column = static_cast<uint32_t>(start + at + kBy.size() + 1);
    if (!IsMvsName(name)) return BadLine(line, column, "expected the triggering job's name");
    page_->schedule_trigger = NameRef{std::string(name), line.number, column};
  }

  // KEY=VALUE entry whose keys are all in `allowed`; `name_key` must be present.
  auto ReadEntry(const Line& line, size_t start, std::string_view name_key,
                 std::initializer_list<std::string_view> allowed) -> std::optional<NameRef> {
    auto fields = SplitFields(line.text, start);
    auto column = static_cast<uint32_t>(start + 1);
    if (!fields || fields->empty()) {
      BadLine(line, column, "expected KEY=VALUE");
      return std::nullopt;
    }
    for (const Field& field : *fields) {
      bool known = std::find(allowed.begin(), allowed.end(), field.key) != allowed.end();
      if (!known || !IsValidEntryValue(field)) {
        BadLine(line, field.column, "bad or unexpected field " + std::string(field.key));
        return std::nullopt;
      }
    }
    const Field* name = FindField(*fields, name_key);
    if (name == nullptr || (name_key == "JOB" && !IsMvsName(name->value))) {
      BadLine(line, column, "expected a valid " + std::string(name_key) + "= value");
      return std::nullopt;
    }
    return NameRef{std::string(name->value), line.number, name->column};
  }

  void ReadRequirement(const Line& line, std::string_view content, size_t start) {
    bool none = content == "*NONE*";
    if (page_->requirements_none || (none && page_->section_entries != 1)) {
      return BadLine(line, static_cast<uint32_t>(start + 1), "*NONE* must be the only entry");
    }
    page_->requirements_none = none;
    if (none) return;
    if (content.starts_with("DSN=")) {
      ReadEntry(line, start, "DSN", {"DSN", "DSNBR", "SCHID", "LEADTM", "PERM"});
    } else if (content.starts_with("JOB=")) {
      auto entry = ReadEntry(line, start, "JOB", {"JOB", "SCHID", "LEADTM", "NEXT-RUN"});
      if (entry) page_->requirements.push_back(*entry);
    } else {
      BadLine(line, static_cast<uint32_t>(start + 1), "only JOB= and DSN= requirements are read");
    }
  }

  void ReadTrigger(const Line& line, std::string_view content, size_t start,
                   std::vector<NameRef>& entries, bool data_sets_allowed) {
    if (data_sets_allowed && content.starts_with("DSN=")) {
      ReadEntry(line, start, "DSN", {"DSN", "DSNBR", "SCHID", "QTM", "LEADTM", "SUBMTM"});
    } else if (content.starts_with("JOB=")) {
      auto entry = ReadEntry(line, start, "JOB",
                             {"JOB", "SCHID", "TRGID", "QTM", "LEADTM", "SUBMTM", "DOTM"});
      if (entry) entries.push_back(*entry);
    } else {
      BadLine(line, static_cast<uint32_t>(start + 1), "expected a JOB= trigger entry");
    }
  }

  void FinishPage() {
    if (!page_) return;
    Ca7Page page = std::move(*page_);
    page_.reset();
    if (page.stage == Stage::kBroken) return;
    if (page.stage != Stage::kSections) {
      return Report(page.last_line, 0, "ca7-truncated",
                    "the page that starts on line " + std::to_string(page.header_line) +
                        " ends before its job's data line");
    }
    CloseSection(page);
    for (Section required :
         {Section::kJobInformation, Section::kSchedules, Section::kRequirements}) {
      if (!page.sections_seen.contains(required)) {
        auto title = kSectionTitles[static_cast<size_t>(required) - 1].first;
        Report(page.last_line, 0, "ca7-truncated",
               "job " + page.job.name + " has no " + std::string(title) +
                   " section; LIST=ALL prints it, so the listing looks cut short");
      }
    }
    pages_.push_back(std::move(page));
  }

  void BuildGraph();
  void CheckTriggers(const std::map<std::string, const Ca7Page*>& by_name,
                     std::set<JobPair>& triggers);
  void CheckSchedule(const Ca7Page& page, const std::set<JobPair>& triggers);
  void InheritWeekdays(const std::map<std::string, const Ca7Page*>& by_name,
                       const std::set<JobPair>& triggers);

  ScheduleReadResult& result_;
  std::map<std::string, std::string> jcl_libraries_;  // JCL ID -> library, from annotations
  std::optional<Ca7Page> page_;                       // the page being read
  std::vector<Ca7Page> pages_;
  bool after_command_echo_ = false;
  int last_page_number_ = 0;
};

// Collects trigger pairs (P, S) from both sides, reporting unknown jobs and one-sided entries.
void ListingReader::CheckTriggers(const std::map<std::string, const Ca7Page*>& by_name,
                                  std::set<JobPair>& triggers) {
  std::map<JobPair, NameRef> from_trigger, from_triggered;
  for (const auto& [name, page] : by_name) {
    for (const NameRef& successor : page->triggered_jobs) {
      if (!by_name.contains(successor.name)) {
        Report(successor.line, successor.column, "unknown-successor",
               "job " + name + " triggers " + successor.name + ", which is not listed");
      } else {
        from_trigger.emplace(std::pair(name, successor.name), successor);
      }
    }
    for (const NameRef& predecessor : page->triggered_by) {
      if (!by_name.contains(predecessor.name)) {
        Report(predecessor.line, predecessor.column, "unknown-predecessor",
               "job " + name + " is triggered by " + predecessor.name + ", which is not listed");
      } else {
        from_triggered.emplace(std::pair(predecessor.name, name), predecessor);
      }
    }
  }
  for (const auto& [edge, at] : from_trigger) {
    if (!from_triggered.contains(edge)) {
      Report(at.line, at.column, "ca7-trigger-mismatch",
             edge.first + " triggers " + edge.second + ", but " + edge.second + " does not list " +
                 edge.first + " under TRIGGERED BY");
    }
    triggers.insert(edge);
  }
  for (const auto& [edge, at] : from_triggered) {
    if (!from_trigger.contains(edge)) {
      Report(at.line, at.column, "ca7-trigger-mismatch",
             edge.second + " is triggered by " + edge.first + ", but " + edge.first +
                 " does not list " + edge.second + " under TRIGGERED JOBS");
    }
    triggers.insert(edge);
  }
}

void ListingReader::CheckSchedule(const Ca7Page& page, const std::set<JobPair>& triggers) {
  const std::string& name = page.job.name;
  if (page.triggers_flag && *page.triggers_flag == page.triggered_jobs.empty()) {
    Report(page.flag_line, page.flag_column, "ca7-trigger-mismatch",
           std::string("the flag COMP TRIGGERS OTHER JOBS is ") +
               (*page.triggers_flag ? "Y" : "N") + " but job " + name +
               (page.triggered_jobs.empty() ? " has no" : " has") + " TRIGGERED JOBS");
  }
  if (page.schedule_trigger && !triggers.contains({page.schedule_trigger->name, name})) {
    Report(page.schedule_trigger->line, page.schedule_trigger->column, "ca7-trigger-mismatch",
           "the schedule says " + name + " is triggered by " + page.schedule_trigger->name +
               ", but no trigger entry says so");
  }
  if (page.own_schedule != page.has_schedule_id) {
    Report(page.job.line, 50, "ca7-schedule-mismatch",
           "SCHED DSNBR of job " + name + " and its SCHEDULES section disagree");
  }
  if (page.submit_times.size() > 1) {
    Report(page.job.line, 50, "ca7-unsupported-schedule",
           "job " + name + " has schedule IDs with different submit times");
  }
}

void ListingReader::BuildGraph() {
  std::map<std::string, const Ca7Page*> by_name;
  for (const Ca7Page& page : pages_) {
    auto [first, inserted] = by_name.emplace(page.job.name, &page);
    if (!inserted) {
      Report(page.job.line, page.job.column, "duplicate-job",
             "job " + page.job.name + " is listed again (first on line " +
                 std::to_string(first->second->job.line) + ")");
    }
  }
  std::set<JobPair> triggers;
  CheckTriggers(by_name, triggers);
  std::map<std::string, std::vector<std::string>> triggered_by;
  for (const auto& [predecessor, successor] : triggers)
    triggered_by[successor].push_back(predecessor);
  for (const auto& [name, page] : by_name) {
    CheckSchedule(*page, triggers);
    ScheduledJob job = page->job;
    auto library = jcl_libraries_.find(page->jcl_id);
    job.library = !page->jcllib.empty()             ? page->jcllib
                  : library != jcl_libraries_.end() ? library->second
                                                    : page->jcl_id;
    job.weekdays.assign(page->weekdays.begin(), page->weekdays.end());
    if (!page->submit_times.empty()) job.start_time = *page->submit_times.begin();
    std::set<std::string> required;
    for (const NameRef& predecessor : page->requirements) {
      if (by_name.contains(predecessor.name)) {
        job.requirements.push_back({predecessor.name, "CA7:JOB"});
        required.insert(predecessor.name);
      } else {
        Report(predecessor.line, predecessor.column, "unknown-predecessor",
               "job " + name + " requires job " + predecessor.name + ", which is not listed");
      }
    }
    // A trigger orders the jobs as well: the triggered job is submitted when the trigger ends OK.
    for (const std::string& predecessor : triggered_by[name]) {
      if (!required.contains(predecessor)) job.requirements.push_back({predecessor, "CA7:TRIGGER"});
    }
    result_.graph.jobs.push_back(std::move(job));
  }
  InheritWeekdays(by_name, triggers);
  SortJobFlowGraph(result_.graph);
}

// A job without a schedule of its own runs when a trigger completes, under the trigger's schedule
// ID, so on the union of its triggers' days. Triggers can be triggered too: a job whose days grew
// passes them on. Days only grow, at most seven times per job, so the work list runs dry.
void ListingReader::InheritWeekdays(const std::map<std::string, const Ca7Page*>& by_name,
                                    const std::set<JobPair>& triggers) {
  std::map<std::string, std::vector<ScheduledJob*>> triggered;  // trigger -> jobs it triggers
  std::map<std::string, ScheduledJob*> jobs;
  for (ScheduledJob& job : result_.graph.jobs) {
    if (!by_name.at(job.name)->own_schedule) jobs.emplace(job.name, &job);  // those that inherit
  }
  for (const auto& [predecessor, successor] : triggers) {
    if (auto it = jobs.find(successor); it != jobs.end())
      triggered[predecessor].push_back(it->second);
  }
  std::vector<const ScheduledJob*> work;
  for (const ScheduledJob& job : result_.graph.jobs) work.push_back(&job);
  while (!work.empty()) {
    const ScheduledJob* trigger = work.back();
    work.pop_back();
    for (ScheduledJob* job : triggered[trigger->name]) {
      job->weekdays_inherited = true;
      std::set<int> days(job->weekdays.begin(), job->weekdays.end());
      days.insert(trigger->weekdays.begin(), trigger->weekdays.end());
      if (days.size() == job->weekdays.size()) continue;
      job->weekdays.assign(days.begin(), days.end());
      work.push_back(job);
    }
  }
}

}  // namespace

auto ReadCa7Listing(std::string_view text, std::string_view file_name) -> ScheduleReadResult {
  ScheduleReadResult result;
  result.graph.format = "ca7";
  result.graph.file = std::string(file_name);
  ListingReader(result).Read(text);
  return result;
}

}  // namespace remint::schedule
