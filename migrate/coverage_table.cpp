#include "migrate/coverage_table.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <set>
#include <sstream>

namespace remint::migrate {
namespace {

constexpr std::string_view kListSeparator = "; ";

auto Join(const std::vector<std::string>& items) -> std::string {
  std::string text;
  for (const std::string& item : items) {
    if (!text.empty()) text += kListSeparator;
    text += item;
  }
  return text;
}

auto SplitList(std::string_view text) -> std::vector<std::string> {
  std::vector<std::string> items;
  while (!text.empty()) {
    const size_t end = text.find(kListSeparator);
    items.emplace_back(text.substr(0, end));
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 2);
  }
  return items;
}

auto ToSize(const std::string& text) -> std::optional<size_t> {
  size_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

}  // namespace

void CoverageRow::Classify(const std::string& outcome, bool reached, bool only_environment_steers,
                           bool declared_unreachable) {
  if (reached) {
    if (declared_unreachable) declared_reached.push_back(outcome);
    return;
  }
  if (only_environment_steers) {
    environment.push_back(outcome);
  } else if (declared_unreachable) {
    declared.push_back(outcome);
  } else {
    missed.push_back(outcome);
  }
  reachable = outcomes - environment.size() - declared.size();
}

auto CoverageRow::Format() const -> std::string {
  std::string line = caller + "\t" + program;
  for (size_t number : {outcomes, reachable, nightly, synthesized, both}) {
    line += "\t" + std::to_string(number);
  }
  for (const std::vector<std::string>* list : {&missed, &environment, &declared, &declared_reached,
                                               &nightly_reached, &synthesized_reached}) {
    line += "\t" + Join(*list);
  }
  return line;
}

auto CoverageRow::Parse(const std::string& line) -> std::optional<CoverageRow> {
  std::vector<std::string> parts;
  size_t start = 0;
  while (true) {
    const size_t tab = line.find('\t', start);
    parts.push_back(line.substr(start, tab == std::string::npos ? tab : tab - start));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  if (parts.size() != 13) return std::nullopt;
  CoverageRow row;
  row.caller = parts[0];
  row.program = parts[1];
  size_t* numbers[] = {&row.outcomes, &row.reachable, &row.nightly, &row.synthesized, &row.both};
  for (size_t i = 0; i < 5; ++i) {
    std::optional<size_t> number = ToSize(parts[2 + i]);
    if (!number) return std::nullopt;
    *numbers[i] = *number;
  }
  std::vector<std::string>* lists[] = {&row.missed,          &row.environment,
                                       &row.declared,        &row.declared_reached,
                                       &row.nightly_reached, &row.synthesized_reached};
  for (size_t i = 0; i < 6; ++i) *lists[i] = SplitList(parts[7 + i]);
  return row;
}

auto CallerUnion(const std::vector<CoverageRow>& rows) -> std::vector<CoverageRow> {
  std::map<std::string, std::vector<const CoverageRow*>> by_program;
  for (const CoverageRow& row : rows) {
    if (row.caller != row.program) by_program[row.program].push_back(&row);
  }
  std::vector<CoverageRow> unions;
  for (const auto& [program, callers] : by_program) {
    if (callers.size() < 2) continue;
    std::set<std::string> nightly;
    std::set<std::string> synthesized;
    std::set<std::string> environment;
    std::set<std::string> declared;
    std::set<std::string> all;
    for (const CoverageRow* row : callers) {
      nightly.insert(row->nightly_reached.begin(), row->nightly_reached.end());
      synthesized.insert(row->synthesized_reached.begin(), row->synthesized_reached.end());
      environment.insert(row->environment.begin(), row->environment.end());
      declared.insert(row->declared.begin(), row->declared.end());
      declared.insert(row->declared_reached.begin(), row->declared_reached.end());
      for (const std::vector<std::string>* list :
           {&row->missed, &row->environment, &row->declared, &row->nightly_reached,
            &row->synthesized_reached}) {
        all.insert(list->begin(), list->end());
      }
    }
    std::set<std::string> both = nightly;
    both.insert(synthesized.begin(), synthesized.end());
    CoverageRow row;
    row.caller = "*";
    row.program = program;
    row.outcomes = callers.front()->outcomes;
    row.nightly = nightly.size();
    row.synthesized = synthesized.size();
    row.both = both.size();
    row.reachable = row.outcomes;
    for (const std::string& outcome : all) {
      row.Classify(outcome, both.contains(outcome), environment.contains(outcome),
                   declared.contains(outcome));
    }
    row.nightly_reached.assign(nightly.begin(), nightly.end());
    row.synthesized_reached.assign(synthesized.begin(), synthesized.end());
    unions.push_back(std::move(row));
  }
  return unions;
}

auto FormatSynthesisState(const SynthesisState& state) -> std::string {
  std::string detail;
  for (const std::string& case_name : state.case_names) detail += case_name + " ";
  for (const std::string& line : state.coverage_lines) detail += "\n" + line;
  return detail;
}

auto ParseSynthesisState(const std::string& detail) -> SynthesisState {
  SynthesisState state;
  std::istringstream lines(detail);
  std::string line;
  std::getline(lines, line);
  std::istringstream names(line);
  for (std::string case_name; names >> case_name;) state.case_names.push_back(case_name);
  while (std::getline(lines, line)) state.coverage_lines.push_back(line);
  return state;
}

}  // namespace remint::migrate
