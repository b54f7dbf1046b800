       IDENTIFICATION DIVISION.
       PROGRAM-ID. RELATION-QUOTIENTS-IBM.
      * DIALECT: ibm
      * Relations with arithmetic under ibm's arithmetic-osvs: cobc
      * truncates intermediates to the scale it derives (10.25 * 3.5
      * / 3 compares as 11.95), and divides by non-zero literals;
      * RETURN-CODE in arithmetic.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 A                PIC S9(3)V99 VALUE 10.25.
       01 B                PIC S9(3)V9 VALUE 3.5.
       01 C                PIC S9(5)V9(4) VALUE 0.
       01 D                PIC S9(3) VALUE 7.
       PROCEDURE DIVISION.
           IF A * B / 3 > 11.95 DISPLAY "GT" ELSE DISPLAY "NGT".
           IF A * B / 3 = 11.95 DISPLAY "EQ" ELSE DISPLAY "NEQ".
           IF A / B IS POSITIVE DISPLAY "POS" ELSE DISPLAY "NPOS".
           IF A + B * 1.5 - C / 7 < 15.5 DISPLAY "LT"
              ELSE DISPLAY "NLT".
           IF D / 3 * 3 = 7 DISPLAY "D3EQ" ELSE DISPLAY "D3NEQ".
           IF A * 2 / 4 + B > 8.6 DISPLAY "GT86" ELSE DISPLAY "NGT86".
           IF 1 / 3 + 1 / 3 + 1 / 3 = 1 DISPLAY "THIRDS" ELSE
              DISPLAY "NTHIRDS".
           MOVE 7 TO RETURN-CODE.
           IF RETURN-CODE / 2 = 3.5 DISPLAY "RC35" ELSE DISPLAY "RCN35".
           IF RETURN-CODE + 1 > D DISPLAY "RCGT" ELSE DISPLAY "RCNGT".
           MOVE 0 TO RETURN-CODE.
           STOP RUN.
