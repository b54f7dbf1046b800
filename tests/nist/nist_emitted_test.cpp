// The NIST COBOL-85 suite (../shared/corpus/nist-cobol85, read-only) built from emitted C++
// against its cobc build: each program the reference harness executes is compiled and run by
// cobc as that harness does (-std=cobol85, COB_SWITCH_1=ON COB_SWITCH_2=OFF, NAME.DAT on stdin;
// outcomes cached by content hash), emitted by `remint emit --dialect cobol85`, built together
// with one runtime build, and run the same way. Its report.log, stdout, stderr and exit status
// must be byte-identical.
//
// Which programs must be identical today is kept in tests/nist/identical.txt (a ratchet): a
// listed program that differs fails the test, and so does an unlisted program that has become
// identical (add it). The table of every program (emitted, built, identical, PASS counts on both
// sides) is written to <build>/nist/<MODULE>.tsv and printed. Modules: REMINT_NIST_MODULES
// (comma-separated, default NC).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "tests/support/availability.h"
#include "tests/support/cobc_run.h"
#include "tests/support/emitted_build.h"
#include "tests/support/process.h"
#include "tests/support/scratch.h"

namespace remint::testing {
namespace {

namespace fs = std::filesystem;

const fs::path kSuite = REMINT_NIST_COBOL85_DIR;

// Programs the reference harness compiles but does not run (they test compiler flagging or
// would loop), from ../shared/corpus/README.md.
const std::set<std::string> kCompileOnly = {"NC401M", "RL301M", "RL401M", "IC401M",
                                            "IX301M", "IX401M", "SQ303M", "SQ401M",
                                            "ST301M", "RW301M", "RW302M", "DB205A"};
// Programs that read newlines from stdin (README): both builds get the same ones.
const std::set<std::string> kReadsNewlines = {"NC302M", "OBNC1M"};

struct NistProgram {
  std::string module;
  std::string name;  // NC101A
  fs::path source;
  std::string standard_input;
};

auto Modules() -> std::vector<std::string> {
  const char* value = std::getenv("REMINT_NIST_MODULES");
  std::string list = value != nullptr && *value != '\0' ? value : "NC";
  std::vector<std::string> modules;
  std::stringstream stream(list);
  for (std::string module; std::getline(stream, module, ',');) {
    if (!module.empty()) modules.push_back(module);
  }
  return modules;
}

auto ProgramsOf(const std::string& module) -> std::vector<NistProgram> {
  std::vector<NistProgram> programs;
  for (const auto& entry : fs::directory_iterator(kSuite / module)) {
    if (entry.path().extension() != ".CBL") continue;
    const std::string name = entry.path().stem().string();
    if (kCompileOnly.contains(name)) continue;
    NistProgram program{module, name, entry.path(), ""};
    const fs::path data = kSuite / module / (name + ".DAT");
    if (fs::exists(data)) program.standard_input = ReadWholeFile(data).value_or("");
    if (kReadsNewlines.contains(name)) program.standard_input = std::string(20, '\n');
    programs.push_back(program);
  }
  std::sort(programs.begin(), programs.end(),
            [](const NistProgram& a, const NistProgram& b) { return a.name < b.name; });
  return programs;
}

auto Copybooks() -> std::map<std::string, std::string> {
  std::map<std::string, std::string> copybooks;
  for (const auto& entry : fs::directory_iterator(kSuite / "copy")) {
    copybooks[entry.path().filename().string()] = ReadWholeFile(entry.path()).value_or("");
  }
  return copybooks;
}

// The reference harness's switches, and one fixed date and time for both builds (a program
// that prints ACCEPT FROM DATE/TIME would otherwise differ between any two runs).
auto Environment() -> std::map<std::string, std::string> {
  return {{"COB_SWITCH_1", "ON"},
          {"COB_SWITCH_2", "OFF"},
          {"COB_CURRENT_DATE", "2026/12/05 10:11:12.13"}};
}

// The PASS count of a report.log, from its trailer "nnn OF mmm  TESTS WERE EXECUTED
// SUCCESSFULLY" (the suite's own count); -1 when there is none.
auto PassCount(const std::string& report) -> int {
  const size_t at = report.find(" TESTS WERE EXECUTED SUCCESSFULLY");
  if (at == std::string::npos) return -1;
  const size_t line = report.rfind('\n', at);
  std::stringstream stream(report.substr(line == std::string::npos ? 0 : line + 1));
  int count = -1;
  stream >> count;
  return count;
}

auto Report(const std::map<std::string, std::string>& files) -> std::string {
  auto it = files.find("report.log");
  return it == files.end() ? std::string() : it->second;
}

// Where two outputs first differ, for the failure message.
auto FirstDifference(const std::string& expected, const std::string& actual) -> std::string {
  size_t line = 1;
  size_t start = 0;
  for (size_t i = 0; i < std::min(expected.size(), actual.size()); ++i) {
    if (expected[i] != actual[i]) {
      const size_t end_expected = expected.find('\n', i);
      const size_t end_actual = actual.find('\n', i);
      return "line " + std::to_string(line) +
             ":\n  cobc:    " + expected.substr(start, end_expected - start) +
             "\n  emitted: " + actual.substr(start, end_actual - start);
    }
    if (expected[i] == '\n') {
      ++line;
      start = i + 1;
    }
  }
  return "sizes " + std::to_string(expected.size()) + " (cobc) and " +
         std::to_string(actual.size()) + " (emitted), equal up to line " + std::to_string(line);
}

auto ListedIdentical() -> std::set<std::string> {
  std::set<std::string> names;
  std::ifstream in(REMINT_NIST_IDENTICAL_LIST);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line[0] != '#') names.insert(line.substr(0, line.find_first_of(" \t")));
  }
  return names;
}

