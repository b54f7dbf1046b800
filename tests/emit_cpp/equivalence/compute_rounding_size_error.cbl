       IDENTIFICATION DIVISION.
       PROGRAM-ID. COMPUTE-ROUNDING.
      * COMPUTE with + - * / and unary minus across encodings, ROUNDED
      * modes, truncation on store, SIZE ERROR (target unchanged) and
      * division by zero, in the default dialect.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 A           PIC S9(5)V99 VALUE 10.
       01 B           PIC S9(3) COMP-3 VALUE 3.
       01 C           PIC S9(4) COMP VALUE -7.
       01 D           PIC 9(2)V9 VALUE 2.5.
       01 Z0          PIC 9 VALUE 0.
       01 R1          PIC S9(5)V99.
       01 R2          PIC S9(3).
       01 R3          PIC 9(3)V9 COMP-3.
       01 R4          PIC S9(2) COMP-5.
       01 R5          PIC S9V999.
       PROCEDURE DIVISION.
       MAIN-PARA.
           COMPUTE R1 = A / B.
           COMPUTE R2 ROUNDED = A / B.
           COMPUTE R3 = A * B + C.
           COMPUTE R4 = - C * 10 - 5.
           DISPLAY R1 " " R2 " " R3 " " R4.
           COMPUTE R1 ROUNDED = 2 / 3.
           COMPUTE R2 = 10 / 3 * 3.
           COMPUTE R5 ROUNDED = A / B / 7.
           DISPLAY R1 " " R2 " " R5.
           COMPUTE R2 = 999 + 2.
           DISPLAY R2.
           MOVE 5 TO R2.
           COMPUTE R2 = 999 + 2
               ON SIZE ERROR DISPLAY "SIZE ERROR " R2
               NOT ON SIZE ERROR DISPLAY "NO SIZE ERROR"
           END-COMPUTE.
           COMPUTE R2 = A / Z0.
           DISPLAY "AFTER ZERO DIVIDE " R2.
           COMPUTE R2 = A / Z0
               ON SIZE ERROR DISPLAY "ZERO DIVIDE " R2
           END-COMPUTE.
           COMPUTE R1 R2 ROUNDED R4 = A * D - 0.005
               ON SIZE ERROR DISPLAY "SE"
               NOT ON SIZE ERROR DISPLAY "OK"
           END-COMPUTE.
           DISPLAY R1 " " R2 " " R4.
           COMPUTE R5 ROUNDED = -2.2505.
           DISPLAY R5.
           COMPUTE R1 = -0.001.
           DISPLAY R1.
           STOP RUN.
