// Every statement family parses in the SLL stage, alone and nested.
#include <gtest/gtest.h>

#include <regex>
#include <string>

#include "tests/cobol_parse/parse_test_support.h"

namespace remint::cobol::testing {
namespace {

struct StatementCase {
  const char* name;
  const char* procedure;
};

class StatementTest : public ::testing::TestWithParam<StatementCase> {};

TEST_P(StatementTest, ParsesInSllStage) {
  ParseResult result = ParseProcedure(GetParam().procedure);
  EXPECT_EQ(result.error_count(), 0u) << result.messages();
  ASSERT_NE(result.program, nullptr);
  EXPECT_FALSE(result.program->statistics().sll_failed);
  EXPECT_TRUE(result.program->has_tree());
}

const StatementCase kStatements[] = {
    {"Accept",
     "ACCEPT A. ACCEPT B FROM DATE. ACCEPT C FROM DATE YYYYMMDD. "
     "ACCEPT D FROM DAY-OF-WEEK. ACCEPT E FROM TIME. ACCEPT F FROM CONSOLE."},
    {"Add",
     "ADD 1 TO A. ADD A B TO C ROUNDED D. ADD A TO B GIVING C ROUNDED "
     "ON SIZE ERROR MOVE 1 TO E NOT ON SIZE ERROR MOVE 2 TO E END-ADD. "
     "ADD CORRESPONDING G1 TO G2. ADD CORR G1 TO G2 ROUNDED."},
    {"Alter", "ALTER P1 TO PROCEED TO P2 P3 TO P4."},
    {"CallCancel",
     "CALL 'SUB' USING A BY CONTENT B BY REFERENCE C BY VALUE D OMITTED "
     "ADDRESS OF E LENGTH OF F RETURNING G ON EXCEPTION DISPLAY 'X' "
     "NOT ON EXCEPTION DISPLAY 'Y' END-CALL. CALL W-NAME ON OVERFLOW GO TO P. "
     "CANCEL 'SUB' W-NAME."},
    {"OpenClose",
     "OPEN INPUT F1 F2 REVERSED OUTPUT F3 WITH NO REWIND I-O F4 EXTEND F5. "
     "CLOSE F1 F2 REEL F3 UNIT FOR REMOVAL F4 WITH LOCK F5 WITH NO REWIND."},
    {"Compute",
     "COMPUTE A ROUNDED B = (C + D) * E / F ** 2 - -1 ON SIZE ERROR "
     "CONTINUE END-COMPUTE. COMPUTE X EQUAL Y."},
    {"Delete",
     "DELETE F RECORD INVALID KEY DISPLAY 'E' NOT INVALID KEY DISPLAY 'K' "
     "END-DELETE."},
    {"Display", "DISPLAY 'A' B ZERO ALL '*' UPON CONSOLE WITH NO ADVANCING END-DISPLAY."},
    {"Divide",
     "DIVIDE A INTO B ROUNDED C. DIVIDE A BY B GIVING C REMAINDER D "
     "ON SIZE ERROR CONTINUE END-DIVIDE. DIVIDE 3 INTO A GIVING B ROUNDED C."},
    {"Evaluate",
     "EVALUATE TRUE ALSO A WHEN B = 1 ALSO 1 THRU 5 DISPLAY 'X' "
     "WHEN FLAG-ON ALSO ANY WHEN NOT C ALSO NOT 7 CONTINUE "
     "WHEN OTHER DISPLAY 'Y' END-EVALUATE. "
     "EVALUATE A + 1 WHEN 1 WHEN 2 CONTINUE WHEN 'A' THROUGH 'Z' CONTINUE END-EVALUATE."},
    {"Exit",
     "P1. EXIT. P2. EXIT PROGRAM. P3. PERFORM UNTIL A = 1 EXIT PERFORM "
     "END-PERFORM. EXIT PERFORM CYCLE. EXIT PARAGRAPH. EXIT SECTION."},
    {"StopGoback", "STOP RUN. STOP 'WAIT'. GOBACK."},
    {"GoTo", "GO TO P1. GO P2. GO TO P1 P2 P3 DEPENDING ON I. GO TO."},
    {"If",
     "IF A = 1 THEN MOVE 1 TO B ELSE IF C NEXT SENTENCE ELSE CONTINUE END-IF END-IF. "
     "IF A DISPLAY 'A' ELSE DISPLAY 'B'."},
    {"Initialize", "INITIALIZE A B REPLACING NUMERIC DATA BY ZERO ALPHANUMERIC BY SPACES."},
    {"Inspect",
     "INSPECT A TALLYING C1 FOR ALL 'A' 'B' BEFORE INITIAL 'X' C2 FOR LEADING "
     "SPACE CHARACTERS AFTER '.'. INSPECT A REPLACING CHARACTERS BY '0' BEFORE "
     "INITIAL ' ' ALL 'A' BY 'B' 'C' BY 'D' FIRST 'E' BY 'F' LEADING ZERO BY SPACE. "
     "INSPECT A CONVERTING 'ABC' TO 'XYZ' AFTER INITIAL B. "
     "INSPECT A TALLYING C FOR CHARACTERS REPLACING ALL 'A' BY 'B'."},
    {"Merge",
     "MERGE SF ON ASCENDING KEY K1 K2 DESCENDING K3 COLLATING SEQUENCE IS ALPHA "
     "USING F1 F2 OUTPUT PROCEDURE IS P1 THRU P2. "
     "MERGE SF ON DESCENDING K1 USING F1 F2 GIVING F3."},
    {"Move",
     "MOVE A TO B C(1) D(I J) E(2:3) F(I)(1:) G OF H IN K. MOVE CORR G1 TO G2. "
     "MOVE FUNCTION CURRENT-DATE(1:8) TO A. MOVE HIGH-VALUES TO A. MOVE -1.5 TO A. "
     "MOVE X'FF' TO A. MOVE N'AB' TO A. MOVE Z'AB' TO A. MOVE ALL 'AB' TO A. "
     "MOVE LENGTH OF A TO B. MOVE A(I + 1, J - 1) TO B."},
    {"Multiply",
     "MULTIPLY A BY B ROUNDED C. MULTIPLY 2 BY A GIVING B C ROUNDED "
     "NOT ON SIZE ERROR CONTINUE END-MULTIPLY."},
    {"PerformOutOfLine",
     "PERFORM P1. PERFORM P1 THRU P2. PERFORM P1 THROUGH P2 5 TIMES. "
     "PERFORM P1 N TIMES. PERFORM P1 UNTIL A > B. "
     "PERFORM P1 WITH TEST AFTER UNTIL A > B. "
     "PERFORM P1 VARYING I FROM 1 BY 1 UNTIL I > 10 AFTER J FROM I BY 2 "
     "UNTIL J > 20. PERFORM S1 OF SECT-A. PERFORM 100-INIT."},
    {"PerformInline",
     "PERFORM UNTIL A > 5 ADD 1 TO A END-PERFORM. "
     "PERFORM 3 TIMES DISPLAY 'X' END-PERFORM. "
     "PERFORM N TIMES DISPLAY 'X' END-PERFORM. "
     "PERFORM WITH TEST BEFORE VARYING I FROM 1 BY 1 UNTIL I > 3 "
     "PERFORM VARYING J FROM 1 BY 1 UNTIL J > 3 CONTINUE END-PERFORM "
     "END-PERFORM. PERFORM DISPLAY 'ONCE' END-PERFORM."},
    {"ReadWrite",
     "READ F NEXT RECORD INTO A AT END MOVE 1 TO EOF-FLAG "
     "NOT AT END ADD 1 TO N END-READ. READ F KEY IS K INVALID KEY CONTINUE. "
     "READ F PREVIOUS. WRITE R FROM A AFTER ADVANCING 2 LINES "
     "AT END-OF-PAGE PERFORM HDR NOT AT END-OF-PAGE CONTINUE END-WRITE. "
     "WRITE R BEFORE ADVANCING PAGE. WRITE R AFTER C01. WRITE R AFTER N LINE. "
     "WRITE R INVALID KEY CONTINUE END-WRITE. REWRITE R FROM A INVALID "
     "CONTINUE END-REWRITE."},
    {"SortReleaseReturn",
     "SORT SF ON ASCENDING KEY K1 WITH DUPLICATES IN ORDER "
     "INPUT PROCEDURE IS P1 THRU P2 OUTPUT PROCEDURE P3. "
     "SORT SF DESCENDING K1 USING F1 GIVING F2. RELEASE SR FROM A. "
     "RETURN SF RECORD INTO A AT END CONTINUE NOT AT END CONTINUE "
     "END-RETURN."},
    {"Search",
     "SEARCH T VARYING I AT END DISPLAY 'NONE' WHEN T-KEY(I) = K CONTINUE "
     "WHEN T-KEY(I) > K NEXT SENTENCE END-SEARCH. "
     "SEARCH ALL T WHEN T-KEY(IX) = K AND T-B(IX) = 1 DISPLAY 'Y'."},
    {"Set",
     "SET I TO 1. SET I J UP BY 2. SET I DOWN BY K. SET FLAG-ON TO TRUE. "
     "SET SW-1 TO ON. SET P TO ADDRESS OF A. SET P TO NULL. SET I TO J."},
    {"Start",
     "START F KEY IS NOT LESS THAN K INVALID KEY CONTINUE END-START. "
     "START F KEY >= K. START F."},
    {"String",
     "STRING A DELIMITED BY SIZE ' ' B DELIMITED BY SPACE INTO C WITH POINTER P "
     "ON OVERFLOW CONTINUE NOT ON OVERFLOW CONTINUE END-STRING."},
    {"Subtract",
     "SUBTRACT 1 FROM A. SUBTRACT A B FROM C ROUNDED D GIVING E "
     "ON SIZE ERROR CONTINUE END-SUBTRACT. SUBTRACT CORR G1 FROM G2."},
    {"Unstring",
     "UNSTRING A DELIMITED BY ALL SPACE OR ',' OR ALL '*' INTO B DELIMITER IN D1 "
     "COUNT IN C1 C DELIMITER D2 WITH POINTER P TALLYING IN T ON OVERFLOW "
     "CONTINUE END-UNSTRING. UNSTRING A INTO B C."},
    {"Entry", "ENTRY 'ALT' USING A B."},
    {"Exec",
     "EXEC SQL SELECT A INTO :H-A FROM T WHERE B = :H-B END-EXEC. "
     "EXEC CICS SEND MAP('M1') MAPSET('S1') ERASE END-EXEC. "
     "IF A = 1 EXEC SQL COMMIT END-EXEC END-IF."},
    {"Continue", "CONTINUE."},
    {"EmptySentenceAndParagraphs", "P1. . P2. MOVE 1 TO A. 100. DISPLAY 'X'."},
    {"ReportWriter", "INITIATE RPT. GENERATE DETAIL-LINE. TERMINATE RPT. SUPPRESS PRINTING."},
    {"Communication",
     "ENABLE INPUT TERMINAL CD1 KEY 'K'. DISABLE OUTPUT CD2 WITH KEY K. "
     "SEND CD2 FROM A WITH EMI AFTER ADVANCING 2 LINES. "
     "RECEIVE CD1 MESSAGE INTO A NO DATA CONTINUE END-RECEIVE. PURGE CD2. "
     "ACCEPT CD1 MESSAGE COUNT."},
};

INSTANTIATE_TEST_SUITE_P(Statements, StatementTest, ::testing::ValuesIn(kStatements),
                         [](const ::testing::TestParamInfo<StatementCase>& case_info) {
                           return std::string(case_info.param.name);
                         });

// The balanced parenthesised subtree of a LISP tree starting at `begin`.
auto Subtree(const std::string& tree, size_t begin) -> std::string {
  if (begin == std::string::npos) return "";
  int depth = 0;
  for (size_t i = begin; i < tree.size(); ++i) {
    if (tree[i] == '(') ++depth;
    if (tree[i] == ')' && --depth == 0) return tree.substr(begin, i - begin + 1);
  }
  return tree.substr(begin);
}

TEST(StatementShapeTest, NestedIfTakesElseAndEndIfInnermost) {
  ParseResult result = ParseProcedure(
      "IF A IF B MOVE 1 TO C ELSE MOVE 2 TO C END-IF "
      "ELSE MOVE 3 TO C.");
  ASSERT_EQ(result.error_count(), 0u);
  // The inner IF owns the first ELSE and the END-IF; the outer one the second ELSE.
  EXPECT_TRUE(std::regex_search(result.tree(), std::regex(R"(END-IF\)+ ELSE \(statements)")))
      << result.tree();
}

TEST(StatementShapeTest, NotAtEndBindsToInnermostRead) {
  ParseResult result = ParseProcedure(
      "READ F1 AT END READ F2 AT END CONTINUE "
      "NOT AT END DISPLAY 'X'.");
  ASSERT_EQ(result.error_count(), 0u);
  // Both phrases belong to the inner READ.
  std::string tree = result.tree();
  std::string inner_read = Subtree(tree, tree.find("(readStatement READ (userWord F2)"));
  EXPECT_NE(inner_read.find("NOT AT END"), std::string::npos) << tree;
}

TEST(StatementShapeTest, TokenTextAndLocationsComeFromTheExpandedText) {
  ParseResult result = ParseProcedure("DISPLAY 'caf\xC3\xA9' A.");
  ASSERT_EQ(result.error_count(), 0u);
  // A token after a non-ASCII character still maps to its own text and column.
  std::string texts;
  for (std::string_view text : result.program->TokenTexts()) texts += std::string(text) + "|";
  EXPECT_NE(texts.find("DISPLAY|'caf\xC3\xA9'|A|.|"), std::string::npos) << texts;
}

}  // namespace
}  // namespace remint::cobol::testing
