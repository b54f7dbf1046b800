// COPY: search, REPLACING, nesting, cycles, depth, locations through the COPY chain.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdlib>

#include "tests/cobol_preprocess/preprocess_fixture.h"

namespace remint::cobol::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(CopyTest, CopiesTextInPlaceOfTheStatement) {
  TempDirectory directory;
  PreprocessRun run =
      RunOnText(directory, Card("77  A   COPY BOOK.   VALUE 1."), {{"BOOK", Card("    PIC 9.")}});
  EXPECT_EQ(run.squeezed(), "77 A PIC 9. VALUE 1.");
  EXPECT_THAT(run.codes(), IsEmpty());
  EXPECT_EQ(run.LocationOf("PIC", directory.path()), "BOOK:1:12 < MAIN.cbl:1:16");
  ASSERT_EQ(run.expanded.copied_files.size(), 1u);
}

TEST(CopyTest, CopiedTextCarriesTheIncludeOfItsCopyStatement) {
  TempDirectory directory;
  PreprocessRun run =
      RunOnText(directory, Card("COPY BOOK.") + Card("COPY BOOK."), {{"BOOK", Card("X.")}});
  size_t first = run.expanded.text.find('X');
  size_t second = run.expanded.text.find('X', first + 1);
  SourceLoc a = run.expanded.locations.Lookup(static_cast<uint32_t>(first));
  SourceLoc b = run.expanded.locations.Lookup(static_cast<uint32_t>(second));
  EXPECT_EQ(a.file, b.file);
  EXPECT_NE(a.include, b.include);
  EXPECT_EQ(run.sources->include(b.include).directive.line, 2u);
  EXPECT_EQ(run.expanded.copied_files.size(), 1u);  // Loaded once.
}

TEST(CopyTest, FindsNamesWithExtensionsInAnyCase) {
  TempDirectory directory;
  PreprocessRun run = RunOnText(
      directory, Card("COPY book1. COPY BOOK2. COPY Book3."),
      {{"BOOK1.CPY", Card("ONE.")}, {"book2.cbl", Card("TWO.")}, {"BOOK3.copy", Card("THREE.")}});
  EXPECT_EQ(run.squeezed(), "ONE. TWO. THREE.");
  EXPECT_THAT(run.codes(), IsEmpty());
}

TEST(CopyTest, SearchesIncludingDirectoryThenCopyDirectoriesInOrder) {
  TempDirectory directory;
  directory.Write("first/SAME", Card("FIRST."));
  directory.Write("second/SAME", Card("SECOND."));
  directory.Write("second/ONLY2", Card("ONLY-SECOND."));
  PreprocessOptions options;
  options.copy_directories = {directory.path() + "/first", directory.path() + "/second"};
  PreprocessRun run = RunOnText(directory, Card("COPY SAME. COPY ONLY2. COPY LOCAL."),
                                {{"LOCAL", Card("LOCAL.")}}, options);
  EXPECT_EQ(run.squeezed(), "FIRST. ONLY-SECOND. LOCAL.");
}

TEST(CopyTest, MissingCopybookIsReportedOnceAndProcessingGoesOn) {
  TempDirectory directory;
  PreprocessRun run = RunOnText(directory, Card("COPY NOPE.") + Card("MOVE A TO B."));
  EXPECT_THAT(run.codes(), ElementsAre("RM2101"));
  EXPECT_EQ(run.diagnostics[0].location.line, 1u);
  EXPECT_EQ(run.diagnostics[0].location.column, 8u);
  EXPECT_EQ(run.squeezed(), "MOVE A TO B.");
}

TEST(CopyTest, CycleIsReportedNotFollowed) {
  TempDirectory directory;
  PreprocessRun run = RunOnText(directory, Card("COPY A."),
                                {{"A", Card("IN-A. COPY B.")}, {"B", Card("IN-B. COPY A.")}});
  EXPECT_THAT(run.codes(), ElementsAre("RM2102"));
  EXPECT_EQ(run.squeezed(), "IN-A. IN-B.");
  // The diagnostic's notes walk the chain: B copied from A, A copied from MAIN.
  ASSERT_EQ(run.diagnostics[0].notes.size(), 2u);
}

TEST(CopyTest, HundredDeepChainStopsAtTheDepthLimit) {
  TempDirectory directory;
  for (int i = 1; i <= 100; ++i) {
    std::string next = i < 100 ? "COPY C" + std::to_string(i + 1) + "." : "";
    directory.Write("C" + std::to_string(i), Card("L" + std::to_string(i) + ". " + next));
  }
  PreprocessRun run = RunOnText(directory, Card("COPY C1."));
  EXPECT_THAT(run.codes(), ElementsAre("RM2103"));
  std::vector<std::string> words = run.words();
  ASSERT_EQ(words.size(), 50u);
  EXPECT_EQ(words.back(), "L50.");
  EXPECT_EQ(run.diagnostics[0].notes.size(), 50u);
}

