// Behavioural equivalence of emitted programs: every program in tests/emit_cpp/equivalence/ is
// compiled and run by cobc (the reference; outcomes cached by content hash) and emitted by
// `remint emit`, built with CMake and run the same way; stdout, stderr, exit status and the
// files left in the working directory must be byte-identical. The emitted projects are built
// together in one CMake project that compiles the runtime once.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "tests/support/availability.h"
#include "tests/support/cobc_run.h"
#include "tests/support/emitted_build.h"
#include "tests/support/process.h"
#include "tests/support/scratch.h"

namespace remint::testing {
namespace {

namespace fs = std::filesystem;

// A case names its dialect in a comment line "      * DIALECT: cobol85" (cobc -std=cobol85,
// remint --dialect cobol85); without one both use their defaults. NAME.stdin, when present, is
// the standard input of both runs.
auto CaseDialect(const fs::path& source) -> std::string {
  std::ifstream in(source);
  std::string line;
  for (int i = 0; i < 20 && std::getline(in, line); ++i) {
    const size_t at = line.find("* DIALECT: ");
    if (at != std::string::npos) {
      std::string dialect = line.substr(at + 11);
      while (!dialect.empty() && (dialect.back() == ' ' || dialect.back() == '\r')) {
        dialect.pop_back();
      }
      return dialect;
    }
  }
  return "";
}

// Both builds see the same date and time (ACCEPT FROM DATE/TIME, CURRENT-DATE).
auto FixedClock() -> std::map<std::string, std::string> {
  return {{"COB_CURRENT_DATE", "2026/12/05 10:11:12.13"}};
}

// Files a case leaves whose bytes are not compared, named in a comment line
// "      * NOT-COMPARED: indexed.dat": INDEXED files, which cobc keeps in Berkeley DB (NAME and
// NAME.1, NAME.2... for alternate keys) and cobrt in its own format. Both runs must still leave
// NAME itself.
auto CaseUncomparedFiles(const fs::path& source) -> std::vector<std::string> {
  std::ifstream in(source);
  std::string line;
  std::vector<std::string> names;
  for (int i = 0; i < 20 && std::getline(in, line); ++i) {
    const size_t at = line.find("* NOT-COMPARED: ");
    if (at == std::string::npos) continue;
    std::istringstream words(line.substr(at + 16));
    for (std::string name; words >> name;) names.push_back(name);
  }
  return names;
}

// `files` without the uncompared ones (their presence kept as an empty entry).
auto ComparedFiles(std::map<std::string, std::string> files,
                   const std::vector<std::string>& uncompared)
    -> std::map<std::string, std::string> {
  for (const std::string& name : uncompared) {
    for (auto it = files.begin(); it != files.end();) {
      if (it->first == name) {
        (it++)->second.clear();
      } else if (it->first.starts_with(name + ".")) {
        it = files.erase(it);
      } else {
        ++it;
      }
    }
  }
  return files;
}

auto Cases() -> std::vector<std::string> {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(REMINT_EQUIVALENCE_DIR)) {
    if (entry.path().extension() == ".cbl") names.push_back(entry.path().stem().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

// Every case emitted and built once per test process.
auto Build() -> const EmittedBuild& {
  static const EmittedBuild build = [] {
    std::vector<EmittedProgram> programs;
    for (const std::string& name : Cases()) {
      const fs::path source = fs::path(REMINT_EQUIVALENCE_DIR) / (name + ".cbl");
      EmittedProgram program{name, {source.string()}};
      if (const std::string dialect = CaseDialect(source); !dialect.empty()) {
        program.arguments.insert(program.arguments.end(), {"--dialect", dialect});
      }
      programs.push_back(program);
    }
    return EmittedBuild(FreshDirectory("equivalence-build"), programs, "-O1");
  }();
  return build;
}

class EquivalenceTest : public ::testing::TestWithParam<std::string> {};

TEST_P(EquivalenceTest, EmittedProgramBehavesAsTheCobcBuild) {
  REMINT_REQUIRE_OR_SKIP(CobcVersion("cobc").ok(), "cobc not found in PATH");
  const std::string name = GetParam();
  const fs::path source = fs::path(REMINT_EQUIVALENCE_DIR) / (name + ".cbl");
  CobcProgram program;
  program.name = name;
  program.source = ReadWholeFile(source).value_or("");
  if (const std::string dialect = CaseDialect(source); !dialect.empty()) {
    program.flags.push_back("-std=" + dialect);
  }
  CobcRunInputs inputs;
  inputs.environment = FixedClock();
  const fs::path stdin_file = fs::path(REMINT_EQUIVALENCE_DIR) / (name + ".stdin");
  if (fs::exists(stdin_file)) inputs.standard_input = ReadWholeFile(stdin_file).value_or("");
  ErrorOr<CobcRunOutcome> reference = RunWithCobc(program, inputs);
  ASSERT_TRUE(reference.ok()) << reference.error().message();
  ASSERT_TRUE(reference->compiled) << reference->compile_messages;

  const EmittedBuild& build = Build();
  ASSERT_EQ(build.problem(name), "");
  const fs::path run = FreshDirectory("equivalence-run-" + name);
  ErrorOr<ProcessResult> ran =
      RunProcess({build.executable(name).string()}, run, std::chrono::minutes(2),
                 ProcessOptions{fs::exists(stdin_file) ? stdin_file.string() : "", FixedClock(),
                                "../" + name + ".stdout", "../" + name + ".stderr"});
  ASSERT_TRUE(ran.ok()) << ran.error().message();
  EXPECT_EQ(ran->exit_status, reference->exit_status);
  EXPECT_EQ(ran->standard_output, reference->standard_output);
  EXPECT_EQ(ran->standard_error, reference->standard_error);
  std::map<std::string, std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(run)) {
    if (entry.is_regular_file()) {
      files[fs::relative(entry.path(), run).string()] = ReadWholeFile(entry.path()).value_or("");
    }
  }
  const std::vector<std::string> uncompared = CaseUncomparedFiles(source);
  EXPECT_EQ(ComparedFiles(files, uncompared), ComparedFiles(reference->files, uncompared));
}

INSTANTIATE_TEST_SUITE_P(Programs, EquivalenceTest, ::testing::ValuesIn(Cases()),
                         [](const auto& case_info) {
                           std::string test_name = case_info.param;
                           std::replace(test_name.begin(), test_name.end(), '-', '_');
                           return test_name;
                         });

}  // namespace
}  // namespace remint::testing
