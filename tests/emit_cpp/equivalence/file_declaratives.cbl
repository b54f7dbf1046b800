      * USE AFTER ERROR declaratives: for a file and for an open mode,
      * against AT END phrases and FILE STATUS, after an OPEN of several
      * files (cobc checks once per file, last file first), and a
      * declarative whose own WRITE clears the exception.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. FILE-DECLARATIVES.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT LOG-FILE ASSIGN TO "log.txt"
               ORGANIZATION IS LINE SEQUENTIAL.
           SELECT IN-A ASSIGN TO "in-a.dat"
               FILE STATUS IS STATUS-A.
           SELECT IN-B ASSIGN TO "in-b.dat"
               FILE STATUS IS STATUS-B.
           SELECT IN-C ASSIGN TO "in-c.dat".
           SELECT DATA-FILE ASSIGN TO "data.dat"
               FILE STATUS IS STATUS-D.
       DATA DIVISION.
       FILE SECTION.
       FD  LOG-FILE.
       01  LOG-REC PIC X(30).
       FD  IN-A.
       01  A-REC PIC X(4).
       FD  IN-B.
       01  B-REC PIC X(4).
       FD  IN-C.
       01  C-REC PIC X(4).
       FD  DATA-FILE.
       01  D-REC PIC X(4).
       WORKING-STORAGE SECTION.
       01  STATUS-A PIC XX.
       01  STATUS-B PIC XX.
       01  STATUS-D PIC XX.
       01  CALLS PIC 99 VALUE 0.
       PROCEDURE DIVISION.
       DECLARATIVES.
       A-ERRORS SECTION.
           USE AFTER STANDARD ERROR PROCEDURE ON IN-A.
       A-ERROR.
           ADD 1 TO CALLS.
           DISPLAY "A DECLARATIVE " STATUS-A " CALL " CALLS.
       B-ERRORS SECTION.
           USE AFTER ERROR PROCEDURE ON IN-B.
       B-ERROR.
           DISPLAY "B DECLARATIVE " STATUS-B.
           MOVE "B FAILED" TO LOG-REC.
           WRITE LOG-REC.
       INPUT-ERRORS SECTION.
           USE AFTER EXCEPTION PROCEDURE ON INPUT.
       INPUT-ERROR.
           DISPLAY "INPUT DECLARATIVE " STATUS-D.
           PERFORM NOTE-INPUT-ERROR.
       END DECLARATIVES.
       MAIN SECTION.
       START-UP.
           OPEN OUTPUT LOG-FILE.
           OPEN INPUT IN-A.
           DISPLAY "AFTER OPEN A " STATUS-A.
           OPEN INPUT IN-A IN-B.
           DISPLAY "AFTER OPEN A B " STATUS-A " " STATUS-B.
           OPEN INPUT IN-B IN-A.
           DISPLAY "AFTER OPEN B A " STATUS-A " " STATUS-B.
           OPEN INPUT IN-C.
           DISPLAY "AFTER OPEN C".
           OPEN OUTPUT DATA-FILE.
           WRITE D-REC FROM "ONE".
           CLOSE DATA-FILE.
           OPEN INPUT DATA-FILE.
           READ DATA-FILE.
           READ DATA-FILE.
           DISPLAY "AFTER READ END " STATUS-D.
           READ DATA-FILE AT END DISPLAY "AT END PHRASE " STATUS-D.
           CLOSE DATA-FILE.
           CLOSE DATA-FILE.
           DISPLAY "CLOSED TWICE " STATUS-D.
           CLOSE LOG-FILE.
           STOP RUN.
       NOTE-INPUT-ERROR.
           ADD 10 TO CALLS.
           DISPLAY "CALLS " CALLS.
