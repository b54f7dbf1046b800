// REPLACE statements: scope, OFF, ALSO / LAST OFF, application after COPY.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/cobol_preprocess/preprocess_fixture.h"

namespace remint::cobol::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(ReplaceTest, AppliesUntilOffAndIsRemoved) {
  TempDirectory directory;
  PreprocessRun run =
      RunOnText(directory, Card("A. REPLACE ==A== BY ==B==. A.") + Card("REPLACE OFF. A."));
  EXPECT_EQ(run.squeezed(), "A. B. A.");
  EXPECT_THAT(run.codes(), IsEmpty());
}

TEST(ReplaceTest, NewReplaceCancelsThePreviousOne) {
  TempDirectory directory;
  PreprocessRun run = RunOnText(
      directory, Card("REPLACE ==A== BY ==B==. A C.") + Card("REPLACE ==C== BY ==D==. A C."));
  EXPECT_EQ(run.squeezed(), "B C. A D.");
}

TEST(ReplaceTest, AlsoStacksAndLastOffPops) {
  TempDirectory directory;
  PreprocessRun run = RunOnText(directory, Card("REPLACE ==A== BY ==B==.") +
                                               Card("REPLACE ALSO ==C== BY ==D==. A C.") +
                                               Card("REPLACE LAST OFF. A C."));
  EXPECT_EQ(run.squeezed(), "B D. B C.");
}

TEST(ReplaceTest, AppliesToCopiedTextAfterReplacing) {
  TempDirectory directory;
  PreprocessRun run =
      RunOnText(directory, Card("REPLACE ==Y== BY ==Z==.") + Card("COPY BOOK REPLACING X BY Y."),
                {{"BOOK", Card("X.")}});
  EXPECT_EQ(run.squeezed(), "Z.");
}

TEST(ReplaceTest, ReplaceInCopybookWorks) {
  TempDirectory directory;
  PreprocessRun run =
      RunOnText(directory, Card("COPY BOOK. A."), {{"BOOK", Card("REPLACE ==A== BY ==B==.")}});
  EXPECT_EQ(run.squeezed(), "B.");
}

TEST(ReplaceTest, MatchesAcrossCopyBoundaries) {
  TempDirectory directory;
  PreprocessRun run =
      RunOnText(directory, Card("REPLACE ==A B== BY ==C==. A COPY BOOK."), {{"BOOK", Card("B.")}});
  EXPECT_EQ(run.squeezed(), "C.");
}

TEST(ReplaceTest, ReplacementMapsToReplacedText) {
  TempDirectory directory;
  PreprocessRun run =
      RunOnText(directory, Card("REPLACE ==OLD-NAME== BY ==NEW==.") + Card("    MOVE OLD-NAME."));
  EXPECT_EQ(run.LocationOf("NEW", directory.path()), "MAIN.cbl:2:17");
}

TEST(ReplaceTest, MalformedReplaceIsReported) {
  TempDirectory directory;
  PreprocessRun run = RunOnText(directory, Card("REPLACE ==A== ==B==. X."));
  EXPECT_THAT(run.codes(), ElementsAre("RM2106"));
  EXPECT_EQ(run.squeezed(), "X.");
}

TEST(ReplaceTest, MissingPeriodIsReportedButTakesEffect) {
  TempDirectory directory;
  PreprocessRun run = RunOnText(directory, Card("REPLACE ==A== BY ==B==") + Card("A."));
  EXPECT_THAT(run.codes(), ElementsAre("RM2106"));
  EXPECT_EQ(run.squeezed(), "B.");
}

}  // namespace
}  // namespace remint::cobol::testing
