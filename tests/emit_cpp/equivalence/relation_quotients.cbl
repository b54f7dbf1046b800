       IDENTIFICATION DIVISION.
       PROGRAM-ID. RELATION-QUOTIENTS.
      * DIALECT: cobol85
      * Relations and sign conditions with divisions: quotients kept
      * to 38 decimals, and quotients by zero, which cobc compares as
      * not-a-number holding the dividend (as large as its sign says,
      * or zero), passed on by + - * / holding the left operand; unary
      * minus is 0 - x; two such values compare their digits as held.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 A                PIC 9(3) VALUE 10.
       01 B                PIC 9(3) VALUE 0.
       01 C                PIC S9(3) VALUE -5.
       01 H                PIC 9V9 VALUE 1.5.
       01 I                PIC 9 VALUE 0.
       PROCEDURE DIVISION.
           IF A / B = 0 DISPLAY "EQ0" ELSE DISPLAY "NE0".
           IF A / B > 0 DISPLAY "GT0" ELSE DISPLAY "NGT0".
           IF A / B < 0 DISPLAY "LT0" ELSE DISPLAY "NLT0".
           IF A / B = A / B DISPLAY "EQSELF" ELSE DISPLAY "NESELF".
           IF A / B > 999999 DISPLAY "GTBIG" ELSE DISPLAY "NGTBIG".
           IF C / B < -999999 DISPLAY "CLTNEG" ELSE DISPLAY "CNLTNEG".
           IF 0 = A / B DISPLAY "0EQ" ELSE DISPLAY "0NE".
           IF 5 < A / B DISPLAY "5LT" ELSE DISPLAY "5NLT".
           IF A / B + 1 = 1 DISPLAY "P1EQ1" ELSE DISPLAY "P1NE1".
           IF 1 + A / B < 5 DISPLAY "1PLT5" ELSE DISPLAY "1PNLT5".
           IF C + A / B < 5 DISPLAY "CPLT5" ELSE DISPLAY "CPNLT5".
           IF A / B * 2 > 0 DISPLAY "M2GT" ELSE DISPLAY "M2NGT".
           IF - (A / B) = 0 DISPLAY "NEGEQ" ELSE DISPLAY "NEGNEQ".
           IF - (C / B) < 0 DISPLAY "CNEGLT" ELSE DISPLAY "CNEGNLT".
           IF B / B = 0 DISPLAY "00EQ" ELSE DISPLAY "00NEQ".
           IF B / B < 1 DISPLAY "00LT1" ELSE DISPLAY "00NLT1".
           IF A / B < A * 1.0 / B DISPLAY "SCLT" ELSE DISPLAY "SCNLT".
           IF H / B > A / B DISPLAY "HGT" ELSE DISPLAY "HNGT".
           IF A / 4 = 2.5 DISPLAY "Q25" ELSE DISPLAY "QN25".
           IF A / 3 = 3.333333 DISPLAY "Q3" ELSE DISPLAY "QN3".
           IF A / 3 * 3 < 10 DISPLAY "Q10LT" ELSE DISPLAY "Q10NLT".
           IF A / B IS POSITIVE DISPLAY "POS" ELSE DISPLAY "NPOS".
           IF A / B IS ZERO DISPLAY "ZER" ELSE DISPLAY "NZER".
           IF C / B IS NEGATIVE DISPLAY "NEG" ELSE DISPLAY "NNEG".
           IF B / B IS ZERO DISPLAY "00ZER" ELSE DISPLAY "00NZER".
           PERFORM VARYING I FROM 0 BY 1 UNTIL A / I < 4
               DISPLAY "I " I
           END-PERFORM.
           EVALUATE TRUE
               WHEN A / B > 100 DISPLAY "EVAL BIG"
               WHEN OTHER DISPLAY "EVAL OTHER"
           END-EVALUATE.
           STOP RUN.
