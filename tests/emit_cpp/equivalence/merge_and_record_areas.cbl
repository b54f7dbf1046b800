      * DIALECT: cobol85
      * MERGE ... USING / GIVING and OUTPUT PROCEDURE (cobc sorts
      * every record of the USING files, so inputs out of order come
      * out ordered, the first file first on equal keys), COLLATING
      * SEQUENCE with an alphabet that is the native one, SORT in a
      * program with GO TO (procedures performed by the dispatcher),
      * SAME RECORD AREA shared by an SD and an FD.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. MERGE-AND-RECORD-AREAS.
       ENVIRONMENT DIVISION.
       CONFIGURATION SECTION.
       SPECIAL-NAMES.
           ALPHABET ASCII-ORDER IS STANDARD-1.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT IN-1 ASSIGN TO "in1.dat".
           SELECT IN-2 ASSIGN TO "in2.dat".
           SELECT MERGED ASSIGN TO "merged.dat".
           SELECT SHARED-FILE ASSIGN TO "shared.dat".
           SELECT WORK-FILE ASSIGN TO "work.tmp".
           SELECT SORT-SHARED ASSIGN TO "sortshared.tmp".
       I-O-CONTROL.
           SAME RECORD AREA FOR SORT-SHARED SHARED-FILE.
       DATA DIVISION.
       FILE SECTION.
       FD  IN-1.
       01  IN-1-REC PIC X(6).
       FD  IN-2.
       01  IN-2-REC PIC X(6).
       FD  MERGED.
       01  MERGED-REC PIC X(6).
       FD  SHARED-FILE.
       01  SHARED-REC PIC X(8).
       SD  WORK-FILE.
       01  WORK-REC.
           05 WORK-KEY PIC X(2).
           05 WORK-NUMBER PIC 9(4).
       SD  SORT-SHARED.
       01  SORT-SHARED-REC.
           05 SORT-SHARED-KEY PIC X(3).
           05 FILLER PIC X(3).
       WORKING-STORAGE SECTION.
       01  WS-STATUS PIC X VALUE "N".
       01  WS-COUNT PIC 99 VALUE 0.
       PROCEDURE DIVISION.
       MAIN-PARA.
           OPEN OUTPUT IN-1 IN-2
           MOVE "CC1111" TO IN-1-REC WRITE IN-1-REC
           MOVE "AA1111" TO IN-1-REC WRITE IN-1-REC
           MOVE "BB1111" TO IN-1-REC WRITE IN-1-REC
           MOVE "bb2222" TO IN-2-REC WRITE IN-2-REC
           MOVE "AA2222" TO IN-2-REC WRITE IN-2-REC
           MOVE "DD2222" TO IN-2-REC WRITE IN-2-REC
           CLOSE IN-1 IN-2
           MERGE WORK-FILE ON ASCENDING KEY WORK-KEY
               COLLATING SEQUENCE IS ASCII-ORDER
               USING IN-1 IN-2 GIVING MERGED
           MERGE WORK-FILE ON DESCENDING KEY WORK-NUMBER
               ON ASCENDING KEY WORK-KEY
               USING IN-2 MERGED
               OUTPUT PROCEDURE IS SHOW-MERGED
           DISPLAY "SHOWN " WS-COUNT
           SORT SORT-SHARED ON DESCENDING KEY SORT-SHARED-KEY
               INPUT PROCEDURE IS READ-SHARED
               OUTPUT PROCEDURE IS SHOW-SHARED
           STOP RUN.
       SHOW-MERGED SECTION.
       SHOW-NEXT.
           RETURN WORK-FILE AT END GO TO SHOW-DONE.
           ADD 1 TO WS-COUNT
           DISPLAY "MERGED [" WORK-REC "]"
           GO TO SHOW-NEXT.
       SHOW-DONE.
           EXIT.
       READ-SHARED SECTION.
       READ-MAKE.
           OPEN OUTPUT SHARED-FILE
           MOVE "XYZ-10AB" TO SHARED-REC WRITE SHARED-REC
           MOVE "ABC-20CD" TO SHARED-REC WRITE SHARED-REC
           MOVE "QRS-30EF" TO SHARED-REC WRITE SHARED-REC
           CLOSE SHARED-FILE
           OPEN INPUT SHARED-FILE.
       READ-NEXT.
      *    READ fills the area the SD shares: RELEASE sends it as read.
           READ SHARED-FILE AT END GO TO READ-END.
           RELEASE SORT-SHARED-REC
           GO TO READ-NEXT.
       READ-END.
           CLOSE SHARED-FILE.
       SHOW-SHARED SECTION.
       SHOW-SHARED-NEXT.
           RETURN SORT-SHARED AT END GO TO SHOW-SHARED-END.
           DISPLAY "SHARED [" SORT-SHARED-REC "] [" SHARED-REC "]"
           GO TO SHOW-SHARED-NEXT.
       SHOW-SHARED-END.
           EXIT.
