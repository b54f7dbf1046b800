      * REPOSITORY FUNCTION ALL INTRINSIC and FUNCTION name INTRINSIC:
      * intrinsic functions called without the word FUNCTION (cobc
      * -std=default and COBOL 2002 on). LENGTH OF stays the special
      * register; EXEC blocks keep their own words.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. ALLINTR.
       ENVIRONMENT DIVISION.
       CONFIGURATION SECTION.
       REPOSITORY.
           FUNCTION ALL INTRINSIC.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  NAME-IN                 PIC X(12) VALUE "  remint  ".
       01  NAME-OUT                PIC X(12).
       01  N                       PIC 9(4).
       01  STAMP                   PIC X(8).
       PROCEDURE DIVISION.
       MAIN-PARA.
           MOVE UPPER-CASE(TRIM(NAME-IN)) TO NAME-OUT
           COMPUTE N = LENGTH(NAME-IN) + MAX(3, 7) + MOD(10, 4)
           COMPUTE N = N + LENGTH OF NAME-OUT
           MOVE CURRENT-DATE(1:8) TO STAMP
           IF FUNCTION REVERSE(NAME-OUT) = SPACES
              DISPLAY "EMPTY"
           END-IF
           DISPLAY NAME-OUT N
           GOBACK.
