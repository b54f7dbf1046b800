       IDENTIFICATION DIVISION.
       PROGRAM-ID. NEXT-SENTENCE.
      * NEXT SENTENCE goes on after the period that ends its sentence:
      * from IF and ELSE branches, nested IFs, out of inline PERFORM
      * loops (the loop is left), EVALUATE and SEARCH WHEN bodies, in
      * the statements before the first paragraph, and in the last
      * sentence of a PERFORMed paragraph (the PERFORM returns).
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 K                PIC 9 VALUE 1.
       01 I                PIC 9 VALUE 0.
       01 J                PIC 9 VALUE 0.
       01 TOTAL            PIC 99 VALUE 0.
       01 LETTERS          VALUE "ABCDE".
          05 LETTER        PIC X OCCURS 5 INDEXED BY LX.
       PROCEDURE DIVISION.
           DISPLAY "BODY 1" IF K = 1 NEXT SENTENCE END-IF
           DISPLAY "NOT REACHED".
           DISPLAY "BODY 2".
       MAIN-PARA.
           DISPLAY "A1" IF K = 1 NEXT SENTENCE ELSE DISPLAY "NO"
           END-IF DISPLAY "NOT REACHED".
           IF K = 2 DISPLAY "NO" ELSE NEXT SENTENCE.
           DISPLAY "A2".
           PERFORM VARYING I FROM 1 BY 1 UNTIL I > 5
               DISPLAY "LOOP " I
               IF I = 3
                   IF K = 1 DISPLAY "IN" ELSE DISPLAY "NO" END-IF
                   NEXT SENTENCE
               END-IF
               DISPLAY "AFTER " I
           END-PERFORM
           DISPLAY "NOT REACHED".
           DISPLAY "LEFT THE LOOP AT " I.
           PERFORM VARYING I FROM 1 BY 1 UNTIL I > 3
               PERFORM VARYING J FROM 1 BY 1 UNTIL J > 3
                   ADD 1 TO TOTAL
                   IF I = 2 AND J = 2 NEXT SENTENCE END-IF
               END-PERFORM
           END-PERFORM.
           DISPLAY "NESTED LOOPS LEFT AT " I " " J " TOTAL " TOTAL.
           EVALUATE K WHEN 1 DISPLAY "E1" NEXT SENTENCE
             WHEN OTHER DISPLAY "NO" END-EVALUATE DISPLAY "NOT REACHED".
           DISPLAY "E2".
           SET LX TO 1.
           SEARCH LETTER
               AT END DISPLAY "NO"
               WHEN LETTER (LX) = "C" NEXT SENTENCE
           END-SEARCH
           DISPLAY "NOT REACHED".
           DISPLAY "FOUND AT " LETTER (LX).
           NEXT SENTENCE.
           DISPLAY "A3" NEXT SENTENCE DISPLAY "NOT REACHED".
           PERFORM LAST-SENTENCE.
           DISPLAY "BACK".
           PERFORM LAST-SENTENCE 2 TIMES.
           DISPLAY "BACK TWICE".
           STOP RUN.
       LAST-SENTENCE.
           DISPLAY "LAST 1".
           DISPLAY "LAST 2" IF K = 1 NEXT SENTENCE END-IF
           DISPLAY "NOT REACHED".
       NEVER-FALLEN-INTO.
           DISPLAY "NOT REACHED".
