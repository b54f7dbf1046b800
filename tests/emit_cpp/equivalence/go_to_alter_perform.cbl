       IDENTIFICATION DIVISION.
       PROGRAM-ID. JUMPER.
       PROCEDURE DIVISION.
       START-UP.
           DISPLAY "START".
           PERFORM WORK-A THRU WORK-B.
           GO TO SWITCH-POINT.
       WORK-A.
           DISPLAY "WORK-A " QUOTE "Q" QUOTE.
           GO TO WORK-B.
       SKIPPED.
           DISPLAY "SKIPPED".
       WORK-B.
           DISPLAY "WORK-B" WITH NO ADVANCING.
           DISPLAY "-ERR" UPON SYSERR.
       SWITCH-POINT.
           GO TO FIRST-WAY.
       FIRST-WAY.
           DISPLAY "FIRST-WAY".
           ALTER SWITCH-POINT TO PROCEED TO SECOND-WAY.
           PERFORM REST-SECTION.
           GO TO SWITCH-POINT.
       SECOND-WAY.
           DISPLAY "SECOND-WAY".
           GO TO THE-END.
       REST-SECTION SECTION.
       R1.
           DISPLAY "R1".
       R2.
           DISPLAY "R2".
       LAST-SECTION SECTION.
       THE-END.
           DISPLAY "THE-END".
           STOP RUN.
       NEVER.
           DISPLAY "NEVER".
