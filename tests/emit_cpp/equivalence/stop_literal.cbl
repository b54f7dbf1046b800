       IDENTIFICATION DIVISION.
       PROGRAM-ID. STOP-LITERAL.
      * DIALECT: cobol85
      * STOP literal displays the literal (as DISPLAY does: numbers as
      * written, figurative constants once) and waits for a line of
      * input, which it drops however long it is; the run goes on.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 LINE-IN          PIC X(10).
       PROCEDURE DIVISION.
           STOP "HALT ONE".
           ACCEPT LINE-IN.
           DISPLAY "GOT [" LINE-IN "]".
           STOP 007.
           STOP -1.50.
           STOP ZERO.
           STOP SPACE.
           ACCEPT LINE-IN.
           DISPLAY "GOT [" LINE-IN "]".
           STOP "AT THE END OF INPUT".
           STOP "STILL GOING".
           DISPLAY "DONE".
           STOP RUN.
