       IDENTIFICATION DIVISION.
       PROGRAM-ID. INTRINSIC-NUMERIC-FUNCTIONS.
      * Numeric intrinsic functions as DISPLAY items, COMPUTE and
      * MOVE sources and relation operands: the result fields libcob
      * builds (4- and 8-byte binaries, DISPLAY fields of 96 digits),
      * arguments that are items of several usages, literals,
      * expressions and other functions.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 A           PIC S9(5)V9(5) VALUE -0.00004.
       01 B           PIC S9(10) VALUE 4.
       01 P3          PIC S9(3)V99 COMP-3 VALUE -12.5.
       01 B4          PIC S9(4) COMP VALUE -17.
       01 Z5          PIC 9(5) VALUE 123.
       01 ARR                    VALUE "40537".
          02 IND OCCURS 5 TIMES PIC 9.
       01 WS-NUM      PIC S9(5)V9(6).
       01 WS-BIG      PIC S9(9)V9(9) COMP-3.
       01 WS-BIN      PIC S9(7)V9 COMP.
       01 WS-X        PIC X(12).
       01 WS-J        PIC X(12) JUSTIFIED RIGHT.
       01 DATE-1      PIC 9(8) VALUE 20261205.
       01 DAYS-1      PIC 9(7).
       PROCEDURE DIVISION.
           DISPLAY "SQRT " FUNCTION SQRT(2).
           DISPLAY "SQRT " FUNCTION SQRT(B) " " FUNCTION SQRT(2.25).
           DISPLAY "PI   " FUNCTION PI.
           DISPLAY "SIN  " FUNCTION SIN(-0.00001).
           DISPLAY "ACOS " FUNCTION ACOS(IND(5) / 9).
           DISPLAY "LOG  " FUNCTION LOG(10) " " FUNCTION LOG10(100).
           DISPLAY "EXP  " FUNCTION EXP(A).
           DISPLAY "INT  " FUNCTION INTEGER(-5.5) " "
               FUNCTION INTEGER-PART(P3).
           DISPLAY "MOD  " FUNCTION MOD(-11 5) " " FUNCTION REM(11.5 2).
           DISPLAY "FACT " FUNCTION FACTORIAL(20) " "
               FUNCTION FACTORIAL(B + 21).
           DISPLAY "ABS  " FUNCTION ABS(P3) " " FUNCTION ABS(B4) " "
               FUNCTION ABS(-5.5).
           DISPLAY "MAX  " FUNCTION MAX(P3 Z5 A) " "
               FUNCTION MIN(1 2.5 -3) " " FUNCTION ORD-MAX(3 9 2 9).
           DISPLAY "MEAN " FUNCTION MEAN(1 2 2) " "
               FUNCTION MEDIAN(1 2 5 7) " " FUNCTION MEAN(P3).
           DISPLAY "SUM  " FUNCTION SUM(IND(1) IND(2) IND(3)) " "
               FUNCTION SUM(4294967295) " " FUNCTION SUM(-2147483648).
           DISPLAY "STAT " FUNCTION RANGE(1 2.5 -3) " "
               FUNCTION VARIANCE(1 2 3 4) " "
               FUNCTION STANDARD-DEVIATION(1 2 3 4).
           DISPLAY "FIN  " FUNCTION ANNUITY(0.1 3) " "
               FUNCTION PRESENT-VALUE(0.1 100 200).
           DISPLAY "DATE " FUNCTION INTEGER-OF-DATE(DATE-1) " "
               FUNCTION DATE-OF-INTEGER(155567) " "
               FUNCTION DAY-OF-INTEGER(1).
           DISPLAY "TEST " FUNCTION TEST-DATE-YYYYMMDD(20260230) " "
               FUNCTION YEAR-TO-YYYY(50 50 2026).
           DISPLAY "NEST " FUNCTION INTEGER(FUNCTION SQRT(10)) " "
               FUNCTION SUM((1 / 4) / 3).
           DISPLAY "RAND " FUNCTION RANDOM(3) " " FUNCTION RANDOM.
           DISPLAY "LEN  " FUNCTION LENGTH(P3) " " FUNCTION LENGTH(ARR).
           COMPUTE WS-NUM = FUNCTION SQRT(2).
           DISPLAY "C1 " WS-NUM.
           COMPUTE WS-NUM ROUNDED = FUNCTION SQRT(2) * 1000.
           DISPLAY "C2 " WS-NUM.
           COMPUTE WS-BIG = 1 / FUNCTION SQRT(3) + FUNCTION PI.
           DISPLAY "C3 " WS-BIG.
           COMPUTE WS-BIN = FUNCTION ANNUITY(B / 100 12) * 1000.
           DISPLAY "C4 " WS-BIN.
           COMPUTE WS-NUM = FUNCTION INTEGER-OF-DATE(DATE-1) - 1
               ON SIZE ERROR DISPLAY "SIZE ERROR"
               NOT ON SIZE ERROR DISPLAY "C5 " WS-NUM
           END-COMPUTE.
           COMPUTE WS-NUM = FUNCTION FACTORIAL(12)
               ON SIZE ERROR DISPLAY "C6 SIZE ERROR " WS-NUM
           END-COMPUTE.
           COMPUTE WS-NUM = FUNCTION SUM(1) / (FUNCTION SIGN(A) + 1)
               ON SIZE ERROR DISPLAY "C7 SIZE ERROR " WS-NUM
           END-COMPUTE.
           COMPUTE DAYS-1 = FUNCTION INTEGER-OF-DATE(DATE-1).
           COMPUTE DATE-1 = FUNCTION DATE-OF-INTEGER(DAYS-1 + 30).
           DISPLAY "C8 " DAYS-1 " " DATE-1.
           MOVE FUNCTION SQRT(2) TO WS-X WS-J WS-NUM WS-BIG WS-BIN.
           DISPLAY "M1 [" WS-X "] [" WS-J "] " WS-NUM " " WS-BIG
               " " WS-BIN.
           MOVE FUNCTION SUM(-1.5) TO WS-X WS-J WS-NUM.
           DISPLAY "M2 [" WS-X "] [" WS-J "] " WS-NUM.
           MOVE FUNCTION ABS(P3) TO WS-X WS-NUM.
           DISPLAY "M3 [" WS-X "] " WS-NUM.
           MOVE FUNCTION FACTORIAL(23) TO WS-BIN.
           DISPLAY "M4 " WS-BIN.
           MOVE FUNCTION RANDOM(5) TO WS-X WS-NUM.
           DISPLAY "M5 [" WS-X "] " WS-NUM.
           IF FUNCTION SQRT(4) = 2 DISPLAY "I1 EQUAL" END-IF.
           IF FUNCTION ACOS(0.5) > 1.04719 AND
              FUNCTION ACOS(0.5) < 1.0472
               DISPLAY "I2 IN RANGE"
           END-IF.
           IF FUNCTION MOD(B 3) NOT = ZERO DISPLAY "I3 NOT ZERO" END-IF.
           IF WS-NUM < FUNCTION MAX(IND(1) IND(2)) + 1
               DISPLAY "I4 LESS"
           END-IF.
           COMPUTE WS-NUM = FUNCTION SQRT(10) ** 2.
           DISPLAY "P1 " WS-NUM.
           COMPUTE WS-NUM = FUNCTION SQRT(10) ** 0.5.
           DISPLAY "P2 " WS-NUM.
           COMPUTE WS-NUM = FUNCTION INTEGER(A) ** 0
               ON SIZE ERROR DISPLAY "P3 SIZE ERROR " WS-NUM
           END-COMPUTE.
           COMPUTE WS-NUM = FUNCTION SUM(-2) ** 0.5
               ON SIZE ERROR DISPLAY "P4 SIZE ERROR " WS-NUM
           END-COMPUTE.
           COMPUTE WS-NUM = FUNCTION SUM(2) ** -2.
           DISPLAY "P5 " WS-NUM.
           STOP RUN.
