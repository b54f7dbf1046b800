       IDENTIFICATION DIVISION.
       PROGRAM-ID. COMPUTE-EXPONENTIATION.
      * ** in COMPUTE: integer exponents (items and literals, negative
      * ones through the 38-digit division), trailing zeros trimmed,
      * right to left grouping, unary minus binding tighter, the
      * result joining + - * / with SIZE ERROR, 0 ** 0 (stored, then
      * SIZE ERROR), a negative base with a fractional exponent item
      * (SIZE ERROR, unchanged), a division by zero after it, and an
      * edited receiving item.
      * DIALECT: cobol85
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 A PIC S9(3)V9 VALUE 1.5.
       01 B PIC S9(3) VALUE -2.
       01 Z PIC S9 VALUE 0.
       01 H PIC S9V9 VALUE 0.5.
       01 THREE PIC 9 VALUE 3.
       01 X PIC S9(9)V9(4).
       01 Y PIC S9(3)V99.
       01 C PIC S9(4) COMP VALUE 12.
       01 P PIC S9(5)V99 PACKED-DECIMAL VALUE -1.1.
       01 E PIC -ZZZ9.99.
       PROCEDURE DIVISION.
           COMPUTE X = A ** 3 + 1.
           DISPLAY "1 " X.
           COMPUTE X = A ** B.
           DISPLAY "2 " X.
           COMPUTE X ROUNDED = 2 ** B / 3.
           DISPLAY "3 " X.
           COMPUTE X = - A ** 2.
           DISPLAY "4 " X.
           COMPUTE X = 0 - A ** 2.
           DISPLAY "5 " X.
           COMPUTE X = 2 ** 3 ** 2.
           DISPLAY "6 " X.
           COMPUTE X = 2 ** THREE ** 2.
           DISPLAY "7 " X.
           COMPUTE X = Z ** Z ON SIZE ERROR DISPLAY "SIZE ERROR 8".
           DISPLAY "8 " X.
           COMPUTE X = Z ** Z + 5 ON SIZE ERROR DISPLAY "SIZE ERROR 9".
           DISPLAY "9 " X.
           COMPUTE X = Z ** Z + 6.
           DISPLAY "10 " X.
           COMPUTE X = B ** H ON SIZE ERROR DISPLAY "SIZE ERROR 11".
           DISPLAY "11 " X.
           COMPUTE X = B ** H.
           DISPLAY "12 " X.
           COMPUTE Y = 10 ** 4 ON SIZE ERROR DISPLAY "SIZE ERROR 13".
           DISPLAY "13 " Y.
           COMPUTE Y = 10 ** 4.
           DISPLAY "14 " Y.
           COMPUTE Y = A ** 2 / Z ON SIZE ERROR DISPLAY "SIZE ERROR 15".
           DISPLAY "15 " Y.
           COMPUTE E = B ** 3 * A.
           DISPLAY "16 " E.
           COMPUTE X E ROUNDED = (A + 1) ** 2 - 3 / 7.
           DISPLAY "17 " X " " E.
           COMPUTE X = 2.0 ** 4.
           DISPLAY "18 " X.
           COMPUTE X = (((24.0 + 1) * (60 - 10)) / 125) ** 2.
           DISPLAY "19 " X.
           COMPUTE X = C ** 2 * P ** 3.
           DISPLAY "20 " X.
           COMPUTE X ROUNDED = P ** -3.
           DISPLAY "21 " X.
           COMPUTE X = 10 ** 12 ON SIZE ERROR DISPLAY "SIZE ERROR 22".
           DISPLAY "22 " X.
           COMPUTE X = 7 ** 0 + Z ** 5.
           DISPLAY "23 " X.
           STOP RUN.
