       IDENTIFICATION DIVISION.
       PROGRAM-ID. INTRINSIC-EVALUATE.
      * FUNCTION calls as EVALUATE subjects and objects: numeric
      * results compared by value with values and THRU ranges,
      * alphanumeric results space padded against literals,
      * figurative constants and ALL literals, ALSO, NOT, and a
      * subject called again for each object it is compared with, as
      * cobc calls it (FUNCTION RANDOM draws once per test).
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 N           PIC S9(3)V9 VALUE 7.5.
       01 X           PIC X(5) VALUE "abc".
       01 R           PIC 9V9(6).
       01 I           PIC 99.
       PROCEDURE DIVISION.
           EVALUATE FUNCTION ACOS(0)
             WHEN 1.57076 THRU 1.57082 DISPLAY "ACOS IN RANGE"
             WHEN OTHER DISPLAY "ACOS OUT OF RANGE"
           END-EVALUATE.
           EVALUATE FUNCTION INTEGER(N)
             WHEN 6 DISPLAY "SIX"
             WHEN 7 DISPLAY "SEVEN"
             WHEN OTHER DISPLAY "OTHER"
           END-EVALUATE.
           EVALUATE FUNCTION INTEGER(N) + 1
             WHEN NOT 0 THRU 7 DISPLAY "ABOVE SEVEN"
             WHEN OTHER DISPLAY "AT MOST SEVEN"
           END-EVALUATE.
           EVALUATE FUNCTION UPPER-CASE(X)
             WHEN "abc" DISPLAY "LOWER"
             WHEN "ABC" DISPLAY "UPPER"
             WHEN OTHER DISPLAY "NEITHER"
           END-EVALUATE.
           EVALUATE FUNCTION REVERSE(X)
             WHEN SPACES DISPLAY "BLANK"
             WHEN "  cba" DISPLAY "REVERSED"
             WHEN OTHER DISPLAY "NOT REVERSED"
           END-EVALUATE.
           EVALUATE FUNCTION LOWER-CASE("  ")
             WHEN ALL "x" DISPLAY "ALL X"
             WHEN SPACE DISPLAY "SPACE"
           END-EVALUATE.
           EVALUATE FUNCTION SIGN(N - 7.5)
             WHEN ZERO DISPLAY "SIGN ZERO"
             WHEN OTHER DISPLAY "SIGN NOT ZERO"
           END-EVALUATE.
           EVALUATE FUNCTION MOD(7 3) ALSO FUNCTION UPPER-CASE(X)
             WHEN 1 ALSO "abc" DISPLAY "ONE LOWER"
             WHEN 1 ALSO "ABC" DISPLAY "ONE UPPER"
             WHEN ANY ALSO ANY DISPLAY "ANY"
           END-EVALUATE.
           EVALUATE N
             WHEN FUNCTION MAX(1 2 3) DISPLAY "MAX"
             WHEN FUNCTION MIN(7.5 9) THRU FUNCTION MAX(8 9)
               DISPLAY "MIN THRU MAX"
           END-EVALUATE.
           EVALUATE X
             WHEN FUNCTION LOWER-CASE("ABC") DISPLAY "X IS abc"
           END-EVALUATE.
           EVALUATE TRUE
             WHEN FUNCTION LENGTH(X) > 5 DISPLAY "LONG"
             WHEN FUNCTION LENGTH(X) = 5 DISPLAY "FIVE"
           END-EVALUATE.
           MOVE FUNCTION RANDOM(11) TO R.
           PERFORM 4 TIMES
             EVALUATE FUNCTION RANDOM
               WHEN 0 THRU 0.25 DISPLAY "Q1"
               WHEN 0.25 THRU 0.5 DISPLAY "Q2"
               WHEN 0.5 THRU 0.75 DISPLAY "Q3"
               WHEN OTHER DISPLAY "Q4"
             END-EVALUATE
           END-PERFORM.
           MOVE FUNCTION RANDOM TO R.
           DISPLAY "NEXT RANDOM " R.
           STOP RUN.
