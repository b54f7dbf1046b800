// Every statement family parses in the SLL stage, alone and nested, into the expected shape.
#include <gtest/gtest.h>

#include <ostream>
#include <regex>
#include <string>
#include <vector>

#include "tests/cobol_parse/parse_test_support.h"

namespace remint::cobol::testing {
namespace {

struct StatementCase {
  const char* name;
  const char* procedure;
  // The shape (see Shape() in parse_test_support.h) of each statement of the procedure
  // division, in order; "..." stands for any text.
  std::vector<const char*> shapes;
};

// gtest prints the case's name, not its bytes, in failure messages.
void PrintTo(const StatementCase& statement_case, std::ostream* out) {
  *out << statement_case.name;
}

class StatementTest : public ::testing::TestWithParam<StatementCase> {};

TEST_P(StatementTest, ParsesInSllStage) {
  ParseResult result = ParseProcedure(GetParam().procedure);
  EXPECT_EQ(result.error_count(), 0u) << result.messages();
  ASSERT_NE(result.program, nullptr);
  EXPECT_FALSE(result.program->statistics().sll_failed);
  EXPECT_TRUE(result.program->has_tree());
}

// Which rule matched each statement, its operands in their slots, and every phrase attached to
// the statement that owns it.
TEST_P(StatementTest, HasTheExpectedShape) {
  ParseResult result = ParseProcedure(GetParam().procedure);
  ASSERT_EQ(result.error_count(), 0u) << result.messages();
  const std::vector<std::string> shapes = StatementShapes(result);
  const std::vector<const char*>& expected = GetParam().shapes;
  std::string all_shapes;
  for (const std::string& shape : shapes) all_shapes += "  " + shape + "\n";
  ASSERT_EQ(shapes.size(), expected.size()) << "statements:\n" << all_shapes;
  for (size_t i = 0; i < shapes.size(); ++i) {
    EXPECT_TRUE(ShapeMatches(shapes[i], expected[i]))
        << "statement " << i << "\n    is: " << shapes[i] << "\nexpected: " << expected[i];
  }
}

const StatementCase kStatements[] = {
    {"Accept",
     "ACCEPT A. ACCEPT B FROM DATE. ACCEPT C FROM DATE YYYYMMDD. "
     "ACCEPT D FROM DAY-OF-WEEK. ACCEPT E FROM TIME. ACCEPT F FROM CONSOLE.",
     {"(acceptStatement ACCEPT A)", "(acceptStatement ACCEPT B FROM DATE)",
      "(acceptStatement ACCEPT C FROM DATE YYYYMMDD)",
      "(acceptStatement ACCEPT D FROM DAY-OF-WEEK)", "(acceptStatement ACCEPT E FROM TIME)",
      "(acceptStatement ACCEPT F FROM CONSOLE)"}},
    {"Add",
     "ADD 1 TO A. ADD A B TO C ROUNDED D. ADD A TO B GIVING C ROUNDED "
     "ON SIZE ERROR MOVE 1 TO E NOT ON SIZE ERROR MOVE 2 TO E END-ADD. "
     "ADD CORRESPONDING G1 TO G2. ADD CORR G1 TO G2 ROUNDED.",
     {"(addStatement ADD 1 TO A)", "(addStatement ADD A B TO (roundedOperand C ROUNDED) D)",
      "(addStatement ADD A TO B GIVING (arithmeticTarget C ROUNDED) "
      "(sizeErrorPhrases ON SIZE ERROR (moveStatement MOVE 1 TO E) "
      "NOT ON SIZE ERROR (moveStatement MOVE 2 TO E)) END-ADD)",
      "(addStatement ADD CORRESPONDING G1 TO G2)",
      "(addStatement ADD CORR G1 TO (roundedOperand G2 ROUNDED))"}},
    {"Alter",
     "ALTER P1 TO PROCEED TO P2 P3 TO P4.",
     {"(alterStatement ALTER P1 TO PROCEED TO P2 P3 TO P4)"}},
    {"CallCancel",
     "CALL 'SUB' USING A BY CONTENT B BY REFERENCE C BY VALUE D OMITTED "
     "ADDRESS OF E LENGTH OF F RETURNING G ON EXCEPTION DISPLAY 'X' "
     "NOT ON EXCEPTION DISPLAY 'Y' END-CALL. CALL W-NAME ON OVERFLOW GO TO P. "
     "CANCEL 'SUB' W-NAME.",
     {"(callStatement CALL 'SUB' USING A (callArgument BY CONTENT) B "
      "(callArgument BY REFERENCE) C (callArgument BY VALUE) D OMITTED "
      "(callArgument ADDRESS OF E) (callArgument LENGTH OF F) RETURNING G "
      "(exceptionPhrases ON EXCEPTION (displayStatement DISPLAY 'X') "
      "NOT ON EXCEPTION (displayStatement DISPLAY 'Y')) END-CALL)",
      "(callStatement CALL W-NAME (exceptionPhrases ON OVERFLOW (goToStatement GO TO P)))",
      "(cancelStatement CANCEL 'SUB' W-NAME)"}},
    {"OpenClose",
     "OPEN INPUT F1 F2 REVERSED OUTPUT F3 WITH NO REWIND I-O F4 EXTEND F5. "
     "CLOSE F1 F2 REEL F3 UNIT FOR REMOVAL F4 WITH LOCK F5 WITH NO REWIND.",
     {"(openStatement OPEN INPUT F1 (openFile F2 REVERSED) OUTPUT (openFile F3 WITH NO REWIND) "
      "I-O F4 EXTEND F5)",
      "(closeStatement CLOSE F1 (closeFile F2 REEL) (closeFile F3 UNIT FOR REMOVAL) "
      "(closeFile F4 WITH LOCK) (closeFile F5 WITH NO REWIND))"}},
    {"Compute",
     "COMPUTE A ROUNDED B = (C + D) * E / F ** 2 - -1 ON SIZE ERROR "
     "CONTINUE END-COMPUTE. COMPUTE X EQUAL Y.",
     // Left to right within a level, ** before * and /, a parenthesised operand is a condition.
     {"(computeStatement COMPUTE (arithmeticTarget A ROUNDED) B = "
      "(arithmeticExpression (arithmeticExpression (arithmeticExpression "
      "(arithmeticExpression ( (arithmeticExpression C + D) )) * E) / "
      "(arithmeticExpression F ** 2)) - -1) "
      "(sizeErrorPhrases ON SIZE ERROR (continueStatement CONTINUE)) END-COMPUTE)",
      "(computeStatement COMPUTE X EQUAL Y)"}},
    {"Delete",
     "DELETE F RECORD INVALID KEY DISPLAY 'E' NOT INVALID KEY DISPLAY 'K' "
     "END-DELETE.",
     {"(deleteStatement DELETE F RECORD (invalidKeyPhrases INVALID KEY "
      "(displayStatement DISPLAY 'E') NOT INVALID KEY (displayStatement DISPLAY 'K')) "
      "END-DELETE)"}},
    {"Display",
     "DISPLAY 'A' B ZERO ALL '*' UPON CONSOLE WITH NO ADVANCING END-DISPLAY.",
     {"(displayStatement DISPLAY 'A' B ZERO (literal ALL '*') UPON CONSOLE WITH NO ADVANCING "
      "END-DISPLAY)"}},
    {"Divide",
     "DIVIDE A INTO B ROUNDED C. DIVIDE A BY B GIVING C REMAINDER D "
     "ON SIZE ERROR CONTINUE END-DIVIDE. DIVIDE 3 INTO A GIVING B ROUNDED C.",
     {"(divideStatement DIVIDE A INTO (roundedOperand B ROUNDED) C)",
      "(divideStatement DIVIDE A BY B GIVING C REMAINDER D "
      "(sizeErrorPhrases ON SIZE ERROR (continueStatement CONTINUE)) END-DIVIDE)",
      "(divideStatement DIVIDE 3 INTO A GIVING (arithmeticTarget B ROUNDED) C)"}},
    {"Evaluate",
     "EVALUATE TRUE ALSO A WHEN B = 1 ALSO 1 THRU 5 DISPLAY 'X' "
     "WHEN FLAG-ON ALSO ANY WHEN NOT C ALSO NOT 7 CONTINUE "
     "WHEN OTHER DISPLAY 'Y' END-EVALUATE. "
     "EVALUATE A + 1 WHEN 1 WHEN 2 CONTINUE WHEN 'A' THROUGH 'Z' CONTINUE END-EVALUATE.",
     // Consecutive WHENs share the statements that follow them; ALSO separates subjects and
     // the objects of one WHEN; THRU belongs to its object.
     {"(evaluateStatement EVALUATE TRUE ALSO A "
      "(evaluateWhen WHEN (condition B (conditionTail = 1)) ALSO (evaluateObject 1 THRU 5) "
      "(displayStatement DISPLAY 'X')) "
      "(evaluateWhen WHEN FLAG-ON ALSO ANY WHEN (condition NOT C) ALSO (condition NOT 7) "
      "(continueStatement CONTINUE)) "
      "WHEN OTHER (displayStatement DISPLAY 'Y') END-EVALUATE)",
      "(evaluateStatement EVALUATE (arithmeticExpression A + 1) "
      "(evaluateWhen WHEN 1 WHEN 2 (continueStatement CONTINUE)) "
      "(evaluateWhen WHEN (evaluateObject 'A' THROUGH 'Z') (continueStatement CONTINUE)) "
      "END-EVALUATE)"}},
    {"Exit",
     "P1. EXIT. P2. EXIT PROGRAM. P3. PERFORM UNTIL A = 1 EXIT PERFORM "
     "END-PERFORM. EXIT PERFORM CYCLE. EXIT PARAGRAPH. EXIT SECTION.",
     {"(exitStatement EXIT)", "(exitStatement EXIT PROGRAM)",
      "(performStatement PERFORM (performInline (performLoop UNTIL (condition A (conditionTail = "
      "1))) (exitStatement EXIT PERFORM) END-PERFORM))",
      "(exitStatement EXIT PERFORM CYCLE)", "(exitStatement EXIT PARAGRAPH)",
      "(exitStatement EXIT SECTION)"}},
    {"StopGoback",
     "STOP RUN. STOP 'WAIT'. GOBACK.",
     {"(stopStatement STOP RUN)", "(stopStatement STOP 'WAIT')", "(gobackStatement GOBACK)"}},
    {"GoTo",
     "GO TO P1. GO P2. GO TO P1 P2 P3 DEPENDING ON I. GO TO.",
     {"(goToStatement GO TO P1)", "(goToStatement GO P2)",
      "(goToStatement GO TO P1 P2 P3 DEPENDING ON I)", "(goToStatement GO TO)"}},
    {"If",
     "IF A = 1 THEN MOVE 1 TO B ELSE IF C NEXT SENTENCE ELSE CONTINUE END-IF END-IF. "
     "IF A DISPLAY 'A' ELSE DISPLAY 'B'. IF A IF B MOVE 1 TO C ELSE MOVE 2 TO C.",
     // The inner IF takes the second ELSE and the first END-IF.
     {"(ifStatement IF (condition A (conditionTail = 1)) THEN (moveStatement MOVE 1 TO B) "
      "ELSE (ifStatement IF C (nextSentenceStatement NEXT SENTENCE) "
      "ELSE (continueStatement CONTINUE) END-IF) END-IF)",
      "(ifStatement IF A (displayStatement DISPLAY 'A') ELSE (displayStatement DISPLAY 'B'))",
      // A dangling ELSE belongs to the nearest IF.
      "(ifStatement IF A (ifStatement IF B (moveStatement MOVE 1 TO C) "
      "ELSE (moveStatement MOVE 2 TO C)))"}},
    {"Initialize",
     "INITIALIZE A B REPLACING NUMERIC DATA BY ZERO ALPHANUMERIC BY SPACES.",
     {"(initializeStatement INITIALIZE A B REPLACING NUMERIC DATA BY ZERO ALPHANUMERIC BY "
      "SPACES)"}},
    {"Inspect",
     "INSPECT A TALLYING C1 FOR ALL 'A' 'B' BEFORE INITIAL 'X' C2 FOR LEADING "
     "SPACE CHARACTERS AFTER '.'. INSPECT A REPLACING CHARACTERS BY '0' BEFORE "
     "INITIAL ' ' ALL 'A' BY 'B' 'C' BY 'D' FIRST 'E' BY 'F' LEADING ZERO BY SPACE. "
     "INSPECT A CONVERTING 'ABC' TO 'XYZ' AFTER INITIAL B. "
     "INSPECT A TALLYING C FOR CHARACTERS REPLACING ALL 'A' BY 'B'.",
     // Each delimiter belongs to the operand or CHARACTERS phrase before it; a new counter
     // starts a new TALLYING group.
     {"(inspectStatement INSPECT A TALLYING "
      "(inspectTallying C1 FOR (inspectCount ALL 'A' 'B' (inspectDelimiter BEFORE INITIAL "
      "'X'))) "
      "(inspectTallying C2 FOR (inspectCount LEADING SPACE) "
      "(inspectCount CHARACTERS (inspectDelimiter AFTER '.'))))",
      "(inspectStatement INSPECT A REPLACING "
      "(inspectReplacing CHARACTERS BY '0' (inspectDelimiter BEFORE INITIAL ' ')) "
      "(inspectReplacing ALL 'A' BY 'B' 'C' BY 'D') (inspectReplacing FIRST 'E' BY 'F') "
      "(inspectReplacing LEADING ZERO BY SPACE))",
      "(inspectStatement INSPECT A CONVERTING 'ABC' TO 'XYZ' (inspectDelimiter AFTER INITIAL "
      "B))",
      "(inspectStatement INSPECT A TALLYING (inspectTallying C FOR CHARACTERS) "
      "REPLACING (inspectReplacing ALL 'A' BY 'B'))"}},
    {"Merge",
     "MERGE SF ON ASCENDING KEY K1 K2 DESCENDING K3 COLLATING SEQUENCE IS ALPHA "
     "USING F1 F2 OUTPUT PROCEDURE IS P1 THRU P2. "
     "MERGE SF ON DESCENDING K1 USING F1 F2 GIVING F3.",
     {"(mergeStatement MERGE SF (sortKey ON ASCENDING KEY K1 K2) (sortKey DESCENDING K3) "
      "(sortCollating COLLATING SEQUENCE IS ALPHA) USING F1 F2 OUTPUT PROCEDURE IS P1 THRU P2)",
      "(mergeStatement MERGE SF (sortKey ON DESCENDING K1) USING F1 F2 GIVING F3)"}},
    {"Move",
     "MOVE A TO B C(1) D(I J) E(2:3) F(I)(1:) G OF H IN K. MOVE CORR G1 TO G2. "
     "MOVE FUNCTION CURRENT-DATE(1:8) TO A. MOVE HIGH-VALUES TO A. MOVE -1.5 TO A. "
     "MOVE X'FF' TO A. MOVE N'AB' TO A. MOVE Z'AB' TO A. MOVE ALL 'AB' TO A. "
     "MOVE LENGTH OF A TO B. MOVE A(I + 1, J - 1) TO B.",
     // Subscripts and reference modification stay with their identifier.
     {"(moveStatement MOVE A TO B (identifier C (parenthesizedSuffix ( 1 ))) "
      "(identifier D (parenthesizedSuffix ( I J ))) (identifier E (parenthesizedSuffix ( 2 : 3 "
      "))) "
      "(identifier F (parenthesizedSuffix ( I )) (parenthesizedSuffix ( 1 : ))) "
      "(identifier G OF H IN K))",
      "(moveStatement MOVE CORR G1 TO G2)",
      "(moveStatement MOVE (identifier FUNCTION CURRENT-DATE (parenthesizedSuffix ( 1 : 8 ))) TO "
      "A)",
      "(moveStatement MOVE HIGH-VALUES TO A)", "(moveStatement MOVE -1.5 TO A)",
      "(moveStatement MOVE X'FF' TO A)", "(moveStatement MOVE N'AB' TO A)",
      "(moveStatement MOVE Z'AB' TO A)", "(moveStatement MOVE (literal ALL 'AB') TO A)",
      "(moveStatement MOVE (identifier LENGTH OF A) TO B)",
      "(moveStatement MOVE (identifier A (parenthesizedSuffix ( (arithmeticExpression I + 1) "
      "(arithmeticExpression J - 1) ))) TO B)"}},
    {"Multiply",
     "MULTIPLY A BY B ROUNDED C. MULTIPLY 2 BY A GIVING B C ROUNDED "
     "NOT ON SIZE ERROR CONTINUE END-MULTIPLY.",
     {"(multiplyStatement MULTIPLY A BY (roundedOperand B ROUNDED) C)",
      "(multiplyStatement MULTIPLY 2 BY A GIVING B (arithmeticTarget C ROUNDED) "
      "(sizeErrorPhrases NOT ON SIZE ERROR (continueStatement CONTINUE)) END-MULTIPLY)"}},
    {"PerformOutOfLine",
     "PERFORM P1. PERFORM P1 THRU P2. PERFORM P1 THROUGH P2 5 TIMES. "
     "PERFORM P1 N TIMES. PERFORM P1 UNTIL A > B. "
     "PERFORM P1 WITH TEST AFTER UNTIL A > B. "
     "PERFORM P1 VARYING I FROM 1 BY 1 UNTIL I > 10 AFTER J FROM I BY 2 "
     "UNTIL J > 20. PERFORM S1 OF SECT-A. PERFORM 100-INIT.",
     {"(performStatement PERFORM P1)", "(performStatement PERFORM (performProcedure P1 THRU P2))",
      "(performStatement PERFORM (performProcedure P1 THROUGH P2 (performLoop 5 TIMES)))",
      "(performStatement PERFORM (performProcedure P1 (performLoop N TIMES)))",
      "(performStatement PERFORM (performProcedure P1 (performLoop UNTIL (condition A "
      "(conditionTail > B)))))",
      "(performStatement PERFORM (performProcedure P1 (performLoop (performTest WITH TEST AFTER) "
      "UNTIL (condition A (conditionTail > B)))))",
      // Each AFTER opens its own varying phrase with its own UNTIL.
      "(performStatement PERFORM (performProcedure P1 (performLoop VARYING "
      "(performVarying I FROM 1 BY 1 UNTIL (condition I (conditionTail > 10))) AFTER "
      "(performVarying J FROM I BY 2 UNTIL (condition J (conditionTail > 20))))))",
      "(performStatement PERFORM (procedureName S1 OF SECT-A))",
      "(performStatement PERFORM 100-INIT)"}},
    {"PerformInline",
     "PERFORM UNTIL A > 5 ADD 1 TO A END-PERFORM. "
     "PERFORM 3 TIMES DISPLAY 'X' END-PERFORM. "
     "PERFORM N TIMES DISPLAY 'X' END-PERFORM. "
     "PERFORM WITH TEST BEFORE VARYING I FROM 1 BY 1 UNTIL I > 3 "
     "PERFORM VARYING J FROM 1 BY 1 UNTIL J > 3 CONTINUE END-PERFORM "
     "END-PERFORM. PERFORM DISPLAY 'ONCE' END-PERFORM.",
     {"(performStatement PERFORM (performInline (performLoop UNTIL (condition A (conditionTail > "
      "5))) (addStatement ADD 1 TO A) END-PERFORM))",
      "(performStatement PERFORM (performInline (performLoop 3 TIMES) "
      "(displayStatement DISPLAY 'X') END-PERFORM))",
      "(performStatement PERFORM (performInline (performLoop N TIMES) "
      "(displayStatement DISPLAY 'X') END-PERFORM))",
      // The inner PERFORM takes the first END-PERFORM.
      "(performStatement PERFORM (performInline (performLoop (performTest WITH TEST BEFORE) "
      "VARYING (performVarying I FROM 1 BY 1 UNTIL (condition I (conditionTail > 3)))) "
      "(performStatement PERFORM (performInline (performLoop VARYING (performVarying J FROM 1 BY 1 "
      "UNTIL (condition J (conditionTail > 3)))) (continueStatement CONTINUE) END-PERFORM)) "
      "END-PERFORM))",
      "(performStatement PERFORM (performInline (displayStatement DISPLAY 'ONCE') END-PERFORM))"}},
    {"ReadWrite",
     "READ F NEXT RECORD INTO A AT END MOVE 1 TO EOF-FLAG "
     "NOT AT END ADD 1 TO N END-READ. READ F KEY IS K INVALID KEY CONTINUE. "
     "READ F PREVIOUS. WRITE R FROM A AFTER ADVANCING 2 LINES "
     "AT END-OF-PAGE PERFORM HDR NOT AT END-OF-PAGE CONTINUE END-WRITE. "
     "WRITE R BEFORE ADVANCING PAGE. WRITE R AFTER C01. WRITE R AFTER N LINE. "
     "WRITE R INVALID KEY CONTINUE END-WRITE. REWRITE R FROM A INVALID "
     "CONTINUE END-REWRITE.",
     {"(readStatement READ F NEXT RECORD INTO A (atEndPhrases AT END (moveStatement MOVE 1 TO "
      "EOF-FLAG) NOT AT END (addStatement ADD 1 TO N)) END-READ)",
      "(readStatement READ F KEY IS K (invalidKeyPhrases INVALID KEY (continueStatement "
      "CONTINUE)))",
      "(readStatement READ F PREVIOUS)",
      "(writeStatement WRITE R FROM A AFTER ADVANCING 2 LINES (endOfPagePhrases AT END-OF-PAGE "
      "(performStatement PERFORM HDR) NOT AT END-OF-PAGE (continueStatement CONTINUE)) "
      "END-WRITE)",
      "(writeStatement WRITE R BEFORE ADVANCING PAGE)", "(writeStatement WRITE R AFTER C01)",
      "(writeStatement WRITE R AFTER N LINE)",
      "(writeStatement WRITE R (invalidKeyPhrases INVALID KEY (continueStatement CONTINUE)) "
      "END-WRITE)",
      "(rewriteStatement REWRITE R FROM A (invalidKeyPhrases INVALID (continueStatement "
      "CONTINUE)) END-REWRITE)"}},
    {"SortReleaseReturn",
     "SORT SF ON ASCENDING KEY K1 WITH DUPLICATES IN ORDER "
     "INPUT PROCEDURE IS P1 THRU P2 OUTPUT PROCEDURE P3. "
     "SORT SF DESCENDING K1 USING F1 GIVING F2. RELEASE SR FROM A. "
     "RETURN SF RECORD INTO A AT END CONTINUE NOT AT END CONTINUE "
     "END-RETURN.",
     {"(sortStatement SORT SF (sortKey ON ASCENDING KEY K1) WITH DUPLICATES IN ORDER "
      "INPUT PROCEDURE IS P1 THRU P2 OUTPUT PROCEDURE P3)",
      "(sortStatement SORT SF (sortKey DESCENDING K1) USING F1 GIVING F2)",
      "(releaseStatement RELEASE SR FROM A)",
      "(returnStatement RETURN SF RECORD INTO A (atEndPhrases AT END (continueStatement "
      "CONTINUE) NOT AT END (continueStatement CONTINUE)) END-RETURN)"}},
    {"Search",
     "SEARCH T VARYING I AT END DISPLAY 'NONE' WHEN T-KEY(I) = K CONTINUE "
     "WHEN T-KEY(I) > K NEXT SENTENCE END-SEARCH. "
     "SEARCH ALL T WHEN T-KEY(IX) = K AND T-B(IX) = 1 DISPLAY 'Y'.",
     {"(searchStatement SEARCH T VARYING I AT END (displayStatement DISPLAY 'NONE') "
      "WHEN (condition (identifier T-KEY (parenthesizedSuffix ( I ))) (conditionTail = K)) "
      "(continueStatement CONTINUE) "
      "WHEN (condition (identifier T-KEY (parenthesizedSuffix ( I ))) (conditionTail > K)) "
      "(nextSentenceStatement NEXT SENTENCE) END-SEARCH)",
      "(searchStatement SEARCH ALL T WHEN (condition "
      "(condition (identifier T-KEY (parenthesizedSuffix ( IX ))) (conditionTail = K)) AND "
      "(condition (identifier T-B (parenthesizedSuffix ( IX ))) (conditionTail = 1))) "
      "(displayStatement DISPLAY 'Y'))"}},
    {"Set",
     "SET I TO 1. SET I J UP BY 2. SET I DOWN BY K. SET FLAG-ON TO TRUE. "
     "SET SW-1 TO ON. SET P TO ADDRESS OF A. SET P TO NULL. SET I TO J.",
     {"(setStatement SET I TO 1)", "(setStatement SET I J UP BY 2)",
      "(setStatement SET I DOWN BY K)", "(setStatement SET FLAG-ON TO TRUE)",
      "(setStatement SET SW-1 TO ON)", "(setStatement SET P TO (identifier ADDRESS OF A))",
      "(setStatement SET P TO NULL)", "(setStatement SET I TO J)"}},
    {"Start",
     "START F KEY IS NOT LESS THAN K INVALID KEY CONTINUE END-START. "
     "START F KEY >= K. START F.",
     {"(startStatement START F KEY IS (relationalOperator NOT LESS THAN) K "
      "(invalidKeyPhrases INVALID KEY (continueStatement CONTINUE)) END-START)",
      "(startStatement START F KEY >= K)", "(startStatement START F)"}},
    {"String",
     "STRING A DELIMITED BY SIZE ' ' B DELIMITED BY SPACE INTO C WITH POINTER P "
     "ON OVERFLOW CONTINUE NOT ON OVERFLOW CONTINUE END-STRING.",
     {"(stringStatement STRING A DELIMITED BY SIZE ' ' B DELIMITED BY SPACE INTO C "
      "WITH POINTER P (overflowPhrases ON OVERFLOW (continueStatement CONTINUE) "
      "NOT ON OVERFLOW (continueStatement CONTINUE)) END-STRING)"}},
    {"Subtract",
     "SUBTRACT 1 FROM A. SUBTRACT A B FROM C ROUNDED D GIVING E "
     "ON SIZE ERROR CONTINUE END-SUBTRACT. SUBTRACT CORR G1 FROM G2.",
     {"(subtractStatement SUBTRACT 1 FROM A)",
      "(subtractStatement SUBTRACT A B FROM (roundedOperand C ROUNDED) D GIVING E "
      "(sizeErrorPhrases ON SIZE ERROR (continueStatement CONTINUE)) END-SUBTRACT)",
      "(subtractStatement SUBTRACT CORR G1 FROM G2)"}},
    {"Unstring",
     "UNSTRING A DELIMITED BY ALL SPACE OR ',' OR ALL '*' INTO B DELIMITER IN D1 "
     "COUNT IN C1 C DELIMITER D2 WITH POINTER P TALLYING IN T ON OVERFLOW "
     "CONTINUE END-UNSTRING. UNSTRING A INTO B C.",
     // DELIMITER and COUNT belong to the receiver before them.
     {"(unstringStatement UNSTRING A DELIMITED BY ALL SPACE OR ',' OR ALL '*' INTO "
      "(unstringReceiver B DELIMITER IN D1 COUNT IN C1) (unstringReceiver C DELIMITER D2) "
      "WITH POINTER P TALLYING IN T (overflowPhrases ON OVERFLOW (continueStatement CONTINUE)) "
      "END-UNSTRING)",
      "(unstringStatement UNSTRING A INTO B C)"}},
    {"Entry", "ENTRY 'ALT' USING A B.", {"(entryStatement ENTRY 'ALT' USING A B)"}},
    {"Exec",
     "EXEC SQL SELECT A INTO :H-A FROM T WHERE B = :H-B END-EXEC. "
     "EXEC CICS SEND MAP('M1') MAPSET('S1') ERASE END-EXEC. "
     "IF A = 1 EXEC SQL COMMIT END-EXEC END-IF.",
     // An EXEC block is one token, however many words and parentheses it holds.
     {"(execStatement EXEC SQL SELECT A INTO :H-A FROM T WHERE B = :H-B END-EXEC)",
      "(execStatement EXEC CICS SEND MAP('M1') MAPSET('S1') ERASE END-EXEC)",
      "(ifStatement IF (condition A (conditionTail = 1)) (execStatement EXEC SQL COMMIT "
      "END-EXEC) END-IF)"}},
    {"Continue", "CONTINUE.", {"(continueStatement CONTINUE)"}},
    {"EmptySentenceAndParagraphs",
     "P1. . P2. MOVE 1 TO A. 100. DISPLAY 'X'.",
     {"(moveStatement MOVE 1 TO A)", "(displayStatement DISPLAY 'X')"}},
    {"ReportWriter",
     "INITIATE RPT. GENERATE DETAIL-LINE. TERMINATE RPT. SUPPRESS PRINTING.",
     {"(initiateStatement INITIATE RPT)", "(generateStatement GENERATE DETAIL-LINE)",
      "(terminateStatement TERMINATE RPT)", "(suppressStatement SUPPRESS PRINTING)"}},
    {"Communication",
     "ENABLE INPUT TERMINAL CD1 KEY 'K'. DISABLE OUTPUT CD2 WITH KEY K. "
     "SEND CD2 FROM A WITH EMI AFTER ADVANCING 2 LINES. "
     "RECEIVE CD1 MESSAGE INTO A NO DATA CONTINUE END-RECEIVE. PURGE CD2. "
     "ACCEPT CD1 MESSAGE COUNT.",
     {"(enableStatement ENABLE INPUT TERMINAL CD1 KEY 'K')",
      "(disableStatement DISABLE OUTPUT CD2 WITH KEY K)",
      "(sendStatement SEND CD2 FROM A WITH EMI AFTER ADVANCING 2 LINES)",
      "(receiveStatement RECEIVE CD1 MESSAGE INTO A NO DATA (continueStatement CONTINUE) "
      "END-RECEIVE)",
      "(purgeStatement PURGE CD2)", "(acceptStatement ACCEPT CD1 MESSAGE COUNT)"}},
    // Issue 13: ISO 2014 / GnuCOBOL forms cobc 3.1.2 accepts (-std=default and -std=ibm).
    {"RoundedMode",
     "COMPUTE A ROUNDED MODE NEAREST-EVEN B = C. "
     "ADD 1 TO A ROUNDED MODE IS TRUNCATION GIVING B ROUNDED. "
     "DIVIDE A BY B GIVING C ROUNDED MODE AWAY-FROM-ZERO REMAINDER D ROUNDED MODE PROHIBITED.",
     {"(computeStatement COMPUTE (arithmeticTarget A (roundedPhrase ROUNDED MODE NEAREST-EVEN)) "
      "B = C)",
      "(addStatement ADD 1 TO (roundedOperand A (roundedPhrase ROUNDED MODE IS TRUNCATION)) "
      "GIVING (arithmeticTarget B ROUNDED))",
      "(divideStatement DIVIDE A BY B GIVING "
      "(arithmeticTarget C (roundedPhrase ROUNDED MODE AWAY-FROM-ZERO)) REMAINDER "
      "(arithmeticTarget D (roundedPhrase ROUNDED MODE PROHIBITED)))"}},
    {"AcceptDisplayEnvironment",
     "ACCEPT A FROM ENVIRONMENT 'HOME' ON EXCEPTION CONTINUE END-ACCEPT. "
     "ACCEPT A FROM ENVIRONMENT B. ACCEPT A FROM ENVIRONMENT-VALUE. "
     "ACCEPT N FROM ARGUMENT-NUMBER. DISPLAY 'HOME' UPON ENVIRONMENT-NAME.",
     {"(acceptStatement ACCEPT A FROM ENVIRONMENT 'HOME' (exceptionPhrases ON EXCEPTION "
      "(continueStatement CONTINUE)) END-ACCEPT)",
      "(acceptStatement ACCEPT A FROM ENVIRONMENT B)",
      "(acceptStatement ACCEPT A FROM ENVIRONMENT-VALUE)",
      "(acceptStatement ACCEPT N FROM ARGUMENT-NUMBER)",
      "(displayStatement DISPLAY 'HOME' UPON ENVIRONMENT-NAME)"}},
    {"StopRunStatus",
     "STOP RUN WITH ERROR STATUS 4. STOP RUN NORMAL. STOP RUN ERROR X. "
     "STOP RUN RETURNING 3. STOP RUN GIVING RC. STOP RUN WITH NORMAL STATUS.",
     {"(stopStatement STOP RUN (stopRunStatus WITH ERROR STATUS 4))",
      "(stopStatement STOP RUN NORMAL)", "(stopStatement STOP RUN (stopRunStatus ERROR X))",
      "(stopStatement STOP RUN (stopRunStatus RETURNING 3))",
      "(stopStatement STOP RUN (stopRunStatus GIVING RC))",
      "(stopStatement STOP RUN (stopRunStatus WITH NORMAL STATUS))"}},
    {"DeleteFile",
     "DELETE FILE F1 F2. DELETE F1.",
     {"(deleteStatement DELETE FILE F1 F2)", "(deleteStatement DELETE F1)"}},
    {"JsonXml",
     "JSON GENERATE D FROM R COUNT IN C NAME OF A IS 'a' B OMITTED SUPPRESS B "
     "ON EXCEPTION CONTINUE NOT ON EXCEPTION CONTINUE END-JSON. "
     "JSON PARSE D INTO R WITH DETAIL END-JSON. "
     "XML GENERATE D FROM R WITH ENCODING 1208 WITH XML-DECLARATION TYPE OF A IS ATTRIBUTE. "
     "XML PARSE D PROCESSING PROCEDURE P1 THRU P2 END-XML.",
     {"(jsonStatement JSON GENERATE D FROM R COUNT IN C (nameOfPhrase NAME OF A IS 'a' B OMITTED) "
      "(suppressPhrase SUPPRESS B) (exceptionPhrases ON EXCEPTION (continueStatement CONTINUE) "
      "NOT ON EXCEPTION (continueStatement CONTINUE)) END-JSON)",
      "(jsonStatement JSON PARSE D INTO R WITH DETAIL END-JSON)",
      "(xmlStatement XML GENERATE D FROM R WITH ENCODING 1208 WITH XML-DECLARATION TYPE OF A IS "
      "ATTRIBUTE)",
      "(xmlStatement XML PARSE D PROCESSING PROCEDURE P1 THRU P2 END-XML)"}},
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

// What cobc 3.1.2 rejects as a syntax error, remint does too.
TEST(StatementShapeTest, RejectsMalformedDialectForms) {
  for (const char* procedure :
       {"COMPUTE A ROUNDED MODE = B.", "COMPUTE A ROUNDED MODE NEAREST-ODD = B.",
        "STOP RUN WITH STATUS 4.", "DELETE FILE.", "ACCEPT A FROM ENVIRONMENT.",
        "JSON GENERATE D FROM R WITH DETAIL.", "XML PARSE D INTO R."}) {
    ParseResult result = ParseProcedure(procedure);
    EXPECT_GT(result.error_count(), 0u) << procedure;
  }
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

TEST(StatementShapeTest, ParagraphsOwnTheSentencesUpToTheNextName) {
  ParseResult result = ParseProcedure("MOVE 0 TO A. P1. . P2. MOVE 1 TO A. ADD 1 TO A. 100. EXIT.");
  ASSERT_EQ(result.error_count(), 0u) << result.messages();
  // A sentence before the first paragraph belongs to no paragraph; an empty sentence is a
  // lone period; a numeric name is a paragraph name.
  EXPECT_EQ(Shapes(result, "sentence")[0], "(sentence (moveStatement MOVE 0 TO A) .)");
  EXPECT_EQ(Shapes(result, "paragraph"),
            (std::vector<std::string>{"(paragraph P1 . .)",
                                      "(paragraph P2 . (sentence (moveStatement MOVE 1 TO A) .) "
                                      "(sentence (addStatement ADD 1 TO A) .))",
                                      "(paragraph 100 . (sentence (exitStatement EXIT) .))"}));
}

TEST(StatementShapeTest, ConditionalPhrasesBindToTheInnermostStatement) {
  ParseResult result = ParseProcedure(
      "ADD A TO B ON SIZE ERROR ADD C TO D NOT ON SIZE ERROR MOVE 1 TO E END-ADD "
      "NOT ON SIZE ERROR MOVE 2 TO E.");
  ASSERT_EQ(result.error_count(), 0u) << result.messages();
  // The inner ADD takes the first NOT ON SIZE ERROR and the END-ADD; the outer one the second.
  EXPECT_EQ(
      StatementShapes(result),
      (std::vector<std::string>{"(addStatement ADD A TO B (sizeErrorPhrases ON SIZE ERROR "
                                "(addStatement ADD C TO D (sizeErrorPhrases NOT ON SIZE ERROR "
                                "(moveStatement MOVE 1 TO E)) END-ADD) "
                                "NOT ON SIZE ERROR (moveStatement MOVE 2 TO E)))"}));
}

// The tree reader takes token texts from the token stream, so blanks and parentheses inside a
// literal do not split it or open a node, and non-ASCII text reads back as the source has it.
TEST(StatementShapeTest, LiteralsWithBlanksParenthesesAndNonAsciiStayOneToken) {
  ParseResult result = ParseProcedure("DISPLAY 'A (B) C' \"(x\" ')' 'caf\xC3\xA9'.");
  ASSERT_EQ(result.error_count(), 0u) << result.messages();
  EXPECT_EQ(
      StatementShapes(result),
      (std::vector<std::string>{"(displayStatement DISPLAY 'A (B) C' \"(x\" ')' 'caf\xC3\xA9')"}));
}

TEST(StatementShapeTest, ShapePatternsMatchWholeShapes) {
  EXPECT_TRUE(ShapeMatches("(a B (c D))", "(a B (c D))"));
  EXPECT_FALSE(ShapeMatches("(a B (c D))", "(a B"));
  EXPECT_TRUE(ShapeMatches("(a B (c D) E)", "(a ... E)"));
  EXPECT_TRUE(ShapeMatches("(a B (c D) E)", "(a ...(c D)... E)"));
  EXPECT_FALSE(ShapeMatches("(a B (c D) E)", "(a ...(c X)... E)"));
  EXPECT_FALSE(ShapeMatches("(a B)", "(a B...B)"));
  EXPECT_TRUE(ShapeMatches("(a B)", "(a B...)"));
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
