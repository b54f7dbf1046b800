       IDENTIFICATION DIVISION.
       PROGRAM-ID. DECIMAL-POINT-IS-COMMA.
      * DECIMAL-POINT IS COMMA with a CURRENCY SIGN: numeric literals,
      * DISPLAY of numeric items and literals, edited moves, de-editing,
      * alphanumeric to numeric moves, arithmetic into edited items.
      * DIALECT: cobol85
       ENVIRONMENT DIVISION.
       CONFIGURATION SECTION.
       SPECIAL-NAMES.
           CURRENCY SIGN IS "W"
           DECIMAL-POINT IS COMMA.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 N1 PIC S9(3)V99 VALUE -123,45.
       01 N2 PIC 9(7)V99 VALUE 1234567,89.
       01 E1 PIC 9.999.999,99.
       01 E2 PIC WWW.WW9,99-.
       01 E3 PIC -Z(4),99.
       01 E4 PIC ZZ9,99 BLANK WHEN ZERO.
       01 E5 PIC ZZ.ZZ9,9 VALUE " 1.234,5".
       01 X1 PIC X(8) VALUE "12,5".
       01 N3 PIC 9(3)V9.
       01 N4 PIC 9(7)V99.
       01 C2 PIC 9(5)V99 COMP VALUE 12,34.
       01 P1 PIC S9(5)V99 PACKED-DECIMAL VALUE -12,34.
       PROCEDURE DIVISION.
           DISPLAY N1 " " N2 " " C2 " " P1.
           DISPLAY 1,5 " " -0,25 " " 100 " " 0,0.
           DISPLAY "[" E5 "]".
           MOVE N2 TO E1. DISPLAY "[" E1 "]".
           MOVE N1 TO E2. DISPLAY "[" E2 "]".
           MOVE N1 TO E3. DISPLAY "[" E3 "]".
           MOVE 12,3 TO E3. DISPLAY "[" E3 "]".
           MOVE E1 TO N4. DISPLAY N4.
           MOVE E2 TO N4. DISPLAY N4.
           MOVE X1 TO N3. DISPLAY N3.
           MOVE "1.234,5" TO N3. DISPLAY N3.
           MOVE "1.234,5" TO E1. DISPLAY "[" E1 "]".
           MOVE E1 TO E2. DISPLAY "[" E2 "]".
           COMPUTE E2 = N1 * 3. DISPLAY "[" E2 "]".
           COMPUTE E4 ROUNDED = 2,555. DISPLAY "[" E4 "]".
           ADD 0,5 N1 GIVING E3. DISPLAY "[" E3 "]".
           MOVE ZERO TO E2. DISPLAY "[" E2 "]".
           INITIALIZE E5. DISPLAY "[" E5 "]".
           MOVE E1 TO X1. DISPLAY "[" X1 "]".
           IF N1 < -123,4 DISPLAY "LESS" END-IF.
           STOP RUN.
