// Deterministic mutation testing of the COBOL front end (label robustness): small valid programs
// are mutated by a seeded generator (byte changes, deleted spans, repeated and swapped lines,
// inserted keywords and punctuation, truncation) and each mutant runs through decode,
// preprocess, parse, lower and verify in-process. A crash fails the test run; so does a
// lowered module the IR verifier rejects when the front end reported no error. The same entry point
// is the AFL++ fuzz target (`make fuzz`), which searches far wider; this test keeps every build
// honest.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "fuzz/cobol_front_end_target.h"
#include "tests/robustness/mutator.h"
#include "tests/support/split_mix.h"

namespace remint::testing {
namespace {

namespace fs = std::filesystem;

constexpr std::array kInsertions = {
    " IF ",        " END-IF ",
    " PERFORM ",   ".",
    "(",           ")",
    " COPY X. ",   " FUNCTION ",
    " EXEC SQL ",  " END-EXEC ",
    " 88 ",        " OCCURS 5 ",
    " PIC ",       "\"",
    "'",           " -",
    "\n      -",   "\n      *",
    " REPLACE ==", "==",
    " REDEFINES ", " THRU ",
    " ALL ",       " OF ",
    " EVALUATE ",  " WHEN ",
    " SECTION. ",  "\t",
    ":",           " ** ",
    " 01 ",        " 66 ",
    " RENAMES ",   " DEPENDING ON ",
    " VALUE ",     " ZERO ",
};

auto ReadFile(const fs::path& path) -> std::string {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The golden programs of the lowering tests: small, and together they use most constructs.
auto Seeds() -> std::vector<std::string> {
  std::vector<fs::path> paths;
  for (const auto& entry : fs::directory_iterator(REMINT_COBOL_LOWER_GOLDEN_DIR)) {
    if (entry.path().extension() == ".cbl") paths.push_back(entry.path());
  }
  std::sort(paths.begin(), paths.end());
  std::vector<std::string> seeds;
  for (const fs::path& path : paths) seeds.push_back(ReadFile(path));
  return seeds;
}

TEST(CobolMutationTest, MutantsNeitherCrashNorYieldInvalidIr) {
  const std::vector<std::string> seeds = Seeds();
  ASSERT_FALSE(seeds.empty());
  const MutationRun run =
      RunMutants(seeds, kInsertions, 20261126, 4000,
                 [](std::string_view bytes) { return fuzz::RunCobolFrontEnd(bytes); });
  std::cout << run.mutants << " mutants of " << seeds.size()
            << " programs: " << run.with_diagnostics << " diagnosed, " << run.with_statements
            << " lowered statements\n";
  for (const std::string& finding : run.findings) ADD_FAILURE() << finding;
  // Not vacuous: most mutants are wrong and say so, and many still lower.
  EXPECT_GT(run.with_diagnostics, run.mutants / 2);
  EXPECT_GT(run.with_statements, run.mutants / 4);
}

}  // namespace
}  // namespace remint::testing
