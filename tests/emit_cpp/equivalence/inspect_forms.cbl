       IDENTIFICATION DIVISION.
       PROGRAM-ID. INSPECT-FORMS.
      * INSPECT TALLYING (several counters and clauses, CHARACTERS,
      * ALL, LEADING, BEFORE/AFTER in the order written), REPLACING
      * (CHARACTERS, ALL, LEADING, FIRST, figurative and ALL literal
      * BY operands), TALLYING with REPLACING, CONVERTING; numeric
      * DISPLAY items with overpunched and separate signs, table
      * elements, reference-modified items and counters of several
      * formats. An ALL literal after a clause starts an ALL clause.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 TXT         PIC X(30) VALUE "AABBA-ABAB.CAB AB  AA*AB".
       01 WRK         PIC X(30).
       01 C1          PIC 99 VALUE 0.
       01 C2          PIC S9(3) COMP VALUE 0.
       01 C3          PIC 9(3)V9 COMP-3 VALUE 0.
       01 C4          PIC 9 VALUE 5.
       01 C5-AREA.
          05 C5       PIC 99.
       01 PAT         PIC X(2) VALUE "AB".
       01 BY2         PIC X(2) VALUE "**".
       01 DOT         PIC X VALUE ".".
       01 LEN         PIC 9 VALUE 1.
       01 NUM-T       PIC S9(5) VALUE -12034.
       01 NUM-L       PIC S9(5) SIGN LEADING SEPARATE VALUE +10200.
       01 NUM-U       PIC 9(6) VALUE 100200.
       01 NEG-ONE     PIC S9 VALUE -1.
       01 TBL.
          05 ROW      PIC X(6) OCCURS 3 VALUE "A.B.C.".
       01 IX          PIC 9 VALUE 2.
       01 GRP.
          05 G-A      PIC X(3) VALUE "XAX".
          05 G-N      PIC 9(3) VALUE 101.
       PROCEDURE DIVISION.
       MAIN-PARA.
           MOVE 0 TO C1 C2 C3
           INSPECT TXT TALLYING C1 FOR ALL "AB"
                                C2 FOR CHARACTERS BEFORE INITIAL "."
                                C3 FOR LEADING "A"
           DISPLAY "T1 " C1 " " C2 " " C3
      * libcob: each clause scans the whole region; positions taken
      * by an earlier clause are skipped.
           MOVE 0 TO C1 C2
           INSPECT TXT TALLYING C1 FOR ALL "B" C2 FOR ALL "AB"
           DISPLAY "T2 " C1 " " C2
           MOVE 0 TO C1 C2
           INSPECT TXT TALLYING C1 FOR ALL "A" AFTER "." BEFORE " "
                                C2 FOR ALL "A" BEFORE " " AFTER "."
           DISPLAY "T3 " C1 " " C2
           MOVE 0 TO C1
           INSPECT TXT TALLYING C1 FOR ALL SPACES
                                       ALL PAT AFTER DOT
           DISPLAY "T4 " C1
      * LEADING "A" then ALL "B": the ALL starts a clause of its own.
           MOVE 0 TO C1
           INSPECT TXT TALLYING C1 FOR LEADING "A" ALL "B"
           DISPLAY "T5 " C1
      * A zero count leaves the counter as it is; a large one is cut.
           MOVE "XY" TO C5-AREA
           INSPECT TXT TALLYING C5 FOR ALL "Q"
           INSPECT TXT TALLYING C4 FOR CHARACTERS
           DISPLAY "T6 " C5-AREA " " C4
           MOVE 0 TO C1
           INSPECT TXT TALLYING C1 FOR CHARACTERS AFTER "ZZ"
                                   C1 FOR ALL "C" BEFORE "NOPE"
           DISPLAY "T7 " C1
      * A numeric operand is its bytes, overpunched sign included.
           MOVE "12q1q" TO WRK
           MOVE 0 TO C1
           INSPECT WRK TALLYING C1 FOR ALL NEG-ONE
           DISPLAY "T8 " C1

           MOVE TXT TO WRK
           INSPECT WRK REPLACING ALL "AB" BY "XY"
                                 LEADING "A" BY "L"
                                 FIRST "C" BY ZERO
           DISPLAY "R1 [" WRK "]"
           MOVE TXT TO WRK
           INSPECT WRK REPLACING CHARACTERS BY "#" AFTER "-"
                                 BEFORE "*"
           DISPLAY "R2 [" WRK "]"
           MOVE TXT TO WRK
           INSPECT WRK REPLACING ALL "A" BY SPACE
                                 ALL "AB" BY ALL "QR"
                                 ALL SPACES BY "_"
           DISPLAY "R3 [" WRK "]"
           MOVE TXT TO WRK
           INSPECT WRK REPLACING FIRST "A" BY "1"
                                 ALL "A" BY "2" AFTER "."
           DISPLAY "R4 [" WRK "]"
           MOVE TXT TO WRK
           INSPECT WRK REPLACING ALL PAT BY BY2 BEFORE DOT
                                 LEADING "A" BY "B"
           DISPLAY "R5 [" WRK "]"
      * Operands of different sizes: the clause replaces nothing.
           MOVE TXT TO WRK
           INSPECT WRK REPLACING ALL PAT BY BY2(1:LEN)
                                 ALL "C" BY "c"
           DISPLAY "R6 [" WRK "]"

           MOVE TXT TO WRK
           MOVE 0 TO C1
           INSPECT WRK TALLYING C1 FOR ALL "A"
                       REPLACING ALL "A" BY "a" AFTER "B"
           DISPLAY "B1 " C1 " [" WRK "]"

           MOVE TXT TO WRK
           INSPECT WRK CONVERTING "ABC" TO "xyz"
           DISPLAY "V1 [" WRK "]"
           MOVE TXT TO WRK
           INSPECT WRK CONVERTING "AB*" TO SPACE AFTER "-"
           DISPLAY "V2 [" WRK "]"
           MOVE TXT TO WRK
           INSPECT WRK CONVERTING "ABA" TO "123" BEFORE INITIAL " "
           DISPLAY "V3 [" WRK "]"
           MOVE TXT TO WRK
           INSPECT WRK CONVERTING PAT TO BY2 AFTER DOT
           DISPLAY "V4 [" WRK "]"

      * Numeric DISPLAY items: the sign comes off and goes back.
           MOVE 0 TO C1
           INSPECT NUM-T TALLYING C1 FOR ALL "0"
           INSPECT NUM-T REPLACING ALL "0" BY "7"
           DISPLAY "N1 " C1 " " NUM-T
           INSPECT NUM-T REPLACING CHARACTERS BY "3"
           DISPLAY "N2 " NUM-T
           INSPECT NUM-L REPLACING ALL "0" BY "9"
           DISPLAY "N3 " NUM-L
           INSPECT NUM-L REPLACING CHARACTERS BY "1"
           DISPLAY "N4 " NUM-L
           INSPECT NUM-U CONVERTING "012" TO "987"
           DISPLAY "N5 " NUM-U
           MOVE 0 TO C1
           INSPECT NUM-L TALLYING C1 FOR CHARACTERS
           DISPLAY "N6 " C1

      * Table elements, reference modification, groups.
           INSPECT ROW(IX) REPLACING ALL "." BY "-"
           DISPLAY "S1 " TBL
           MOVE 1 TO IX
           INSPECT ROW(IX + 2) CONVERTING "ABC" TO "abc"
           DISPLAY "S2 " TBL
           MOVE 0 TO C1
           INSPECT TXT(5:10) TALLYING C1 FOR ALL "A"
           DISPLAY "S3 " C1
           MOVE TXT TO WRK
           INSPECT WRK(IX + 1:C4) REPLACING ALL "A" BY "@"
           DISPLAY "S4 [" WRK "]"
           INSPECT GRP REPLACING ALL "X" BY "Y" ALL "1" BY "2"
           DISPLAY "S5 " GRP " " G-N
           MOVE 1 TO IX
           INSPECT ROW(IX) TALLYING IX FOR ALL "A"
                           REPLACING ALL "A" BY "Z"
           DISPLAY "S6 " TBL " " IX
           STOP RUN.
