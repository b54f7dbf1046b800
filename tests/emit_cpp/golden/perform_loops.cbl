       IDENTIFICATION DIVISION.
       PROGRAM-ID. PERFORM-LOOPS.
      * PERFORM of paragraphs and sections, TIMES, UNTIL, VARYING.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 I              PIC 99.
       01 TOTAL          PIC 9(4) VALUE 0.
       PROCEDURE DIVISION.
       MAIN-LOGIC.
           PERFORM ADD-ONE 3 TIMES.
           PERFORM ADD-ONE UNTIL TOTAL > 5.
           PERFORM VARYING I FROM 1 BY 2 UNTIL I > 9
               ADD I TO TOTAL
           END-PERFORM.
           PERFORM REPORT-TOTAL.
           STOP RUN.
       ADD-ONE.
           ADD 1 TO TOTAL.
       REPORT-TOTAL.
           DISPLAY "TOTAL " TOTAL.
