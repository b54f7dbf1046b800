// Conditional compilation (>>DEFINE, >>SET CONSTANT, >>IF/>>ELIF/>>ELSE/>>END-IF): the program
// text remint keeps must be the text the reference keeps. Each case is preprocessed by remint
// and by `cobc -E` (GnuCOBOL 3.1.2), whose output marks a constant with `#DEFLIT NAME literal`
// and leaves its uses for the compiler: the constants are substituted in cobc's text, then both
// texts are compared word by word.
#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "frontends/cobol/preprocess/text_words.h"
#include "tests/cobol_preprocess/preprocess_fixture.h"
#include "tests/support/availability.h"
#include "tests/support/process.h"

namespace remint::cobol::testing {
namespace {

using remint::testing::ProcessResult;
using remint::testing::RunProcess;

auto Upper(std::string text) -> std::string {
  for (char& c : text) c = ToUpperAscii(c);
  return text;
}

// The words of `cobc -E` output, constants substituted; nullopt when cobc cannot run.
auto ReferenceWords(const TempDirectory& directory, const std::string& file_name,
                    const std::string& format) -> std::optional<std::vector<std::string>> {
  std::vector<std::string> arguments = {"cobc", "-E", "-o", "reference.txt", file_name};
  if (!format.empty()) arguments.insert(arguments.begin() + 1, format);
  ErrorOr<ProcessResult> run =
      RunProcess(arguments, directory.path(), std::chrono::milliseconds(60000));
  if (!run || run->exit_status != 0) return std::nullopt;
  std::ifstream in(directory.path() + "/reference.txt");
  std::map<std::string, std::string> constants;
  std::vector<std::string> words;
  std::string line;
  while (std::getline(in, line)) {
    if (line.starts_with("#line")) continue;
    std::istringstream split(line);
    if (line.starts_with("#DEFLIT")) {
      std::string directive;
      std::string name;
      std::string literal;
      split >> directive >> name;
      std::getline(split, literal);
      literal.erase(0, literal.find_first_not_of(' '));
      constants[Upper(name)] = literal;
      continue;
    }
    for (std::string word; split >> word;) {
      // A constant's use may end a sentence: "KCON." is the constant and a period.
      std::string bare = word;
      std::string period;
      if (bare.size() > 1 && bare.back() == '.') {
        bare.pop_back();
        period = ".";
      }
      auto constant = constants.find(Upper(bare));
      if (constant == constants.end()) {
        words.push_back(word);
        continue;
      }
      std::istringstream literal_words(constant->second + period);
      for (std::string piece; literal_words >> piece;) words.push_back(piece);
    }
  }
  return words;
}

// remint's words, with a constant's literal followed by the period it was written with joined
// to it as the reference writes it.
auto Joined(std::vector<std::string> words) -> std::vector<std::string> {
  std::vector<std::string> joined;
  for (std::string& word : words) {
    if (word == "." && !joined.empty()) {
      joined.back() += ".";
      continue;
    }
    joined.push_back(std::move(word));
  }
  return joined;
}

void ExpectSameTextAsReference(const std::string& program, const std::string& format = {}) {
  TempDirectory directory;
  directory.Write("main.cbl", program);
  std::optional<std::vector<std::string>> reference = ReferenceWords(directory, "main.cbl", format);
  REMINT_REQUIRE_OR_SKIP(reference.has_value(), "cobc -E did not run (is GnuCOBOL installed?)");
  PreprocessRun run = RunOnText(directory, program);
  EXPECT_TRUE(run.codes().empty()) << DescribeDiagnostics(run.diagnostics, directory.path());
  EXPECT_EQ(Joined(run.words()), Joined(*reference));
}

TEST(ConditionalCompilationTest, IfElifElseKeepTheBranchTheReferenceKeeps) {
  ExpectSameTextAsReference(
      Card("IDENTIFICATION DIVISION.") + Card("PROGRAM-ID. BRANCHES.") + Card(">>DEFINE LVL AS 3") +
      Card(">>DEFINE NAME-X AS \"ABC\"") + Card("PROCEDURE DIVISION.") + Card(">>IF LVL = 3") +
      Card("    DISPLAY \"THREE\"") + Card(">>ELIF LVL > 3") + Card("    DISPLAY \"MORE\"") +
      Card(">>ELSE") + Card("    DISPLAY \"LESS\"") + Card(">>END-IF") + Card(">>IF LVL > 3") +
      Card("    DISPLAY \"MORE\"") + Card(">>ELIF LVL IS GREATER THAN OR EQUAL TO 3") +
      Card("    DISPLAY \"AT LEAST THREE\"") + Card(">>ELSE") + Card("    DISPLAY \"LESS\"") +
      Card(">>END-IF") + Card(">>IF NAME-X = \"ABC\"") + Card("    DISPLAY \"NAMED\"") +
      Card(">>END-IF") + Card(">>IF NAME-X NOT = \"ABC\"") + Card("    DISPLAY \"OTHER\"") +
      Card(">>END-IF") + Card("    STOP RUN."));
}

TEST(ConditionalCompilationTest, NestedBranchesInsideOneNotTakenStayOut) {
  ExpectSameTextAsReference(
      Card("IDENTIFICATION DIVISION.") + Card("PROGRAM-ID. NESTED.") + Card(">>DEFINE A AS 1") +
      Card("PROCEDURE DIVISION.") + Card(">>IF A = 2") + Card(">>IF A = 1") +
      Card("    DISPLAY \"INNER\"") + Card(">>ELSE") + Card("    DISPLAY \"INNER ELSE\"") +
      Card(">>END-IF") + Card(">>ELSE") + Card(">>IF A < 2") + Card("    DISPLAY \"SECOND\"") +
      Card(">>END-IF") + Card(">>END-IF") + Card("    STOP RUN."));
}

TEST(ConditionalCompilationTest, DefinedOffAndConstantsFollowTheReference) {
  ExpectSameTextAsReference(
      Card("IDENTIFICATION DIVISION.") + Card("PROGRAM-ID. CONSTS.") +
      Card(">>DEFINE CONSTANT KCON AS 42") + Card(">>SET CONSTANT KSET \"XY\"") +
      Card(">>DEFINE FLAG AS 1") + Card("DATA DIVISION.") + Card("WORKING-STORAGE SECTION.") +
      Card("01 X PIC 99 VALUE KCON.") + Card("PROCEDURE DIVISION.") +
      Card(">>IF UNDEFINED-V IS DEFINED") + Card("    DISPLAY \"DEF\"") + Card(">>ELSE") +
      Card("    DISPLAY \"NOTDEF\"") + Card(">>END-IF") + Card(">>IF FLAG IS DEFINED") +
      Card("    DISPLAY \"FLAG\"") + Card(">>END-IF") + Card(">>DEFINE FLAG OFF") +
      Card(">>IF FLAG IS NOT DEFINED") + Card("    DISPLAY \"FLAG OFF\"") + Card(">>END-IF") +
      Card("    DISPLAY X \" \" KSET \" \" KCON") + Card("    STOP RUN."));
}

TEST(ConditionalCompilationTest, FreeFormatDirectivesFollowTheReference) {
  ExpectSameTextAsReference(
      ">>SOURCE FORMAT IS FREE\n"
      "IDENTIFICATION DIVISION.\nPROGRAM-ID. FREEDIR.\n>>DEFINE DEBUG-LEVEL AS 2\n"
      "PROCEDURE DIVISION.\n>>IF DEBUG-LEVEL > 1\n    DISPLAY \"DEBUG ON\"\n>>ELSE\n"
      "    DISPLAY \"DEBUG OFF\"\n>>END-IF\n    STOP RUN.\n",
      "-free");
}

// Lines of a branch not compiled are not read at all: a malformed card there reports nothing.
TEST(ConditionalCompilationTest, LinesNotCompiledAreNotChecked) {
  TempDirectory directory;
  PreprocessRun run = RunOnText(
      directory, Card("IDENTIFICATION DIVISION.") + Card("PROGRAM-ID. SKIPPED.") +
                     Card("PROCEDURE DIVISION.") + Card(">>IF X IS DEFINED") +
                     Card("    DISPLAY \"NEVER CLOSED") + Card('-', "   COPY MISSING.") +
                     Card('?', "BAD INDICATOR") + Card(">>END-IF") + Card("    STOP RUN."));
  EXPECT_TRUE(run.codes().empty()) << DescribeDiagnostics(run.diagnostics, directory.path());
  EXPECT_EQ(run.squeezed(),
            "IDENTIFICATION DIVISION. PROGRAM-ID. SKIPPED. PROCEDURE DIVISION. "
            "STOP RUN.");
}

TEST(ConditionalCompilationTest, MalformedDirectivesAreLocatedErrors) {
  TempDirectory directory;
  PreprocessRun run = RunOnText(
      directory, Card("IDENTIFICATION DIVISION.") + Card("PROGRAM-ID. BAD.") + Card(">>ELSE") +
                     Card(">>END-IF") + Card(">>DEFINE AS 3") +
                     Card(">>DEFINE N AS NOT-A-LITERAL") + Card(">>IF N = ") + Card(">>END-IF") +
                     Card(">>IF 1 IS DEFINED") + Card(">>END-IF") + Card("PROCEDURE DIVISION.") +
                     Card(">>IF UNKNOWN-NAME = 1") + Card("    DISPLAY \"X\"") + Card(">>END-IF") +
                     Card(">>IF 1 = 1") + Card("    STOP RUN."));
  EXPECT_EQ(DescribeDiagnostics(run.diagnostics, directory.path()),
            "RM2119 error MAIN.cbl:3:8: compiler directive >>ELSE without >>IF; the directive "
            "is ignored\n"
            "RM2119 error MAIN.cbl:4:8: compiler directive >>END-IF without >>IF; the directive "
            "is ignored\n"
            "RM2119 error MAIN.cbl:5:8: compiler directive >>DEFINE: expected a compilation "
            "variable name; the directive is ignored\n"
            "RM2119 error MAIN.cbl:6:8: compiler directive >>DEFINE N: 'NOT-A-LITERAL' is not a "
            "literal; the directive is ignored\n"
            "RM2119 error MAIN.cbl:7:8: compiler directive >>IF: a comparison needs a "
            "right-hand side; the directive is ignored\n"
            "RM2119 error MAIN.cbl:9:8: compiler directive >>IF: DEFINED needs a compilation "
            "variable, not 1; the directive is ignored\n"
            "RM2119 error MAIN.cbl:12:8: compiler directive >>IF: 'UNKNOWN-NAME' is not a "
            "defined compilation variable; the directive is ignored\n"
            "RM2119 error MAIN.cbl:16:1: compiler directive >>IF: 1 not closed by >>END-IF at "
            "the end of the file; the directive is ignored\n");
  // A condition that cannot be read is false: its branch is not compiled.
  EXPECT_EQ(run.squeezed().find("DISPLAY"), std::string::npos) << run.squeezed();
}

}  // namespace
}  // namespace remint::cobol::testing
