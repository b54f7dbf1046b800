       IDENTIFICATION DIVISION.
       PROGRAM-ID. RELPOW.
      * Relations and sign conditions with ** on either side: the
      * exponentiation's scale is known only at run time.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       77  NINE       PIC 9 VALUE 9.
       77  TEN        PIC 99 VALUE 10.
       77  THREE      PIC 9 VALUE 3.
       77  ZED        PIC 9 VALUE 0.
       77  NEG-TWO    PIC S9 VALUE -2.
       77  BIG        PIC 9(4) VALUE 1025.
       77  HALF       PIC 9V9 VALUE 0.5.
       PROCEDURE DIVISION.
           IF NINE ** 2 EQUAL TO 9 ** 2 DISPLAY "T1 EQ"
           ELSE DISPLAY "T1 NE".
           IF 10 ** 2 + 25 GREATER THAN 124 DISPLAY "T2 GT"
           ELSE DISPLAY "T2 NG".
           IF 1000 GREATER THAN TEN ** 3 - 1 DISPLAY "T3 GT"
           ELSE DISPLAY "T3 NG".
           IF BIG < 10 ** THREE + 1 DISPLAY "T4 LT"
           ELSE DISPLAY "T4 NL".
           IF 9 ** 2 + (90 - 180) IS POSITIVE DISPLAY "T5 POS"
           ELSE DISPLAY "T5 NOT POS".
           IF 10 ** THREE + 99 - (1500 - 400) IS NEGATIVE
               DISPLAY "T6 NEG" ELSE DISPLAY "T6 NOT NEG".
           IF - (2 ** 3) = -8 DISPLAY "T7 EQ" ELSE DISPLAY "T7 NE".
           IF ZED ** ZED = 1 DISPLAY "T8 ONE" ELSE DISPLAY "T8 NOT".
           IF 2 ** NEG-TWO = 0.25 DISPLAY "T9 QUARTER"
           ELSE DISPLAY "T9 NOT".
           IF HALF ** 2 < 0.26 DISPLAY "T10 LT" ELSE DISPLAY "T10 NL".
           IF TEN ** 40 > TEN ** 39 * 9 DISPLAY "T11 GT"
           ELSE DISPLAY "T11 NG".
           IF 0 ** 3 IS ZERO DISPLAY "T12 ZERO" ELSE DISPLAY "T12 NZ".
           IF NINE ** 2 NOT = NINE * NINE DISPLAY "T13 NE"
           ELSE DISPLAY "T13 EQ".
           STOP RUN.