struct Row {
  std::string name;
  std::string state;  // identical, differs, not-emitted, not-built, reference-failed
  int reference_pass = -1;
  int emitted_pass = -1;
  std::string detail;
};

TEST(NistEmitted, ReportsAreByteIdenticalToTheCobcBuild) {
  REMINT_REQUIRE_OR_SKIP(fs::exists(kSuite / "NC"),
                         "the NIST suite is not in ../shared/corpus/nist-cobol85");
  REMINT_REQUIRE_OR_SKIP(CobcVersion("cobc").ok(), "cobc not found in PATH");
  const std::set<std::string> listed = ListedIdentical();
  // A listed name that is no program of the suite (a typo, a cut prefix) would never be checked.
  std::set<std::string> suite_programs;
  for (const auto& entry : fs::recursive_directory_iterator(kSuite)) {
    if (entry.path().extension() == ".CBL") suite_programs.insert(entry.path().stem().string());
  }
  for (const std::string& name : listed) {
    EXPECT_TRUE(suite_programs.contains(name))
        << name << " is listed in tests/nist/identical.txt but is no program of the suite";
  }
  const std::map<std::string, std::string> copybooks = Copybooks();
  for (const std::string& module : Modules()) {
    const std::vector<NistProgram> programs = ProgramsOf(module);
    ASSERT_FALSE(programs.empty()) << "no programs in module " << module;

    // The reference outcomes, two programs at a time (cached after the first run).
    std::vector<ErrorOr<CobcRunOutcome>> references(programs.size(),
                                                    ErrorOr<CobcRunOutcome>(CobcRunOutcome{}));
    {
      std::mutex mutex;
      size_t next = 0;
      auto worker = [&] {
        for (;;) {
          size_t index;
          {
            std::lock_guard<std::mutex> lock(mutex);
            if (next == programs.size()) return;
            index = next++;
          }
          const NistProgram& nist = programs[index];
          CobcProgram program{
              nist.name, ReadWholeFile(nist.source).value_or(""), {"-std=cobol85"}, copybooks};
          CobcRunInputs inputs;
          inputs.standard_input = nist.standard_input;
          inputs.environment = Environment();
          references[index] = RunWithCobc(program, inputs);
        }
      };
      std::thread helper(worker);
      worker();
      helper.join();
    }

    std::vector<EmittedProgram> emitted;
    for (const NistProgram& nist : programs) {
      emitted.push_back(EmittedProgram{
          nist.name,
          {nist.source.string(), "--dialect", "cobol85", "-I", (kSuite / "copy").string()}});
    }
    const EmittedBuild build(fs::path(REMINT_NIST_BUILD_DIR) / module, emitted, "-O1");

    std::vector<Row> rows;
    for (size_t i = 0; i < programs.size(); ++i) {
      const NistProgram& nist = programs[i];
      Row row{nist.name, "", -1, -1, ""};
      const ErrorOr<CobcRunOutcome>& reference = references[i];
      if (!reference.ok() || !reference->compiled) {
        row.state = "reference-failed";
        row.detail = reference.ok() ? reference->compile_messages : reference.error().message();
        rows.push_back(row);
        continue;
      }
      row.reference_pass = PassCount(Report(reference->files));
      if (const std::string problem = build.problem(nist.name); !problem.empty()) {
        row.state = build.emitted(nist.name) ? "not-built" : "not-emitted";
        row.detail = problem;
        rows.push_back(row);
        continue;
      }
      const fs::path run = FreshDirectory("nist-" + nist.name);
      ProcessOptions options;
      options.environment = Environment();
      options.stdout_name = "../" + nist.name + ".stdout";
      options.stderr_name = "../" + nist.name + ".stderr";
      if (!nist.standard_input.empty()) {
        options.standard_input = (run.parent_path() / (nist.name + ".stdin")).string();
        std::ofstream(options.standard_input, std::ios::binary) << nist.standard_input;
      }
      ErrorOr<ProcessResult> ran =
          RunProcess({build.executable(nist.name).string()}, run, std::chrono::minutes(2), options);
      if (!ran.ok()) {
        row.state = "differs";
        row.detail = ran.error().message();
        rows.push_back(row);
        continue;
      }
      const std::string report = ReadWholeFile(run / "report.log").value_or("");
      row.emitted_pass = PassCount(report);
      const std::string expected = Report(reference->files);
      if (report != expected) {
        row.detail = "report.log differs at " + FirstDifference(expected, report);
      } else if (ran->standard_output != reference->standard_output) {
        row.detail = "stdout differs at " +
                     FirstDifference(reference->standard_output, ran->standard_output);
      } else if (ran->standard_error != reference->standard_error) {
        row.detail =
            "stderr differs at " + FirstDifference(reference->standard_error, ran->standard_error);
      } else if (ran->exit_status != reference->exit_status) {
        row.detail = "exit status " + std::to_string(ran->exit_status) + ", cobc's " +
                     std::to_string(reference->exit_status);
      }
      row.state = row.detail.empty() ? "identical" : "differs";
      rows.push_back(row);
    }

    // The table, and the ratchet.
    const fs::path table_path = fs::path(REMINT_NIST_BUILD_DIR) / (module + ".tsv");
    std::ofstream table(table_path);
    table << "program\tstate\tcobc_pass\temitted_pass\n";
    int identical = 0;
    int executed = 0;
    long reference_pass = 0;
    long emitted_pass = 0;
    for (const Row& row : rows) {
      table << row.name << '\t' << row.state << '\t' << row.reference_pass << '\t'
            << row.emitted_pass << '\n';
      if (row.state == "reference-failed") continue;
      ++executed;
      reference_pass += std::max(0, row.reference_pass);
      emitted_pass += std::max(0, row.emitted_pass);
      if (row.state == "identical") ++identical;
      const bool must_be_identical = listed.contains(row.name);
      if (must_be_identical && row.state != "identical") {
        ADD_FAILURE() << row.name << " is listed in tests/nist/identical.txt but is " << row.state
                      << ":\n"
                      << row.detail.substr(0, 3000);
      }
      if (!must_be_identical && row.state == "identical") {
        ADD_FAILURE() << row.name
                      << " is now byte-identical to the cobc build: add it to "
                         "tests/nist/identical.txt";
      }
    }
    std::cout << module << ": " << identical << " of " << executed
              << " executed programs byte-identical; PASS count cobc " << reference_pass
              << ", emitted " << emitted_pass << " (table: " << table_path.string() << ")\n";
    for (const Row& row : rows) {
      if (row.state == "identical") continue;
      // The first error line says most (remint's warnings come before its errors).
      size_t from = row.detail.find("error:");
      from = from == std::string::npos ? 0 : row.detail.rfind('\n', from) + 1;
      std::cout << "  " << row.name << " " << row.state << ": "
                << row.detail.substr(from, row.detail.find('\n', from + 200) - from) << "\n";
    }
  }
}

}  // namespace
}  // namespace remint::testing
