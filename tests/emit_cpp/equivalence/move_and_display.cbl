       IDENTIFICATION DIVISION.
       PROGRAM-ID. MOVE-AND-DISPLAY.
      * MOVE between alphanumeric, group and numeric items of every
      * encoding, figurative constants, JUSTIFIED, and DISPLAY of
      * numeric items and literals in the default dialect.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 TEXT-ITEMS.
          05 T-SHORT    PIC X(3).
          05 T-LONG     PIC X(10).
          05 T-JUST     PIC X(6) JUSTIFIED RIGHT.
          05 T-DIGITS   PIC X(8).
       01 NUM-ITEMS.
          05 N-ZONED    PIC S9(5)V99 VALUE -123.45.
          05 N-UNSIGNED PIC 9(4).
          05 N-PACKED   PIC S9(7)V9 COMP-3.
          05 N-BINARY   PIC S9(4) COMP.
          05 N-NATIVE   PIC S9(4) COMP-5.
          05 N-LEADING  PIC S9(3) SIGN LEADING SEPARATE.
          05 N-SMALL    PIC 99.
       01 SOURCE-TEXT   PIC X(6) VALUE " -42.5".
       PROCEDURE DIVISION.
       MAIN-PARA.
           MOVE "ABCDEFGHIJKL" TO T-SHORT T-LONG T-JUST.
           DISPLAY "[" T-SHORT "][" T-LONG "][" T-JUST "]".
           MOVE "XY" TO T-JUST.
           DISPLAY "[" T-JUST "]".
           MOVE T-LONG TO T-SHORT.
           MOVE SPACES TO T-LONG.
           MOVE ALL "*" TO T-DIGITS.
           DISPLAY "[" TEXT-ITEMS "]".
           MOVE HIGH-VALUES TO T-SHORT.
           MOVE ZEROS TO T-LONG.
           DISPLAY "[" TEXT-ITEMS "]".
           DISPLAY N-ZONED " " N-UNSIGNED " " N-PACKED " " N-BINARY.
           MOVE N-ZONED TO N-UNSIGNED N-PACKED N-BINARY N-NATIVE.
           MOVE N-ZONED TO N-LEADING N-SMALL.
           DISPLAY N-UNSIGNED " " N-PACKED " " N-BINARY " " N-NATIVE.
           DISPLAY N-LEADING " " N-SMALL.
           MOVE 98765.4 TO N-PACKED N-ZONED N-UNSIGNED.
           DISPLAY N-PACKED " " N-ZONED " " N-UNSIGNED.
           MOVE -7 TO N-BINARY.
           MOVE ZERO TO N-ZONED.
           DISPLAY N-BINARY " " N-ZONED.
           MOVE N-BINARY TO T-DIGITS.
           DISPLAY "[" T-DIGITS "]".
           MOVE SOURCE-TEXT TO N-ZONED N-UNSIGNED.
           DISPLAY N-ZONED " " N-UNSIGNED.
           DISPLAY 42 " " -7.50 " " +0.5 " " 007.
           DISPLAY "[" NUM-ITEMS "]".
           STOP RUN.
