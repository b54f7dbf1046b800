       IDENTIFICATION DIVISION.
       PROGRAM-ID. SEARCHES.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  WS-RATES.
           05 WS-RATE OCCURS 5 TIMES
                 ASCENDING KEY IS WS-RATE-CODE
                 INDEXED BY RATE-IX.
              10 WS-RATE-CODE  PIC X(3).
              10 WS-RATE-VALUE PIC 9V99.
       01  WS-CODES.
           05 WS-CODE          PIC X OCCURS 10 TIMES INDEXED BY CODE-IX.
       01  WS-WANTED           PIC X(3).
       01  WS-POSITION         PIC 99.
       PROCEDURE DIVISION.
       MAIN-PARA.
           SET RATE-IX TO 1
           SEARCH ALL WS-RATE
               AT END DISPLAY "NO RATE"
               WHEN WS-RATE-CODE (RATE-IX) = WS-WANTED
                   DISPLAY WS-RATE-VALUE (RATE-IX)
           END-SEARCH
           SET CODE-IX TO 1
           SEARCH WS-CODE VARYING WS-POSITION
               AT END DISPLAY "NOT FOUND"
               WHEN WS-CODE (CODE-IX) = "X"
                   DISPLAY "X AT " WS-POSITION
               WHEN WS-CODE (CODE-IX) = "Y"
                   NEXT SENTENCE
           END-SEARCH
           SEARCH WS-CODE
               WHEN WS-CODE (CODE-IX) = SPACE
                   CONTINUE
           END-SEARCH.
           STOP RUN.
