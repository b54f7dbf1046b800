       IDENTIFICATION DIVISION.
       PROGRAM-ID. STRUCTURED-PERFORM.
      * Structured flow: PERFORM of a paragraph, a THRU range, a section
      * and a range of sections; falling through; STOP RUN inside a
      * PERFORM ends the run at once.
       PROCEDURE DIVISION.
       MAIN-SECTION SECTION.
       0000-MAIN.
           DISPLAY "MAIN".
           PERFORM 0100-ONE.
           PERFORM 0100-ONE THRU 0300-THREE.
           PERFORM REPORT-SECTION.
           PERFORM REPORT-SECTION THRU LAST-SECTION.
       0100-ONE.
           DISPLAY "ONE".
       0200-TWO.
           DISPLAY "TWO".
       0300-THREE.
           DISPLAY "THREE".
       REPORT-SECTION SECTION.
       R-1.
           DISPLAY "R-1".
       R-2.
           DISPLAY "R-2".
       LAST-SECTION SECTION.
       L-1.
           DISPLAY "L-1".
           PERFORM FINISH.
       FINISH.
           DISPLAY "FINISH".
           STOP RUN.
       NEVER.
           DISPLAY "NEVER".
