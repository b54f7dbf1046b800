       IDENTIFICATION DIVISION.
       PROGRAM-ID. DIVIDE-REMAINDER.
      * DIVIDE ... GIVING ... REMAINDER: the remainder from the
      * quotient truncated at the quotient item's scale (even when the
      * quotient is ROUNDED or has a size error), signs, packed and
      * binary items, division by zero, SIZE ERROR phrases; ZERO as an
      * arithmetic operand.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 Q           PIC 9.
       01 Q2          PIC S99V9.
       01 Q3          PIC S9(4) COMP-3.
       01 Q4          PIC S9(3)V99 COMP.
       01 R           PIC S9V99.
       01 R2          PIC S9.
       01 R3          PIC S9(3)V9(3) COMP-3.
       01 R4          PIC 9V9.
       01 A           PIC S9(5)V99 VALUE -12345.67.
       01 B           PIC S9(3)V9 VALUE 12.3.
       01 I           PIC 9(2).
       01 DIVISORS.
          05 D-VALUES PIC X(40).
          05 D REDEFINES D-VALUES PIC S9(3)V9 SIGN LEADING SEPARATE
                                   OCCURS 8.
       PROCEDURE DIVISION.
      * Moved here: cobc would initialize D (SIGN SEPARATE) over a VALUE.
           MOVE "+0030-0070+2500+0001-0010+9999+0007+0000" TO D-VALUES.
           MOVE 7 TO Q. MOVE 5 TO R.
           DIVIDE 100 BY 3 GIVING Q REMAINDER R
             ON SIZE ERROR DISPLAY "SE " Q " " R
             NOT ON SIZE ERROR DISPLAY "OK " Q " " R.
           DIVIDE 10 BY 3 GIVING Q REMAINDER R
             ON SIZE ERROR DISPLAY "SE " Q " " R
             NOT ON SIZE ERROR DISPLAY "OK " Q " " R.
           DIVIDE -10 BY 3 GIVING Q2 ROUNDED REMAINDER R.
           DISPLAY Q2 " " R.
           DIVIDE 10 BY 0 GIVING Q2 REMAINDER R
             ON SIZE ERROR DISPLAY "ZD " Q2 " " R.
           DIVIDE 3 INTO 100 GIVING Q2 REMAINDER R2
             ON SIZE ERROR DISPLAY "SE2 " Q2 " " R2
             NOT ON SIZE ERROR DISPLAY "OK2 " Q2 " " R2.
           DIVIDE 100 BY 3 GIVING Q REMAINDER R.
           DISPLAY "NOPHRASE " Q " " R.
           PERFORM VARYING I FROM 1 BY 1 UNTIL I > 8
               DIVIDE A BY D(I) GIVING Q3 REMAINDER R3
                 ON SIZE ERROR DISPLAY "SE3 " I " " Q3 " " R3
                 NOT ON SIZE ERROR DISPLAY "OK3 " I " " Q3 " " R3
               END-DIVIDE
               DIVIDE D(I) INTO B GIVING Q4 ROUNDED
                 REMAINDER R4 ROUNDED
               DISPLAY "Q4 " I " " Q4 " " R4
               DIVIDE B BY D(I) GIVING Q2 REMAINDER R
               DISPLAY "Q2 " I " " Q2 " " R
           END-PERFORM.
           ADD ZERO TO A. DISPLAY A.
           SUBTRACT A FROM ZERO GIVING B
             ON SIZE ERROR DISPLAY "B SIZE " B.
           COMPUTE Q3 = A * ZERO + 7. DISPLAY Q3.
           STOP RUN.
