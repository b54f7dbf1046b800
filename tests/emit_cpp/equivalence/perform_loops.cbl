       IDENTIFICATION DIVISION.
       PROGRAM-ID. PERFORM-LOOPS.
      * PERFORM TIMES (count taken once), UNTIL with the test before
      * and after, VARYING (FROM, BY, UNTIL) over zoned and packed
      * variables, inline and out of line, and a counter that wraps.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 I           PIC 9(2).
       01 J           PIC S9(3) COMP-3.
       01 N           PIC 9 VALUE 3.
       01 K           PIC 9(2) VALUE 0.
       01 W           PIC 9 VALUE 7.
       PROCEDURE DIVISION.
       MAIN-PARA.
           PERFORM N TIMES
               DISPLAY "TIMES " N
               MOVE 1 TO N
           END-PERFORM.
           PERFORM 0 TIMES DISPLAY "NEVER" END-PERFORM.
           PERFORM SHOW-K UNTIL K > 2.
           PERFORM WITH TEST AFTER UNTIL K > 0
               DISPLAY "AFTER RUNS ONCE " K
           END-PERFORM.
           PERFORM VARYING I FROM 1 BY 3 UNTIL I > 10
               DISPLAY "I " I
           END-PERFORM.
           PERFORM SHOW-J VARYING J FROM 5 BY -2 UNTIL J < -3.
           PERFORM VARYING W FROM 7 BY 1 UNTIL W = 2
               DISPLAY "W " W
           END-PERFORM.
           PERFORM 2 TIMES
               PERFORM VARYING I FROM 1 BY 1 UNTIL I > 2
                   DISPLAY "NESTED " I
               END-PERFORM
           END-PERFORM.
           STOP RUN.
       SHOW-K.
           COMPUTE K = K + 1.
           DISPLAY "K " K.
       SHOW-J.
           DISPLAY "J " J.
