      * COMP-X and COMP-N (Micro Focus; cobc -std=default, ibm and mf
      * accept them, cobol85 and cobol2014 do not): binary in the fewest
      * bytes that hold the digits, big-endian (X) or native order (N).
      * PIC X(n) COMP-X is an n-byte unsigned number.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. DCOMPX.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  X-1 PIC 9(2) COMP-X.
       01  X-2 PIC 9(3) COMP-X.
       01  X-3 PIC 9(5) COMPUTATIONAL-X.
       01  X-5 PIC 9(10) COMP-X.
       01  X-S PIC S9(3) COMP-X.
       01  X-BYTES-1 PIC X COMP-X.
       01  X-BYTES-3 PIC X(3) COMP-X.
       01  X-WIDE PIC 9(20) COMP-X.
       01  N-1 PIC 9(2) COMP-N.
       01  N-BYTES-4 PIC X(4) COMPUTATIONAL-N.
       01  N-S PIC S9(5) COMP-N.
       01  REC.
           05 R-KEY PIC X(2) COMP-X.
           05 R-AMOUNT PIC 9(7)V99 COMP-X.
           05 R-COUNTS USAGE COMP-N.
              10 R-COUNT-1 PIC 9(4).
              10 R-COUNT-2 PIC 9(4).
       PROCEDURE DIVISION.
           MOVE 300 TO X-2
           ADD X-1 TO X-BYTES-3 GIVING N-S
           COMPUTE R-AMOUNT = X-5 / 7
           DISPLAY X-2 " " N-S
           STOP RUN.
