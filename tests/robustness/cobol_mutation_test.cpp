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

auto SplitLines(const std::string& text) -> std::vector<std::string> {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

auto JoinLines(const std::vector<std::string>& lines) -> std::string {
  std::string text;
  for (const std::string& line : lines) text += line + "\n";
  return text;
}

auto Mutate(std::string text, SplitMix64& generator) -> std::string {
  const uint64_t count = 1 + generator.Below(4);
  for (uint64_t i = 0; i < count && !text.empty(); ++i) {
    const size_t at = generator.Below(text.size());
    switch (generator.Below(7)) {
      case 0:  // one byte, anything
        text[at] = static_cast<char>(generator.Below(256));
        break;
      case 1:  // a deleted span
        text.erase(at, 1 + generator.Below(40));
        break;
      case 2: {  // a repeated line
        std::vector<std::string> lines = SplitLines(text);
        const size_t line = generator.Below(lines.size());
        lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(line), lines[line]);
        text = JoinLines(lines);
        break;
      }
      case 3: {  // two lines swapped
        std::vector<std::string> lines = SplitLines(text);
        std::swap(lines[generator.Below(lines.size())], lines[generator.Below(lines.size())]);
        text = JoinLines(lines);
        break;
      }
      case 4:
      case 5:  // a keyword or punctuation
        text.insert(at, kInsertions[generator.Below(kInsertions.size())]);
        break;
      default:  // truncated
        text.resize(at);
        break;
    }
  }
  return text;
}

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
  // REMINT_MUTANTS raises the count for a longer local run.
  size_t mutants = 4000;
  if (const char* requested = std::getenv("REMINT_MUTANTS")) {
    mutants = std::strtoull(requested, nullptr, 10);
  }
  SplitMix64 generator(20261126);
  size_t with_diagnostics = 0;
  size_t with_statements = 0;
  std::vector<std::string> failures;
  for (size_t i = 0; i < mutants; ++i) {
    const std::string mutant = Mutate(seeds[i % seeds.size()], generator);
    fuzz::FrontEndOutcome outcome = fuzz::RunCobolFrontEnd(mutant);
    with_diagnostics += outcome.diagnostics > 0 ? 1 : 0;
    with_statements += outcome.statements > 0 ? 1 : 0;
    if (outcome.IsFinding() && failures.size() < 5) {
      failures.push_back("mutant " + std::to_string(i) + ":\n" + outcome.verifier_errors +
                         "--- input ---\n" + mutant);
    }
  }
  std::cout << mutants << " mutants of " << seeds.size() << " programs: " << with_diagnostics
            << " diagnosed, " << with_statements << " lowered statements\n";
  for (const std::string& failure : failures) ADD_FAILURE() << failure;
  // Not vacuous: most mutants are wrong and say so, and many still lower.
  EXPECT_GT(with_diagnostics, mutants / 2);
  EXPECT_GT(with_statements, mutants / 4);
}

}  // namespace
}  // namespace remint::testing
