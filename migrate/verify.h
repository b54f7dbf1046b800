// `remint verify`: builds an emitted project and its equivalence tests (emitters/gtest), runs
// them, and reports each program's cases as passed, failed (with the first differing field)
// or skipped; JUnit XML and SARIF for CI.
#ifndef REMINT_MIGRATE_VERIFY_H_
#define REMINT_MIGRATE_VERIFY_H_

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "base/diagnostics/diagnostic.h"
#include "base/error_or.h"
#include "migrate/process.h"

namespace remint::migrate {

struct VerifyOptions {
  std::string project_dir;            // an emitted project with tests/
  std::string build_dir;              // where it is built (kept between runs)
  std::vector<std::string> programs;  // only these (empty: every program with tests)
  int jobs = 2;
  // Called as each program's tests finish: (done, total).
  std::function<void(size_t, size_t)> progress;
};

enum class CaseStatus { kPassed, kFailed, kSkipped };

struct CaseResult {
  std::string program;
  std::string test;  // the case's test name
  CaseStatus status = CaseStatus::kPassed;
  std::string message;  // why it failed or was skipped
  double seconds = 0;
};

struct VerifyResult {
  bool built = false;
  std::string build_log;          // the build's output when it failed
  std::vector<CaseResult> cases;  // by program, then test
  auto Count(CaseStatus status) const -> size_t;
  // Exactly equivalent: built, at least one case, none failed or skipped.
  auto Equivalent() const -> bool;
};

// Configures `build_dir` for `project_dir` (once; Ninja and ccache when present) and builds
// `targets`. The result's exit code says whether the build succeeded; its output is the log.
auto BuildEmittedProject(const std::string& project_dir, const std::string& build_dir,
                         const std::vector<std::string>& targets, int jobs)
    -> ErrorOr<ProcessResult>;

// Errors: cmake or the build directory could not be used at all. A build that fails is a
// result (built = false), as is a failing case.
auto Verify(const VerifyOptions& options) -> ErrorOr<VerifyResult>;

// The programs that have equivalence tests in an emitted project (from tests/CMakeLists.txt).
auto ProgramsWithTests(const std::string& project_dir) -> std::vector<std::string>;

// JUnit XML: a testsuite per program, a testcase per case.
auto JUnitXml(const VerifyResult& result) -> std::string;

// One diagnostic per failed or skipped case (RM9101/RM9102) and for a failed build (RM9103),
// located at the program's legacy source when `sources` knows it (program -> path).
auto VerifyDiagnostics(const VerifyResult& result,
                       const std::map<std::string, std::string>& sources)
    -> std::vector<Diagnostic>;

}  // namespace remint::migrate

#endif  // REMINT_MIGRATE_VERIFY_H_
