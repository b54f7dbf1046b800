// The fixed-form reader: columns, comments, labels, continuation, the condensed text and its
// locations, character constants, Hollerith, DEC tab form, and the reader's diagnostics at
// their exact line:column.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/fortran/fortran_fixture.h"

namespace remint::fortran::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(FixedFormTest, CommentLinesAndBlankLinesAreSkipped) {
  ReadResult result = ReadText(
      "C comment\n"
      "c lower-case comment\n"
      "* star comment\n"
      "! bang comment\n"
      "\n"
      "        \n"
      "   ! indented bang comment\n" +
      Card("X = 1 ! trailing comment") +
      "                                                                        00010001\n");
  EXPECT_THAT(result.texts(), ElementsAre("X=1"));
  EXPECT_THAT(result.rendered(), IsEmpty());
}

TEST(FixedFormTest, LabelIsColumnsOneToFiveWithBlanksIgnored) {
  ReadResult result = ReadText("  100 CONTINUE\n1 0   GOTO 100\n      STOP\n");
  ASSERT_EQ(result.statements.size(), 3u);
  EXPECT_EQ(result.statements[0].label, 100u);
  EXPECT_EQ(result.statements[0].label_loc.column, 3u);
  EXPECT_EQ(result.statements[1].label, 10u);
  EXPECT_FALSE(result.statements[2].label.has_value());
  EXPECT_THAT(result.rendered(), IsEmpty());
}

TEST(FixedFormTest, ContinuationIsColumnSixNotBlankNotZero) {
  ReadResult result = ReadText(
      "      X = A +\n"
      "     1    B +\n"
      "C    a comment between continuation lines\n"
      "     $    C\n"
      "     0Y = 2\n");
  EXPECT_THAT(result.texts(), ElementsAre("X=A+B+C", "Y=2"));
}

TEST(FixedFormTest, TextPastColumn72IsIgnored) {
  // Column 72 holds 'B'; the 'CDEF' in 73-76 is the identification field.
  std::string line = "      X = A" + std::string(60, ' ') + "BCDEF\n";
  ReadResult result = ReadText(line);
  EXPECT_THAT(result.texts(), ElementsAre("X=AB"));
  EXPECT_EQ(result.statements[0].locs.back().column, 72u);
}

TEST(FixedFormTest, BlanksDroppedAndUpperCasedOutsideCharacterContext) {
  ReadResult result = ReadText(Card("do 10 i = 1, 10") + Card("c = 'Mixed Case ''q'' !'"));
  EXPECT_THAT(result.texts(), ElementsAre("DO10I=1,10", "C='Mixed Case ''q'' !'"));
  const LogicalStatement& second = result.statements[1];
  EXPECT_TRUE(second.IsCode(0));
  EXPECT_FALSE(second.IsCode(2));
  EXPECT_EQ(second.context[2], CharContext::kCharacter);
}

TEST(FixedFormTest, EveryCondensedCharacterMapsToItsSourceColumn) {
  ReadResult result = ReadText("C\n   10 X  = Y\n");
  ASSERT_EQ(result.statements.size(), 1u);
  const LogicalStatement& statement = result.statements[0];
  ASSERT_EQ(statement.text, "X=Y");
  EXPECT_EQ(statement.loc.line, 2u);
  EXPECT_EQ(statement.loc.column, 7u);
  EXPECT_EQ(statement.locs[1].column, 10u);
  EXPECT_EQ(statement.locs[2].column, 12u);
  EXPECT_EQ(statement.label_loc.column, 4u);
}

TEST(FixedFormTest, CharacterConstantContinuedKeepsBlanksToColumn72) {
  // The constant opens in column 70 and continues: columns 71-72 of the first line are blanks
  // of the constant even though the line ends at column 70.
  std::string first = "      C = " + std::string(59, ' ') + "'";
  ReadResult result = ReadText(first + "\n     1AB'\n");
  EXPECT_THAT(result.texts(), ElementsAre("C='  AB'"));
  EXPECT_EQ(result.statements[0].locs[5].line, 2u);
  EXPECT_EQ(result.statements[0].locs[5].column, 7u);
}

TEST(FixedFormTest, HollerithKeepsExactlyItsCountOfCharacters) {
  ReadResult result =
      ReadText(Card("DATA X, Y / 4Hab c, 2h , /") + Card("CALL F(1H')") + Card("PRINT 10, 3*2HAB"));
  EXPECT_THAT(result.texts(), ElementsAre("DATAX,Y/4Hab c,2H ,/", "CALLF(1H')", "PRINT10,3*2HAB"));
  const LogicalStatement& data = result.statements[0];
  EXPECT_EQ(data.context[9], CharContext::kCode);  // The H.
  EXPECT_EQ(data.context[10], CharContext::kHollerith);
  EXPECT_EQ(data.context[12], CharContext::kHollerith);  // The blank.
  EXPECT_THAT(result.rendered(), IsEmpty());
}

TEST(FixedFormTest, HollerithInFormatAfterParenthesisCommaAndSlash) {
  ReadResult result = ReadText("   10 FORMAT (1H1, 5Hhi  x/3H, ,I5)\n");
  ASSERT_EQ(result.statements.size(), 1u);
  EXPECT_EQ(result.statements[0].label, 10u);
  EXPECT_EQ(result.statements[0].text, "FORMAT(1H1,5Hhi  x/3H, ,I5)");
}

