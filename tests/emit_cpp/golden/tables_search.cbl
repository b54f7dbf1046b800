       IDENTIFICATION DIVISION.
       PROGRAM-ID. TABLES-SEARCH.
      * Subscripts, indexes, SET and SEARCH.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 RATE-TABLE.
          05 RATE-ENTRY OCCURS 3 TIMES INDEXED BY RX.
             10 RATE-CODE  PIC X.
             10 RATE-VALUE PIC 9V99.
       01 WANTED         PIC X VALUE "B".
       PROCEDURE DIVISION.
           MOVE "A100B250C375" TO RATE-TABLE.
           SET RX TO 1.
           SEARCH RATE-ENTRY
               AT END DISPLAY "NOT FOUND"
               WHEN RATE-CODE(RX) = WANTED
                   DISPLAY "RATE " RATE-VALUE(RX)
           END-SEARCH.
           STOP RUN.
