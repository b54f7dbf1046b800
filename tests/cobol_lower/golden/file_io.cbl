       IDENTIFICATION DIVISION.
       PROGRAM-ID. FILEIO.
       ENVIRONMENT DIVISION.
       CONFIGURATION SECTION.
       SPECIAL-NAMES.
           C01 IS TOP-OF-FORM.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT CUST-FILE ASSIGN TO "CUST.DAT"
               ORGANIZATION IS INDEXED
               ACCESS MODE IS DYNAMIC
               RECORD KEY IS CUST-ID
               FILE STATUS IS WS-STATUS.
           SELECT TAPE-FILE ASSIGN TO "TAPE.DAT".
           SELECT REPORT-FILE ASSIGN TO "REPORT.DAT".
       DATA DIVISION.
       FILE SECTION.
       FD  CUST-FILE.
       01  CUST-REC.
           05 CUST-ID          PIC 9(6).
           05 CUST-NAME        PIC X(20).
       FD  TAPE-FILE.
       01  TAPE-REC            PIC X(26).
       FD  REPORT-FILE.
       01  REPORT-LINE         PIC X(80).
       WORKING-STORAGE SECTION.
       01  WS-STATUS           PIC XX.
       01  WS-LINE             PIC X(80).
       01  WS-EOF              PIC X VALUE "N".
       PROCEDURE DIVISION.
       MAIN-PARA.
           OPEN INPUT TAPE-FILE WITH NO REWIND
                I-O CUST-FILE
                OUTPUT REPORT-FILE
           WRITE REPORT-LINE FROM "CUSTOMERS"
               AFTER ADVANCING TOP-OF-FORM
           PERFORM UNTIL WS-EOF = "Y"
               READ TAPE-FILE NEXT RECORD
                   AT END MOVE "Y" TO WS-EOF
                   NOT AT END PERFORM UPDATE-PARA
               END-READ
           END-PERFORM
           MOVE 100 TO CUST-ID
           START CUST-FILE KEY IS GREATER THAN OR EQUAL TO CUST-ID
               INVALID KEY DISPLAY "NO CUSTOMERS"
           END-START
           READ CUST-FILE NEXT INTO WS-LINE
               AT END CONTINUE
           END-READ
           CLOSE TAPE-FILE WITH LOCK CUST-FILE
                 REPORT-FILE
           STOP RUN.
       UPDATE-PARA.
           MOVE TAPE-REC TO CUST-REC
           READ CUST-FILE KEY IS CUST-ID
               INVALID KEY
                   WRITE CUST-REC INVALID KEY DISPLAY "DUPLICATE"
                   END-WRITE
               NOT INVALID KEY
                   REWRITE CUST-REC FROM TAPE-REC
               END-REWRITE
           END-READ
           IF CUST-NAME = SPACES
               DELETE CUST-FILE RECORD
                   INVALID KEY DISPLAY "NOT DELETED"
               END-DELETE
           END-IF
           WRITE REPORT-LINE FROM CUST-NAME
               BEFORE ADVANCING 2 LINES.
