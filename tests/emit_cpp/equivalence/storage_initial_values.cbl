       IDENTIFICATION DIVISION.
       PROGRAM-ID. STORAGE-INITIAL-VALUES.
      * Initial storage: VALUEs and the defaults cobc gives items
      * without one, in every numeric encoding, seen through DISPLAY of
      * groups (which print their bytes as they are).
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 ALPHA-GROUP.
          05 A-X        PIC X(5)  VALUE "AB".
          05 A-SPACE    PIC X(3).
          05 A-ALPHA    PIC A(4)  VALUE "CD".
          05 A-ZEROS    PIC X(3)  VALUE ZEROS.
          05 A-QUOTES   PIC X(2)  VALUE QUOTES.
          05 A-CUT      PIC X(3)  VALUE "TOOLONG".
       01 ZONED-GROUP.
          05 Z-1        PIC 9(4).
          05 Z-2        PIC 9(4)  VALUE 12.
          05 Z-3        PIC S9(4) VALUE -12.
          05 Z-4        PIC S9(3)V99 VALUE 3.5.
          05 Z-5        PIC S9(3) SIGN LEADING VALUE -7.
          05 Z-6        PIC S9(3) SIGN LEADING SEPARATE.
          05 Z-7        PIC S9(3) SIGN TRAILING SEPARATE VALUE -42.
          05 Z-8        PIC S9(3).
          05 Z-9        PIC 9(3)V9 VALUE ZERO.
       01 PACKED-GROUP.
          05 P-1        PIC S9(5) COMP-3.
          05 P-2        PIC S9(5) COMP-3 VALUE -123.
          05 P-3        PIC 9(4)  COMP-3 VALUE 99.
          05 P-4        PIC S9(3)V99 COMP-3 VALUE 1.25.
       01 BINARY-GROUP.
          05 B-1        PIC S9(4) COMP VALUE 258.
          05 B-2        PIC S9(9) COMP VALUE -2.
          05 B-3        PIC 9(2)  COMP-5 VALUE 65.
          05 B-4        PIC S9(18) BINARY VALUE -470211123447498374.
          05 B-5        PIC 9(4) COMP.
       01 GROUP-VALUE   VALUE "GROUP LITERAL".
          05 G-1        PIC X(5).
          05 G-2        PIC 9(5).
          05 G-3        PIC X(5).
       01 TABLE-GROUP.
          05 T-ENTRY    OCCURS 3.
             10 T-NAME  PIC X(2) VALUE "NM".
             10 T-NUM   PIC 9(2) VALUE 7.
       77 SOLO          PIC X(4)  VALUE "SOLO".
       PROCEDURE DIVISION.
       MAIN-PARA.
           DISPLAY "[" ALPHA-GROUP "]".
           DISPLAY "[" ZONED-GROUP "]".
           DISPLAY "[" PACKED-GROUP "]".
           DISPLAY "[" BINARY-GROUP "]".
           DISPLAY "[" GROUP-VALUE "]".
           DISPLAY "[" TABLE-GROUP "]".
           DISPLAY "[" SOLO "]" A-X "|" A-ALPHA "|".
           STOP RUN.
