// Reference format: areas, indicators, continuation, free form, tabs, directives.
#include "frontends/cobol/preprocess/reference_format.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/cobol_preprocess/preprocess_fixture.h"

namespace remint::cobol::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(ReferenceFormatTest, KeepsColumnsEightToSeventyTwoOnly) {
  TempDirectory directory;
  std::string line = std::string("000100 ") + "MOVE A TO B." + std::string(53, ' ') + "IDENTIFY";
  PreprocessRun run = RunOnText(directory, line + "\n");
  EXPECT_EQ(run.expanded.text, "MOVE A TO B.\n");
  EXPECT_THAT(run.codes(), IsEmpty());
  EXPECT_EQ(run.LocationOf("TO", directory.path()), "MAIN.cbl:1:15");
}

TEST(ReferenceFormatTest, CommentLinesBecomeEmptyLines) {
  TempDirectory directory;
  PreprocessRun run = RunOnText(
      directory, Card('*', "COMMENT") + Card('/', "PAGE") + Card("MOVE A TO B.") + Card(""));
  EXPECT_EQ(run.expanded.text, "\n\nMOVE A TO B.\n\n");
}

TEST(ReferenceFormatTest, InlineCommentIsRemovedOutsideLiterals) {
  TempDirectory directory;
  PreprocessRun run = RunOnText(directory, Card("DISPLAY \"*> KEPT\" *> DROPPED"));
  EXPECT_EQ(run.squeezed(), "DISPLAY \"*> KEPT\"");
}

TEST(ReferenceFormatTest, ContinuedLiteralResumesAfterItsQuote) {
  TempDirectory directory;
  PreprocessRun run = RunOnText(directory, Card("VALUE \"ABC") + Card('-', "    \"DEF\"."));
  // Columns 18-72 of the first line are part of the literal.
  std::string expected = "VALUE \"ABC" + std::string(55, ' ') + "DEF\".";
  EXPECT_EQ(run.expanded.text, expected + "\n\n");
  EXPECT_EQ(run.LocationOf("DEF", directory.path()), "MAIN.cbl:2:13");
  EXPECT_THAT(run.codes(), IsEmpty());
}

TEST(ReferenceFormatTest, ContinuedWordJoinsWithoutSpaces) {
  TempDirectory directory;
  PreprocessRun run = RunOnText(directory, Card("MOVE ABC") + Card('-', "    DEF TO X."));
  EXPECT_EQ(run.squeezed(), "MOVE ABCDEF TO X.");
}

TEST(ReferenceFormatTest, InvalidIndicatorIsReportedOnce) {
  TempDirectory directory;
  PreprocessOptions options;
  options.format = ReferenceFormat::kFixed;
  PreprocessRun run = RunOnText(directory, Card('Q', "MOVE A TO B."), {}, options);
  EXPECT_THAT(run.codes(), ElementsAre("RM2108"));
  EXPECT_EQ(run.squeezed(), "MOVE A TO B.");
}

TEST(ReferenceFormatTest, TooManyFormatErrorsAreCapped) {
  TempDirectory directory;
  std::string text;
  for (int i = 0; i < 50; ++i) text += Card('Q', "X.");
  PreprocessOptions options;
  options.format = ReferenceFormat::kFixed;
  PreprocessRun run = RunOnText(directory, text, {}, options);
  EXPECT_EQ(run.codes().size(), 21u);
  EXPECT_EQ(run.codes().back(), "RM2113");  // Located at the 21st bad line.
}

TEST(ReferenceFormatTest, TabsExpandToStopsButLocationsKeepOriginalColumns) {
  TempDirectory directory;
  PreprocessRun run = RunOnText(directory, "000100\tMOVE\tA TO B.\n");
  // The tab after the sequence number reaches column 9: one space of Area A remains.
  EXPECT_EQ(run.expanded.text, " MOVE    A TO B.\n");
  EXPECT_EQ(run.LocationOf("MOVE", directory.path()), "MAIN.cbl:1:8");
  EXPECT_EQ(run.LocationOf("A TO", directory.path()), "MAIN.cbl:1:13");
}

TEST(ReferenceFormatTest, TabWidthIsAnOption) {
  TempDirectory directory;
  PreprocessOptions options;
  options.tab_width = 4;
  PreprocessRun run = RunOnText(directory, "\t\tMOVE A.\n", {}, options);
  EXPECT_EQ(run.expanded.text, " MOVE A.\n");
}

TEST(ReferenceFormatTest, Utf8CharactersCountAsOneColumn) {
  TempDirectory directory;
  PreprocessRun run = RunOnText(directory, Card("DISPLAY \"\xc3\xa9\xc3\xa9\" X."));
  EXPECT_EQ(run.LocationOf("X.", directory.path()), "MAIN.cbl:1:21");
}

TEST(ReferenceFormatTest, DetectsFreeForm) {
  SourceManager sources;
  ErrorOr<FileId> free_file = sources.AddBuffer(
      "free.cob", "IDENTIFICATION DIVISION.\nPROGRAM-ID. X.\nPROCEDURE DIVISION.\n");
  ErrorOr<FileId> fixed_file =
      sources.AddBuffer("fixed.cbl", "000100 IDENTIFICATION DIVISION.\n000200 PROGRAM-ID. X.\n");
  ASSERT_TRUE(free_file.ok() && fixed_file.ok());
  EXPECT_EQ(DetectReferenceFormat(sources.file(*free_file).text, ReferenceFormat::kFixed),
            ReferenceFormat::kFree);
  EXPECT_EQ(DetectReferenceFormat(sources.file(*fixed_file).text, ReferenceFormat::kFree),
            ReferenceFormat::kFixed);
}

TEST(ReferenceFormatTest, ExplicitFreeFormatKeepsWholeLines) {
  TempDirectory directory;
  PreprocessOptions options;
  options.format = ReferenceFormat::kFree;
  std::string long_line = "MOVE " + std::string(100, 'A') + " TO B.";
  PreprocessRun run = RunOnText(directory, long_line + "\n", {}, options);
  EXPECT_EQ(run.expanded.text, long_line + "\n");
}

TEST(ReferenceFormatTest, CommentEntriesMayHoldUnbalancedQuotes) {
  TempDirectory directory;
  PreprocessRun run = RunOnText(
      directory, Card("IDENTIFICATION DIVISION.") + Card("REMARKS. THE COMPILER\"S ABILITY.") +
                     Card("    MORE REMARKS\" HERE.") + Card("ENVIRONMENT DIVISION."));
  EXPECT_THAT(run.codes(), IsEmpty());
}

}  // namespace
}  // namespace remint::cobol::testing
