       IDENTIFICATION DIVISION.
       PROGRAM-ID. MOVE-LITERALS.
      * Literal moves cobc compiles by rules of its own: numeric
      * literals into alphanumeric, group and numeric items (digits as
      * written, the sign of a cut zero), alphanumeric literals into
      * numeric items, figurative constants and ALL literals into
      * numeric items and reference-modified items, VALUE clauses of
      * wide and negative-zero literals.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 TEXTS.
          05 X5  PIC X(5).
          05 X2  PIC X(2).
          05 XJ  PIC X(5) JUSTIFIED RIGHT.
       01 GRP.
          05 GRP-A PIC X(3).
          05 GRP-B PIC 9(3).
       01 ZONED.
          05 N5  PIC 9(5).
          05 S5  PIC S9(5).
          05 S3  PIC S9(3).
          05 S3V PIC S9(3)V9.
          05 SL  PIC S9(3) SIGN LEADING SEPARATE.
          05 SV2 PIC S9(3)V99.
       01 OTHERS.
          05 P3  PIC S9(3) COMP-3.
          05 P3U PIC 9(3) COMP-3.
          05 P5  PIC S9(3)V99 COMP-3.
          05 B4  PIC S9(4) COMP.
          05 B5U PIC 9(5) COMP.
       01 BWZ PIC 9(3) BLANK WHEN ZERO VALUE 5.
       01 X10 PIC X(10).
       01 L   PIC 99 VALUE 3.
       01 WIDE.
          05 W1 PIC 9(22) VALUE 1234567890123456789012.
          05 W2 PIC S9(20)V99 VALUE -12345678901234567890.5.
          05 W3 PIC S9(3)V9 VALUE -0.
          05 W4 PIC S9(3) VALUE -0.
          05 W5 PIC S9(3)V9 COMP-3 VALUE -0.0.
          05 W6 PIC S9(3) SIGN LEADING SEPARATE VALUE -0.
          05 W7 PIC X(4) VALUE ALL QUOTE.
          05 W8 PIC 999 VALUE ALL ZEROS.
       PROCEDURE DIVISION.
       MAIN-PARA.
           MOVE 007 TO X5 X2 XJ.
           DISPLAY "[" TEXTS "]".
           MOVE -12 TO X5 XJ.
           MOVE +0012 TO X2.
           DISPLAY "[" TEXTS "]".
           MOVE 123456 TO X5 X2 XJ.
           DISPLAY "[" TEXTS "]".
           MOVE 42 TO GRP.
           DISPLAY "[" GRP "]".
           MOVE 12345678 TO GRP.
           DISPLAY "[" GRP "]".
           MOVE "ABC" TO N5 S5 S3V.
           DISPLAY "[" ZONED "]".
           MOVE "12.5" TO N5 S3V SV2 SL.
           DISPLAY "[" ZONED "]".
           MOVE "-12" TO S5 SV2 SL.
           MOVE "1234567" TO N5.
           DISPLAY "[" ZONED "]".
           MOVE " 1 2" TO N5.
           MOVE "   " TO S5.
           MOVE "12" TO P3 P5 B4 B5U.
           DISPLAY "[" ZONED "] " P3 " " P5 " " B4 " " B5U.
           MOVE "ABC" TO B4.
           MOVE "98765" TO P3U B5U.
           DISPLAY "[" OTHERS "]".
           MOVE -1000 TO S3 S3V SL P3 B4 P3U.
           DISPLAY "[" ZONED "][" OTHERS "]".
           MOVE -0 TO S3 S3V SL P3 B4 P5.
           DISPLAY "[" ZONED "][" OTHERS "]".
           MOVE -10000.0 TO S3 S3V SL P3 P5 B4.
           DISPLAY "[" ZONED "][" OTHERS "]".
           MOVE 12.345 TO S3 S3V SV2 P5.
           MOVE -.5 TO SL P3.
           DISPLAY "[" ZONED "][" OTHERS "]".
           MOVE HIGH-VALUE TO S3 P3.
           MOVE LOW-VALUE TO N5 B4.
           MOVE QUOTE TO SV2.
           DISPLAY "[" ZONED "][" OTHERS "]".
           MOVE ALL "12" TO N5 S3V SL P5.
           MOVE ALL "A" TO S3.
           MOVE ALL "7" TO P3.
           DISPLAY "[" ZONED "][" OTHERS "]".
           MOVE ZERO TO BWZ.
           DISPLAY "[" BWZ "]".
           MOVE ALL "AB" TO X10 (2:L).
           DISPLAY "[" X10 "]".
           MOVE ALL "XYZ" TO X10 (L:).
           DISPLAY "[" X10 "]".
           MOVE ZEROS TO X10 (L + 1:L).
           DISPLAY "[" X10 "]".
           MOVE ALL SPACES TO X10 (L:2).
           DISPLAY "[" X10 "]".
           DISPLAY "[" WIDE "]".
           DISPLAY W1 " " W2.
           STOP RUN.
