      * SORT with INPUT and OUTPUT PROCEDUREs (structured flow):
      * RELEASE, RELEASE FROM, RELEASE of a shorter record (the whole
      * area goes), RETURN, RETURN INTO (a record holding its own
      * OCCURS DEPENDING ON counter takes all of it), AT END and NOT
      * AT END, RETURN again after the end, numeric keys with invalid
      * bytes (ordered and rewritten as cobc's comparison does),
      * SORT-RETURN as an operand.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. SORT-PROCEDURES.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT WORK-FILE ASSIGN TO "work.tmp".
       DATA DIVISION.
       FILE SECTION.
       SD  WORK-FILE.
       01  WORK-REC.
           05 WORK-ZONED PIC S99.
           05 WORK-PLAIN PIC 99.
           05 WORK-TEXT PIC X(6).
       01  WORK-SHORT PIC X(3).
       WORKING-STORAGE SECTION.
       01  WS-REC PIC X(12) VALUE "07xxFROM-WS!".
       01  WS-OUT PIC X(12).
       01  DONE PIC X.
       01  COUNTED PIC 99 VALUE 0.
       01  ODO-REC.
           05 ODO-COUNT PIC 9.
           05 ODO-HEAD PIC X(3).
           05 ODO-ITEM PIC X OCCURS 1 TO 6 DEPENDING ON ODO-COUNT.
       01  ROUND PIC 9 VALUE 0.
       PROCEDURE DIVISION.
       MAIN-PARA.
           MOVE 1 TO ROUND
           SORT WORK-FILE ON ASCENDING KEY WORK-ZONED
               ON DESCENDING KEY WORK-TEXT
               INPUT PROCEDURE IS MAKE-RECORDS
               OUTPUT PROCEDURE IS SHOW-START THRU SHOW-END
           IF SORT-RETURN NOT = 0
               DISPLAY "SORT FAILED"
           ELSE
               DISPLAY "SORTED " COUNTED
           END-IF
           MOVE 2 TO ROUND
           SORT WORK-FILE ON DESCENDING KEY WORK-PLAIN
               INPUT PROCEDURE IS MAKE-RECORDS
               OUTPUT PROCEDURE IS SHOW-START THRU SHOW-END
           MOVE 3 TO ROUND
           SORT WORK-FILE ON ASCENDING KEY WORK-ZONED
               INPUT PROCEDURE IS ONE-RECORD
               OUTPUT PROCEDURE IS SHOW-START THRU SHOW-END
           MOVE 4 TO ROUND
           SORT WORK-FILE ON DESCENDING KEY WORK-TEXT
               INPUT PROCEDURE IS ONE-RECORD
               OUTPUT PROCEDURE IS ODO-OUTPUT
           STOP RUN.
       MAKE-RECORDS SECTION.
       MAKE-FIRST.
           MOVE "05" TO WORK-ZONED MOVE 1 TO WORK-PLAIN
           MOVE "FIRST" TO WORK-TEXT
           RELEASE WORK-REC
           MOVE -3 TO WORK-ZONED MOVE 2 TO WORK-PLAIN
           MOVE "SECOND" TO WORK-TEXT
           RELEASE WORK-REC
           RELEASE WORK-REC FROM WS-REC
           MOVE "TAIL-BYTES" TO WORK-REC
           RELEASE WORK-SHORT FROM "-1"
           MOVE "1 " TO WORK-ZONED MOVE "1 " TO WORK-PLAIN
           MOVE "SPACE" TO WORK-TEXT
           RELEASE WORK-REC.
       MAKE-MORE.
           MOVE "0:" TO WORK-ZONED MOVE "0:" TO WORK-PLAIN
           MOVE "COLON" TO WORK-TEXT
           RELEASE WORK-REC
           MOVE "  " TO WORK-ZONED MOVE "  " TO WORK-PLAIN
           MOVE "SPACES" TO WORK-TEXT
           RELEASE WORK-REC
           MOVE "0p" TO WORK-ZONED MOVE "00" TO WORK-PLAIN
           MOVE "NEGZ" TO WORK-TEXT
           RELEASE WORK-REC
           MOVE "05" TO WORK-ZONED MOVE 1 TO WORK-PLAIN
           MOVE "FIRST" TO WORK-TEXT
           RELEASE WORK-REC.
       ONE-RECORD SECTION.
       ONE-ONLY.
           MOVE "0:" TO WORK-ZONED MOVE 12 TO WORK-PLAIN
           MOVE "ABCDEF" TO WORK-TEXT
           RELEASE WORK-REC.
       SHOW-RECORDS SECTION.
       SHOW-START.
           MOVE "N" TO DONE
           MOVE 0 TO COUNTED
           DISPLAY "ROUND " ROUND.
       SHOW-LOOP.
           PERFORM UNTIL DONE = "Y"
               MOVE ALL "." TO WS-OUT
               RETURN WORK-FILE INTO WS-OUT
                   AT END MOVE "Y" TO DONE
                   NOT AT END
                       ADD 1 TO COUNTED
                       DISPLAY "  [" WORK-REC "] [" WS-OUT "]"
               END-RETURN
           END-PERFORM
           RETURN WORK-FILE RECORD AT END DISPLAY "  AGAIN AT END".
       SHOW-END.
           DISPLAY "  LEFT [" WORK-REC "]".
       ODO-OUTPUT SECTION.
       ODO-RETURN.
           MOVE 6 TO ODO-COUNT MOVE ALL "-" TO ODO-REC
           MOVE 2 TO ODO-COUNT
           RETURN WORK-FILE INTO ODO-REC
               AT END DISPLAY "NO RECORD"
           END-RETURN
           MOVE 6 TO ODO-COUNT
           DISPLAY "ODO [" ODO-REC "]".
