       IDENTIFICATION DIVISION.
       PROGRAM-ID. REDEFINES-INITIAL-VALUES.
      * cobc initializes an elementary REDEFINES item with SIGN
      * SEPARATE (to its VALUE or zero, every occurrence) over the
      * VALUE of the item it redefines; other redefining items (zoned
      * with an embedded sign, packed, binary, edited, index, groups
      * with such children) keep the bytes the VALUE gave.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 G1.
          05 V1 PIC X(10) VALUE "ABCDEFGHIJ".
          05 R1 REDEFINES V1 PIC 9(2) OCCURS 5.
       01 G2.
          05 V2 PIC X(10) VALUE "ABCDEFGHIJ".
          05 R2 REDEFINES V2 PIC S9(9)V9.
       01 G3.
          05 V3 PIC X(10) VALUE "ABCDEFGHIJ".
          05 R3 REDEFINES V3 PIC S9(1)V9 SIGN LEADING SEPARATE
                OCCURS 3.
       01 G4.
          05 V4 PIC X(10) VALUE "ABCDEFGHIJ".
          05 R4 REDEFINES V4 PIC S9(8)V9 SIGN TRAILING SEPARATE.
       01 G5.
          05 V5 PIC X(10) VALUE "ABCDEFGHIJ".
          05 R5 REDEFINES V5.
             10 R5A PIC S9 SIGN LEADING SEPARATE.
       01 V6 PIC X(4) VALUE "ABCD".
       01 R6 REDEFINES V6 PIC S999 SIGN LEADING SEPARATE.
       01 G7.
          05 V7 PIC X(4) VALUE "ABCD".
          05 R7 REDEFINES V7 PIC S9(4) COMP.
       01 G8.
          05 V8 PIC X(4) VALUE "ABCD".
          05 R8 REDEFINES V8 PIC S9(5) COMP-3.
       01 G9.
          05 V9 PIC X(4) VALUE "ABCD".
          05 R9 REDEFINES V9 PIC S9(3) SIGN TRAILING SEPARATE
             VALUE -12.
       PROCEDURE DIVISION.
           DISPLAY G1. DISPLAY G2. DISPLAY G3. DISPLAY G4. DISPLAY G5.
           DISPLAY V6. DISPLAY G7. DISPLAY G8. DISPLAY G9.
           STOP RUN.
