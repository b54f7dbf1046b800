       IDENTIFICATION DIVISION.
       PROGRAM-ID. EDITED-CURRENCY-SIGN.
      * A CURRENCY SIGN of the program's own in numeric-edited items
      * (fixed, floating, with a fixed sign before it and a trailing
      * sign after it), moved into, out of and initialized.
       ENVIRONMENT DIVISION.
       CONFIGURATION SECTION.
       SPECIAL-NAMES.
           CURRENCY SIGN IS "W".
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 AMOUNTS.
          05 FILLER PIC S9(5)V99 VALUE 0.
          05 FILLER PIC S9(5)V99 VALUE 12.
          05 FILLER PIC S9(5)V99 VALUE -12.
          05 FILLER PIC S9(5)V99 VALUE 0.5.
          05 FILLER PIC S9(5)V99 VALUE -1234.5.
          05 FILLER PIC S9(5)V99 VALUE 99999.99.
       01 AMOUNT-TABLE REDEFINES AMOUNTS.
          05 AMOUNT PIC S9(5)V99 OCCURS 6.
       01 I PIC 9.
       01 EDITED.
          05 A PIC W9999.
          05 B PIC WWWWW.
          05 C PIC WW,WW9.99-.
          05 D PIC -WWW9.
          05 E PIC +WWWW9.99.
          05 F PIC WWW9.99CR.
          05 G PIC W*,**9.99.
       01 PLAIN PIC ZZ,ZZ9.99-.
       01 BACK  PIC S9(5)V99.
       PROCEDURE DIVISION.
       MAIN-PARA.
           DISPLAY "initial [" EDITED "]".
           PERFORM VARYING I FROM 1 BY 1 UNTIL I > 6
               MOVE AMOUNT (I) TO A B C D E F G
               DISPLAY I " [" EDITED "]"
               MOVE C TO PLAIN BACK
               DISPLAY I " [" PLAIN "] " BACK
           END-PERFORM.
           MOVE ZERO TO A B C D E F G.
           DISPLAY "zero [" EDITED "]".
           MOVE "12.5" TO C E.
           MOVE -3 TO D.
           DISPLAY "text [" EDITED "]".
           STOP RUN.
