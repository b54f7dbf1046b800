       IDENTIFICATION DIVISION.
       PROGRAM-ID. JUMPS.
      * GO TO and PERFORM THRU: a dispatcher keeps cobc's semantics.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 TRIES          PIC 9 VALUE 0.
       PROCEDURE DIVISION.
       START-UP.
           PERFORM RETRY THRU RETRY-EXIT.
           DISPLAY "TRIES " TRIES.
           STOP RUN.
       RETRY.
           ADD 1 TO TRIES.
           IF TRIES < 3 GO TO RETRY.
       RETRY-EXIT.
           EXIT.
