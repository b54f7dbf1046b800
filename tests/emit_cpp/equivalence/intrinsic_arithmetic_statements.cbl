       IDENTIFICATION DIVISION.
       PROGRAM-ID. INTRINSIC-ARITHMETIC-STATEMENTS.
      * FUNCTION calls as operands of ADD, SUBTRACT, MULTIPLY and
      * DIVIDE (cob_decimal arithmetic, ROUNDED, SIZE ERROR on any
      * receiving item, division by zero) and as PERFORM ... TIMES
      * counts. With one operand and no GIVING cobc calls the
      * function again for each receiving item (FUNCTION RANDOM draws
      * once per item); otherwise once, in cobc's order.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 N           PIC S9(3)V99 VALUE 10.
       01 M           PIC S9(3)V99 VALUE 10.
       01 Q           PIC S9(3)V99 VALUE 10.
       01 U           PIC 9(3)V9 VALUE 5.
       01 B           PIC S9(4) COMP VALUE 7.
       01 P           PIC S9(5)V9(3) COMP-3 VALUE 1.5.
       01 Z           PIC 9 VALUE 0.
       01 R           PIC 9V9(6).
       01 C           PIC 999 VALUE 0.
       PROCEDURE DIVISION.
           ADD FUNCTION ABS(-3.5) TO N.
           DISPLAY "ADD " N.
           ADD FUNCTION ABS(-3.5) 2 TO N M.
           DISPLAY "ADD2 " N " " M.
           ADD FUNCTION ABS(-3.5) 2 GIVING N ROUNDED.
           DISPLAY "GIVING " N.
           ADD FUNCTION PI TO B P U ROUNDED.
           DISPLAY "PI " B " " P " " U.
           ADD 1 FUNCTION E TO FUNCTION PI GIVING Q ROUNDED N.
           DISPLAY "ADD TO GIVING " Q " " N.
           SUBTRACT FUNCTION ABS(-3.5) FROM N GIVING M.
           DISPLAY "SUB " M.
           SUBTRACT FUNCTION SQRT(2) 1 FROM N M ROUNDED.
           DISPLAY "SUB2 " N " " M.
           SUBTRACT 1 FUNCTION SQRT(3) FROM FUNCTION PI GIVING U.
           DISPLAY "SUB GIVING " U.
           MULTIPLY FUNCTION PI BY N.
           DISPLAY "MUL " N.
           MULTIPLY FUNCTION SQRT(2) BY 3 GIVING M ROUNDED Q.
           DISPLAY "MUL GIVING " M " " Q.
           DIVIDE FUNCTION PI INTO N.
           DISPLAY "DIV " N.
           DIVIDE N BY FUNCTION PI GIVING M ROUNDED.
           DISPLAY "DIV BY " M.
           DIVIDE FUNCTION E INTO 100 GIVING M Q ROUNDED.
           DISPLAY "DIV INTO GIVING " M " " Q.
           DIVIDE 1 BY FUNCTION SQRT(3) GIVING P ROUNDED.
           DISPLAY "DIV P " P.
           DIVIDE FUNCTION INTEGER(Z) INTO N
             ON SIZE ERROR DISPLAY "DIV ZERO SIZE ERROR " N
             NOT ON SIZE ERROR DISPLAY "NO SIZE ERROR"
           END-DIVIDE.
           MOVE 600 TO N.
           MOVE 0 TO M.
           ADD FUNCTION ABS(500) TO N M ON SIZE ERROR DISPLAY "E1"
             NOT ON SIZE ERROR DISPLAY "N1"
           END-ADD.
           DISPLAY N " " M.
           ADD FUNCTION ABS(400) TO M N ON SIZE ERROR DISPLAY "E2"
             NOT ON SIZE ERROR DISPLAY "N2"
           END-ADD.
           DISPLAY N " " M.
           ADD FUNCTION ABS(500) TO N.
           DISPLAY "NO PHRASE " N.
           MULTIPLY FUNCTION FACTORIAL(6) BY U ON SIZE ERROR
             DISPLAY "MUL SIZE ERROR " U
           END-MULTIPLY.
           MOVE FUNCTION RANDOM(5) TO R.
           MOVE 0 TO N M.
           ADD FUNCTION RANDOM TO N M.
           DISPLAY "RANDOM " N " " M.
           MOVE 0 TO N M.
           ADD FUNCTION RANDOM 0 TO N M.
           DISPLAY "RANDOM ONCE " N " " M.
           SUBTRACT FUNCTION RANDOM FROM FUNCTION RANDOM GIVING N.
           DISPLAY "RANDOM ORDER " N.
           DIVIDE FUNCTION RANDOM INTO FUNCTION RANDOM GIVING N.
           DISPLAY "RANDOM DIV " N.
           PERFORM FUNCTION ABS(-2.7) TIMES
             ADD 1 TO C
           END-PERFORM.
           PERFORM FUNCTION SIGN(-4) TIMES
             ADD 10 TO C
           END-PERFORM.
           PERFORM FUNCTION MAX(1 3 2) TIMES
             ADD 100 TO C
           END-PERFORM.
           DISPLAY "COUNT " C.
           STOP RUN.
