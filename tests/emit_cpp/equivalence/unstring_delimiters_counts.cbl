       IDENTIFICATION DIVISION.
       PROGRAM-ID. UNSTRING-DELIMITERS-COUNTS.
      * UNSTRING DELIMITED BY [ALL] ... OR ..., INTO alphanumeric,
      * JUSTIFIED and numeric items (signed, separate sign, packed,
      * binary, with decimals) with DELIMITER IN (alphanumeric and
      * numeric) and COUNT IN; WITH POINTER (inside, 0, past the
      * end), TALLYING IN, ON OVERFLOW / NOT ON OVERFLOW; no DELIMITED
      * BY (pieces as long as the items); targets left unchanged once
      * the source is used up; empty pieces.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 SRC         PIC X(30) VALUE "ALPHA,,BETA  GAMMA;12;-7.5".
       01 CSV         PIC X(20) VALUE "12,34.5,-6,  ,7X,".
       01 A1          PIC X(6).
       01 A2          PIC X(6).
       01 A3          PIC X(6) JUSTIFIED RIGHT.
       01 A4          PIC X(6).
       01 D1          PIC X(2).
       01 D2          PIC X(2).
       01 D3          PIC 9(2).
       01 K1          PIC 99.
       01 K2          PIC S9(3) COMP.
       01 K3          PIC 9(3) COMP-3.
       01 N1          PIC 9(3).
       01 N2          PIC S9(3)V9.
       01 N3          PIC S9(3) SIGN LEADING SEPARATE.
       01 N4          PIC S9(5) COMP-3.
       01 N5          PIC 9(4) COMP.
       01 PTR         PIC 99.
       01 PTR-S       PIC S9(3) COMP.
       01 TLY         PIC 99.
       01 TLY-P       PIC 9(3) COMP-3.
       01 SEMI        PIC X VALUE ";".
       01 PIECES.
          05 PIECE    PIC X(4) OCCURS 4.
       01 IX          PIC 9.
       PROCEDURE DIVISION.
       MAIN-PARA.
           MOVE ALL "*" TO A1 A2 A3 A4 D1 D2
           MOVE 99 TO D3 K1
           MOVE 0 TO K2 K3 TLY
           UNSTRING SRC DELIMITED BY "," OR ALL SPACE OR SEMI
             INTO A1 DELIMITER IN D1 COUNT IN K1
                  A2 DELIMITER IN D2 COUNT IN K2
                  A3 DELIMITER IN D3 COUNT IN K3
                  A4
             TALLYING IN TLY
             ON OVERFLOW DISPLAY "U1 OVERFLOW"
             NOT ON OVERFLOW DISPLAY "U1 NO OVERFLOW"
           END-UNSTRING
           DISPLAY "U1 [" A1 "][" A2 "][" A3 "][" A4 "]"
           DISPLAY "U1 [" D1 "][" D2 "] " D3 " " K1 " " K2 " " K3
                   " " TLY
           MOVE ALL "*" TO A1 A2 A3 A4
           MOVE 5 TO PTR
           UNSTRING SRC DELIMITED BY ALL "," OR ALL " "
             INTO A1 A2 COUNT IN K1 A3
             WITH POINTER PTR TALLYING IN TLY
             ON OVERFLOW DISPLAY "U2 OVERFLOW"
           END-UNSTRING
           DISPLAY "U2 [" A1 "][" A2 "][" A3 "] " K1 " " PTR " " TLY

      * Numeric receiving items: the alphanumeric-to-numeric MOVE.
           UNSTRING CSV DELIMITED BY ","
             INTO N1 N2 N3 N4 N5 DELIMITER IN D3 COUNT IN K1
           DISPLAY "N1 " N1 " " N2 " " N3 " " N4 " " N5 " " D3 " " K1

           MOVE "7005000X" TO CSV
           MOVE 0 TO TLY
           UNSTRING CSV DELIMITED BY ALL ZERO OR QUOTE
             INTO A1 DELIMITER IN D1 A2 DELIMITER IN D2 A3
             TALLYING IN TLY
           DISPLAY "Z1 [" A1 "][" A2 "][" A3 "][" D1 "][" D2 "] " TLY

      * No DELIMITED BY: each piece is as long as its item, a
      * separate sign byte not counted.
           MOVE ALL "*" TO A1 A2
           MOVE 0 TO TLY-P
           UNSTRING SRC INTO A1 N3 A2 DELIMITER IN D1 COUNT IN K1
             TALLYING IN TLY-P
           DISPLAY "S1 [" A1 "] " N3 " [" A2 "][" D1 "] " K1 " " TLY-P

      * Pointer out of range: overflow, nothing moved or counted.
           MOVE ALL "*" TO A1
           MOVE 0 TO PTR MOVE 0 TO TLY
           UNSTRING SRC DELIMITED BY "," INTO A1 COUNT IN K1
             POINTER PTR TALLYING TLY
             ON OVERFLOW DISPLAY "P1 OVERFLOW"
             NOT ON OVERFLOW DISPLAY "P1 NO OVERFLOW"
           END-UNSTRING
           DISPLAY "P1 [" A1 "] " K1 " " PTR " " TLY
           MOVE 31 TO PTR-S
           UNSTRING SRC DELIMITED BY "," INTO A1 POINTER PTR-S
             ON OVERFLOW DISPLAY "P2 OVERFLOW"
           END-UNSTRING
           DISPLAY "P2 " PTR-S
           MOVE 27 TO PTR-S
           UNSTRING SRC DELIMITED BY ALL SPACE INTO A1 A2
             POINTER PTR-S
             ON OVERFLOW DISPLAY "P3 OVERFLOW"
             NOT ON OVERFLOW DISPLAY "P3 NO OVERFLOW"
           END-UNSTRING
           DISPLAY "P3 [" A1 "][" A2 "] " PTR-S

      * The source used up: later items keep their values.
           MOVE ALL "-" TO PIECES
           MOVE "AB/CD" TO A4
           UNSTRING A4(1:5) DELIMITED BY "/"
             INTO PIECE(1) PIECE(2) PIECE(3) COUNT IN K1
           DISPLAY "E1 " PIECES
           MOVE 1 TO IX
           MOVE "X;;Y" TO A4
           UNSTRING A4(1:IX + 3) DELIMITED BY SEMI
             INTO PIECE(IX) PIECE(IX + 1) DELIMITER IN D1
                  PIECE(IX + 2) PIECE(4)
           DISPLAY "E2 " PIECES " [" D1 "]"
           STOP RUN.
