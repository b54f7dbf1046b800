      * A file status that nothing handles (no FILE STATUS, no AT END,
      * no declarative) ends the run with libcob's message, after the
      * files left open are closed with its warnings.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. FILE-UNHANDLED-ERROR.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT OUT-FILE ASSIGN TO "out.txt"
               ORGANIZATION IS LINE SEQUENTIAL.
           SELECT IN-FILE ASSIGN TO "out.txt"
               ORGANIZATION IS LINE SEQUENTIAL.
       DATA DIVISION.
       FILE SECTION.
       FD  OUT-FILE.
       01  OUT-REC PIC X(10).
       FD  IN-FILE.
       01  IN-REC PIC X(10).
       PROCEDURE DIVISION.
       MAIN-PARA.
           OPEN OUTPUT OUT-FILE.
           WRITE OUT-REC FROM "ONLY LINE".
           CLOSE OUT-FILE.
           OPEN INPUT IN-FILE.
           OPEN EXTEND OUT-FILE.
           READ IN-FILE AT END DISPLAY "NOT YET".
           DISPLAY "READ " IN-REC.
           READ IN-FILE.
           DISPLAY "NOT REACHED".
           STOP RUN.
