       IDENTIFICATION DIVISION.
       PROGRAM-ID. STRING-POINTER-OVERFLOW.
      * STRING DELIMITED BY SIZE, by literals, figurative constants and
      * items; WITH POINTER at 1, inside, at the last byte, past the
      * end, 0 and negative (overflow before anything is written, the
      * pointer stored back); an operand that does not fit (what fits
      * is written); an empty delimited part into a full item; ON
      * OVERFLOW and NOT ON OVERFLOW; pointers of several formats;
      * table elements and reference-modified operands.
      * DIALECT: cobol85
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 FIRST-NAME  PIC X(10) VALUE "JOHN".
       01 LAST-NAME   PIC X(12) VALUE "SMITH-JONES".
       01 CITY        PIC X(8)  VALUE "ROME,IT".
       01 DASH        PIC X     VALUE "-".
       01 NUM         PIC S9(3) VALUE -42.
       01 OUT-10      PIC X(10).
       01 OUT-20      PIC X(20).
       01 PTR         PIC 99.
       01 PTR-S       PIC S9(3) COMP.
       01 PTR-P       PIC 9(3) PACKED-DECIMAL.
       01 WORD-TBL.
          05 WRD      PIC X(5) OCCURS 3.
       01 IX          PIC 9 VALUE 1.
       PROCEDURE DIVISION.
       MAIN-PARA.
           MOVE "ALPHA" TO WRD(1) MOVE "BE TA" TO WRD(2)
           MOVE "GAMMA" TO WRD(3)
           MOVE ALL "." TO OUT-20
           STRING FIRST-NAME DELIMITED BY SPACE
                  " " DELIMITED BY SIZE
                  LAST-NAME DELIMITED BY "-"
                  ", " CITY DELIMITED BY ","
                  INTO OUT-20
           END-STRING
           DISPLAY "S1 [" OUT-20 "]"
           MOVE ALL "." TO OUT-20
           STRING LAST-NAME DELIMITED BY DASH
                  QUOTE ZERO SPACE HIGH-VALUE LOW-VALUE
                    DELIMITED BY SIZE
                  CITY DELIMITED BY LOW-VALUE
                  INTO OUT-20
           DISPLAY "S2 [" OUT-20 "]"
           MOVE ALL "." TO OUT-20
           STRING NUM "|" WRD(IX) WRD(IX + 2)(2:3) DELIMITED BY SIZE
                  WRD(2) DELIMITED BY " T"
                  INTO OUT-20
           DISPLAY "S3 [" OUT-20 "]"

           MOVE ALL "." TO OUT-10
           MOVE 4 TO PTR
           STRING "ABC" "DEF" DELIMITED BY SIZE INTO OUT-10
             WITH POINTER PTR
             ON OVERFLOW DISPLAY "P1 OVERFLOW"
             NOT ON OVERFLOW DISPLAY "P1 NO OVERFLOW"
           END-STRING
           DISPLAY "P1 [" OUT-10 "] " PTR
           STRING "XYZ" DELIMITED BY SIZE INTO OUT-10
             WITH POINTER PTR
             ON OVERFLOW DISPLAY "P2 OVERFLOW"
             NOT ON OVERFLOW DISPLAY "P2 NO OVERFLOW"
           END-STRING
           DISPLAY "P2 [" OUT-10 "] " PTR
           STRING "Q" DELIMITED BY SIZE INTO OUT-10 POINTER PTR
             ON OVERFLOW DISPLAY "P3 OVERFLOW"
           END-STRING
           DISPLAY "P3 [" OUT-10 "] " PTR
           MOVE 10 TO PTR
           STRING "Q" DELIMITED BY SIZE INTO OUT-10 POINTER PTR
             NOT ON OVERFLOW DISPLAY "P4 NO OVERFLOW"
           END-STRING
           DISPLAY "P4 [" OUT-10 "] " PTR
      * The item is full: an empty delimited part does not overflow.
           MOVE 1 TO PTR
           STRING "0123456789" DELIMITED BY SIZE
                  "ABC" DELIMITED BY "A" INTO OUT-10 POINTER PTR
             ON OVERFLOW DISPLAY "P5 OVERFLOW"
             NOT ON OVERFLOW DISPLAY "P5 NO OVERFLOW"
           END-STRING
           DISPLAY "P5 [" OUT-10 "] " PTR
           MOVE 0 TO PTR
           STRING "R" DELIMITED BY SIZE INTO OUT-10 POINTER PTR
             ON OVERFLOW DISPLAY "P6 OVERFLOW"
           END-STRING
           DISPLAY "P6 [" OUT-10 "] " PTR
           MOVE -3 TO PTR-S
           STRING "R" DELIMITED BY SIZE INTO OUT-10 POINTER PTR-S
             ON OVERFLOW DISPLAY "P7 OVERFLOW"
           END-STRING
           DISPLAY "P7 [" OUT-10 "] " PTR-S
           MOVE 8 TO PTR-P
           STRING FIRST-NAME DELIMITED BY SIZE INTO OUT-10
             POINTER PTR-P
             ON OVERFLOW DISPLAY "P8 OVERFLOW"
           END-STRING
           DISPLAY "P8 [" OUT-10 "] " PTR-P
      * Later operands are skipped once one overflowed.
           MOVE ALL "." TO OUT-10
           MOVE 1 TO PTR-S
           STRING WRD(1) WRD(2) DELIMITED BY SIZE
                  "!" DELIMITED BY SIZE
                  INTO OUT-10 WITH POINTER PTR-S
             ON OVERFLOW DISPLAY "P9 OVERFLOW"
           END-STRING
           DISPLAY "P9 [" OUT-10 "] " PTR-S
           MOVE ALL "." TO OUT-20
           MOVE 3 TO IX
           STRING WRD(1) DELIMITED BY "P"
                  WRD(3) DELIMITED BY "MM"
                  INTO OUT-20(IX:5)
           DISPLAY "P10 [" OUT-20 "]"
           MOVE ALL "." TO OUT-20
           MOVE 2 TO PTR
           STRING "AB" DELIMITED BY SIZE INTO OUT-20(5:) POINTER PTR
           DISPLAY "P11 [" OUT-20 "] " PTR
           STOP RUN.
