      * remint-dialect: ibm
       IDENTIFICATION DIVISION.
       PROGRAM-ID. CALLER.
       ENVIRONMENT DIVISION.
       CONFIGURATION SECTION.
       SPECIAL-NAMES.
           UPSI-0 IS TRACE-SWITCH
               ON STATUS IS TRACE-ON OFF STATUS IS TRACE-OFF.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  WS-DATE             PIC 9(8).
       01  WS-DAY              PIC 9(7).
       01  WS-WEEKDAY          PIC 9.
       01  WS-TIME             PIC 9(8).
       01  WS-INPUT            PIC X(20).
       01  WS-PROGRAM          PIC X(8) VALUE "SUBPROG".
       01  WS-AMOUNT           PIC S9(7) COMP-3.
       01  WS-RESULT           PIC S9(8) COMP.
       01  WS-PTR              USAGE POINTER.
       LINKAGE SECTION.
       01  LK-AREA             PIC X(20).
       PROCEDURE DIVISION.
       MAIN-PARA.
           ACCEPT WS-DATE FROM DATE YYYYMMDD
           ACCEPT WS-DAY FROM DAY YYYYDDD
           ACCEPT WS-WEEKDAY FROM DAY-OF-WEEK
           ACCEPT WS-TIME FROM TIME
           ACCEPT WS-INPUT
           SET TRACE-SWITCH TO ON
           IF TRACE-ON
               DISPLAY "TRACING"
           END-IF
           CALL "INNER" USING BY REFERENCE WS-INPUT
                              BY CONTENT WS-AMOUNT LENGTH OF WS-INPUT
                              BY VALUE WS-RESULT
           END-CALL
           CALL WS-PROGRAM USING WS-INPUT OMITTED RETURNING WS-RESULT
               ON EXCEPTION DISPLAY "NO " WS-PROGRAM
               NOT ON EXCEPTION DISPLAY "CALLED"
           END-CALL
           CANCEL "INNER" WS-PROGRAM
           SET WS-PTR TO ADDRESS OF WS-INPUT
           SET ADDRESS OF LK-AREA TO WS-PTR
           SET TRACE-SWITCH TO OFF
           GOBACK.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. INNER.
       DATA DIVISION.
       LINKAGE SECTION.
       01  LK-TEXT             PIC X(20).
       01  LK-AMOUNT           PIC S9(7) COMP-3.
       01  LK-LENGTH           PIC S9(8) COMP.
       01  LK-VALUE            PIC S9(8) COMP.
       PROCEDURE DIVISION USING LK-TEXT LK-AMOUNT LK-LENGTH LK-VALUE.
       INNER-PARA.
           IF TRACE-OFF
               DISPLAY LK-TEXT
           END-IF
           GOBACK.
       END PROGRAM INNER.
       END PROGRAM CALLER.
