       IDENTIFICATION DIVISION.
       PROGRAM-ID. EDITED-OTHER-MOVES.
      * De-editing into numeric items of every encoding, edited into
      * edited and alphanumeric items, alphanumeric items, literals,
      * figurative constants and ALL literals into numeric-edited and
      * alphanumeric-edited items, and the VALUEs of edited items.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 TEXT-LIST.
          05 FILLER PIC X(12) VALUE "0".
          05 FILLER PIC X(12) VALUE "12.5".
          05 FILLER PIC X(12) VALUE "-3".
          05 FILLER PIC X(12) VALUE " 1,234.56 ".
          05 FILLER PIC X(12) VALUE "ABC".
          05 FILLER PIC X(12) VALUE "+000987.654".
          05 FILLER PIC X(12) VALUE "1.2.3".
          05 FILLER PIC X(12) VALUE "-0.01".
          05 FILLER PIC X(12) VALUE "99999999".
          05 FILLER PIC X(12) VALUE SPACES.
       01 TEXT-TABLE REDEFINES TEXT-LIST.
          05 T PIC X(12) OCCURS 10.
       01 I PIC 99.
       01 EDITED-ITEMS.
          05 N1 PIC -$$$,$$9.99.
          05 N2 PIC ZZ9.99.
          05 N3 PIC ***9.99CR.
          05 N4 PIC 9(4) BLANK WHEN ZERO.
          05 N5 PIC ZZ,ZZ9V99.
          05 N6 PIC ZZZPP.
       01 ALNUM-EDITED-ITEMS.
          05 A1 PIC XXBXX/X0.
          05 A2 PIC 99B99.
          05 A3 PIC ABABX0A.
          05 A4 PIC X(3)BX(3).
       01 NUMBER-ITEMS.
          05 D1 PIC S9(5)V99.
          05 D2 PIC S9(5)V99 COMP-3.
          05 D3 PIC S9(6) COMP.
          05 D4 PIC S9(3)V9 SIGN LEADING SEPARATE.
          05 D5 PIC S99V9 SIGN TRAILING SEPARATE.
       01 X12 PIC X(12).
       01 X4  PIC X(4).
       01 XJ  PIC X(8) JUSTIFIED RIGHT.
       01 AB  PIC A(4) VALUE "WXYZ".
       01 N9  PIC 9(5) VALUE 12.
       01 S9  PIC S9(3) VALUE -123.
       01 P9  PIC 9(3)PP VALUE 12300.
       01 VALUES-OF-EDITED.
          05 V1 PIC ZZ9.99 VALUE ZERO.
          05 V2 PIC ZZ9.99 VALUE SPACES.
          05 V3 PIC ZZ9.99 VALUE "AB".
          05 V4 PIC ZZ9.99 VALUE 3.456.
          05 V5 PIC ZZ9.99 VALUE ALL "1".
          05 V6 PIC XXBXX0 VALUE ZERO.
          05 V7 PIC XXBXX0 VALUE "AB".
          05 V8 PIC XXBXX0 VALUE ALL "AB".
          05 V9 PIC 9(3) BLANK WHEN ZERO VALUE ZERO.
          05 V10 PIC 9(3) BLANK WHEN ZERO VALUE 7.
          05 V11 PIC 9(3) BLANK WHEN ZERO.
          05 V12 PIC ZZ9.99 VALUE 0.
          05 V13 PIC 999 VALUE "012" BLANK WHEN ZERO.
          05 V14 PIC 999 VALUE SPACES BLANK WHEN ZERO.
       PROCEDURE DIVISION.
       MAIN-PARA.
           DISPLAY "initial [" EDITED-ITEMS "][" ALNUM-EDITED-ITEMS "]".
           DISPLAY "values [" VALUES-OF-EDITED "]".
           PERFORM VARYING I FROM 1 BY 1 UNTIL I > 10
               MOVE T (I) TO N1 N2 N3 N4 N5 N6
               MOVE T (I) TO A1 A2 A3 A4
               DISPLAY I " [" EDITED-ITEMS "][" ALNUM-EDITED-ITEMS "]"
               MOVE N1 TO D1 D2 D3 D4 D5 N2 N3 X12 A1 A4
               DISPLAY I " [" NUMBER-ITEMS "][" N2 N3 "][" X12
                   "][" A1 A4 "]"
               DISPLAY I " " D1 " " D2 " " D3 " " D4 " " D5
               MOVE N3 TO D1 D5 N4 N5 N6
               MOVE N5 TO D2 D3 X4 XJ
               MOVE N6 TO D4
               DISPLAY I " [" NUMBER-ITEMS "][" EDITED-ITEMS "]["
                   X4 "][" XJ "]"
               MOVE N4 TO D1 N1 X12
               MOVE N4 TO A3
               DISPLAY I " [" D1 "][" N1 "][" X12 "][" A3 "]"
           END-PERFORM.
           MOVE ZERO TO N1 N2 N3 N4 N5 N6 A1 A2 A3 A4.
           DISPLAY "zero [" EDITED-ITEMS "][" ALNUM-EDITED-ITEMS "]".
           MOVE HIGH-VALUES TO N1 N2 N3 N4 N5 N6.
           MOVE QUOTES TO A1 A3.
           DISPLAY "high [" EDITED-ITEMS "][" A1 A3 "]".
           MOVE ALL "12" TO N1 N2 N3 N4 N5 N6 A1 A2 A3 A4.
           DISPLAY "all [" EDITED-ITEMS "][" ALNUM-EDITED-ITEMS "]".
           MOVE ALL "7" TO N1 N2 N3 N4 N5 N6 A1 A2 A3 A4.
           DISPLAY "all [" EDITED-ITEMS "][" ALNUM-EDITED-ITEMS "]".
           MOVE SPACES TO A1 A3 A4.
           MOVE LOW-VALUES TO N2.
           DISPLAY "space [" A1 A3 A4 "][" N2 "]".
           MOVE "12.5" TO N1 N2 A1 A3.
           MOVE "  " TO N3 A4.
           DISPLAY "text [" EDITED-ITEMS "][" ALNUM-EDITED-ITEMS "]".
           MOVE -1234.5 TO N1 N2 N3 N4 N5 N6.
           MOVE 12345 TO A1 A2 A4.
           DISPLAY "number [" EDITED-ITEMS "][" ALNUM-EDITED-ITEMS "]".
           MOVE AB TO A1 A3 A4.
           MOVE N9 TO A1 A2.
           MOVE S9 TO A4.
           DISPLAY "items [" A1 A2 A3 A4 "]".
           MOVE P9 TO A1 A4.
           MOVE EDITED-ITEMS TO A4.
           MOVE X12 TO N2.
           DISPLAY "items [" A1 A4 "][" N2 "]".
           MOVE V4 TO N1 N5.
           MOVE V10 TO N2 D3.
           DISPLAY "edited [" N1 N5 N2 "] " D3.
           STOP RUN.