TEST(FixedFormTest, HollerithRunsAcrossContinuationLines) {
  // 12H takes the 6 characters to column 72 (blanks padding the short line included) and 6 on
  // the continuation line, blanks included.
  std::string first = "      X = F(" + std::string(51, ' ') + "12Habcd";
  ReadResult result = ReadText(first + "\n     1efgh  ) + 1\n");
  ASSERT_EQ(result.statements.size(), 1u);
  EXPECT_EQ(result.statements[0].text, "X=F(12Habcd  efgh  )+1");
  EXPECT_EQ(result.statements[0].locs[13].line, 2u);  // The e.
  EXPECT_THAT(result.rendered(), IsEmpty());
}

TEST(FixedFormTest, DigitsThatAreNotACountDoNotStartHollerith) {
  ReadResult result =
      ReadText(Card("CHARACTER*8 HEAD, HX") + Card("INTEGER*2 HALF") + Card("X12 = Y12H") +
               Card("DO 10 H = 1, 2") + Card("ASSIGN 10 TO H"));
  EXPECT_THAT(result.texts(), ElementsAre("CHARACTER*8HEAD,HX", "INTEGER*2HALF", "X12=Y12H",
                                          "DO10H=1,2", "ASSIGN10TOH"));
  for (const LogicalStatement& statement : result.statements) {
    for (CharContext context : statement.context) EXPECT_EQ(context, CharContext::kCode);
  }
}

TEST(FixedFormTest, BangInsideCharacterConstantIsText) {
  ReadResult result = ReadText(Card("PRINT *, 'A!B' ! comment"));
  EXPECT_THAT(result.texts(), ElementsAre("PRINT*,'A!B'"));
}

TEST(FixedFormTest, SemicolonSeparatesStatementsOutsideCharacterContext) {
  ReadResult result = ReadText(
      "   10 X = 1; Y = 2\n      Z = 3 + ; ! no statement after\n"
      "     1+ 4\n      C = ';'\n");
  EXPECT_THAT(result.texts(), ElementsAre("X=1", "Y=2", "Z=3+", "C=';'"));
  ASSERT_EQ(result.statements.size(), 4u);
  EXPECT_EQ(result.statements[0].label, 10u);
  EXPECT_FALSE(result.statements[1].label.has_value());
  EXPECT_EQ(result.statements[1].loc.column, 14u);
  // gfortran: "Bad continuation line" on line 3 (at column 7, where we say 6). The parser then
  // finds Z=3+ without its operand (the statement's end, reported at its last character).
  EXPECT_THAT(result.located_codes(), ElementsAre("2:13: RM4201", "3:6: RM4001"));
}

TEST(FixedFormTest, DecTabFormReadsLabelContinuationAndText) {
  ReadResult result = ReadText("10\tX = 1 +\n\t1 2\n\tY = 3\n");
  EXPECT_THAT(result.texts(), ElementsAre("X=1+2", "Y=3"));
  ASSERT_EQ(result.statements.size(), 2u);
  EXPECT_EQ(result.statements[0].label, 10u);
  EXPECT_EQ(result.statements[0].loc.column, 4u);
  // gfortran -Wtabs: "Nonconforming tab character in column 3 of line 1", and so on.
  EXPECT_THAT(result.located_codes(), ElementsAre("1:3: RM4007", "2:1: RM4007", "3:1: RM4007"));
}

TEST(FixedFormTest, TabInStatementTextIsABlankAndWarned) {
  // gfortran -Wtabs reports this tab at 1:11, the character after it; we give the tab's own
  // column.
  ReadResult result = ReadText("      Y =\t2\n      C = 'A\tB'\n");
  EXPECT_THAT(result.texts(), ElementsAre("Y=2", "C='A\tB'"));
  EXPECT_THAT(result.located_codes(), ElementsAre("1:10: RM4007"));
}

TEST(FixedFormTest, ContinuationWithNoStatementIsReportedAtColumnSix) {
  ReadResult result = ReadText("C first\n     1X = 1\n      Y = 2\n");
  EXPECT_THAT(result.texts(), ElementsAre("Y=2"));
  EXPECT_THAT(result.located_codes(), ElementsAre("2:6: RM4001"));
}

TEST(FixedFormTest, LabelFieldThatIsNotDigitsIsReportedAtTheOffendingColumn) {
  ReadResult result = ReadText("  1A  X = 1\n");
  EXPECT_THAT(result.texts(), ElementsAre("X=1"));
  EXPECT_FALSE(result.statements[0].label.has_value());
  EXPECT_THAT(result.located_codes(), ElementsAre("1:4: RM4002"));
}

TEST(FixedFormTest, UnterminatedCharacterConstantIsReportedAtItsOpening) {
  ReadResult result = ReadText(Card("X = 1") + Card("C = 'ABC") + Card("Y = 2"));
  EXPECT_THAT(result.located_codes(), ElementsAre("2:11: RM4005"));
  EXPECT_EQ(result.texts().at(2), "Y=2");
}

TEST(FixedFormTest, HollerithPastTheStatementIsReportedAtItsCount) {
  // 80H needs more than the 56 columns left on the line after the H.
  ReadResult result = ReadText(Card("CALL F(80HABC)"));
  EXPECT_THAT(result.located_codes(), ElementsAre("1:14: RM4006"));
  EXPECT_THAT(result.rendered().at(0),
              ::testing::HasSubstr("80H needs 80 characters but the statement has only 56"));
}

}  // namespace
}  // namespace remint::fortran::testing
