      * Storage-layout probe: one of every item shape cobc lists.
      * Listing: cobc -std=default -fsyntax-only -t layout_probe.lst
      *          -ftsymbols layout_probe.cbl
       IDENTIFICATION DIVISION.
       PROGRAM-ID. LAYOUT-PROBE.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT MASTER-FILE ASSIGN TO "MASTER.DAT".
           SELECT SORT-FILE ASSIGN TO "SORT.TMP".
       DATA DIVISION.
       FILE SECTION.
       FD  MASTER-FILE.
       01  MASTER-REC.
           05  MR-KEY          PIC X(8).
           05  MR-AMOUNT       PIC S9(7)V99 COMP-3.
           05  FILLER          PIC X(3).
       01  MASTER-REC-LONG     PIC X(40).
       SD  SORT-FILE.
       01  SORT-REC.
           05  SR-KEY          PIC 9(5).
           05  FILLER          PIC X(5).
       WORKING-STORAGE SECTION.
       77  W-INDEX-HOLD        USAGE INDEX.
       77  W-POINTER           USAGE POINTER.
       77  W-FLOAT             COMP-1.
       77  W-DOUBLE            COMP-2.
       01  W-NUMBERS.
           05  W-BINARY-4      PIC S9(4) BINARY.
           05  W-BINARY-9      PIC 9(9) COMP.
           05  W-BINARY-18     PIC S9(18) COMP.
           05  W-PACKED        PIC S9(5) PACKED-DECIMAL.
           05  W-NATIVE        PIC S9(4) COMP-5.
           05  W-SEPARATE      PIC S9(3) SIGN LEADING SEPARATE.
           05  W-STATUS        PIC X.
               88  W-STATUS-OK     VALUE "Y".
               88  W-STATUS-BAD    VALUES "N" "X".
       66  W-NUMBERS-HEAD RENAMES W-BINARY-4 THRU W-PACKED.
       66  W-STATUS-ALIAS RENAMES W-STATUS.
       01  W-EDITED.
           05  W-NUM-EDITED    PIC ZZZ,ZZ9.99-.
           05  W-ALNUM-EDITED  PIC XXBXX/XX.
           05  W-CURRENCY      PIC $$$,$$$,$$$,$$$,$$$,$$9.99CR.
       01  W-TABLE.
           88  W-TABLE-EMPTY   VALUE SPACES.
           05  W-ROW OCCURS 10 TIMES INDEXED BY W-ROW-IDX.
               10  W-CELL-KEY  PIC X(3).
               10  W-CELL-AMT  PIC 9(2) COMP-3 OCCURS 4.
           05  W-MARKS         PIC X(2) OCCURS 3.
           05  W-INDEXES       USAGE INDEX OCCURS 3.
           05  FILLER.
               10  FILLER      PIC X.
               10  W-LAST      PIC X.
           05  FILLER          PIC X(2).
       01  W-TABLE-VIEW REDEFINES W-TABLE.
           05  W-VIEW-HEAD     PIC X(10).
           05  W-VIEW-ALT REDEFINES W-VIEW-HEAD OCCURS 2.
               10  W-VIEW-NUM  PIC 9(5).
           05  W-VIEW-ROWS     OCCURS 2.
               10  W-VIEW-CELL PIC X(5).
       01  W-COUNT             PIC 9(2).
       01  W-VARYING.
           05  W-VAR-ITEM      PIC X(7)
                   OCCURS 1 TO 20 DEPENDING ON W-COUNT.
       01  W-BIG.
           05  W-BIG-ROW       PIC X(1000) OCCURS 200.
       01  W-SHARED            PIC X(4) EXTERNAL.
       01  W-GLOBAL-GROUP      GLOBAL.
           05  W-GLOBAL-ITEM   PIC X(3) OCCURS 2.
       01  FILLER              PIC X(6).
       LOCAL-STORAGE SECTION.
       01  L-SCRATCH           PIC X(8).
       LINKAGE SECTION.
       01  K-PARM.
           05  K-LENGTH        PIC S9(4) COMP.
           05  K-TEXT          PIC X(100).
       PROCEDURE DIVISION USING K-PARM.
           GOBACK.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. LAYOUT-INNER.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  W-NUMBERS.
           05  W-INNER         PIC X(3).
       PROCEDURE DIVISION.
           GOBACK.
       END PROGRAM LAYOUT-INNER.
       END PROGRAM LAYOUT-PROBE.
