// Syntax errors: located at their original line and column, one diagnostic per independent
// error, recovery that lets the rest of the program parse, and lexical errors diagnosed once.
#include <gmock/gmock.h>
#include <unistd.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "base/fault_injection.h"
#include "tests/cobol_parse/parse_test_support.h"

namespace remint::cobol::testing {
namespace {

using ::testing::ElementsAre;

TEST(ErrorRecoveryTest, ValidProgramNeedsNoFallback) {
  ParseResult result = ParseProcedure("MOVE 1 TO A.");
  EXPECT_TRUE(result.diagnostics.empty());
  EXPECT_FALSE(result.program->statistics().sll_failed);
}

TEST(ErrorRecoveryTest, ErrorIsLocatedInTheOriginalText) {
  // Line 7 of the buffer: "    MOVE 1 A."; the error is at "A" (column 12).
  ParseResult result = ParseProcedure("    MOVE 1 A.");
  ASSERT_EQ(result.codes(), std::vector<std::string>{"RM2201"});
  const Diagnostic& error = result.diagnostics[0];
  EXPECT_EQ(error.location.line, 7u);
  EXPECT_EQ(error.location.column, 12u);
  EXPECT_EQ(error.message, "syntax error: unexpected 'A'; expected TO");
  EXPECT_TRUE(result.program->statistics().sll_failed);
}

TEST(ErrorRecoveryTest, IndependentErrorsEachGetOneDiagnostic) {
  ParseResult result = ParseProcedure(
      "P1.\n"
      "    MOVE 1 A B C.\n"  // error 1 (missing TO), rest of sentence quiet
      "    DISPLAY 'OK'.\n"
      "    ADD TO TO TO B.\n"           // error 2
      "    IF A = THEN DISPLAY 'X'.\n"  // error 3
      "P2.\n"
      "    COMPUTE A = (B + .\n"  // error 4
      "    DISPLAY 'STILL PARSED'.\n");
  EXPECT_THAT(result.codes(), ElementsAre("RM2201", "RM2201", "RM2201", "RM2201"));
  std::vector<uint32_t> lines;
  for (const Diagnostic& diagnostic : result.diagnostics) lines.push_back(diagnostic.location.line);
  EXPECT_THAT(lines, ElementsAre(8u, 10u, 11u, 13u));
  EXPECT_EQ(result.program->statistics().syntax_errors, 4u);
  // Recovery keeps the tree: the last paragraph is still there.
  EXPECT_NE(result.tree().find("'STILL PARSED'"), std::string::npos);
}

TEST(ErrorRecoveryTest, ErrorInsideACopybookIsLocatedInTheCopybook) {
  std::filesystem::path dir = std::filesystem::temp_directory_path() /
                              ("remint_parse_copy_test-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "MAIN.cbl") << "       IDENTIFICATION DIVISION.\n"
                                     "       PROGRAM-ID. MAIN.\n"
                                     "       PROCEDURE DIVISION.\n"
                                     "           COPY BADSTMT.\n"
                                     "           STOP RUN.\n";
  std::ofstream(dir / "BADSTMT.cpy") << "      * A COPYBOOK WITH A MISTAKE\n"
                                        "           MOVE 1 TO A\n"
                                        "           ADD 2 3 GIVING.\n";
  ParseResult result = ParseFile((dir / "MAIN.cbl").string(), {dir.string()});
  std::filesystem::remove_all(dir);
  ASSERT_EQ(result.codes(), std::vector<std::string>{"RM2201"}) << result.messages();
  const Diagnostic& error = result.diagnostics[0];
  EXPECT_NE(error.location.path.find("BADSTMT"), std::string::npos) << error.location.path;
  EXPECT_EQ(error.location.line, 3u);
  EXPECT_EQ(error.location.column, 26u);  // The period after GIVING.
  ASSERT_FALSE(error.notes.empty());       // "copied from MAIN.cbl:4".
  EXPECT_EQ(error.notes[0].location.line, 4u);
}

TEST(ErrorRecoveryTest, MissingPeriodInDataDivision) {
  ParseResult result = ParseProcedure("DISPLAY A.", "01 A PIC X(3)\n01 B PIC X.\n");
  EXPECT_EQ(result.codes(), std::vector<std::string>{"RM2201"});
}

TEST(ErrorRecoveryTest, TruncatedProgramReportsEndOfText) {
  ParseResult result = ParseFreeFormat(
      "IDENTIFICATION DIVISION.\nPROGRAM-ID. X.\n"
      "PROCEDURE DIVISION.\n    PERFORM UNTIL A = 1\n");
  ASSERT_EQ(result.codes(), std::vector<std::string>{"RM2201"});
  EXPECT_NE(result.diagnostics[0].message.find("end of program text"), std::string::npos);
}

TEST(ErrorRecoveryTest, ManyErrorsAreCapped) {
  std::string procedure;
  for (int i = 0; i < 20; ++i) procedure += "MOVE 1 A.\n";
  ParseOptions options;
  options.max_syntax_errors = 5;
  ParseResult result = ParseProcedure(procedure, "", options);
  std::vector<std::string> expected(5, "RM2201");
  expected.push_back("RM2205");
  EXPECT_EQ(result.codes(), expected);
}

TEST(ErrorRecoveryTest, UnterminatedLiteralIsOneDiagnostic) {
  ParseResult result = ParseProcedure("DISPLAY 'NO END\n    DISPLAY 'FINE'.");
  // The preprocessor may warn about the same literal; the parser reports it once and does not
  // cascade into syntax errors.
  std::vector<std::string> codes = result.codes();
  EXPECT_EQ(std::count(codes.begin(), codes.end(), "RM2202"), 1);
  EXPECT_EQ(std::count(codes.begin(), codes.end(), "RM2201"), 0);
}

TEST(ErrorRecoveryTest, RunOfInvalidCharactersIsOneDiagnostic) {
  ParseResult result = ParseProcedure("MOVE 1 TO A @@@ .\n    DISPLAY A ! B.");
  EXPECT_EQ(result.codes(), (std::vector<std::string>{"RM2203", "RM2203"}));
  EXPECT_EQ(result.diagnostics[0].message,
            "character '@' cannot appear in COBOL text outside a literal");
}

TEST(ErrorRecoveryTest, SllAndLlStagesAgreeOnValidPrograms) {
  ParseOptions force_ll;
  force_ll.force_ll = true;
  const char* procedure = "IF A = 1 OR 2 PERFORM P1 THRU P2 ELSE READ F AT END CONTINUE.";
  ParseResult sll = ParseProcedure(procedure);
  ParseResult ll = ParseProcedure(procedure, "", force_ll);
  EXPECT_EQ(sll.error_count(), 0u);
  EXPECT_EQ(ll.error_count(), 0u);
  EXPECT_EQ(sll.tree(), ll.tree());
}

TEST(ErrorRecoveryTest, InternalFailureIsADiagnosticNotACrash) {
  setenv("REMINT_FAULT_INJECTION", "cobol-parse", 1);
  ParseResult result = ParseProcedure("MOVE 1 TO A.");
  unsetenv("REMINT_FAULT_INJECTION");
  EXPECT_EQ(result.codes(), std::vector<std::string>{"RM2206"});
  EXPECT_FALSE(result.program->has_tree());
}

}  // namespace
}  // namespace remint::cobol::testing
