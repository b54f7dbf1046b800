       IDENTIFICATION DIVISION.
       PROGRAM-ID. CLASS-CONDITIONS-IBM.
      * DIALECT: ibm
      * NUMERIC under the ibm dialect (hostsign): a signed packed item
      * with an F sign nibble is numeric; unsigned packed items still
      * take only F, zoned items are tested as in every dialect.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 SIGNED-AREA.
          05 SIGNED-PACKED   PIC S9(3) COMP-3.
       01 UNSIGNED-AREA.
          05 UNSIGNED-PACKED PIC 9(3) COMP-3.
       01 ZONED-AREA.
          05 ZONED           PIC S9(3).
       01 NIBBLE             PIC 9(2).
       01 NIBBLES            PIC X(16) VALUE X"0A0B0C0D0E0F".
       PROCEDURE DIVISION.
       MAIN-PARA.
           PERFORM VARYING NIBBLE FROM 1 BY 1 UNTIL NIBBLE > 6
               MOVE X"12" TO SIGNED-AREA (1:1)
               MOVE NIBBLES (NIBBLE:1) TO SIGNED-AREA (2:1)
               MOVE SIGNED-AREA TO UNSIGNED-AREA
               DISPLAY "SIGN NIBBLE " NIBBLE WITH NO ADVANCING
               IF SIGNED-PACKED IS NUMERIC
                   DISPLAY " SIGNED NUMERIC" WITH NO ADVANCING
               END-IF
               IF UNSIGNED-PACKED IS NUMERIC
                   DISPLAY " UNSIGNED NUMERIC" WITH NO ADVANCING
               END-IF
               DISPLAY "."
           END-PERFORM.
           MOVE "12r" TO ZONED-AREA.
           IF ZONED IS NUMERIC DISPLAY "OVERPUNCH NUMERIC".
           MOVE "12{" TO ZONED-AREA.
           IF ZONED IS NOT NUMERIC DISPLAY "EBCDIC OVERPUNCH NOT".
           STOP RUN.
