       IDENTIFICATION DIVISION.
       PROGRAM-ID. CLASS-USER-DEFINED.
      * DIALECT: cobol85
      * Class conditions of SPECIAL-NAMES CLASS names: every byte of
      * the item, as stored, among the class's characters (each byte
      * of a literal, THRU ranges written either way round, integers
      * as ordinals of the native set); NOT; reference modification,
      * groups and zoned items (a sign overpunch is a byte too); a
      * nested program tests its container's class.
       ENVIRONMENT DIVISION.
       CONFIGURATION SECTION.
       SPECIAL-NAMES.
           CLASS A-ONLY IS "A"
           CLASS A-THRU-D IS "A" THRU "D"
           CLASS D-THRU-A IS "D" THRU "A"
           CLASS ABCD "ABCD"
           CLASS MIXED IS "X" "0" THRU "4" "Q" THRU "S" "AB"
           CLASS ORD66 IS 66
           CLASS ORD66-68 IS 66 THRU 68.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 W                PIC X(4).
       01 N                PIC 9(3) VALUE 123.
       01 S                PIC S9(3) VALUE -123.
       01 G.
          05 G1            PIC X(2) VALUE "AB".
          05 G2            PIC 9(2) VALUE 12.
       PROCEDURE DIVISION.
           MOVE "AAAA" TO W. PERFORM SHOW.
           MOVE "ABCD" TO W. PERFORM SHOW.
           MOVE "DCBA" TO W. PERFORM SHOW.
           MOVE "BBB " TO W. PERFORM SHOW.
           MOVE "X0RS" TO W. PERFORM SHOW.
           MOVE "A5" TO W. PERFORM SHOW.
           MOVE "BBBB" TO W. PERFORM SHOW.
           MOVE "BCCB" TO W. PERFORM SHOW.
           MOVE "ZZZZ" TO W. PERFORM SHOW.
           IF N MIXED DISPLAY "N MIXED" ELSE DISPLAY "N NOT MIXED".
           IF S MIXED DISPLAY "S MIXED" ELSE DISPLAY "S NOT MIXED".
           IF G ABCD DISPLAY "G ABCD" ELSE DISPLAY "G NOT ABCD".
           IF G (1:2) ABCD DISPLAY "G1 ABCD" ELSE DISPLAY "G1 NOT".
           CALL "INNER".
           STOP RUN.
       SHOW.
           DISPLAY W " " WITH NO ADVANCING.
           IF W A-ONLY DISPLAY "A " WITH NO ADVANCING.
           IF W A-THRU-D DISPLAY "AD " WITH NO ADVANCING.
           IF W D-THRU-A DISPLAY "DA " WITH NO ADVANCING.
           IF W ABCD DISPLAY "ABCD " WITH NO ADVANCING.
           IF W MIXED DISPLAY "MIX " WITH NO ADVANCING.
           IF W ORD66 DISPLAY "O66 " WITH NO ADVANCING.
           IF W ORD66-68 DISPLAY "O66-68 " WITH NO ADVANCING.
           IF W NOT ABCD DISPLAY "NOTABCD" NO ADVANCING.
           DISPLAY ".".
       IDENTIFICATION DIVISION.
       PROGRAM-ID. INNER.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 V                PIC X(3) VALUE "CAB".
       PROCEDURE DIVISION.
           IF V A-THRU-D DISPLAY "INNER AD" ELSE DISPLAY "INNER NOT".
           GOBACK.
       END PROGRAM INNER.
       END PROGRAM CLASS-USER-DEFINED.
