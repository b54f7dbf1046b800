       IDENTIFICATION DIVISION.
       PROGRAM-ID. ARITHMETIC-VERBS.
      * ADD, SUBTRACT, MULTIPLY and DIVIDE with and without GIVING,
      * several receiving items, ROUNDED, truncation, SIZE ERROR per
      * item (an overflowing item unchanged, the others stored) and
      * division by zero.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 A           PIC S9(3)V9 VALUE 12.5.
       01 B           PIC S9(3) COMP-3 VALUE 7.
       01 X3          PIC 9(3) VALUE 999.
       01 Y3          PIC 9(3) VALUE 5.
       01 Q           PIC S9(3)V99.
       01 R           PIC S9(3).
       01 Z           PIC 9 VALUE 0.
       PROCEDURE DIVISION.
       MAIN-PARA.
           ADD A B TO Y3.
           DISPLAY "1 " Y3.
           ADD 1 TO X3 Y3
               ON SIZE ERROR DISPLAY "2 SE " X3 " " Y3
               NOT ON SIZE ERROR DISPLAY "2 NO"
           END-ADD.
           ADD 1 TO X3.
           DISPLAY "3 " X3.
           ADD A B GIVING Q.
           ADD A TO B GIVING R ROUNDED.
           DISPLAY "4 " Q " " R.
           SUBTRACT A FROM B GIVING Q.
           SUBTRACT 1 2 FROM Y3.
           DISPLAY "5 " Q " " Y3.
           MULTIPLY A BY Q.
           MULTIPLY 3 BY B GIVING R.
           DISPLAY "6 " Q " " R.
           DIVIDE 3 INTO Q.
           DIVIDE A BY 3 GIVING R ROUNDED.
           DISPLAY "7 " Q " " R.
           DIVIDE Z INTO Q
               ON SIZE ERROR DISPLAY "8 ZERO DIVIDE " Q
           END-DIVIDE.
           DIVIDE A INTO 100 GIVING Q R.
           DISPLAY "9 " Q " " R.
           STOP RUN.
