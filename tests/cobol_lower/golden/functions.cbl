      * Intrinsic functions (remint-dialect: ibm), LENGTH OF, LINAGE,
      * abbreviated combined relations, signed literals as arguments.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. FUNCS.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT PRT ASSIGN TO "PRT" ORGANIZATION LINE SEQUENTIAL.
       DATA DIVISION.
       FILE SECTION.
       FD  PRT LINAGE IS 60 LINES WITH FOOTING AT 55
               LINES AT TOP 2 LINES AT BOTTOM WS-BOTTOM.
       01  PRT-LINE                PIC X(80).
       WORKING-STORAGE SECTION.
       01  WS-BOTTOM               PIC 99 VALUE 3.
       01  WS-NUM                  PIC S9(7)V99 VALUE 0.
       01  WS-INT                  PIC S9(9) VALUE 0.
       01  WS-TEXT                 PIC X(12) VALUE "remint".
       01  WS-DATE                 PIC X(8).
       01  WS-TABLE.
           05 WS-AMOUNT            PIC 9(3) OCCURS 4 VALUE 7.
       PROCEDURE DIVISION.
       MAIN-PARA.
           COMPUTE WS-NUM = FUNCTION MAX(5, -2, -14, 0)
           COMPUTE WS-NUM = FUNCTION SQRT(WS-NUM) + FUNCTION PI
           COMPUTE WS-INT = FUNCTION SUM(WS-AMOUNT(1) WS-AMOUNT(4))
           COMPUTE WS-INT = FUNCTION INTEGER-OF-DATE(20261126)
           MOVE FUNCTION CURRENT-DATE(1:8) TO WS-DATE
           MOVE FUNCTION UPPER-CASE(WS-TEXT) TO WS-TEXT
           MOVE LENGTH OF WS-TEXT TO WS-INT
           IF WS-INT = 1 OR 2 OR > 10
               DISPLAY "ABBREVIATED"
           END-IF
           IF WS-INT NOT = 3 AND 4
               DISPLAY "NOT ABBREVIATED"
           END-IF
           STOP RUN.
