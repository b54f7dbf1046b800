       IDENTIFICATION DIVISION.
       PROGRAM-ID. INITIALIZE-VALUE-DEFAULT.
      * INITIALIZE WITH FILLER, ALL (and category) TO VALUE, THEN TO
      * DEFAULT, with and without REPLACING: VALUEs as storage holds
      * them (edited items and group VALUEs included), tables through
      * their first occurrence, items without VALUE left alone.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 REC.
          05 A      PIC 9(3) VALUE 123.
          05 B      PIC X(4) VALUE "BBBB".
          05 FILLER PIC X(2) VALUE "FF".
          05 C      PIC S99.
          05 NE     PIC ZZ9.99 VALUE 1.5.
          05 AE     PIC XXBX0 VALUE "ABCDE".
          05 E      PIC X(3).
          05 T      PIC 9 OCCURS 2 VALUE 7.
       01 REC-2.
          05 GV VALUE "ABCDE".
             10 GV1 PIC X(2).
             10 GV2 PIC 9(3).
          05 GN.
             10 GN1 PIC X(2) VALUE "xy".
             10 GN2 PIC 9(3).
          05 FILLER PIC X(2) VALUE "FF".
          05 ROWS OCCURS 2.
             10 R1 PIC X VALUE "r".
             10 R2 PIC 9.
       PROCEDURE DIVISION.
       MAIN-PARA.
           MOVE ALL "*" TO REC.
           INITIALIZE REC WITH FILLER.
           DISPLAY "[" REC "]".
           MOVE ALL "*" TO REC.
           INITIALIZE REC ALL TO VALUE.
           DISPLAY "[" REC "]".
           MOVE ALL "*" TO REC.
           INITIALIZE REC NUMERIC TO VALUE.
           DISPLAY "[" REC "]".
           MOVE ALL "*" TO REC.
           INITIALIZE REC ALL TO VALUE THEN TO DEFAULT.
           DISPLAY "[" REC "]".
           MOVE ALL "*" TO REC.
           INITIALIZE REC REPLACING NUMERIC BY 4 THEN TO DEFAULT.
           DISPLAY "[" REC "]".
           MOVE ALL "*" TO REC.
           INITIALIZE REC WITH FILLER ALL TO VALUE
              THEN REPLACING ALPHANUMERIC BY "Q" THEN TO DEFAULT.
           DISPLAY "[" REC "]".
           MOVE ALL "*" TO REC-2.
           INITIALIZE REC-2 ALL TO VALUE.
           DISPLAY "[" REC-2 "]".
           MOVE ALL "*" TO REC-2.
           INITIALIZE REC-2 WITH FILLER ALPHANUMERIC TO VALUE
               THEN TO DEFAULT.
           DISPLAY "[" REC-2 "]".
           MOVE ALL "*" TO REC-2.
           INITIALIZE GV ALL TO VALUE.
           INITIALIZE GN1 R2 (2) ALL TO VALUE THEN TO DEFAULT.
           DISPLAY "[" REC-2 "]".
           MOVE ALL "*" TO REC-2.
           INITIALIZE REC-2 ALL TO VALUE REPLACING NUMERIC BY 8.
           DISPLAY "[" REC-2 "]".
           STOP RUN.
