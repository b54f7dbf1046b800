// Parses every NIST CCVS85 program. Those GnuCOBOL accepts must parse with no syntax errors and
// no SLL-stage failures; those it rejects (nist_cobc_rejects.txt) must get at least one error
// from the preprocessor or the parser, unless nist_rejects_accepted.txt says why not. Prints a
// per-module table. Label: nist.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "tests/cobol_parse/parse_test_support.h"
#include "tests/support/availability.h"

namespace remint::cobol::testing {
namespace {

namespace fs = std::filesystem;

struct ModuleTotals {
  int programs = 0;
  uint64_t lines = 0;
  int syntax_errors = 0;
  int sll_failures = 0;
  int cobc_rejects = 0;
  int rejects_accepted = 0;  // cobc-rejected programs remint parses without an error
};

auto ReadRejects(const std::string& path) -> std::set<std::string> {
  std::set<std::string> rejects;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line[0] != '#') rejects.insert(line);
  }
  return rejects;
}

// nist_rejects_accepted.txt: program -> why remint accepts what cobc rejects.
auto ReadAcceptedRejects(const std::string& path) -> std::map<std::string, std::string> {
  std::map<std::string, std::string> programs;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line.front() == '#') continue;
    const size_t space = line.find(' ');
    programs[line.substr(0, space)] = space == std::string::npos ? "" : line.substr(space + 1);
  }
  return programs;
}

// Programs of a module: NAME.CBL, NAME.SUB and lib/NAME.CBL, relative to the corpus root.
auto ModulePrograms(const fs::path& root, const std::string& module) -> std::vector<std::string> {
  std::vector<std::string> programs;
  for (const fs::path& dir : {root / module, root / module / "lib"}) {
    if (!fs::is_directory(dir)) continue;
    for (const auto& entry : fs::directory_iterator(dir)) {
      std::string extension = entry.path().extension().string();
      if (entry.is_regular_file() && (extension == ".CBL" || extension == ".SUB")) {
        programs.push_back(fs::relative(entry.path(), root).string());
      }
    }
  }
  std::sort(programs.begin(), programs.end());
  return programs;
}

TEST(NistTest, EveryProgramGnuCobolAcceptsParsesInTheSllStage) {
  const fs::path root = REMINT_NIST_COBOL85_DIR;
  REMINT_REQUIRE_OR_SKIP(fs::is_directory(root / "NC"),
                         "NIST COBOL-85 corpus not found at "
                             << root
                             << " (expected ../shared/corpus/nist-cobol85 beside the project)");
  std::set<std::string> rejects = ReadRejects(REMINT_NIST_REJECTS_FILE);
  const std::vector<std::string> copy_directories = {(root / "copy").string(),
                                                     (root / "copyalt").string()};
  const std::map<std::string, std::string> known_accepted =
      ReadAcceptedRejects(REMINT_NIST_REJECTS_ACCEPTED_FILE);
  std::set<std::string> accepted_rejects;
  std::map<std::string, ModuleTotals> modules;
  for (const char* module :
       {"NC", "SM", "IC", "SQ", "RL", "IX", "ST", "SG", "OB", "IF", "RW", "DB", "CM"}) {
    ModuleTotals& totals = modules[module];
    for (const std::string& program : ModulePrograms(root, module)) {
      if (rejects.contains(program)) {
        ParseResult result = ParseFile((root / program).string(), copy_directories);
        ++totals.cobc_rejects;
        if (result.error_count() == 0) {
          ++totals.rejects_accepted;
          accepted_rejects.insert(program);
        }
        continue;
      }
      ParseResult result = ParseFile((root / program).string(), copy_directories);
      int parse_errors = 0;
      for (const Diagnostic& diagnostic : result.diagnostics) {
        if (diagnostic.code().starts_with("RM22") && diagnostic.severity == Severity::kError) {
          ++parse_errors;
          ADD_FAILURE() << diagnostic.location.path << ":" << diagnostic.location.line << ":"
                        << diagnostic.location.column << ": " << diagnostic.message;
        }
      }
      bool sll_failed = result.program->statistics().sll_failed;
      EXPECT_FALSE(sll_failed && parse_errors == 0)
          << program << ": valid program needed the LL stage";
      ++totals.programs;
      totals.lines += result.sources->file(FileId{0}).text.line_count();
      totals.syntax_errors += parse_errors;
      totals.sll_failures += sll_failed ? 1 : 0;
    }
  }
  std::string table =
      "module  programs    lines  syntax-errors  sll-fallbacks  cobc-rejects  rejects-accepted\n";
  ModuleTotals all;
  for (const auto& [module, totals] : modules) {
    table += fmt::format("{:<6}  {:>8}  {:>7}  {:>13}  {:>13}  {:>12}  {:>16}\n", module,
                         totals.programs, totals.lines, totals.syntax_errors, totals.sll_failures,
                         totals.cobc_rejects, totals.rejects_accepted);
    all.programs += totals.programs;
    all.lines += totals.lines;
    all.syntax_errors += totals.syntax_errors;
    all.sll_failures += totals.sll_failures;
    all.cobc_rejects += totals.cobc_rejects;
    all.rejects_accepted += totals.rejects_accepted;
  }
  table += fmt::format("{:<6}  {:>8}  {:>7}  {:>13}  {:>13}  {:>12}  {:>16}\n", "all", all.programs,
                       all.lines, all.syntax_errors, all.sll_failures, all.cobc_rejects,
                       all.rejects_accepted);
  std::printf("%s", table.c_str());
  RecordProperty("table", table);

  // A program cobc rejects parses without an error only where the side file says why; and the
  // side file stays current.
  for (const std::string& program : accepted_rejects) {
    EXPECT_TRUE(known_accepted.contains(program))
        << program << ": cobc rejects it but remint preprocesses and parses it without an error; "
        << "make remint reject it, or list it with the reason in "
        << REMINT_NIST_REJECTS_ACCEPTED_FILE;
  }
  for (const auto& [program, reason] : known_accepted) {
    EXPECT_TRUE(rejects.contains(program))
        << program << " is listed in " << REMINT_NIST_REJECTS_ACCEPTED_FILE << " but is not in "
        << REMINT_NIST_REJECTS_FILE << " (cobc accepts it)";
    EXPECT_FALSE(reason.empty()) << program << ": give the reason in "
                                 << REMINT_NIST_REJECTS_ACCEPTED_FILE;
    EXPECT_TRUE(!rejects.contains(program) || accepted_rejects.contains(program))
        << program << " now gets a parse error, as cobc's: delete it from "
        << REMINT_NIST_REJECTS_ACCEPTED_FILE;
  }
}

}  // namespace
}  // namespace remint::cobol::testing
