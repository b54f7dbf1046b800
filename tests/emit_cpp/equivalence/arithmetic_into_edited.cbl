       IDENTIFICATION DIVISION.
       PROGRAM-ID. ARITHMETIC-INTO-EDITED.
      * COMPUTE, ADD, SUBTRACT, MULTIPLY and DIVIDE storing into
      * numeric-edited items (cobc: a signed DISPLAY temporary of the
      * item's digits and scale, then an edit): ROUNDED, truncation,
      * SIZE ERROR leaving the item unchanged, overflow without the
      * phrase keeping low-order digits, negative values into
      * unsigned pictures, P positions, BLANK WHEN ZERO, REMAINDER,
      * a floating currency string past the point (no decimals).
      * DIALECT: cobol85
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 A PIC S9(5)V99 VALUE -123.45.
       01 B PIC S9(5)V999 VALUE -123.456.
       01 ZERO-ITEM PIC 9 VALUE 0.
       01 E1 PIC ZZ9.99.
       01 E2 PIC -ZZ9.99.
       01 E3 PIC ZZ9.99 VALUE "XXXXXX".
       01 E4 PIC $$$,$$9.99CR.
       01 E5 PIC ZZPP.
       01 E6 PIC ***.**+.
       01 E7 PIC Z9 BLANK WHEN ZERO.
       01 E8 PIC 9(3) BLANK WHEN ZERO.
       01 E9 PIC ZZ9-.
       01 E10 PIC +++.
       01 E11 PIC 99/99/99.
       01 E12 PIC $$,$$$.$$.
       01 E13 PIC $$$$.99.
       PROCEDURE DIVISION.
           COMPUTE E1 = B.
           DISPLAY "1 [" E1 "]".
           COMPUTE E1 ROUNDED = B.
           DISPLAY "2 [" E1 "]".
           COMPUTE E2 ROUNDED = B.
           DISPLAY "3 [" E2 "]".
           COMPUTE E2 = B * 100.
           DISPLAY "4 [" E2 "]".
           COMPUTE E3 = B * 100 ON SIZE ERROR DISPLAY "SIZE ERROR 5".
           DISPLAY "5 [" E3 "]".
           COMPUTE E3 = B * 100 NOT ON SIZE ERROR DISPLAY "NO ERROR".
           DISPLAY "6 [" E3 "]".
           COMPUTE E4 ROUNDED = B * 3.
           DISPLAY "7 [" E4 "]".
           COMPUTE E5 = 12345 ON SIZE ERROR DISPLAY "SIZE ERROR 8".
           DISPLAY "8 [" E5 "]".
           COMPUTE E5 ROUNDED = 12355.
           DISPLAY "9 [" E5 "]".
           COMPUTE E6 = B / 7.
           DISPLAY "10 [" E6 "]".
           COMPUTE E7 = B / 1000.
           DISPLAY "11 [" E7 "]".
           COMPUTE E8 = -0.5.
           DISPLAY "12 [" E8 "]".
           COMPUTE E9 = -5000.
           DISPLAY "13 [" E9 "]".
           COMPUTE E9 = -0.5.
           DISPLAY "14 [" E9 "]".
           COMPUTE E10 = -99 ON SIZE ERROR DISPLAY "SIZE ERROR 15".
           DISPLAY "15 [" E10 "]".
           COMPUTE E10 = -100 ON SIZE ERROR DISPLAY "SIZE ERROR 16".
           DISPLAY "16 [" E10 "]".
           COMPUTE E11 = 123456 * 10.
           DISPLAY "17 [" E11 "]".
           ADD A B GIVING E2 ROUNDED.
           DISPLAY "18 [" E2 "]".
           SUBTRACT 1000 FROM A GIVING E2 ON SIZE ERROR
               DISPLAY "SIZE ERROR 19".
           DISPLAY "19 [" E2 "]".
           DIVIDE ZERO-ITEM INTO A GIVING E2 ON SIZE ERROR
               DISPLAY "SIZE ERROR 20".
           DISPLAY "20 [" E2 "]".
           DIVIDE 3 INTO A GIVING E2 REMAINDER E1.
           DISPLAY "21 [" E2 "][" E1 "]".
           DIVIDE 7 INTO B GIVING E9 REMAINDER E2.
           DISPLAY "22 [" E9 "][" E2 "]".
           MULTIPLY 10 BY A GIVING E2 E1 ON SIZE ERROR
               DISPLAY "SIZE ERROR 23".
           DISPLAY "23 [" E2 "][" E1 "]".
           MULTIPLY 2 BY A GIVING E4 E1 ON SIZE ERROR
               DISPLAY "SIZE ERROR 24".
           DISPLAY "24 [" E4 "][" E1 "]".
           COMPUTE E2 = -1000.004.
           DISPLAY "25 [" E2 "]".
           COMPUTE E2 E6 = -1000.004 ON SIZE ERROR
               DISPLAY "SIZE ERROR 26".
           DISPLAY "26 [" E2 "][" E6 "]".
           COMPUTE E12 = 1234.56.
           DISPLAY "27 [" E12 "]".
           COMPUTE E12 ROUNDED = 0.56.
           DISPLAY "28 [" E12 "]".
           COMPUTE E12 = 0.56.
           DISPLAY "29 [" E12 "]".
           COMPUTE E13 = 12.5.
           DISPLAY "30 [" E13 "]".
           STOP RUN.
