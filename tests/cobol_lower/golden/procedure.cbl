       IDENTIFICATION DIVISION.
       PROGRAM-ID. PROCS.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  WS-TABLE.
           05 WS-ENTRY         PIC 9(3) OCCURS 5 TIMES.
       01  WS-I                PIC 9.
           88 WS-I-DONE        VALUE 5.
       01  WS-TOTAL            PIC S9(5)V99 COMP-3 VALUE ZERO.
       01  WS-NAME             PIC X(10).
       PROCEDURE DIVISION.
       MAIN-PARA.
           MOVE SPACES TO WS-NAME
           MOVE "AB" TO WS-NAME(3:2)
           PERFORM VARYING WS-I FROM 1 BY 1 UNTIL WS-I > 5
               COMPUTE WS-TOTAL ROUNDED =
                   WS-TOTAL + WS-ENTRY(WS-I) * 1.5
                   ON SIZE ERROR DISPLAY "OVERFLOW"
               END-COMPUTE
           END-PERFORM
           IF WS-TOTAL IS NEGATIVE OR WS-I-DONE
               DISPLAY "TOTAL " WS-TOTAL
           ELSE
               ADD 1 TO WS-TOTAL ROUNDED
               DIVIDE WS-TOTAL BY 3 GIVING WS-TOTAL REMAINDER WS-I
               INITIALIZE WS-NAME
           END-IF
           PERFORM DONE-PARA 2 TIMES
           STOP RUN.
       DONE-PARA.
           EXIT.
