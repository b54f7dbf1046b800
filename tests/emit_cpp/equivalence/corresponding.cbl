       IDENTIFICATION DIVISION.
       PROGRAM-ID. CORRESPONDING-PHRASES.
      * MOVE, ADD and SUBTRACT CORRESPONDING: pairs by name through
      * nested groups, FILLER, REDEFINES, OCCURS and RENAMES items
      * left out, group and elementary pairs, edited receivers,
      * subscripted groups, ROUNDED and SIZE ERROR per pair.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 SRC.
          05 A      PIC 9(3) VALUE 123.
          05 B      PIC X(4) VALUE "BBBB".
          05 FILLER PIC X(2) VALUE "FF".
          05 C.
             10 D   PIC 99 VALUE 45.
             10 E   PIC X VALUE "E".
          05 F      PIC 9(2) VALUE 67.
          05 G      REDEFINES F PIC XX.
          05 H      PIC 9 OCCURS 2 VALUE 8.
          05 I.
             10 J   PIC 9 VALUE 1.
          05 K      PIC S9(3)V9 VALUE -12.5.
          05 L      PIC X(3) VALUE "LLL".
          05 M      PIC 9(3) VALUE 999.
          05 N      PIC S9(2)V99 COMP-3 VALUE 1.25.
       66 R RENAMES A.
       01 DST.
          05 K      PIC ZZ9.99-.
          05 A      PIC X(5).
          05 FILLER PIC X(2).
          05 C.
             10 E   PIC XX.
             10 D   PIC 9V9.
          05 G      PIC XX.
          05 H      PIC 9.
          05 I      PIC X(3).
          05 B      PIC X(2).
          05 X.
             10 L   PIC X(3).
          05 M      PIC 99.
          05 N      PIC S9(2)V9 COMP.
          05 R      PIC 9.
       01 SUMS.
          05 E      PIC 99 VALUE 50.
          05 A      PIC 9(3) VALUE 900.
          05 N      PIC S9(2)V9 VALUE 1.
          05 C.
             10 D   PIC 99 VALUE 1.
             10 E   PIC X VALUE "x".
          05 B      PIC 9 VALUE 1.
          05 K      PIC S9(3)V9 COMP-3 VALUE 0.
          05 M      PIC Z9 VALUE 1.
          05 H      PIC 9 VALUE 1.
       01 TABLE-OF-GROUPS.
          05 ENTRY-ITEM OCCURS 3.
             10 A   PIC 9(3).
             10 K   PIC S9(3)V9.
       01 P         PIC 9 VALUE 2.
       PROCEDURE DIVISION.
       MAIN-PARA.
           MOVE ALL "." TO DST.
           MOVE CORRESPONDING SRC TO DST.
           DISPLAY "[" DST "]".
           ADD CORRESPONDING SRC TO SUMS ROUNDED
             ON SIZE ERROR DISPLAY "SIZE ERROR"
             NOT ON SIZE ERROR DISPLAY "NO SIZE ERROR"
           END-ADD.
           DISPLAY "[" SUMS "]".
           ADD CORR SRC TO SUMS.
           DISPLAY "[" SUMS "]".
           SUBTRACT CORR SRC FROM SUMS
             ON SIZE ERROR DISPLAY "SIZE ERROR 2"
             NOT ON SIZE ERROR DISPLAY "NO SIZE ERROR 2"
           END-SUBTRACT.
           DISPLAY "[" SUMS "]".
           SUBTRACT CORR SRC FROM SUMS ROUNDED.
           DISPLAY "[" SUMS "]".
           MOVE ZERO TO TABLE-OF-GROUPS.
           MOVE CORR SRC TO ENTRY-ITEM (P).
           ADD CORR SRC TO ENTRY-ITEM (3).
           ADD CORR SRC TO ENTRY-ITEM (3).
           SUBTRACT CORR ENTRY-ITEM (P) FROM ENTRY-ITEM (1).
           DISPLAY "[" TABLE-OF-GROUPS "]".
           MOVE CORR ENTRY-ITEM (3) TO SRC.
           DISPLAY "[" SRC "]".
           STOP RUN.
