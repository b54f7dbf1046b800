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
#include "tests/support/cli_runner.h"
#include "tests/support/cobc_run.h"
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

// Emits every case and builds them all once per test process; records why a case could not
// be emitted or built.
class EmittedBuild {
 public:
  static auto Get() -> EmittedBuild& {
    static EmittedBuild build;
    return build;
  }
  auto executable(const std::string& name) const -> fs::path { return build_ / name; }
  auto problem(const std::string& name) const -> std::string {
    auto it = problems_.find(name);
    return it == problems_.end() ? "" : it->second;
  }

 private:
  EmittedBuild() {
    root_ = FreshDirectory("equivalence-build");
    std::string cmake = R"(cmake_minimum_required(VERSION 3.20)
project(remint_equivalence LANGUAGES CXX)
set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_FLAGS "-O1")
)";
    bool runtime_added = false;
    for (const std::string& name : Cases()) {
      const fs::path source = fs::path(REMINT_EQUIVALENCE_DIR) / (name + ".cbl");
      const fs::path out = root_ / name;
      std::vector<std::string> arguments = {"emit", source.string(), "-o", out.string()};
      if (const std::string dialect = CaseDialect(source); !dialect.empty()) {
        arguments.insert(arguments.end(), {"--dialect", dialect});
      }
      CliResult emitted = RunRemint(arguments, root_.string());
      if (emitted.exit_code != 0) {
        problems_[name] = "remint emit failed:\n" + emitted.err;
        continue;
      }
      if (!runtime_added) {
        cmake += "add_subdirectory(" + (out / "runtime").string() + " cobrt)\n";
        runtime_added = true;
      }
      std::vector<std::string> sources;
      for (const auto& entry : fs::directory_iterator(out / "src")) {
        sources.push_back(entry.path().string());
      }
      std::sort(sources.begin(), sources.end());
      cmake += "add_executable(" + name;
      for (const std::string& file : sources) cmake += " " + file;
      cmake += ")\ntarget_link_libraries(" + name + " PRIVATE cobrt)\n";
      cmake += "target_compile_options(" + name + " PRIVATE -Wall -Wextra -Werror)\n";
    }
    std::ofstream(root_ / "CMakeLists.txt") << cmake;
    build_ = root_ / "build";
    std::vector<std::string> configure = {"cmake",         "-S", root_.string(), "-B",
                                          build_.string(), "-G", "Ninja"};
    // scripts/install-deps installs ccache; reruns then compile only what changed.
    if (fs::exists("/usr/bin/ccache")) {
      configure.push_back("-DCMAKE_CXX_COMPILER_LAUNCHER=ccache");
    }
    const std::chrono::minutes timeout(10);
    ErrorOr<ProcessResult> configured = RunProcess(configure, root_, timeout);
    ErrorOr<ProcessResult> built =
        configured.ok() && configured->exit_status == 0
            ? RunProcess({"cmake", "--build", build_.string()}, root_, timeout)
            : std::move(configured);
    if (!built.ok() || built->exit_status != 0) {
      build_problem_ =
          built.ok() ? built->standard_output + built->standard_error : built.error().message();
    }
    for (const std::string& name : Cases()) {
      if (!build_problem_.empty() && !problems_.contains(name)) {
        problems_[name] = "the build failed:\n" + build_problem_;
      }
    }
  }

  fs::path root_;
  fs::path build_;
  std::string build_problem_;
  std::map<std::string, std::string> problems_;
};

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
  const fs::path stdin_file = fs::path(REMINT_EQUIVALENCE_DIR) / (name + ".stdin");
  if (fs::exists(stdin_file)) inputs.standard_input = ReadWholeFile(stdin_file).value_or("");
  ErrorOr<CobcRunOutcome> reference = RunWithCobc(program, inputs);
  ASSERT_TRUE(reference.ok()) << reference.error().message();
  ASSERT_TRUE(reference->compiled) << reference->compile_messages;

  const EmittedBuild& build = EmittedBuild::Get();
  ASSERT_EQ(build.problem(name), "");
  const fs::path run = FreshDirectory("equivalence-run-" + name);
  ErrorOr<ProcessResult> ran =
      RunProcess({build.executable(name).string()}, run, std::chrono::minutes(2),
                 ProcessOptions{fs::exists(stdin_file) ? stdin_file.string() : "",
                                {},
                                "../" + name + ".stdout",
                                "../" + name + ".stderr"});
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
