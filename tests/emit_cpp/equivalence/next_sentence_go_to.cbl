       IDENTIFICATION DIVISION.
       PROGRAM-ID. NEXT-SENTENCE-GO-TO.
      * DIALECT: cobol85
      * NEXT SENTENCE in a program with GO TO (its paragraphs return
      * where control goes next): from IF branches and inline loops,
      * in PERFORM ranges, and before a GO TO of the next sentence.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 K                PIC 9 VALUE 1.
       01 I                PIC 9 VALUE 0.
       01 ROUNDS           PIC 9 VALUE 0.
       PROCEDURE DIVISION.
       MAIN-PARA.
           PERFORM RANGE-START THRU RANGE-END.
           DISPLAY "BACK FROM THE RANGE".
           PERFORM VARYING I FROM 1 BY 1 UNTIL I > 5
               IF I = 2 NEXT SENTENCE ELSE DISPLAY "LOOP " I END-IF
           END-PERFORM GO TO FINISH.
           DISPLAY "LEFT THE LOOP AT " I.
           ADD 1 TO ROUNDS.
           IF ROUNDS < 3 GO TO MAIN-PARA.
           GO TO FINISH.
       RANGE-START.
           DISPLAY "START" IF K = 1 NEXT SENTENCE END-IF GO TO FINISH.
           DISPLAY "START 2".
       RANGE-MIDDLE.
           IF K = 1 DISPLAY "MIDDLE" NEXT SENTENCE ELSE GO TO FINISH.
       RANGE-END.
           DISPLAY "END" NEXT SENTENCE.
       FINISH.
           DISPLAY "FINISH " ROUNDS.
           STOP RUN.
