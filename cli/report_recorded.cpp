#include "cli/report_recorded.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <string_view>

#include "base/diagnostics/diagnostic_emitter.h"
#include "base/source_manager.h"
#include "migrate/coverage_table.h"
#include "store/project_store.h"

namespace remint::cli {
namespace {

namespace fs = std::filesystem;

// The value of `name="..."` in an XML tag (junit.xml is ours: no entities in these names).
auto Attribute(std::string_view tag, std::string_view name) -> std::string {
  std::string key = " " + std::string(name) + "=\"";
  size_t at = tag.find(key);
  if (at == std::string_view::npos) return "";
  at += key.size();
  size_t end = tag.find('"', at);
  return std::string(tag.substr(at, end == std::string_view::npos ? 0 : end - at));
}

// program -> "verified (22 cases)" or "failed (2 of 22 cases)" from the last verification.
auto VerifyStatuses(const std::string& junit_path) -> std::map<std::string, std::string> {
  std::map<std::string, std::string> statuses;
  ErrorOr<std::string> text = ReadFileBytes(junit_path, 64u << 20);
  if (!text) return statuses;
  std::string_view rest = *text;
  for (size_t at = rest.find("<testsuite "); at != std::string_view::npos;
       at = rest.find("<testsuite ", at + 1)) {
    std::string_view tag = rest.substr(at, rest.find('>', at) - at);
    std::string name = Attribute(tag, "name");
    std::string tests = Attribute(tag, "tests");
    std::string failures = Attribute(tag, "failures");
    std::string errors = Attribute(tag, "errors");
    if (name.empty()) continue;
    bool passed = (failures.empty() || failures == "0") && (errors.empty() || errors == "0");
    statuses[name] = passed ? "verified" : "failed";
  }
  return statuses;
}

}  // namespace

void AddRecordedResults(const std::string& work_dir, report::ReportModel& model) {
  std::map<std::string, std::string> verified = VerifyStatuses(work_dir + "/junit.xml");
  const std::string database = work_dir + "/remint.db";
  std::error_code error;
  std::unique_ptr<store::ProjectStore> store;
  if (fs::is_regular_file(database, error)) {
    DiagnosticCollector collector;
    DiagnosticEmitter emitter(nullptr, collector);
    store = store::ProjectStore::Open(database, emitter);
  }
  std::map<std::string, std::vector<std::string>> cases;
  std::vector<migrate::CoverageRow> rows;
  if (store != nullptr) {
    if (auto listed = store->ListCases(); listed) {
      for (const auto& [program, name] : *listed) cases[program].push_back(name);
    }
    if (auto states = store->LoadStageState(migrate::kSynthesisStage); states) {
      for (const auto& [item, state] : *states) {
        for (const std::string& line : migrate::ParseSynthesisState(state.detail).coverage_lines) {
          if (auto row = migrate::CoverageRow::Parse(line); row) rows.push_back(*row);
        }
      }
    }
  }
  for (report::ProgramReport& program : model.programs) {
    auto found = cases.find(program.name);
    if (found != cases.end()) program.cases = found->second;
    auto status = verified.find(program.name);
    if (status != verified.end()) {
      program.verify_status = status->second;
    } else if (!program.cases.empty()) {
      program.verify_status = "recorded";
    }
    for (const migrate::CoverageRow& row : rows) {
      if (row.program != program.name) continue;
      // A CALLed program has no cases of its own: its callers' verified cases ran it.
      auto caller = verified.find(row.caller);
      if (program.verify_status.empty() && row.caller != program.name && row.caller != "*" &&
          caller != verified.end() && caller->second == "verified") {
        program.verify_status = "verified";
      }
      const std::string by = row.caller == program.name ? "" : " (run by " + row.caller + ")";
      for (const std::string& outcome : row.nightly_reached) {
        program.outcomes_reached[outcome].push_back("recorded cases" + by);
      }
      for (const std::string& outcome : row.synthesized_reached) {
        program.outcomes_reached[outcome].push_back("synthesized cases" + by);
      }
      for (const std::string& outcome : row.missed) {
        program.outcomes_missed[outcome].push_back("missed" + by);
      }
      for (const std::string& outcome : row.environment) {
        program.outcomes_missed[outcome].push_back("only the environment steers it" + by);
      }
      for (const std::string& outcome : row.declared) {
        program.outcomes_missed[outcome].push_back("declared unreachable" + by);
      }
    }
    for (auto& [outcome, by] : program.outcomes_reached) {
      std::sort(by.begin(), by.end());
      by.erase(std::unique(by.begin(), by.end()), by.end());
      program.outcomes_missed.erase(outcome);  // reached from one caller is reached
    }
    for (auto& [outcome, why] : program.outcomes_missed) {
      std::sort(why.begin(), why.end());
      why.erase(std::unique(why.begin(), why.end()), why.end());
    }
  }
}

}  // namespace remint::cli
