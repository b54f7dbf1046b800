      * Issue 13: STOP RUN WITH NORMAL / ERROR [STATUS] [code] and STOP
      * RUN RETURNING / GIVING code (cobc 3.1.2 -std=default and
      * -std=ibm; exit status: WITH NORMAL 0, WITH ERROR 1, else the
      * code).
       IDENTIFICATION DIVISION.
       PROGRAM-ID. DSTOP.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  RC                  PIC 9 VALUE 7.
       PROCEDURE DIVISION.
           IF RC = 1
               STOP RUN WITH NORMAL STATUS 3
           END-IF
           IF RC = 2
               STOP RUN WITH ERROR
           END-IF
           IF RC = 3
               STOP RUN ERROR STATUS RC
           END-IF
           IF RC = 4
               STOP RUN NORMAL
           END-IF
           IF RC = 5
               STOP RUN GIVING 4
           END-IF
           STOP RUN RETURNING RC.
