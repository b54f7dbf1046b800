       IDENTIFICATION DIVISION.
       PROGRAM-ID. EDITED-NUMERIC-MOVES.
      * Numeric items of every encoding moved into numeric-edited
      * items with each editing symbol: Z * + - CR DB $ (fixed and
      * floating), B 0 / comma, V, P, BLANK WHEN ZERO, and a numeric
      * item with BLANK WHEN ZERO; sixteen values each, then edited
      * items DISPLAYed as they are and their initial contents.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 VALUE-LIST.
          05 FILLER PIC S9(7)V99 VALUE 0.
          05 FILLER PIC S9(7)V99 VALUE 0.01.
          05 FILLER PIC S9(7)V99 VALUE 0.5.
          05 FILLER PIC S9(7)V99 VALUE 1.
          05 FILLER PIC S9(7)V99 VALUE -1.
          05 FILLER PIC S9(7)V99 VALUE 12.34.
          05 FILLER PIC S9(7)V99 VALUE -12.34.
          05 FILLER PIC S9(7)V99 VALUE 999.99.
          05 FILLER PIC S9(7)V99 VALUE -1000.
          05 FILLER PIC S9(7)V99 VALUE 1234.5.
          05 FILLER PIC S9(7)V99 VALUE 99999.99.
          05 FILLER PIC S9(7)V99 VALUE -123456.78.
          05 FILLER PIC S9(7)V99 VALUE 1234567.89.
          05 FILLER PIC S9(7)V99 VALUE -9999999.99.
          05 FILLER PIC S9(7)V99 VALUE 0.09.
          05 FILLER PIC S9(7)V99 VALUE 100.
       01 VALUE-TABLE REDEFINES VALUE-LIST.
          05 V PIC S9(7)V99 OCCURS 16.
       01 I PIC 99.
       01 SOURCE-ITEMS.
          05 S-PACKED  PIC S9(5)V99 COMP-3.
          05 S-BINARY  PIC S9(6) COMP.
          05 S-NATIVE  PIC S9(4) COMP-5.
          05 S-LEADING PIC S9(4)V99 SIGN LEADING SEPARATE.
          05 S-PLAIN   PIC 9(5).
          05 S-SCALED  PIC 9(3)PP.
          05 S-SMALL   PIC SV999.
       01 EDITED-1.
          05 E01 PIC ZZZZ9.99.
          05 E02 PIC ZZZZZ.ZZ.
          05 E03 PIC ***,**9.99.
          05 E04 PIC **.**.
          05 E05 PIC $$$,$$9.99.
          05 E06 PIC ---,--9.99.
          05 E07 PIC +++,++9.99.
          05 E08 PIC -ZZZ,ZZ9.99.
       01 EDITED-2.
          05 E09 PIC 9(5).99CR.
          05 E10 PIC 9(5).99DB.
          05 E11 PIC ZZZ9.99+.
          05 E12 PIC $ZZ,ZZ9.99-.
          05 E13 PIC +$$$$9.
          05 E14 PIC $---9.
          05 E15 PIC ZZBZZB99.
          05 E16 PIC 9(3)000.
       01 EDITED-3.
          05 E17 PIC 99/99/99.
          05 E18 PIC ZZZ,ZZZ.ZZ BLANK WHEN ZERO.
          05 E19 PIC Z(4)9V99.
          05 E20 PIC ZZZPP.
          05 E21 PIC ----.--.
          05 E22 PIC $$$$.99.
          05 E23 PIC +(5).99.
          05 E24 PIC ZZ9.99-.
       01 EDITED-4.
          05 E25 PIC -$$$9.
          05 E26 PIC *(5).99CR.
          05 E27 PIC 9(3)BBB9.
          05 E28 PIC Z,ZZZ.99DB.
          05 E29 PIC 9(4) BLANK WHEN ZERO.
          05 E30 PIC 99B99.
          05 E31 PIC $$,$$$.$$.
          05 E32 PIC ++++.
       PROCEDURE DIVISION.
       MAIN-PARA.
           DISPLAY "initial [" EDITED-1 "]".
           DISPLAY "initial [" EDITED-2 "]".
           DISPLAY "initial [" EDITED-3 "]".
           DISPLAY "initial [" EDITED-4 "]".
           PERFORM VARYING I FROM 1 BY 1 UNTIL I > 16
               MOVE V (I) TO E01 E02 E03 E04 E05 E06 E07 E08
               MOVE V (I) TO E09 E10 E11 E12 E13 E14 E15 E16
               MOVE V (I) TO E17 E18 E19 E20 E21 E22 E23 E24
               MOVE V (I) TO E25 E26 E27 E28 E29 E30 E31 E32
               DISPLAY I " [" EDITED-1 "]"
               DISPLAY I " [" EDITED-2 "]"
               DISPLAY I " [" EDITED-3 "]"
               DISPLAY I " [" EDITED-4 "]"
               MOVE V (I) TO S-PACKED S-BINARY S-NATIVE S-LEADING
               MOVE V (I) TO S-PLAIN S-SCALED S-SMALL
               MOVE S-PACKED TO E01 E05 E09
               MOVE S-BINARY TO E02 E06 E10
               MOVE S-NATIVE TO E03 E07 E11
               MOVE S-LEADING TO E04 E08 E12
               DISPLAY I " [" EDITED-1 "|" E09 "|" E10 "|" E11
                   "|" E12 "]"
               MOVE S-PLAIN TO E13 E17 E21 E25
               MOVE S-SCALED TO E14 E18 E22 E26
               MOVE S-SMALL TO E15 E19 E23 E27
               MOVE S-PACKED TO E16 E20 E24 E28
               MOVE S-BINARY TO E29 E30 E31 E32
               DISPLAY I " [" EDITED-2 "|" EDITED-3 "|" EDITED-4 "]"
           END-PERFORM.
           MOVE -12.5 TO E01 E05 E06 E09 E11 E24.
           MOVE 007 TO E02 E07 E10 E12.
           MOVE .005 TO E19 E21 E22.
           MOVE 123456789012345678 TO E03 E08 E17.
           DISPLAY "literals [" EDITED-1 "|" EDITED-3 "]".
           DISPLAY "literals [" E09 E10 E11 E12 "]".
           STOP RUN.
