// Hostile and large inputs: no crash, located diagnostics, complete output. Their speed is
// measured in bench/ (front_end_scaling_bench.sh); the CTest TIMEOUT only guards against hangs.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>
#include <random>
#include <string>
#include <vector>

#include "tests/cobol_preprocess/preprocess_fixture.h"

namespace remint::cobol::testing {
namespace {

using ::testing::IsEmpty;

TEST(RobustnessTest, MegabyteLineInFixedAndFreeForm) {
  TempDirectory directory;
  std::string line = "000100 MOVE " + std::string(1 << 20, 'A') + "\n";
  PreprocessRun fixed = RunOnText(directory, line);
  EXPECT_EQ(fixed.expanded.text.size(), 66u);  // Columns 8-72 and the line end.
  PreprocessOptions options;
  options.format = ReferenceFormat::kFree;
  std::string free_line =
      "DISPLAY \"" + std::string(1 << 20, 'B') + "\" " + std::string(1 << 20, 'C') + ".\n";
  PreprocessRun free_run = RunOnText(directory, free_line, {}, options);
  EXPECT_EQ(free_run.expanded.text, free_line);
  EXPECT_THAT(free_run.codes(), IsEmpty());
}

TEST(RobustnessTest, BinaryGarbageDoesNotCrash) {
  TempDirectory directory;
  std::mt19937 random(42);
  std::string garbage;
  for (int i = 0; i < 200000; ++i) {
    char c = static_cast<char>(random() & 0xff);
    garbage.push_back(c);
  }
  for (ReferenceFormat format :
       {ReferenceFormat::kAuto, ReferenceFormat::kFixed, ReferenceFormat::kFree}) {
    PreprocessOptions options;
    options.format = format;
    PreprocessRun run = RunOnText(directory, garbage, {}, options);
    EXPECT_LE(run.diagnostics.size(), 400u);
  }
  // Printable garbage, full of quotes, '==' and COPY words.
  std::string text;
  const std::string pieces[] = {"COPY ", "==", "\"", "'",    "REPLACE ", ". ",  "\n", "-",
                                "*>",    "X",  "\t", " BY ", "LEADING ", "OF ", "(",  ")"};
  for (int i = 0; i < 50000; ++i) text += pieces[random() % std::size(pieces)];
  for (ReferenceFormat format : {ReferenceFormat::kFixed, ReferenceFormat::kFree}) {
    PreprocessOptions options;
    options.format = format;
    PreprocessRun run = RunOnText(directory, text, {}, options);
    for (const Diagnostic& diagnostic : run.diagnostics) {
      EXPECT_GT(diagnostic.location.line, 0u) << diagnostic.message;
    }
  }
}

TEST(RobustnessTest, TenThousandLineCopybookCopiedManyTimesIsComplete) {
  TempDirectory directory;
  std::string copybook;
  for (int i = 0; i < 10000; ++i) {
    copybook += Card("    05 FIELD-" + std::to_string(i) + " PIC X(10) VALUE \"ABC\".");
  }
  std::string main;
  for (int i = 0; i < 20; ++i) main += Card("COPY BIG REPLACING ==FIELD-1== BY ==F-1==.");
  PreprocessRun run = RunOnText(directory, main, {{"BIG", copybook}});
  EXPECT_THAT(run.codes(), IsEmpty());
  EXPECT_EQ(run.words().size(), 20u * 10000u * 6u);
  // Speed is measured by bench/front_end_scaling_bench.sh; the CTest TIMEOUT catches a hang.
}

TEST(RobustnessTest, ManyReplaceRulesOverManyLines) {
  TempDirectory directory;
  std::string main = Card("REPLACE");
  for (int i = 0; i < 50; ++i) {
    main += Card("    ==W" + std::to_string(i) + " X== BY ==R" + std::to_string(i) + "==");
  }
  main += Card("    .");
  for (int i = 0; i < 50000; ++i) main += Card("    MOVE W1 TO W2 W3 X.");
  PreprocessRun run = RunOnText(directory, main);
  EXPECT_THAT(run.codes(), IsEmpty());
  EXPECT_EQ(run.words()[4], "R3.");
}

TEST(RobustnessTest, UnterminatedPseudoTextAtEndOfFile) {
  TempDirectory directory;
  PreprocessRun run = RunOnText(directory, Card("REPLACE ==A== BY ==B") + Card("MORE TEXT"));
  ASSERT_FALSE(run.diagnostics.empty());
  EXPECT_EQ(run.codes()[0], "RM2104");
  EXPECT_EQ(run.diagnostics[0].location.line, 1u);
  EXPECT_EQ(run.diagnostics[0].location.column, 25u);
}

TEST(RobustnessTest, EmptyAndBlankFiles) {
  TempDirectory directory;
  EXPECT_EQ(RunOnText(directory, "").expanded.text, "");
  EXPECT_EQ(RunOnText(directory, "\n\n\n").expanded.text, "\n\n\n");
  PreprocessRun run = RunOnText(directory, Card("COPY EMPTY. X."), {{"EMPTY", ""}});
  EXPECT_EQ(run.squeezed(), "X.");
}

}  // namespace
}  // namespace remint::cobol::testing

namespace remint::cobol::testing {
namespace {

// Regression: 20 copybooks each copying the next twice doubled the text at every level (29 s and
// 917 MB). The expansion stops at the first COPY past the bound, names the chain, and leaves no
// half-expanded text behind.
TEST(RobustnessTest, DoublingCopyChainStopsAtTheExpansionBound) {
  TempDirectory directory;
  std::map<std::string, std::string> books;
  for (int level = 1; level <= 20; ++level) {
    std::string next = "C" + std::to_string(level + 1);
    books.emplace("C" + std::to_string(level),
                  level < 20 ? Card("COPY " + next + ".") + Card("COPY " + next + ".")
                             : Card("DISPLAY 'X'."));
  }
  PreprocessRun run = RunOnText(directory, Card("COPY C1."), books);
  ASSERT_EQ(run.codes(), std::vector<std::string>{"RM2114"});
  EXPECT_NE(run.diagnostics[0].message.find("copy chain:"), std::string::npos)
      << run.diagnostics[0].message;
  EXPECT_TRUE(run.words().empty());
}

}  // namespace
}  // namespace remint::cobol::testing
