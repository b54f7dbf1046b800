// Identification, environment and data division entries, and program structure.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/cobol_parse/parse_test_support.h"

namespace remint::cobol::testing {
namespace {

void ExpectCleanSllParse(const ParseResult& result) {
  EXPECT_EQ(result.error_count(), 0u) << result.messages();
  ASSERT_NE(result.program, nullptr);
  EXPECT_FALSE(result.program->statistics().sll_failed);
}

// The shapes (see Shape() in parse_test_support.h) of every `rule` node, in source order, match
// `expected` one for one ("..." stands for any text).
void ExpectShapes(const ParseResult& result, const std::string& rule,
                  const std::vector<std::string>& expected) {
  const std::vector<std::string> shapes = Shapes(result, rule);
  std::string all_shapes;
  for (const std::string& shape : shapes) all_shapes += "  " + shape + "\n";
  ASSERT_EQ(shapes.size(), expected.size()) << rule << " nodes:\n" << all_shapes;
  for (size_t i = 0; i < shapes.size(); ++i) {
    EXPECT_TRUE(ShapeMatches(shapes[i], expected[i]))
        << rule << " " << i << "\n    is: " << shapes[i] << "\nexpected: " << expected[i];
  }
}

TEST(DivisionsTest, IdentificationAndEnvironment) {
  ParseResult result = ParseFreeFormat(R"(
IDENTIFICATION DIVISION.
PROGRAM-ID. BANK01 IS INITIAL PROGRAM.
AUTHOR. J. O'NEILL, "BATCH" TEAM. DATE-WRITTEN? ANYTHING.
  SECOND LINE OF THE COMMENT ENTRY.
INSTALLATION.
DATE-WRITTEN. 1989-01-01.
DATE-COMPILED.
SECURITY. NONE.
ENVIRONMENT DIVISION.
CONFIGURATION SECTION.
SOURCE-COMPUTER. IBM-370 WITH DEBUGGING MODE.
OBJECT-COMPUTER. IBM-370 MEMORY SIZE 8000 WORDS
    PROGRAM COLLATING SEQUENCE IS MY-ALPHA SEGMENT-LIMIT IS 40.
SPECIAL-NAMES.
    C01 IS TOP-OF-PAGE
    SYSOUT IS PRINTER
    SWITCH-1 IS SW1 ON STATUS IS SW1-ON OFF STATUS IS SW1-OFF
    SWITCH-2 ON IS SW2-ON
    ALPHABET MY-ALPHA IS STANDARD-1
    ALPHABET ODD-ALPHA IS "A" THRU "M" "Z" ALSO "z" ALSO "y"
    SYMBOLIC CHARACTERS BELL IS 8 ESC CR 28 14
    CLASS HEX-DIGIT IS "0" THRU "9" "A" THRU "F"
    CURRENCY SIGN IS "$"
    DECIMAL-POINT IS COMMA.
INPUT-OUTPUT SECTION.
FILE-CONTROL.
    SELECT OPTIONAL IN-FILE ASSIGN TO "in.dat"
        ORGANIZATION IS LINE SEQUENTIAL FILE STATUS IS WS-STATUS.
    SELECT MASTER ASSIGN TO DISK-1 MASTERDD
        ORGANIZATION INDEXED ACCESS MODE IS DYNAMIC
        RECORD KEY IS M-KEY ALTERNATE RECORD KEY IS M-ALT WITH DUPLICATES
        RESERVE 2 AREAS.
    SELECT REL-FILE ASSIGN TO RELDD RELATIVE ACCESS RANDOM RELATIVE KEY IS R-KEY
        STATUS R-STAT R-STAT2 PADDING CHARACTER IS "*" RECORD DELIMITER IS STANDARD-1.
    SELECT SORT-FILE ASSIGN TO SORTWK1.
I-O-CONTROL.
    SAME RECORD AREA FOR IN-FILE MASTER
    RERUN ON CHKPT EVERY 1000 RECORDS OF MASTER
    MULTIPLE FILE TAPE CONTAINS IN-FILE POSITION 1 REL-FILE.
PROCEDURE DIVISION.
    STOP RUN.
)");
  ExpectCleanSllParse(result);
  // Each clause belongs to the entry it follows, with all its words.
  ExpectShapes(result, "programIdParagraph",
               {"(programIdParagraph PROGRAM-ID . BANK01 IS INITIAL PROGRAM .)"});
  ExpectShapes(result, "sourceComputerParagraph",
               {"(sourceComputerParagraph SOURCE-COMPUTER . IBM-370 WITH DEBUGGING MODE .)"});
  ExpectShapes(result, "objectComputerParagraph",
               {"(objectComputerParagraph OBJECT-COMPUTER . IBM-370 (objectComputerClause MEMORY "
                "SIZE 8000 WORDS) (objectComputerClause PROGRAM COLLATING SEQUENCE IS MY-ALPHA) "
                "(objectComputerClause SEGMENT-LIMIT IS 40) .)"});
  ExpectShapes(result, "specialNamesClause",
               {"(specialNamesClause C01 IS TOP-OF-PAGE)", "(specialNamesClause SYSOUT IS PRINTER)",
                "(specialNamesClause SWITCH-1 IS SW1 (switchStatus ON STATUS IS SW1-ON) "
                "(switchStatus OFF STATUS IS SW1-OFF))",
                "(specialNamesClause SWITCH-2 (switchStatus ON IS SW2-ON))",
                "(specialNamesClause ALPHABET MY-ALPHA IS STANDARD-1)",
                "(specialNamesClause ALPHABET ODD-ALPHA IS (alphabetSpecification \"A\" THRU \"M\" "
                "\"Z\" ALSO \"z\" ALSO \"y\"))",
                "(specialNamesClause SYMBOLIC CHARACTERS BELL IS 8 ESC CR 28 14)",
                "(specialNamesClause CLASS HEX-DIGIT IS \"0\" THRU \"9\" \"A\" THRU \"F\")",
                "(specialNamesClause CURRENCY SIGN IS \"$\")",
                "(specialNamesClause DECIMAL-POINT IS COMMA)"});
  ExpectShapes(
      result, "selectEntry",
      {"(selectEntry SELECT OPTIONAL IN-FILE (selectClause ASSIGN TO \"in.dat\") (selectClause "
       "ORGANIZATION IS (organization LINE SEQUENTIAL)) (selectClause FILE STATUS IS WS-STATUS) .)",
       "(selectEntry SELECT MASTER (selectClause ASSIGN TO DISK-1 MASTERDD) (selectClause "
       "ORGANIZATION INDEXED) (selectClause ACCESS MODE IS DYNAMIC) (selectClause RECORD KEY IS "
       "M-KEY) (selectClause ALTERNATE RECORD KEY IS M-ALT WITH DUPLICATES) (selectClause RESERVE "
       "2 AREAS) .)",
       "(selectEntry SELECT REL-FILE (selectClause ASSIGN TO RELDD) RELATIVE (selectClause ACCESS "
       "RANDOM) (selectClause RELATIVE KEY IS R-KEY) (selectClause STATUS R-STAT R-STAT2) "
       "(selectClause PADDING CHARACTER IS \"*\") (selectClause RECORD DELIMITER IS STANDARD-1) .)",
       "(selectEntry SELECT SORT-FILE (selectClause ASSIGN TO SORTWK1) .)"});
  ExpectShapes(result, "ioControlClause",
               {"(ioControlClause SAME RECORD AREA FOR IN-FILE MASTER)",
                "(ioControlClause RERUN ON CHKPT EVERY 1000 RECORDS OF MASTER)",
                "(ioControlClause MULTIPLE FILE TAPE CONTAINS IN-FILE POSITION 1 REL-FILE)"});
}

TEST(DivisionsTest, DataDescriptionClauses) {
  ParseResult result = ParseFreeFormat(R"(
IDENTIFICATION DIVISION.
PROGRAM-ID. DATA01.
DATA DIVISION.
FILE SECTION.
FD IN-FILE IS EXTERNAL
    BLOCK CONTAINS 0 RECORDS
    RECORD CONTAINS 80 TO 120 CHARACTERS
    LABEL RECORDS ARE STANDARD
    VALUE OF FILE-ID IS "X.DAT"
    DATA RECORD IS IN-REC
    RECORDING MODE IS F
    CODE-SET IS MY-ALPHA
    LINAGE IS 60 LINES WITH FOOTING AT 55 LINES AT TOP 3 LINES AT BOTTOM 3.
01 IN-REC PIC X(80).
FD VAR-FILE RECORD IS VARYING IN SIZE FROM 10 TO 200 CHARACTERS DEPENDING ON REC-LEN.
01 VAR-REC.
   05 VAR-LEN PIC 9(4) COMP.
   05 VAR-DATA PIC X OCCURS 1 TO 196 TIMES DEPENDING ON VAR-LEN.
SD SORT-FILE.
01 SORT-REC.
   05 SORT-KEY PIC X(10).
WORKING-STORAGE SECTION.
77 COUNTER PIC S9(4) COMP-3 VALUE ZERO.
01 WS-GROUP IS GLOBAL.
   05 FILLER PIC X(5) VALUE "ABCDE".
   05 AMOUNT PICTURE IS $$$,$$9.99CR.
   05 RATE PIC SV9(5) USAGE IS COMPUTATIONAL-3 VALUE -.12345.
   05 EDITED PIC ZZ,ZZ9.99-.
   05 BIG PIC 9(18) BINARY SYNC RIGHT.
   05 NAME-FIELD PIC X(20) JUST RIGHT.
   05 ZEDIT PIC ZZZ9 BLANK WHEN ZERO.
   05 SIGNED-NUM PIC S9(5) SIGN IS LEADING SEPARATE CHARACTER.
   05 TRAIL-NUM PIC S9(5) TRAILING.
   05 PTR USAGE POINTER.
   05 IDX-ITEM INDEX.
   05 FLT COMP-1.
   05 DBL USAGE COMP-2.
   05 NAT PIC N(10) USAGE NATIONAL.
01 WS-TABLE.
   05 ENTRY-ITEM OCCURS 10 TIMES ASCENDING KEY IS E-KEY E-KEY2 DESCENDING E-K3
         INDEXED BY E-IDX E-IDX2.
      10 E-KEY PIC X(4).
      10 E-KEY2 PIC X(4).
      10 E-K3 PIC 9.
01 WS-REDEF REDEFINES WS-TABLE PIC X(90).
01 STATUS-CODE PIC XX.
   88 STATUS-OK VALUE "00" "02" THRU "09".
   88 STATUS-EOF VALUES ARE "10".
   88 STATUS-BAD VALUE IS "30" THROUGH "99" FALSE IS "00".
66 ALIAS-A RENAMES E-KEY.
66 ALIAS-B RENAMES WS-TABLE THRU WS-REDEF.
01 EXT-ITEM PIC X EXTERNAL.
01 HEXVAL PIC X(2) VALUE X"0D25".
01 PIC-END-PERIOD PIC 9(5).
EXEC SQL BEGIN DECLARE SECTION END-EXEC.
LOCAL-STORAGE SECTION.
01 LS-A PIC X.
LINKAGE SECTION.
01 LK-PARM.
   05 LK-LEN PIC S9(4) COMP.
PROCEDURE DIVISION USING LK-PARM BY VALUE LK-LEN RETURNING LS-A.
    GOBACK.
)");
  ExpectCleanSllParse(result);
  // Clauses in any order, each with its own words: OCCURS owns its KEY and INDEXED phrases,
  // VALUE its ranges, and no clause leaks into the next entry.
  ExpectShapes(
      result, "fileDescription",
      {"(fileDescription FD IN-FILE (fileDescriptionClause IS EXTERNAL) (fileDescriptionClause "
       "BLOCK CONTAINS 0 RECORDS) (fileDescriptionClause RECORD CONTAINS 80 TO 120 CHARACTERS) "
       "(fileDescriptionClause LABEL RECORDS ARE STANDARD) (fileDescriptionClause VALUE OF FILE-ID "
       "IS \"X.DAT\") (fileDescriptionClause DATA RECORD IS IN-REC) (fileDescriptionClause "
       "RECORDING MODE IS F) (fileDescriptionClause CODE-SET IS MY-ALPHA) (fileDescriptionClause "
       "LINAGE IS 60 LINES WITH FOOTING AT 55 LINES AT TOP 3 LINES AT BOTTOM 3) . (dataEntry 01 "
       "IN-REC (dataClause PIC X(80)) .))",
       "(fileDescription FD VAR-FILE (fileDescriptionClause RECORD IS VARYING IN SIZE FROM 10 TO "
       "200 CHARACTERS DEPENDING ON REC-LEN) . (dataEntry 01 VAR-REC .) ...)",
       "(fileDescription SD SORT-FILE . (dataEntry 01 SORT-REC .) (dataEntry 05 SORT-KEY "
       "(dataClause PIC X(10)) .))"});
  ExpectShapes(
      result, "dataEntry",
      {"(dataEntry 01 IN-REC (dataClause PIC X(80)) .)",
       "(dataEntry 01 VAR-REC .)",
       "(dataEntry 05 VAR-LEN (dataClause PIC 9(4)) COMP .)",
       "(dataEntry 05 VAR-DATA (dataClause PIC X) (dataClause OCCURS 1 TO 196 TIMES DEPENDING ON "
       "VAR-LEN) .)",
       "(dataEntry 01 SORT-REC .)",
       "(dataEntry 05 SORT-KEY (dataClause PIC X(10)) .)",
       "(dataEntry 77 COUNTER (dataClause PIC S9(4)) COMP-3 (dataClause VALUE ZERO) .)",
       "(dataEntry 01 WS-GROUP (dataClause IS GLOBAL) .)",
       "(dataEntry 05 FILLER (dataClause PIC X(5)) (dataClause VALUE \"ABCDE\") .)",
       "(dataEntry 05 AMOUNT (dataClause PICTURE IS $$$,$$9.99CR) .)",
       "(dataEntry 05 RATE (dataClause PIC SV9(5)) (dataClause USAGE IS COMPUTATIONAL-3) "
       "(dataClause VALUE -.12345) .)",
       "(dataEntry 05 EDITED (dataClause PIC ZZ,ZZ9.99-) .)",
       "(dataEntry 05 BIG (dataClause PIC 9(18)) BINARY (dataClause SYNC RIGHT) .)",
       "(dataEntry 05 NAME-FIELD (dataClause PIC X(20)) (dataClause JUST RIGHT) .)",
       "(dataEntry 05 ZEDIT (dataClause PIC ZZZ9) (dataClause BLANK WHEN ZERO) .)",
       "(dataEntry 05 SIGNED-NUM (dataClause PIC S9(5)) (dataClause SIGN IS LEADING SEPARATE "
       "CHARACTER) .)",
       "(dataEntry 05 TRAIL-NUM (dataClause PIC S9(5)) TRAILING .)",
       "(dataEntry 05 PTR (dataClause USAGE POINTER) .)",
       "(dataEntry 05 IDX-ITEM INDEX .)",
       "(dataEntry 05 FLT COMP-1 .)",
       "(dataEntry 05 DBL (dataClause USAGE COMP-2) .)",
       "(dataEntry 05 NAT (dataClause PIC N(10)) (dataClause USAGE NATIONAL) .)",
       "(dataEntry 01 WS-TABLE .)",
       "(dataEntry 05 ENTRY-ITEM (dataClause OCCURS 10 TIMES ASCENDING KEY IS E-KEY E-KEY2 "
       "DESCENDING E-K3 INDEXED BY E-IDX E-IDX2) .)",
       "(dataEntry 10 E-KEY (dataClause PIC X(4)) .)",
       "(dataEntry 10 E-KEY2 (dataClause PIC X(4)) .)",
       "(dataEntry 10 E-K3 (dataClause PIC 9) .)",
       "(dataEntry 01 WS-REDEF (dataClause REDEFINES WS-TABLE) (dataClause PIC X(90)) .)",
       "(dataEntry 01 STATUS-CODE (dataClause PIC XX) .)",
       "(dataEntry 88 STATUS-OK (dataClause VALUE \"00\" (valueRange \"02\" THRU \"09\")) .)",
       "(dataEntry 88 STATUS-EOF (dataClause VALUES ARE \"10\") .)",
       "(dataEntry 88 STATUS-BAD (dataClause VALUE IS (valueRange \"30\" THROUGH \"99\")) "
       "(dataClause FALSE IS \"00\") .)",
       "(dataEntry 66 ALIAS-A (dataClause RENAMES E-KEY) .)",
       "(dataEntry 66 ALIAS-B (dataClause RENAMES WS-TABLE THRU WS-REDEF) .)",
       "(dataEntry 01 EXT-ITEM (dataClause PIC X) EXTERNAL .)",
       "(dataEntry 01 HEXVAL (dataClause PIC X(2)) (dataClause VALUE X\"0D25\") .)",
       "(dataEntry 01 PIC-END-PERIOD (dataClause PIC 9(5)) .)",
       "(dataEntry EXEC SQL BEGIN DECLARE SECTION END-EXEC .)",
       "(dataEntry 01 LS-A (dataClause PIC X) .)",
       "(dataEntry 01 LK-PARM .)",
       "(dataEntry 05 LK-LEN (dataClause PIC S9(4)) COMP .)"});
  ExpectShapes(result, "procedureUsing", {"(procedureUsing USING LK-PARM BY VALUE LK-LEN)"});
  ExpectShapes(result, "procedureReturning", {"(procedureReturning RETURNING LS-A)"});
}

// GnuCOBOL data constructs (cobc -std=default/ibm accept each): level 78 and CONSTANT AS,
// constant names as VALUE and OCCURS counts, BINARY-CHAR... [SIGNED/UNSIGNED], FLOAT-SHORT/LONG,
// COMP-6, BASED. SIGNED, CONSTANT, AS and BASED stay usable as names.
TEST(DivisionsTest, DialectDataClauses) {
  ParseResult result = ParseFreeFormat(R"(
IDENTIFICATION DIVISION.
PROGRAM-ID. DIALECT.
DATA DIVISION.
WORKING-STORAGE SECTION.
78 MAX-ITEMS VALUE 10.
01 LIMIT-C CONSTANT AS 25.
01 TITLE-C CONSTANT "T".
01 TBL.
   05 E PIC X OCCURS MAX-ITEMS TIMES.
   05 F PIC X OCCURS 1 TO LIMIT-C DEPENDING ON N.
01 N PIC 99 VALUE MAX-ITEMS.
01 BC USAGE BINARY-CHAR UNSIGNED.
01 BS BINARY-SHORT SIGNED.
01 BD BINARY-DOUBLE.
01 FS FLOAT-SHORT.
01 P6 PIC 9(5) COMP-6.
01 DYN PIC X(10) BASED.
01 SIGNED PIC X.
01 AS PIC X.
PROCEDURE DIVISION.
    DISPLAY MAX-ITEMS SIGNED AS.
)");
  ExpectCleanSllParse(result);
  ExpectShapes(
      result, "dataEntry",
      {"(dataEntry 78 MAX-ITEMS (dataClause VALUE 10) .)",
       "(dataEntry 01 LIMIT-C (dataClause CONSTANT AS 25) .)",
       "(dataEntry 01 TITLE-C (dataClause CONSTANT \"T\") .)", "(dataEntry 01 TBL .)",
       "(dataEntry 05 E (dataClause PIC X) (dataClause OCCURS MAX-ITEMS TIMES) .)",
       "(dataEntry 05 F (dataClause PIC X) (dataClause OCCURS 1 TO LIMIT-C DEPENDING ON "
       "N) .)",
       "(dataEntry 01 N (dataClause PIC 99) (dataClause VALUE MAX-ITEMS) .)",
       "(dataEntry 01 BC (dataClause USAGE (usage BINARY-CHAR UNSIGNED)) .)",
       "(dataEntry 01 BS (usage BINARY-SHORT SIGNED) .)", "(dataEntry 01 BD BINARY-DOUBLE .)",
       "(dataEntry 01 FS FLOAT-SHORT .)", "(dataEntry 01 P6 (dataClause PIC 9(5)) COMP-6 .)",
       "(dataEntry 01 DYN (dataClause PIC X(10)) BASED .)",
       "(dataEntry 01 SIGNED (dataClause PIC X) .)", "(dataEntry 01 AS (dataClause PIC X) .)"});
  // A constant needs its literal; a usage takes one of SIGNED and UNSIGNED.
  EXPECT_GT(ParseFreeFormat("IDENTIFICATION DIVISION.\nPROGRAM-ID. R.\nDATA DIVISION.\n"
                            "WORKING-STORAGE SECTION.\n01 C CONSTANT AS.\n")
                .error_count(),
            0u);
  EXPECT_GT(ParseFreeFormat("IDENTIFICATION DIVISION.\nPROGRAM-ID. R.\nDATA DIVISION.\n"
                            "WORKING-STORAGE SECTION.\n01 B BINARY-CHAR SIGNED UNSIGNED.\n")
                .error_count(),
            0u);
}

TEST(DivisionsTest, SectionsDeclarativesAndNestedPrograms) {
  ParseResult result = ParseFreeFormat(R"(
IDENTIFICATION DIVISION.
PROGRAM-ID. OUTER.
PROCEDURE DIVISION.
DECLARATIVES.
IO-ERRORS SECTION.
    USE AFTER STANDARD ERROR PROCEDURE ON IN-FILE MASTER.
IO-1.
    DISPLAY "IO ERROR".
DEBUG-SECTION SECTION.
    USE FOR DEBUGGING ON ALL PROCEDURES.
DEBUG-1.
    DISPLAY DEBUG-ITEM.
INPUT-ERRORS SECTION.
    USE GLOBAL AFTER EXCEPTION PROCEDURE INPUT.
END DECLARATIVES.
MAIN SECTION.
    CALL "INNER".
MAIN-1.
    STOP RUN.
SEG-50 SECTION 50.
P-50.
    EXIT.
IDENTIFICATION DIVISION.
PROGRAM-ID. INNER IS COMMON.
PROCEDURE DIVISION.
    EXIT PROGRAM.
END PROGRAM INNER.
END PROGRAM OUTER.
ID DIVISION.
PROGRAM-ID. SECOND.
PROCEDURE DIVISION.
    GOBACK.
END PROGRAM SECOND.
)");
  ExpectCleanSllParse(result);
  // OUTER holds INNER and ends after it; SECOND is a separate program.
  const TreeNode root = ReadTree(result);
  std::vector<std::string> nesting;
  for (const TreeNode* program : FindAll(root, "program")) {
    std::string names;
    for (const TreeNode* id : FindAll(*program, "programIdParagraph")) {
      names += Shape(id->children[2]) + " ";
    }
    nesting.push_back(names);
  }
  EXPECT_EQ(nesting, (std::vector<std::string>{"OUTER INNER ", "INNER ", "SECOND "}));
  // USE sentences open each declarative section; the other sections follow END DECLARATIVES.
  ExpectShapes(result, "programIdParagraph",
               {"(programIdParagraph PROGRAM-ID . OUTER .)",
                "(programIdParagraph PROGRAM-ID . INNER IS COMMON .)",
                "(programIdParagraph PROGRAM-ID . SECOND .)"});
  ExpectShapes(result, "endProgram",
               {"(endProgram END PROGRAM INNER .)", "(endProgram END PROGRAM OUTER .)",
                "(endProgram END PROGRAM SECOND .)"});
  ExpectShapes(result, "useStatement",
               {"(useStatement USE AFTER STANDARD ERROR PROCEDURE ON IN-FILE MASTER)",
                "(useStatement USE FOR DEBUGGING ON ALL PROCEDURES)",
                "(useStatement USE GLOBAL AFTER EXCEPTION PROCEDURE INPUT)"});
  ExpectShapes(
      result, "declaratives",
      {"(declaratives DECLARATIVES . (sectionHeader IO-ERRORS SECTION .) (useStatement USE AFTER "
       "STANDARD ERROR PROCEDURE ON IN-FILE MASTER) . (paragraph IO-1 . (sentence "
       "(displayStatement DISPLAY \"IO ERROR\") .)) (sectionHeader DEBUG-SECTION SECTION .) "
       "(useStatement USE FOR DEBUGGING ON ALL PROCEDURES) . (paragraph DEBUG-1 . (sentence "
       "(displayStatement DISPLAY DEBUG-ITEM) .)) (sectionHeader INPUT-ERRORS SECTION .) "
       "(useStatement USE GLOBAL AFTER EXCEPTION PROCEDURE INPUT) . END DECLARATIVES .)"});
  ExpectShapes(result, "section",
               {"(section (sectionHeader MAIN SECTION .) (sentence (callStatement CALL \"INNER\") "
                ".) (paragraph MAIN-1 . (sentence (stopStatement STOP RUN) .)))",
                "(section (sectionHeader SEG-50 SECTION 50 .) (paragraph P-50 . (sentence "
                "(exitStatement EXIT) .)))"});
}

TEST(DivisionsTest, ReportAndCommunicationSectionsAreParsedPermissively) {
  ParseResult result = ParseFreeFormat(R"(
IDENTIFICATION DIVISION.
PROGRAM-ID. RPT01.
DATA DIVISION.
COMMUNICATION SECTION.
CD CM-IN FOR INPUT SYMBOLIC QUEUE IS Q1 MESSAGE DATE IS MD MESSAGE COUNT IS MC.
01 CM-IN-REC PIC X(80).
REPORT SECTION.
RD SALES-REPORT CONTROLS ARE FINAL REGION PAGE LIMIT IS 60 LINES HEADING 1
    FIRST DETAIL 5.
01 TYPE IS PAGE HEADING.
   05 LINE 1.
      10 COLUMN 10 PIC X(20) VALUE "SALES REPORT".
01 DETAIL-LINE TYPE DETAIL LINE PLUS 1.
   05 COLUMN 5 PIC ZZ9.99 SOURCE AMOUNT.
   05 COLUMN 20 PIC ZZZ9.99 SUM AMOUNT RESET ON REGION.
PROCEDURE DIVISION.
    STOP RUN.
)");
  ExpectCleanSllParse(result);
  // Each entry is its level number and its clauses as one token run, up to its own period.
  ExpectShapes(
      result, "communicationDescription",
      {"(communicationDescription CD CM-IN (clauseTokens FOR INPUT SYMBOLIC QUEUE IS Q1 MESSAGE "
       "DATE IS MD MESSAGE COUNT IS MC) . (dataEntry 01 CM-IN-REC (dataClause PIC X(80)) .))"});
  ExpectShapes(result, "reportDescription",
               {"(reportDescription RD SALES-REPORT (clauseTokens CONTROLS ARE FINAL REGION PAGE "
                "LIMIT IS 60 LINES HEADING 1 FIRST DETAIL 5) . ...)"});
  ExpectShapes(
      result, "reportGroupEntry",
      {"(reportGroupEntry 01 (clauseTokens TYPE IS PAGE HEADING) .)",
       "(reportGroupEntry 05 (clauseTokens LINE 1) .)",
       "(reportGroupEntry 10 (clauseTokens COLUMN 10 PIC X(20) VALUE \"SALES REPORT\") .)",
       "(reportGroupEntry 01 (clauseTokens DETAIL-LINE TYPE DETAIL LINE PLUS 1) .)",
       "(reportGroupEntry 05 (clauseTokens COLUMN 5 PIC ZZ9.99 SOURCE AMOUNT) .)",
       "(reportGroupEntry 05 (clauseTokens COLUMN 20 PIC ZZZ9.99 SUM AMOUNT RESET ON REGION) .)"});
}

TEST(DivisionsTest, TypicalBankBatchProgram) {
  ParseResult result = ParseFreeFormat(R"(
IDENTIFICATION DIVISION.
PROGRAM-ID. 'POSTTRAN'.
ENVIRONMENT DIVISION.
INPUT-OUTPUT SECTION.
FILE-CONTROL.
    SELECT TRAN-FILE ASSIGN TO UT-S-TRANIN FILE STATUS IS WS-TRAN-FS.
    SELECT ACCT-FILE ASSIGN TO ACCTMAST ORGANIZATION IS INDEXED
        ACCESS MODE IS RANDOM RECORD KEY IS ACCT-KEY FILE STATUS IS WS-ACCT-FS.
DATA DIVISION.
FILE SECTION.
FD TRAN-FILE RECORDING MODE IS F BLOCK CONTAINS 0 RECORDS LABEL RECORDS ARE STANDARD.
01 TRAN-REC.
   05 TRAN-ACCT PIC X(10).
   05 TRAN-AMT PIC S9(11)V99 COMP-3.
   05 TRAN-TYPE PIC X.
      88 TRAN-CREDIT VALUE 'C'.
      88 TRAN-DEBIT VALUE 'D'.
FD ACCT-FILE.
01 ACCT-REC.
   05 ACCT-KEY PIC X(10).
   05 ACCT-BAL PIC S9(13)V99 COMP-3.
WORKING-STORAGE SECTION.
01 WS-TRAN-FS PIC XX VALUE SPACES.
01 WS-ACCT-FS PIC XX VALUE SPACES.
01 WS-EOF-SW PIC X VALUE 'N'.
   88 WS-EOF VALUE 'Y'.
01 WS-COUNTERS.
   05 WS-READ-CNT PIC S9(9) COMP VALUE ZERO.
   05 WS-ERR-CNT PIC S9(9) COMP VALUE ZERO.
01 WS-DATE PIC 9(8).
01 WS-PTR USAGE IS POINTER.
01 WS-TABLE.
   05 WS-ENTRY OCCURS 0 TO 500 TIMES DEPENDING ON WS-READ-CNT
         ASCENDING KEY IS WS-E-KEY INDEXED BY WS-IDX.
      10 WS-E-KEY PIC X(10).
      10 WS-E-AMT PIC S9(11)V99 COMP-3.
   EXEC SQL INCLUDE SQLCA END-EXEC.
LINKAGE SECTION.
01 LK-PARM.
   05 LK-LEN PIC S9(4) COMP.
   05 LK-DATA PIC X(100).
PROCEDURE DIVISION USING LK-PARM.
0000-MAIN.
    PERFORM 1000-INIT THRU 1000-EXIT
    PERFORM 2000-PROCESS UNTIL WS-EOF
    PERFORM 9000-TERM
    MOVE ZERO TO RETURN-CODE
    GOBACK.
1000-INIT.
    ACCEPT WS-DATE FROM DATE YYYYMMDD
    MOVE FUNCTION CURRENT-DATE(1:8) TO WS-DATE
    INITIALIZE WS-COUNTERS
    OPEN INPUT TRAN-FILE I-O ACCT-FILE
    IF WS-TRAN-FS NOT = '00'
       DISPLAY 'OPEN ERROR ' WS-TRAN-FS UPON CONSOLE
       CALL 'CEE3ABD' USING WS-ERR-CNT, WS-READ-CNT
    END-IF.
1000-EXIT.
    EXIT.
2000-PROCESS.
    READ TRAN-FILE
       AT END SET WS-EOF TO TRUE
       NOT AT END
          ADD 1 TO WS-READ-CNT
          EVALUATE TRUE
             WHEN TRAN-CREDIT AND TRAN-AMT > ZERO
                PERFORM 2100-CREDIT
             WHEN TRAN-DEBIT
                PERFORM 2200-DEBIT
             WHEN OTHER
                ADD 1 TO WS-ERR-CNT
                DISPLAY 'BAD TYPE: ' TRAN-TYPE ' ACCT ' TRAN-ACCT(1:4)
          END-EVALUATE
    END-READ.
2100-CREDIT.
    MOVE TRAN-ACCT TO ACCT-KEY
    READ ACCT-FILE INVALID KEY ADD 1 TO WS-ERR-CNT GO TO 2100-EXIT END-READ
    COMPUTE ACCT-BAL ROUNDED = ACCT-BAL + TRAN-AMT * 1.0
       ON SIZE ERROR DISPLAY 'OVERFLOW ' ACCT-KEY
    END-COMPUTE
    REWRITE ACCT-REC INVALID KEY ADD 1 TO WS-ERR-CNT END-REWRITE
    SEARCH ALL WS-ENTRY
       AT END CONTINUE
       WHEN WS-E-KEY(WS-IDX) = TRAN-ACCT
          ADD TRAN-AMT TO WS-E-AMT(WS-IDX)
    END-SEARCH
    EXEC SQL
       UPDATE ACCOUNTS SET BAL = BAL + :TRAN-AMT WHERE ACCT = :TRAN-ACCT
    END-EXEC
    IF SQLCODE NOT = 0 AND NOT = 100
       PERFORM 9999-ABEND
    END-IF.
2100-EXIT.
    EXIT.
2200-DEBIT.
    SET ADDRESS OF LK-PARM TO WS-PTR
    STRING TRAN-ACCT DELIMITED BY SPACE '-' DELIMITED BY SIZE INTO LK-DATA
    INSPECT LK-DATA REPLACING ALL LOW-VALUES BY SPACES
    PERFORM VARYING WS-IDX FROM 1 BY 1 UNTIL WS-IDX > WS-READ-CNT OR WS-EOF
       IF WS-E-KEY(WS-IDX) = SPACES NEXT SENTENCE END-IF
    END-PERFORM.
9000-TERM.
    CLOSE TRAN-FILE ACCT-FILE
    DISPLAY 'READ: ' WS-READ-CNT ' ERRORS: ' WS-ERR-CNT.
9999-ABEND.
    MOVE 16 TO RETURN-CODE
    STOP RUN.
)");
  ExpectCleanSllParse(result);
  // Paragraph boundaries, sentence ends, and the phrases of the nested statements.
  ExpectShapes(
      result, "paragraph",
      {"(paragraph 0000-MAIN . (sentence (performStatement PERFORM (performProcedure 1000-INIT "
       "THRU 1000-EXIT)) (performStatement PERFORM (performProcedure 2000-PROCESS (performLoop "
       "UNTIL WS-EOF))) (performStatement PERFORM 9000-TERM) (moveStatement MOVE ZERO TO "
       "RETURN-CODE) (gobackStatement GOBACK) .))",
       "(paragraph 1000-INIT . (sentence (acceptStatement ACCEPT WS-DATE FROM DATE YYYYMMDD) "
       "(moveStatement MOVE ... TO WS-DATE) (initializeStatement INITIALIZE WS-COUNTERS) "
       "(openStatement OPEN INPUT TRAN-FILE I-O ACCT-FILE) (ifStatement IF ... END-IF) .))",
       "(paragraph 1000-EXIT . (sentence (exitStatement EXIT) .))",
       "(paragraph 2000-PROCESS . (sentence (readStatement READ TRAN-FILE (atEndPhrases AT END "
       "(setStatement SET WS-EOF TO TRUE) NOT AT END (statements (addStatement ADD 1 TO "
       "WS-READ-CNT) (evaluateStatement EVALUATE TRUE (evaluateWhen WHEN (condition TRAN-CREDIT "
       "AND (condition TRAN-AMT (conditionTail > ZERO))) (performStatement PERFORM 2100-CREDIT)) "
       "(evaluateWhen WHEN TRAN-DEBIT (performStatement PERFORM 2200-DEBIT)) WHEN OTHER "
       "(statements (addStatement ADD 1 TO WS-ERR-CNT) (displayStatement DISPLAY 'BAD TYPE: ' "
       "TRAN-TYPE ' ACCT ' (identifier TRAN-ACCT (parenthesizedSuffix ( 1 : 4 ))))) "
       "END-EVALUATE))) END-READ) .))",
       "(paragraph 2100-CREDIT . (sentence (moveStatement MOVE TRAN-ACCT TO ACCT-KEY) "
       "(readStatement READ ACCT-FILE (invalidKeyPhrases INVALID KEY (statements (addStatement ADD "
       "1 TO WS-ERR-CNT) (goToStatement GO TO 2100-EXIT))) END-READ) (computeStatement COMPUTE "
       "(arithmeticTarget ACCT-BAL ROUNDED) = ... (sizeErrorPhrases ON SIZE ERROR "
       "(displayStatement DISPLAY ... ACCT-KEY)) END-COMPUTE) (rewriteStatement REWRITE ACCT-REC "
       "(invalidKeyPhrases INVALID KEY (addStatement ADD 1 TO WS-ERR-CNT)) END-REWRITE) "
       "(searchStatement SEARCH ALL WS-ENTRY AT END (continueStatement CONTINUE) WHEN ... "
       "END-SEARCH) (execStatement EXEC SQL...END-EXEC) (ifStatement IF (condition (condition "
       "SQLCODE (conditionTail (relationalOperator NOT =) 0)) AND (condition NOT (condition "
       "= 100))) (performStatement PERFORM 9999-ABEND) END-IF) .))",
       "(paragraph 2100-EXIT . (sentence (exitStatement EXIT) .))",
       "(paragraph 2200-DEBIT . (sentence (setStatement SET (identifier ADDRESS OF LK-PARM) TO "
       "WS-PTR) (stringStatement STRING ... INTO LK-DATA) (inspectStatement INSPECT ...) "
       "(performStatement PERFORM (performInline (performLoop VARYING (performVarying WS-IDX FROM "
       "1 BY 1 UNTIL (condition (condition WS-IDX (conditionTail > WS-READ-CNT)) OR WS-EOF))) "
       "(ifStatement IF ... (nextSentenceStatement NEXT SENTENCE) END-IF) END-PERFORM)) .))",
       "(paragraph 9000-TERM . (sentence (closeStatement CLOSE TRAN-FILE ACCT-FILE) "
       "(displayStatement DISPLAY ...) .))",
       "(paragraph 9999-ABEND . (sentence (moveStatement MOVE 16 TO RETURN-CODE) (stopStatement "
       "STOP RUN) .))"});
}

TEST(DivisionsTest, KeywordsAreCaseInsensitive) {
  ParseResult result = ParseFreeFormat(R"(
identification division.
program-id. lower.
data division.
working-storage section.
01 a pic x(3) value 'abc'.
procedure division.
    move Spaces to a
    if a is not numeric display a end-if
    stop run.
)");
  ExpectCleanSllParse(result);
  // Lower-case keywords select the same rules; the tree keeps the source spelling.
  ExpectShapes(
      result, "sentence",
      {"(sentence (moveStatement move Spaces to a) (ifStatement if (condition a (conditionTail is "
       "not numeric)) (displayStatement display a) end-if) (stopStatement stop run) .)"});
}

}  // namespace
}  // namespace remint::cobol::testing
