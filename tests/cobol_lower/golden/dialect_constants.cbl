      * Level-78 and CONSTANT AS constants (GnuCOBOL -std=default/ibm/mf;
      * cobc -std=cobol85 rejects both). They occupy no storage: every use
      * of the name is its literal, in VALUE, OCCURS and statements.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. DCONST.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       78  MAX-ITEMS VALUE 10.
       78  GREETING VALUE "HELLO".
       78  NEG-ONE VALUE -1.
       01  LIMIT-C CONSTANT AS 25.
       01  TITLE-C CONSTANT "REPORT".
       78  ALIAS-MAX VALUE MAX-ITEMS.
       01  TBL.
           05 ITEM PIC X OCCURS MAX-ITEMS TIMES.
           78  INNER-C VALUE 3.
           05 CELL PIC 9 OCCURS 1 TO LIMIT-C DEPENDING ON N.
       01  N PIC S99 VALUE ALIAS-MAX.
       01  MSG PIC X(8) VALUE GREETING.
       01  HDR PIC X(6) VALUE TITLE-C.
       PROCEDURE DIVISION.
           DISPLAY MAX-ITEMS " " LIMIT-C " " N " " TITLE-C
           MOVE GREETING TO MSG
           MOVE NEG-ONE TO N
           IF N = MAX-ITEMS OR INNER-C
               DISPLAY "EQUAL"
           END-IF
           COMPUTE N = LIMIT-C - MAX-ITEMS
           MOVE "X" TO ITEM (MAX-ITEMS)
           STOP RUN.
