       IDENTIFICATION DIVISION.
       PROGRAM-ID. IBM-OSVS-ALIGNMENT.
      * DIALECT: ibm
      * ibm arithmetic-osvs: intermediates aligned where cobc aligns
      * them (decimal-align in COMPUTE and conditions, the running sum
      * of ADD and SUBTRACT chains), examples of docs/ir.md.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 A           PIC S9(3) VALUE 10.
       01 B           PIC S9(3) VALUE 3.
       01 C           PIC S9(3) VALUE 3.
       01 D           PIC S9(3) VALUE 100.
       01 W           PIC S9(5)V99.
       01 Z           PIC S9(5).
       01 X           PIC S9(4) COMP VALUE 12.
       01 Y           PIC S9(4) COMP VALUE 34.
       01 ONE         PIC S9 VALUE 1.
       01 Z2          PIC S9(3) VALUE 579.
       01 G           PIC S9(5)V99 VALUE 20.
       01 R           PIC S9(5)V99.
       01 H           PIC S9(3)V9 VALUE 1.5.
       PROCEDURE DIVISION.
           COMPUTE W = A / B * D. DISPLAY "A/B*D " W.
           COMPUTE W = A / B * 100. DISPLAY "A/B*100 " W.
           COMPUTE W = D * (A / B). DISPLAY "D*(A/B) " W.
           COMPUTE Z = A / B * D. DISPLAY "Z=A/B*D " Z.
           COMPUTE W ROUNDED = A / B * C. DISPLAY "ROUNDED " W.
           COMPUTE Z ROUNDED = 2 / B. DISPLAY "2/B " Z.
           MOVE 1 TO Z.
           COMPUTE Z ROUNDED = (2 / B) + Z. DISPLAY "(2/B)+Z " Z.
           COMPUTE W = X * Y + ONE. DISPLAY "X*Y+ONE " W.
           MOVE 0 TO W.
           ADD A 1.5 TO W. DISPLAY "ADD A 1.5 " W.
           MOVE 0 TO W.
           ADD X Z2 TO W. DISPLAY "ADD X Z2 " W.
           ADD X H GIVING W. DISPLAY "ADD GIVING " W.
           ADD X H TO G GIVING W. DISPLAY "ADD TO GIVING " W.
           MOVE 100 TO W.
           SUBTRACT X H FROM W. DISPLAY "SUBTRACT FROM " W.
           SUBTRACT X H FROM G GIVING R. DISPLAY "SUBTRACT GIVING " R.
           SUBTRACT H X FROM G GIVING R. DISPLAY "SUBTRACT GIVING2 " R.
           STOP RUN.
