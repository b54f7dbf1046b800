// Deterministic mutation testing of the JCL front end (label robustness): the jobs of the JCL
// golden cases and of corpus/bankdemo are mutated by the seeded generator the COBOL test uses, with
// JCL's own punctuation and keywords to insert, and each mutant is read, expanded (its PROCs and
// INCLUDEs found in bankdemo's libraries), lowered and verified in-process. A crash fails the run;
// so does a diagnostic located past the member's last line, or a module the IR verifier rejects
// when the front end reported no error. The same entry point is the AFL++ target
// (`make fuzz FUZZ_TARGET=jcl`).
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "fuzz/jcl_front_end_target.h"
#include "tests/robustness/mutator.h"
#include "tests/support/split_mix.h"

namespace remint::testing {
namespace {

namespace fs = std::filesystem;

constexpr std::array kJclInsertions = {
    "//",
    "/*",
    "//*",
    "'",
    "(",
    ")",
    ",",
    "=",
    "&",
    "&&",
    ".",
    " ",
    "\n//",
    ",\n//         ",
    " EXEC ",
    " DD ",
    " PROC ",
    " PEND",
    " IF ",
    " THEN",
    " ELSE",
    " ENDIF",
    " INCLUDE MEMBER=",
    " SET ",
    " JCLLIB ORDER=",
    "DSN=",
    "DISP=(",
    "COND=(",
    "PGM=",
    "DCB=(",
    "*.",
    "(+1)",
    "(-1)",
    "DLM=",
    " DATA",
};

auto ReadFile(const fs::path& path) -> std::string {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The golden cases' jobs and bankdemo's nightly stream: small, and together they use most
// statements.
auto Seeds() -> std::vector<std::string> {
  std::vector<fs::path> paths;
  for (const auto& entry : fs::directory_iterator(REMINT_JCL_GOLDEN_DIR)) {
    fs::path job = entry.path() / "job.jcl";
    if (fs::is_regular_file(job)) paths.push_back(job);
  }
  for (const auto& entry :
       fs::directory_iterator(fs::path(REMINT_BANKDEMO_DIR) / "BANK.PROD.JCL")) {
    paths.push_back(entry.path());
  }
  std::sort(paths.begin(), paths.end());
  std::vector<std::string> seeds;
  for (const fs::path& path : paths) seeds.push_back(ReadFile(path));
  return seeds;
}

TEST(JclMutationTest, MutantsNeitherCrashNorYieldInvalidIrOrMisplacedDiagnostics) {
  const std::vector<std::string> seeds = Seeds();
  ASSERT_GT(seeds.size(), 10u);
  const std::vector<std::string> libraries = {REMINT_BANKDEMO_DIR};
  const MutationRun run = RunMutants(
      seeds, kJclInsertions, 20261206, 3000,
      [&libraries](std::string_view bytes) { return fuzz::RunJclFrontEnd(bytes, libraries); });
  std::cout << run.mutants << " mutants of " << seeds.size() << " jobs: " << run.with_diagnostics
            << " diagnosed, " << run.with_statements << " expanded to statements\n";
  for (const std::string& finding : run.findings) ADD_FAILURE() << finding;
  // Not vacuous: many mutants are wrong and say so, and most still expand.
  EXPECT_GT(run.with_diagnostics, run.mutants / 4);
  EXPECT_GT(run.with_statements, run.mutants / 2);
}

}  // namespace
}  // namespace remint::testing
