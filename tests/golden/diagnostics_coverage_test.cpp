// Every registered diagnostic kind is emitted while the test suite runs. During `make test`,
// REMINT_DIAGNOSTICS_LOG names a directory where every process (test binaries and the remint
// processes they start) logs the code of each diagnostic it emits (base/diagnostics/
// emission_log.h). This test (label `coverage`) runs after the suite, as its own ctest preset
// `diagnostics-coverage`, and reads the logs. Kinds reached only by the random mutants of
// tests/robustness do not count: a kind is covered when a test means to trigger it.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include "base/diagnostics/diagnostic_kind.h"
#include "base/diagnostics/emission_log.h"
#include "tests/support/availability.h"

namespace remint::testing {
namespace {

namespace fs = std::filesystem;

TEST(DiagnosticsCoverageTest, EveryKindIsEmittedByATest) {
  // Run alongside the suite it would read a partial log; its preset sets this variable.
  if (std::getenv("REMINT_DIAGNOSTICS_COVERAGE_CHECK") == nullptr) {
    GTEST_SKIP() << "runs after the whole suite, as `ctest --preset diagnostics-coverage` "
                    "(make test does)";
  }
  const char* directory = std::getenv(kDiagnosticsLogVariable);
  REMINT_REQUIRE_OR_SKIP(directory != nullptr && *directory != '\0',
                         "REMINT_DIAGNOSTICS_LOG is not set: this test reads the diagnostics "
                         "the whole suite emitted; `make test` runs it after the suite "
                         "(ctest --preset diagnostics-coverage)");
  std::set<std::string> emitted;
  size_t logs = 0;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(directory, error)) {
    std::string name = entry.path().filename().string();
    if (!entry.is_regular_file() || !name.ends_with(".log")) continue;
    if (name.starts_with("remint_robustness")) continue;
    ++logs;
    std::ifstream in(entry.path());
    for (std::string code; std::getline(in, code);) emitted.insert(code);
  }
  ASSERT_GT(logs, 0u) << "no diagnostics logs in " << directory
                      << ": run the suite first (make test)";
  std::string missing;
  for (const DiagnosticKindInfo& info : AllDiagnosticKinds()) {
    if (!emitted.contains(std::string(info.code))) {
      missing += "\n  " + std::string(info.code) + " k" + std::string(info.name);
    }
  }
  EXPECT_TRUE(missing.empty()) << "kinds no test emitted (" << logs
                               << " process logs read):" << missing;
  // A code in the logs that the registry does not know means the log is stale or corrupt.
  for (const std::string& code : emitted) {
    bool known = false;
    for (const DiagnosticKindInfo& info : AllDiagnosticKinds()) known = known || info.code == code;
    EXPECT_TRUE(known) << "unknown code in the logs: " << code;
  }
}

}  // namespace
}  // namespace remint::testing
