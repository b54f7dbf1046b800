// Program units, labels and block structure (frontends/fortran/parse/program_units.h): how a file
// is cut into units, which statement closes each block, and one test per diagnostic kind.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/fortran/fortran_fixture.h"

namespace remint::fortran::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::Pair;

auto Units(const std::string& text) -> ReadResult {
  return ReadText(text, SourceForm::kFixed, /*build_units=*/true);
}

TEST(ProgramUnitsTest, FileIsCutIntoUnitsAtHeadersAndEnds) {
  ReadResult result =
      Units(Card("PROGRAM P") + Card("X = 1") + Card("END") + Card("SUBROUTINE S(A)") +
            Card("RETURN") + Card("END") + Card("REAL FUNCTION F(X)") + Card("F = X") +
            Card("END") + Card("BLOCK DATA") + Card("END") + Card("Y = 2") + Card("END"));
  EXPECT_THAT(result.located_codes(), IsEmpty());
  ASSERT_EQ(result.units.size(), 5u);
  EXPECT_EQ(result.units[0].kind, UnitKind::kMainProgram);
  EXPECT_EQ(result.units[0].name, "P");
  EXPECT_EQ(result.units[0].header, 0u);
  EXPECT_EQ(result.units[0].end, 3u);
  EXPECT_EQ(result.units[1].kind, UnitKind::kSubroutine);
  EXPECT_EQ(result.units[1].name, "S");
  EXPECT_EQ(result.units[1].first, 3u);
  EXPECT_EQ(result.units[2].kind, UnitKind::kFunction);
  EXPECT_EQ(result.units[2].name, "F");
  EXPECT_EQ(result.units[3].kind, UnitKind::kBlockData);
  // A main program without PROGRAM has gfortran's name for it.
  EXPECT_EQ(result.units[4].name, "MAIN__");
  EXPECT_EQ(result.units[4].header, kNoStatement);
  EXPECT_EQ(result.units[4].first, 11u);
  EXPECT_EQ(result.units[4].end, 13u);
}

TEST(ProgramUnitsTest, SharedDoTerminalClosesEveryLoopEndingThere) {
  ReadResult result =
      Units(Card("DO 10 I = 1, 2") + Card("DO 10 J = 1, 2") + "   10 CONTINUE\n" + Card("END"));
  EXPECT_THAT(result.located_codes(), IsEmpty());
  ASSERT_EQ(result.units.size(), 1u);
  EXPECT_THAT(result.units[0].block_ends, ElementsAre(Pair(0u, 2u), Pair(1u, 2u)));
  EXPECT_THAT(result.units[0].labels, ElementsAre(Pair(10u, 2u)));
}

TEST(ProgramUnitsTest, BlocksNestInsideLoops) {
  ReadResult result =
      Units(Card("DO 20 I = 1, 2") + Card("IF (I .EQ. 1) THEN") + Card("X = 1") +
            Card("ELSE IF (I .EQ. 2) THEN") + Card("ELSE") + Card("END IF") + "   20 CONTINUE\n" +
            Card("DO WHILE (X .LT. 2)") + Card("X = X + 1") + Card("END DO") + Card("END"));
  EXPECT_THAT(result.located_codes(), IsEmpty());
  EXPECT_THAT(result.units[0].block_ends, ElementsAre(Pair(0u, 6u), Pair(1u, 5u), Pair(7u, 9u)));
}

TEST(ProgramUnitsTest, DuplicateLabel) {
  ReadResult result = Units("   10 CONTINUE\n   10 CONTINUE\n" + Card("END"));
  EXPECT_THAT(result.located_codes(), ElementsAre("2:4: RM4211"));
}

TEST(ProgramUnitsTest, LabelUsedButNotDefined) {
  // Labels are local to their unit: 30 in S does not define 30 for P.
  ReadResult result = Units(Card("PROGRAM P") + Card("GO TO 30") + Card("END") +
                            Card("SUBROUTINE S") + "   30 RETURN\n" + Card("END"));
  EXPECT_THAT(result.located_codes(), ElementsAre("2:13: RM4212"));
  EXPECT_NE(result.rendered()[0].find("program P"), std::string::npos);
}

TEST(ProgramUnitsTest, DoTerminalNotFollowingTheLoop) {
  ReadResult result =
      Units("   40 CONTINUE\n" + Card("DO 40 I = 1, 2") + Card("X = 1") + Card("END"));
  EXPECT_THAT(result.located_codes(), ElementsAre("2:10: RM4213"));
}

TEST(ProgramUnitsTest, DoTerminalInsideAnOpenIfBlock) {
  ReadResult result = Units(Card("DO 50 I = 1, 2") + Card("IF (L) THEN") + "   50 CONTINUE\n" +
                            Card("END IF") + Card("END"));
  // The loop ends inside the IF block; the END IF is then left with no IF to close.
  EXPECT_THAT(result.located_codes(), ElementsAre("3:4: RM4214", "4:7: RM4215"));
}

TEST(ProgramUnitsTest, ClosingStatementsWithNothingToClose) {
  ReadResult result = Units(Card("END IF") + Card("ELSE") + Card("END DO") + Card("END"));
  EXPECT_THAT(result.located_codes(), ElementsAre("1:7: RM4215", "2:7: RM4215", "3:7: RM4215"));
}

TEST(ProgramUnitsTest, BlockLeftOpenAtEnd) {
  ReadResult result = Units(Card("IF (L) THEN") + Card("X = 1") + Card("END"));
  EXPECT_THAT(result.located_codes(), ElementsAre("1:7: RM4216"));
}

TEST(ProgramUnitsTest, UnitWithoutEnd) {
  ReadResult result =
      Units(Card("SUBROUTINE S") + Card("X = 1") + Card("SUBROUTINE T") + Card("END"));
  EXPECT_THAT(result.located_codes(), ElementsAre("1:7: RM4217"));
  ASSERT_EQ(result.units.size(), 2u);
  EXPECT_EQ(result.units[0].end, 2u);
}

TEST(ProgramUnitsTest, FormatAndBranchLabelsNameTheRightStatements) {
  ReadResult result = Units(Card("WRITE (6, 10) X") + "   10 CONTINUE\n" + Card("GO TO 20") +
                            "   20 FORMAT (I5)\n" + Card("PRINT 20, X") + Card("END"));
  EXPECT_THAT(result.located_codes(), ElementsAre("1:17: RM4218", "3:13: RM4218"));
}

}  // namespace
}  // namespace remint::fortran::testing