TEST(CopyTest, DepthLimitIsAnOption) {
  TempDirectory directory;
  PreprocessOptions options;
  options.max_copy_depth = 1;
  PreprocessRun run = RunOnText(directory, Card("COPY A."),
                                {{"A", Card("IN-A. COPY B.")}, {"B", Card("IN-B.")}}, options);
  EXPECT_THAT(run.codes(), ElementsAre("RM2103"));
  EXPECT_EQ(run.squeezed(), "IN-A.");
}

TEST(CopyTest, UnreadableCopybookIsReported) {
  TempDirectory directory;
  setenv("REMINT_FAULT_INJECTION", "copybook-read", 1);
  PreprocessRun run = RunOnText(directory, Card("COPY BOOK. X."), {{"BOOK", Card("Y.")}});
  unsetenv("REMINT_FAULT_INJECTION");
  EXPECT_THAT(run.codes(), ElementsAre("RM2111"));
  EXPECT_EQ(run.squeezed(), "X.");
}

TEST(CopyTest, ReplacingPseudoTextMatchesAcrossLinesAndSeparators) {
  TempDirectory directory;
  PreprocessRun run =
      RunOnText(directory, Card("COPY BOOK REPLACING ==MOVE A, TO B== BY ==MOVE C TO D==."),
                {{"BOOK", Card("MOVE A") + Card('*', "comment") + Card("  ; TO B.")}});
  EXPECT_EQ(run.squeezed(), "MOVE C TO D.");
  // Replacement text maps to the text it replaced.
  EXPECT_EQ(run.LocationOf("C TO", directory.path()), "BOOK:1:8 < MAIN.cbl:1:8");
}

TEST(CopyTest, ReplacingComparesWordsIgnoringCaseAndLiteralsExactly) {
  TempDirectory directory;
  PreprocessRun run = RunOnText(directory, Card("COPY BOOK REPLACING abc BY XYZ \"q\" BY \"R\"."),
                                {{"BOOK", Card("ABC Abc \"q\" \"Q\".")}});
  EXPECT_EQ(run.squeezed(), "XYZ XYZ \"R\" \"Q\".");
}

TEST(CopyTest, ReplacingDoesNotRescanReplacementText) {
  TempDirectory directory;
  PreprocessRun run =
      RunOnText(directory, Card("COPY BOOK REPLACING A BY B B BY C."), {{"BOOK", Card("A B.")}});
  EXPECT_EQ(run.squeezed(), "B C.");
}

TEST(CopyTest, ReplacingDoesNotMatchInsideWords) {
  TempDirectory directory;
  PreprocessRun run = RunOnText(directory, Card("COPY BOOK REPLACING ==A== BY ==B==."),
                                {{"BOOK", Card("AA A-1 A.")}});
  EXPECT_EQ(run.squeezed(), "AA A-1 B.");
}

TEST(CopyTest, LeadingAndTrailingReplacePartsOfWords) {
  TempDirectory directory;
  PreprocessRun run = RunOnText(
      directory,
      Card("COPY BOOK REPLACING LEADING ==PRE== BY ==NEW==") + Card("    TRAILING ==-X== BY ====."),
      {{"BOOK", Card("PRE-A pre-b B-X PRE-C-X MIDPRE.")}});
  EXPECT_EQ(run.squeezed(), "NEW-A NEW-b B NEW-C-X MIDPRE.");
}

TEST(CopyTest, OuterReplacingAppliesToNestedCopybooks) {
  TempDirectory directory;
  PreprocessRun run =
      RunOnText(directory, Card("COPY OUTER REPLACING ==OLD== BY ==NEW==."),
                {{"OUTER", Card("OLD-1 OLD. COPY INNER.")}, {"INNER", Card("OLD.")}});
  EXPECT_EQ(run.squeezed(), "OLD-1 NEW. NEW.");
}

TEST(CopyTest, CopyInsideALiteralIsText) {
  TempDirectory directory;
  PreprocessRun run = RunOnText(directory, Card("DISPLAY \"COPY X.\" COPYRIGHT."));
  EXPECT_EQ(run.squeezed(), "DISPLAY \"COPY X.\" COPYRIGHT.");
  EXPECT_THAT(run.codes(), IsEmpty());
}

TEST(CopyTest, MalformedCopyIsReported) {
  TempDirectory directory;
  PreprocessRun run =
      RunOnText(directory, Card("COPY BOOK REPLACING A B.") + Card("MOVE X."), {{"BOOK", "Y.\n"}});
  EXPECT_THAT(run.codes(), ElementsAre("RM2105"));
  EXPECT_EQ(run.squeezed(), "MOVE X.");
}

