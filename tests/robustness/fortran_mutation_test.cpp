// Deterministic mutation testing of the Fortran front end (label robustness): bankdemo's
// LOANAMRT and, when the shared corpus is present, the smallest NIST FCVS programs are mutated by
// the seeded generator the COBOL and JCL tests use, with Fortran's own punctuation and keywords
// to insert; each mutant is read in fixed and free form, classified, parsed and cut into program
// units in-process. A crash fails the run; so does a diagnostic located past the input's last
// line, or a syntax tree that does not hold together. The same entry point is the AFL++ target
// (`make fuzz FUZZ_TARGET=fortran`).
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "fuzz/fortran_front_end_target.h"
#include "tests/robustness/mutator.h"

namespace remint::testing {
namespace {

namespace fs = std::filesystem;

constexpr std::array kFortranInsertions = {
    "'",
    "\"",
    "(",
    ")",
    ",",
    "=",
    "/",
    "*",
    "**",
    "//",
    ":",
    ";",
    "\t",
    "\n     1",
    "\nC",
    "\n   10 ",
    " IF (",
    ") THEN",
    " ELSE",
    " END IF",
    " DO 10 I=1,2",
    " END",
    " GO TO 10",
    ".EQ.",
    ".AND.",
    ".NOT.",
    ".TRUE.",
    "5HHELLO",
    "3*",
    " DATA X/",
    " COMMON /",
    " FORMAT (",
    " WRITE (6,",
    " READ (5,*) ",
    "1.E",
};

auto ReadWhole(const fs::path& path) -> std::string {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

auto Seeds() -> std::vector<std::string> {
  std::vector<std::string> seeds = {
      ReadWhole(fs::path(REMINT_BANKDEMO_DIR) / "BANK.PROD.FORTRAN" / "LOANAMRT")};
  fs::path fcvs = fs::path(REMINT_SHARED_CORPUS_DIR) / "nist-fcvs";
  if (!fs::is_directory(fcvs)) return seeds;
  std::vector<std::pair<uintmax_t, fs::path>> programs;
  for (const auto& entry : fs::directory_iterator(fcvs)) {
    if (entry.path().extension() == ".FOR") programs.emplace_back(entry.file_size(), entry.path());
  }
  std::sort(programs.begin(), programs.end());
  for (size_t i = 0; i < programs.size() && i < 20; ++i) {
    seeds.push_back(ReadWhole(programs[i].second));
  }
  return seeds;
}

TEST(FortranMutationTest, MutantsNeitherCrashNorYieldBrokenTreesOrMisplacedDiagnostics) {
  const std::vector<std::string> seeds = Seeds();
  ASSERT_FALSE(seeds[0].empty()) << "LOANAMRT not found under " << REMINT_BANKDEMO_DIR;
  const MutationRun run =
      RunMutants(seeds, kFortranInsertions, 20261208, 2000,
                 [](std::string_view bytes) { return fuzz::RunFortranFrontEnd(bytes); });
  std::cout << run.mutants << " mutants of " << seeds.size()
            << " programs: " << run.with_diagnostics << " diagnosed, " << run.with_statements
            << " parsed to statements\n";
  for (const std::string& finding : run.findings) ADD_FAILURE() << finding;
  // Not vacuous: every mutant read in free form is wrong somewhere, and most still parse.
  EXPECT_GT(run.with_diagnostics, run.mutants / 2);
  EXPECT_GT(run.with_statements, run.mutants / 2);
}

}  // namespace
}  // namespace remint::testing
