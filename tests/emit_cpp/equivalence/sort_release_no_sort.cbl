      * RELEASE with no SORT running: status 30 on the SD, which has
      * no FILE STATUS, so libcob's message ends the run (after a
      * SORT has ended, as before any).
       IDENTIFICATION DIVISION.
       PROGRAM-ID. SORT-RELEASE-NO-SORT.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT WORK-FILE ASSIGN TO "work.tmp".
       DATA DIVISION.
       FILE SECTION.
       SD  WORK-FILE.
       01  WORK-REC PIC X(4).
       PROCEDURE DIVISION.
       MAIN-PARA.
           SORT WORK-FILE ON ASCENDING KEY WORK-REC
               INPUT PROCEDURE IS MAKE-ONE
               OUTPUT PROCEDURE IS SHOW-ONE
           DISPLAY "AFTER THE SORT " SORT-RETURN
           MOVE "LATE" TO WORK-REC
           RELEASE WORK-REC
           DISPLAY "NOT REACHED"
           STOP RUN.
       MAKE-ONE.
           MOVE "ONE" TO WORK-REC
           RELEASE WORK-REC.
       SHOW-ONE.
           RETURN WORK-FILE AT END DISPLAY "EMPTY"
               NOT AT END DISPLAY "RETURNED " WORK-REC
           END-RETURN.
