       IDENTIFICATION DIVISION.
       PROGRAM-ID. INITIALIZE-FORMS.
      * INITIALIZE of records, subordinate items, tables and table
      * elements: the defaults of each category (edited ones and a
      * numeric item with BLANK WHEN ZERO included), FILLER and
      * REDEFINES left alone, index items, REPLACING each category by
      * literals and by data items.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 REC.
          05 A      PIC 9(3) VALUE 123.
          05 B      PIC X(4) VALUE "BBBB".
          05 FILLER PIC X(2) VALUE "FF".
          05 C.
             10 D   PIC S99 VALUE -45.
             10 E   PIC A(2) VALUE "EE".
          05 F      PIC 9(2) VALUE 67.
          05 G      REDEFINES F PIC XX.
          05 H      PIC 9 OCCURS 2 VALUE 8.
          05 NE     PIC ZZ9.99 VALUE 1.5.
          05 AE     PIC XXBX0 VALUE "ABCDE".
          05 P      PIC S9(3) COMP-3 VALUE 12.
          05 BN     PIC 9(4) COMP VALUE 12.
          05 FG.
             10 FILLER PIC X(2) VALUE "GG".
             10 FGX PIC X VALUE "Q".
          05 IX     USAGE INDEX.
          05 BZ     PIC 9(3) BLANK WHEN ZERO VALUE 5.
          05 SS     PIC S9(3) SIGN LEADING SEPARATE VALUE 5.
          05 XJ     PIC X(3) JUSTIFIED RIGHT VALUE "J".
       01 TABLES.
          05 ROW OCCURS 3.
             10 R-NAME PIC X(3).
             10 R-AMT  PIC S9(3)V9 COMP-3.
             10 R-CELL PIC 9 OCCURS 2.
          05 T-NUM  PIC 9 OCCURS 2.
       01 K         PIC 9 VALUE 2.
       01 NUM       PIC 9(2) VALUE 42.
       01 WORD      PIC X(5) VALUE "WORD".
       PROCEDURE DIVISION.
       MAIN-PARA.
           DISPLAY "[" REC "]".
           INITIALIZE REC.
           DISPLAY "[" REC "]".
           MOVE ALL "*" TO REC.
           INITIALIZE REC REPLACING NUMERIC DATA BY 5.
           DISPLAY "[" REC "]".
           MOVE ALL "*" TO REC.
           INITIALIZE REC REPLACING ALPHANUMERIC BY "xy"
                                    NUMERIC-EDITED BY 7
                                    ALPHANUMERIC-EDITED BY "pq"
                                    ALPHABETIC BY "ab".
           DISPLAY "[" REC "]".
           MOVE ALL "*" TO REC.
           INITIALIZE B D C.
           DISPLAY "[" REC "]".
           INITIALIZE G.
           DISPLAY "[" REC "]".
           INITIALIZE REC REPLACING NUMERIC BY NUM
                                    NUMERIC-EDITED BY "12"
                                    ALPHANUMERIC-EDITED BY 123
                                    ALPHANUMERIC BY WORD.
           DISPLAY "[" REC "]".
           INITIALIZE REC REPLACING NUMERIC BY -7
                                    NUMERIC-EDITED BY NUM.
           DISPLAY "[" REC "]".
           MOVE ALL "*" TO TABLES.
           INITIALIZE TABLES.
           DISPLAY "[" TABLES "]".
           MOVE ALL "*" TO TABLES.
           INITIALIZE ROW (K) T-NUM (1).
           DISPLAY "[" TABLES "]".
           INITIALIZE R-CELL (1, K) R-NAME (3)
               REPLACING ALPHANUMERIC BY WORD NUMERIC BY 9.
           DISPLAY "[" TABLES "]".
           INITIALIZE TABLES REPLACING NUMERIC BY 3.
           DISPLAY "[" TABLES "]".
           STOP RUN.
