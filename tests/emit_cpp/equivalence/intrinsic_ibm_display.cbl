       IDENTIFICATION DIVISION.
       PROGRAM-ID. INTRINSIC-IBM-DISPLAY.
      * DIALECT: ibm
      * Function results shown and moved without pretty-display and
      * with binary-truncate off: binary result fields print their
      * byte capacity's digits with the scale ignored, DISPLAY result
      * fields their digits and a trailing sign, literal arguments a
      * leading sign.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 P3          PIC S9(3)V99 COMP-3 VALUE -12.5.
       01 B4          PIC S9(4) COMP VALUE -17.
       01 OUT-X       PIC X(10).
       01 OUT-N       PIC S9(5)V99.
       01 OUT-B       PIC S9(4) COMP.
       PROCEDURE DIVISION.
           DISPLAY FUNCTION SQRT(2).
           DISPLAY FUNCTION SQRT(2.25) " " FUNCTION SIGN(-3) " "
               FUNCTION FACTORIAL(20).
           DISPLAY FUNCTION NUMVAL(" -12.50") " "
               FUNCTION SIN(-0.00001).
           DISPLAY FUNCTION ABS(P3) " " FUNCTION ABS(B4) " "
               FUNCTION ABS(-5.5) " " FUNCTION MIN(-3.0 1).
           DISPLAY FUNCTION SUM(-1.5 -12345678901234567890).
           DISPLAY FUNCTION RANDOM(3) " " FUNCTION UPPER-CASE("ab").
           MOVE FUNCTION SUM(-1.5) TO OUT-X OUT-N OUT-B.
           DISPLAY "[" OUT-X "] " OUT-N " " OUT-B.
           MOVE FUNCTION FACTORIAL(9) TO OUT-B.
           DISPLAY OUT-B.
           STOP RUN.
