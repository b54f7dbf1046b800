       IDENTIFICATION DIVISION.
       PROGRAM-ID. IF-CONDITIONS.
      * IF with relations between numeric items and literals across
      * encodings and scales, alphanumeric items padded with spaces,
      * figurative constants and ALL literals, a numeric item against
      * an alphanumeric one, AND / OR / NOT, and ELSE.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 N1          PIC S9(3)V99 VALUE 1.20.
       01 N2          PIC S9(5) COMP-3 VALUE -12.
       01 N3          PIC 9(3) VALUE 12.
       01 N4          PIC S9(4) COMP VALUE 1.
       01 X1          PIC X(3) VALUE "AB".
       01 X2          PIC X(5) VALUE "AB".
       01 X3          PIC X(3) VALUE "012".
       01 X4          PIC X(6) VALUE "ABABAB".
       01 X5          PIC X(3) VALUE "000".
       PROCEDURE DIVISION.
       MAIN-PARA.
           IF N1 = 1.2 DISPLAY "1 N1 = 1.2" ELSE DISPLAY "1 NO" END-IF.
           IF N2 < N1 DISPLAY "2 N2 < N1" ELSE DISPLAY "2 NO" END-IF.
           IF N3 > N2 AND N4 = 1 DISPLAY "3 AND" END-IF.
           IF N3 < 0 OR NOT N4 > 5 DISPLAY "4 OR NOT" END-IF.
           IF X1 = X2 DISPLAY "5 PADDED EQUAL"
               ELSE DISPLAY "5 NO" END-IF.
           IF X1 < "AC" DISPLAY "6 X1 < AC" END-IF.
           IF X4 = ALL "AB" DISPLAY "7 ALL AB" END-IF.
           IF X5 = ZERO DISPLAY "8 ZERO" END-IF.
           IF X1 = SPACES DISPLAY "9 SPACES" ELSE DISPLAY "9 NOT SPACES"
           END-IF.
           IF N3 = X3 DISPLAY "10 N3 = X3" ELSE DISPLAY "10 NO" END-IF.
           IF N2 NOT = ZERO DISPLAY "11 NOT ZERO" END-IF.
           IF 5 > N4 DISPLAY "12 LITERAL LEFT" END-IF.
           IF N1 >= 1.20 AND N1 <= 1.2 DISPLAY "13 BOTH" END-IF.
           IF X2 > X1 DISPLAY "14 NO" ELSE DISPLAY "14 NOT GREATER"
           END-IF.
           IF N3 = 12
               IF X1 = "AB"
                   DISPLAY "15 NESTED"
               ELSE
                   DISPLAY "15 NO"
               END-IF
           END-IF.
           STOP RUN.