TEST(CopyTest, UnterminatedPseudoTextIsReported) {
  TempDirectory directory;
  PreprocessRun run = RunOnText(directory, Card("COPY BOOK REPLACING ==A BY B."));
  EXPECT_THAT(run.codes(), ElementsAre("RM2104"));
}

// REPOSITORY's FUNCTION ALL INTRINSIC (or FUNCTION name... INTRINSIC) makes the names call the
// functions without FUNCTION: the copy stage writes the word in, located at the name, except
// where FUNCTION is written, before OF (LENGTH OF), and inside EXEC blocks.
TEST(CopyTest, RepositoryIntrinsicsGetTheWordFunction) {
  TempDirectory directory;
  PreprocessRun all = RunOnText(
      directory, Card("REPOSITORY.") + Card("    FUNCTION ALL INTRINSIC.") +
                     Card("PROCEDURE DIVISION.") +
                     Card("    MOVE TRIM(A) TO B COMPUTE N = LENGTH OF B + FUNCTION MAX(1 2)") +
                     Card("    EXEC SQL SELECT MAX(X) INTO :N FROM T END-EXEC") +
                     Card("    DISPLAY CURRENT-DATE(1:8) SUM."));
  EXPECT_EQ(all.squeezed(),
            "REPOSITORY. FUNCTION ALL INTRINSIC. PROCEDURE DIVISION. MOVE FUNCTION TRIM(A) TO B "
            "COMPUTE N = LENGTH OF B + FUNCTION MAX(1 2) EXEC SQL SELECT MAX(X) INTO :N FROM T "
            "END-EXEC DISPLAY FUNCTION CURRENT-DATE(1:8) FUNCTION SUM.");
  EXPECT_EQ(all.LocationOf("FUNCTION TRIM", directory.path()), "MAIN.cbl:4:17");  // TRIM

  TempDirectory listed;
  PreprocessRun some = RunOnText(
      listed, Card("REPOSITORY.") + Card("    FUNCTION MYFUNC") +
                  Card("    FUNCTION TRIM UPPER-CASE INTRINSIC.") + Card("PROCEDURE DIVISION.") +
                  Card("    MOVE UPPER-CASE(TRIM(A)) TO B MOVE REVERSE(A) TO B."));
  EXPECT_EQ(some.squeezed(),
            "REPOSITORY. FUNCTION MYFUNC FUNCTION TRIM UPPER-CASE INTRINSIC. PROCEDURE DIVISION. "
            "MOVE FUNCTION UPPER-CASE( FUNCTION TRIM(A)) TO B MOVE REVERSE(A) TO B.");
  EXPECT_THAT(some.codes(), IsEmpty());
}

// A user-defined function the REPOSITORY declares is called without FUNCTION as well (cobc
// accepts `MOVE DOUBLER(X) TO Y`); names outside the REPOSITORY paragraph are not functions.
TEST(CopyTest, RepositoryUserFunctionsGetTheWordFunction) {
  TempDirectory directory;
  PreprocessRun run = RunOnText(
      directory, Card("CONFIGURATION SECTION.") + Card("REPOSITORY.") +
                     Card("    FUNCTION DOUBLER") + Card("    FUNCTION HALVER AS 'half'") +
                     Card("    FUNCTION TRIM INTRINSIC.") + Card("SPECIAL-NAMES.") +
                     Card("    DECIMAL-POINT IS COMMA.") + Card("PROCEDURE DIVISION.") +
                     Card("    MOVE DOUBLER(X) TO Y MOVE FUNCTION DOUBLER(X) TO Y") +
                     Card("    COMPUTE Y = HALVER(TRIM(Z)) + COMMA."));
  EXPECT_EQ(run.squeezed(),
            "CONFIGURATION SECTION. REPOSITORY. FUNCTION DOUBLER FUNCTION HALVER AS 'half' "
            "FUNCTION TRIM INTRINSIC. SPECIAL-NAMES. DECIMAL-POINT IS COMMA. PROCEDURE DIVISION. "
            "MOVE FUNCTION DOUBLER(X) TO Y MOVE FUNCTION DOUBLER(X) TO Y COMPUTE Y = FUNCTION "
            "HALVER( FUNCTION TRIM(Z)) + COMMA.");
  EXPECT_EQ(run.LocationOf("FUNCTION DOUBLER(X)", directory.path()), "MAIN.cbl:9:17");
  EXPECT_THAT(run.codes(), IsEmpty());
}

}  // namespace
}  // namespace remint::cobol::testing
