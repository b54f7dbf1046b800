       IDENTIFICATION DIVISION.
       PROGRAM-ID. INTRINSIC-TEXT-FUNCTIONS.
      * Alphanumeric intrinsic functions and those that read text:
      * case, order and trimming, CONCATENATE and SUBSTITUTE, CHAR and
      * ORD, MAX and MIN of alphanumeric items, NUMVAL, NUMVAL-C and
      * NUMVAL-F, CURRENT-DATE under COB_CURRENT_DATE, reference
      * modification of results, as DISPLAY items, MOVE sources and
      * relation operands.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 X10         PIC X(10) VALUE "  AbC d   ".
       01 Y5          PIC X(5) VALUE "ZZ".
       01 AMOUNT      PIC X(14) VALUE " $1,234.56 CR ".
       01 F-TEXT      PIC X(10) VALUE " 1.5E+3".
       01 N5          PIC S9(3)V99 VALUE -12.34.
       01 OUT-X       PIC X(8).
       01 OUT-J       PIC X(8) JUSTIFIED RIGHT.
       01 OUT-N       PIC S9(5)V99.
       01 OUT-D       PIC 9(8).
       01 P-OFF         PIC 99 VALUE 3.
       01 GRP.
          05 GRP-A    PIC X(3).
          05 GRP-B    PIC X(3).
       PROCEDURE DIVISION.
           DISPLAY "[" FUNCTION UPPER-CASE(X10) "] ["
               FUNCTION LOWER-CASE(X10) "] [" FUNCTION REVERSE(X10) "]".
           DISPLAY "[" FUNCTION TRIM(X10) "] [" FUNCTION TRIM(SPACES)
               "] [" FUNCTION TRIM(Y5) "]".
           DISPLAY "[" FUNCTION CONCATENATE(X10 Y5 "!") "] ["
               FUNCTION CONCATENATE(FUNCTION TRIM(X10) "-" N5) "]".
           DISPLAY "[" FUNCTION SUBSTITUTE(X10 "b" "XX" " " "_") "]".
           DISPLAY "[" FUNCTION CHAR(66) FUNCTION CHAR(P-OFF + 64) "] "
               FUNCTION ORD("A") " " FUNCTION ORD(Y5).
           DISPLAY "[" FUNCTION MAX(X10 Y5) "] [" FUNCTION MIN(X10 Y5)
               "] " FUNCTION ORD-MAX(X10 Y5 "ZZA") " "
               FUNCTION ORD-MIN("B" "A" "A").
           DISPLAY FUNCTION LENGTH(X10) " " FUNCTION LENGTH(GRP) " "
               FUNCTION LENGTH(X10(P-OFF:)) " "
               FUNCTION LENGTH(FUNCTION TRIM(X10)) " "
               FUNCTION LENGTH(FUNCTION TRIM(Y5)).
           DISPLAY FUNCTION NUMVAL(" -12.50") " "
               FUNCTION NUMVAL("1.5CR") " " FUNCTION NUMVAL("1.5CR ")
               " " FUNCTION NUMVAL("1x2").
           DISPLAY FUNCTION NUMVAL-C(AMOUNT) " "
               FUNCTION NUMVAL-C("EUR 12.5" "EUR") " "
               FUNCTION NUMVAL-F(F-TEXT) " "
               FUNCTION NUMVAL-F("-2.5E-2").
           DISPLAY FUNCTION TEST-NUMVAL("1.2.3") " "
               FUNCTION TEST-NUMVAL-C(AMOUNT) " "
               FUNCTION TEST-NUMVAL-F(F-TEXT).
           DISPLAY "[" FUNCTION CURRENT-DATE "]".
           DISPLAY "[" FUNCTION CURRENT-DATE(1:8) "] ["
               FUNCTION UPPER-CASE(X10)(P-OFF:4) "] ["
               FUNCTION REVERSE(X10)(8:) "] ["
               FUNCTION TRIM(X10)(20:2) "]".
           MOVE FUNCTION UPPER-CASE(X10) TO OUT-X OUT-J.
           DISPLAY "[" OUT-X "] [" OUT-J "]".
           MOVE FUNCTION CURRENT-DATE(1:8) TO OUT-D OUT-X.
           DISPLAY OUT-D " [" OUT-X "]".
           MOVE FUNCTION TRIM(" 12.5") TO OUT-N.
           DISPLAY OUT-N.
           MOVE FUNCTION NUMVAL-C(AMOUNT) TO OUT-N.
           DISPLAY OUT-N.
           MOVE FUNCTION REVERSE("abcdef") TO GRP.
           DISPLAY "[" GRP-A "] [" GRP-B "]".
           IF FUNCTION UPPER-CASE(X10) = "  ABC D"
               DISPLAY "UPPER EQUAL"
           END-IF.
           IF FUNCTION TRIM(X10) NOT = SPACES DISPLAY "NOT SPACES"
           END-IF.
           IF "AbC d" = FUNCTION TRIM(X10) DISPLAY "TRIM EQUAL" END-IF.
           IF FUNCTION CURRENT-DATE(1:4) > "2025"
               DISPLAY "AFTER 2025"
           END-IF.
           IF FUNCTION LOWER-CASE(Y5) < FUNCTION UPPER-CASE(Y5)
               DISPLAY "LOWER LESS"
           ELSE
               DISPLAY "LOWER NOT LESS"
           END-IF.
           IF FUNCTION NUMVAL(" -12.50") = N5 + 0.84
               DISPLAY "NUMVAL EQUAL"
           END-IF.
           STOP RUN.
