      * SORT ... USING / GIVING as cobc runs it: keys of several
      * categories (alphanumeric, zoned, packed, binary, numeric-
      * edited), equal keys kept in input order, a missing USING file,
      * a GIVING file the program has open, several GIVING files,
      * variable records (RECORD VARYING DEPENDING ON) in and out,
      * the record areas left after the SORT, SORT-RETURN.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. SORT-USING-GIVING.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT IN-FILE ASSIGN TO "in.dat"
               FILE STATUS IS IN-STATUS.
           SELECT IN-LINES ASSIGN TO "in.txt"
               ORGANIZATION IS LINE SEQUENTIAL.
           SELECT MISSING-FILE ASSIGN TO "missing.dat"
               FILE STATUS IS MISSING-STATUS.
           SELECT VAR-FILE ASSIGN TO "var.dat".
           SELECT OUT-FILE ASSIGN TO "out.dat"
               FILE STATUS IS OUT-STATUS.
           SELECT OUT-LINES ASSIGN TO "out.txt"
               ORGANIZATION IS LINE SEQUENTIAL.
           SELECT OUT-SHORT ASSIGN TO "short.dat".
           SELECT OUT-VAR ASSIGN TO "outvar.dat".
           SELECT WORK-FILE ASSIGN TO "work.tmp".
       DATA DIVISION.
       FILE SECTION.
       FD  IN-FILE.
       01  IN-REC.
           05 IN-NAME PIC X(3).
           05 IN-ZONED PIC S9(3).
           05 IN-PACKED PIC S9(3) COMP-3.
           05 IN-BINARY PIC S9(4) COMP.
           05 IN-EDITED PIC -9.
           05 IN-TAG PIC X(2).
       FD  IN-LINES.
       01  IN-LINE PIC X(14).
       FD  MISSING-FILE.
       01  MISSING-REC PIC X(14).
       FD  VAR-FILE
           RECORD IS VARYING IN SIZE FROM 2 TO 20 CHARACTERS
           DEPENDING ON VAR-LENGTH.
       01  VAR-REC PIC X(20).
       FD  OUT-FILE.
       01  OUT-REC PIC X(16).
       FD  OUT-LINES.
       01  OUT-LINE PIC X(14).
       FD  OUT-SHORT.
       01  SHORT-REC PIC X(5).
       FD  OUT-VAR
           RECORD IS VARYING IN SIZE FROM 2 TO 20 CHARACTERS
           DEPENDING ON OUT-LENGTH.
       01  OUT-VAR-REC PIC X(20).
       SD  WORK-FILE.
       01  WORK-REC.
           05 WORK-NAME PIC X(3).
           05 WORK-ZONED PIC S9(3).
           05 WORK-PACKED PIC S9(3) COMP-3.
           05 WORK-BINARY PIC S9(4) COMP.
           05 WORK-EDITED PIC -9.
           05 WORK-TAG PIC X(2).
       WORKING-STORAGE SECTION.
       01  IN-STATUS PIC XX VALUE "--".
       01  MISSING-STATUS PIC XX VALUE "--".
       01  OUT-STATUS PIC XX VALUE "--".
       01  VAR-LENGTH PIC 99 VALUE 0.
       01  OUT-LENGTH PIC 99 VALUE 7.
       01  I PIC 99.
       01  SHOWN.
           05 SHOWN-NAME PIC X(3).
           05 SHOWN-ZONED PIC -ZZ9.
           05 SHOWN-PACKED PIC -ZZ9.
           05 SHOWN-BINARY PIC -ZZZ9.
           05 SHOWN-REST PIC X(5).
       PROCEDURE DIVISION.
       MAIN-PARA.
           PERFORM MAKE-INPUT
           SORT WORK-FILE ON ASCENDING KEY WORK-NAME
               USING IN-FILE GIVING OUT-FILE
           DISPLAY "BY NAME, EQUAL NAMES IN INPUT ORDER"
           PERFORM SHOW-OUT
           SORT WORK-FILE ON DESCENDING KEY WORK-ZONED
               ON ASCENDING KEY WORK-TAG
               USING IN-FILE GIVING OUT-FILE
           DISPLAY "BY ZONED DESCENDING"
           PERFORM SHOW-OUT
           SORT WORK-FILE ON ASCENDING KEY WORK-PACKED
               USING IN-FILE GIVING OUT-FILE
           DISPLAY "BY PACKED"
           PERFORM SHOW-OUT
           SORT WORK-FILE ON DESCENDING KEY WORK-BINARY
               WITH DUPLICATES IN ORDER
               USING IN-FILE GIVING OUT-FILE
           DISPLAY "BY BINARY DESCENDING"
           PERFORM SHOW-OUT
           SORT WORK-FILE ON ASCENDING KEY WORK-EDITED WORK-NAME
               USING IN-FILE GIVING OUT-FILE
           DISPLAY "BY EDITED BYTES"
           PERFORM SHOW-OUT
           DISPLAY "SORT-RETURN " SORT-RETURN
           DISPLAY "STATUSES " IN-STATUS " " MISSING-STATUS " "
               OUT-STATUS
           DISPLAY "AREAS [" IN-NAME IN-TAG "] [" WORK-NAME WORK-TAG
               "] [" OUT-REC(1:3) OUT-REC(13:2) "]"
      *    A missing file gives no records; one open INPUT is read from
      *    where it stands and closed; a GIVING file open INPUT is
      *    closed and not written.
           SORT WORK-FILE ON ASCENDING KEY WORK-TAG
               USING MISSING-FILE IN-LINES GIVING OUT-LINES
           DISPLAY "MISSING " MISSING-STATUS " SORT-RETURN "
               SORT-RETURN
           OPEN INPUT IN-FILE
           READ IN-FILE
           OPEN INPUT OUT-FILE
           SORT WORK-FILE ON DESCENDING KEY WORK-TAG
               USING IN-FILE GIVING OUT-FILE OUT-SHORT
           DISPLAY "OPEN FILES " IN-STATUS " " OUT-STATUS
           CLOSE OUT-FILE
           DISPLAY "CLOSE OUT " OUT-STATUS
           READ IN-FILE
           DISPLAY "READ IN " IN-STATUS
      *    Variable records: cut or padded into the SD, written with
      *    the length of the DEPENDING ON item.
           SORT WORK-FILE ON DESCENDING KEY WORK-NAME
               USING VAR-FILE IN-FILE GIVING OUT-VAR OUT-FILE
           DISPLAY "VAR-LENGTH " VAR-LENGTH " OUT-LENGTH " OUT-LENGTH
           OPEN INPUT OUT-FILE
           PERFORM UNTIL OUT-STATUS NOT = "00"
               READ OUT-FILE
               IF OUT-STATUS = "00" DISPLAY "  [" OUT-REC "]"
           END-PERFORM
           CLOSE OUT-FILE
           STOP RUN.
       MAKE-INPUT.
           OPEN OUTPUT IN-FILE IN-LINES VAR-FILE
           PERFORM VARYING I FROM 1 BY 1 UNTIL I > 8
               EVALUATE I
                 WHEN 1 MOVE "BOB" TO IN-NAME MOVE 12 TO IN-ZONED
                        MOVE -7 TO IN-PACKED MOVE 300 TO IN-BINARY
                        MOVE 4 TO IN-EDITED
                 WHEN 2 MOVE "AMY" TO IN-NAME MOVE -5 TO IN-ZONED
                        MOVE 20 TO IN-PACKED MOVE -2 TO IN-BINARY
                        MOVE -3 TO IN-EDITED
                 WHEN 3 MOVE "BOB" TO IN-NAME MOVE 0 TO IN-ZONED
                        MOVE 0 TO IN-PACKED MOVE 300 TO IN-BINARY
                        MOVE 0 TO IN-EDITED
                 WHEN 4 MOVE "cat" TO IN-NAME MOVE 999 TO IN-ZONED
                        MOVE -999 TO IN-PACKED MOVE 0 TO IN-BINARY
                        MOVE -9 TO IN-EDITED
                 WHEN 5 MOVE "AMY" TO IN-NAME MOVE -5 TO IN-ZONED
                        MOVE 20 TO IN-PACKED MOVE 9999 TO IN-BINARY
                        MOVE 9 TO IN-EDITED
                 WHEN 6 MOVE "Bob" TO IN-NAME MOVE -100 TO IN-ZONED
                        MOVE 5 TO IN-PACKED MOVE -9999 TO IN-BINARY
                        MOVE 1 TO IN-EDITED
                 WHEN 7 MOVE "BOB" TO IN-NAME MOVE 12 TO IN-ZONED
                        MOVE -7 TO IN-PACKED MOVE 1 TO IN-BINARY
                        MOVE -1 TO IN-EDITED
                 WHEN 8 MOVE "  Z" TO IN-NAME MOVE 1 TO IN-ZONED
                        MOVE 1 TO IN-PACKED MOVE 300 TO IN-BINARY
                        MOVE 0 TO IN-EDITED
               END-EVALUATE
               MOVE I TO IN-TAG
               WRITE IN-REC
               MOVE IN-REC TO IN-LINE
               WRITE IN-LINE
               COMPUTE VAR-LENGTH = I * 2 + 2
               MOVE "VARIABLE-RECORD-TEXT" TO VAR-REC
               MOVE IN-NAME TO VAR-REC(1:3)
               WRITE VAR-REC
           END-PERFORM
           CLOSE IN-FILE IN-LINES VAR-FILE.
       SHOW-OUT.
           OPEN INPUT OUT-FILE
           PERFORM UNTIL OUT-STATUS NOT = "00"
               READ OUT-FILE
               IF OUT-STATUS = "00"
                   MOVE OUT-REC(1:3) TO SHOWN-NAME
                   MOVE OUT-REC(1:14) TO WORK-REC
                   MOVE WORK-ZONED TO SHOWN-ZONED
                   MOVE WORK-PACKED TO SHOWN-PACKED
                   MOVE WORK-BINARY TO SHOWN-BINARY
                   MOVE OUT-REC(11:5) TO SHOWN-REST
                   DISPLAY "  " SHOWN
               END-IF
           END-PERFORM
           CLOSE OUT-FILE.
