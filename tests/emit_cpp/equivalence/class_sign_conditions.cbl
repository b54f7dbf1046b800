       IDENTIFICATION DIVISION.
       PROGRAM-ID. CLASS-SIGN-CONDITIONS.
      * Class conditions (NUMERIC, ALPHABETIC, ALPHABETIC-LOWER,
      * ALPHABETIC-UPPER) with every byte value in every position of
      * zoned (unsigned, trailing, leading, separate signs), packed,
      * alphanumeric, alphabetic and group items; sign conditions
      * (POSITIVE, NEGATIVE, ZERO, NOT) over encodings, negative zero
      * and arithmetic expressions.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 ALL-BYTES.
          05 FILLER PIC X(16) VALUE X"000102030405060708090A0B0C0D0E0F".
          05 FILLER PIC X(16) VALUE X"101112131415161718191A1B1C1D1E1F".
          05 FILLER PIC X(16) VALUE X"202122232425262728292A2B2C2D2E2F".
          05 FILLER PIC X(16) VALUE X"303132333435363738393A3B3C3D3E3F".
          05 FILLER PIC X(16) VALUE X"404142434445464748494A4B4C4D4E4F".
          05 FILLER PIC X(16) VALUE X"505152535455565758595A5B5C5D5E5F".
          05 FILLER PIC X(16) VALUE X"606162636465666768696A6B6C6D6E6F".
          05 FILLER PIC X(16) VALUE X"707172737475767778797A7B7C7D7E7F".
          05 FILLER PIC X(16) VALUE X"808182838485868788898A8B8C8D8E8F".
          05 FILLER PIC X(16) VALUE X"909192939495969798999A9B9C9D9E9F".
          05 FILLER PIC X(16) VALUE X"A0A1A2A3A4A5A6A7A8A9AAABACADAEAF".
          05 FILLER PIC X(16) VALUE X"B0B1B2B3B4B5B6B7B8B9BABBBCBDBEBF".
          05 FILLER PIC X(16) VALUE X"C0C1C2C3C4C5C6C7C8C9CACBCCCDCECF".
          05 FILLER PIC X(16) VALUE X"D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF".
          05 FILLER PIC X(16) VALUE X"E0E1E2E3E4E5E6E7E8E9EAEBECEDEEEF".
          05 FILLER PIC X(16) VALUE X"F0F1F2F3F4F5F6F7F8F9FAFBFCFDFEFF".
       01 BYTE-TABLE REDEFINES ALL-BYTES.
          05 BYTE-AT       PIC X OCCURS 256 TIMES.
       01 B                PIC 9(3).
       01 P                PIC 9.
       01 K                PIC 99.
       01 HEX-DIGITS       PIC X(16) VALUE "0123456789ABCDEF".
       01 RESULT           PIC X(256).
       01 U3-G.
          05 U3            PIC 9(3).
       01 T3-G.
          05 T3            PIC S9(3).
       01 L3-G.
          05 L3            PIC S9(3) SIGN LEADING.
       01 TS3-G.
          05 TS3           PIC S9(3) SIGN TRAILING SEPARATE.
       01 LS3-G.
          05 LS3           PIC S9(3) SIGN LEADING SEPARATE.
       01 P3-G.
          05 P3            PIC S9(3) PACKED-DECIMAL.
       01 PU3-G.
          05 PU3           PIC 9(3) PACKED-DECIMAL.
       01 P4-G.
          05 P4            PIC S9(4) PACKED-DECIMAL.
       01 X3               PIC X(3).
       01 A3               PIC A(3).
       01 GRP.
          05 GRP-X         PIC X.
          05 GRP-N         PIC 99.
       01 BIN-G.
          05 BIN           PIC S9(4) BINARY.
       01 C5-G.
          05 C5            PIC S9(4) COMP-5.
       01 V-DISPLAY        PIC S9(3)V9.
       01 V-PACKED         PIC S9(5) PACKED-DECIMAL.
       01 V-BINARY         PIC S9(9) BINARY.
       01 V-UNSIGNED       PIC 9(2).
       01 V-SEPARATE       PIC S9(2) SIGN LEADING SEPARATE.
       PROCEDURE DIVISION.
       MAIN-PARA.
           PERFORM VARYING P FROM 1 BY 1 UNTIL P > 3
                   AFTER B FROM 1 BY 1 UNTIL B > 256
               MOVE "123" TO U3-G
               MOVE BYTE-AT (B) TO U3-G (P:1)
               IF U3 IS NUMERIC
                   MOVE "1" TO RESULT (B:1)
               ELSE
                   MOVE "0" TO RESULT (B:1)
               END-IF
               IF B = 256
                   DISPLAY "U3 " P " " RESULT
               END-IF
           END-PERFORM.
           PERFORM VARYING P FROM 1 BY 1 UNTIL P > 3
                   AFTER B FROM 1 BY 1 UNTIL B > 256
               MOVE "123" TO T3-G
               MOVE BYTE-AT (B) TO T3-G (P:1)
               IF T3 IS NUMERIC
                   MOVE "1" TO RESULT (B:1)
               ELSE
                   MOVE "0" TO RESULT (B:1)
               END-IF
               IF B = 256
                   DISPLAY "T3 " P " " RESULT
               END-IF
           END-PERFORM.
           PERFORM VARYING P FROM 1 BY 1 UNTIL P > 3
                   AFTER B FROM 1 BY 1 UNTIL B > 256
               MOVE "123" TO L3-G
               MOVE BYTE-AT (B) TO L3-G (P:1)
               IF L3 IS NUMERIC
                   MOVE "1" TO RESULT (B:1)
               ELSE
                   MOVE "0" TO RESULT (B:1)
               END-IF
               IF B = 256
                   DISPLAY "L3 " P " " RESULT
               END-IF
           END-PERFORM.
           PERFORM VARYING P FROM 1 BY 1 UNTIL P > 4
                   AFTER B FROM 1 BY 1 UNTIL B > 256
               MOVE "123+" TO TS3-G
               MOVE BYTE-AT (B) TO TS3-G (P:1)
               IF TS3 IS NUMERIC
                   MOVE "1" TO RESULT (B:1)
               ELSE
                   MOVE "0" TO RESULT (B:1)
               END-IF
               IF B = 256
                   DISPLAY "TS3 " P " " RESULT
               END-IF
           END-PERFORM.
           PERFORM VARYING P FROM 1 BY 1 UNTIL P > 4
                   AFTER B FROM 1 BY 1 UNTIL B > 256
               MOVE "-123" TO LS3-G
               MOVE BYTE-AT (B) TO LS3-G (P:1)
               IF LS3 IS NUMERIC
                   MOVE "1" TO RESULT (B:1)
               ELSE
                   MOVE "0" TO RESULT (B:1)
               END-IF
               IF B = 256
                   DISPLAY "LS3 " P " " RESULT
               END-IF
           END-PERFORM.
           PERFORM VARYING P FROM 1 BY 1 UNTIL P > 2
                   AFTER B FROM 1 BY 1 UNTIL B > 256
               MOVE X"123C" TO P3-G
               MOVE BYTE-AT (B) TO P3-G (P:1)
               IF P3 IS NUMERIC
                   MOVE "1" TO RESULT (B:1)
               ELSE
                   MOVE "0" TO RESULT (B:1)
               END-IF
               IF B = 256
                   DISPLAY "P3 " P " " RESULT
               END-IF
           END-PERFORM.
           PERFORM VARYING P FROM 1 BY 1 UNTIL P > 2
                   AFTER B FROM 1 BY 1 UNTIL B > 256
               MOVE X"123F" TO PU3-G
               MOVE BYTE-AT (B) TO PU3-G (P:1)
               IF PU3 IS NUMERIC
                   MOVE "1" TO RESULT (B:1)
               ELSE
                   MOVE "0" TO RESULT (B:1)
               END-IF
               IF B = 256
                   DISPLAY "PU3 " P " " RESULT
               END-IF
           END-PERFORM.
           PERFORM VARYING P FROM 1 BY 1 UNTIL P > 3
                   AFTER B FROM 1 BY 1 UNTIL B > 256
               MOVE X"01234D" TO P4-G
               MOVE BYTE-AT (B) TO P4-G (P:1)
               IF P4 IS NUMERIC
                   MOVE "1" TO RESULT (B:1)
               ELSE
                   MOVE "0" TO RESULT (B:1)
               END-IF
               IF B = 256
                   DISPLAY "P4 " P " " RESULT
               END-IF
           END-PERFORM.
           PERFORM VARYING P FROM 1 BY 1 UNTIL P > 3
                   AFTER B FROM 1 BY 1 UNTIL B > 256
               MOVE "A12" TO GRP
               MOVE BYTE-AT (B) TO GRP (P:1)
               IF GRP IS NUMERIC
                   MOVE "1" TO RESULT (B:1)
               ELSE
                   MOVE "0" TO RESULT (B:1)
               END-IF
               IF B = 256
                   DISPLAY "GRP " P " " RESULT
               END-IF
           END-PERFORM.
           PERFORM VARYING P FROM 1 BY 1 UNTIL P > 3
                   AFTER B FROM 1 BY 1 UNTIL B > 256
               MOVE "Ab1" TO X3
               MOVE BYTE-AT (B) TO X3 (P:1)
               MOVE 1 TO K
               IF X3 IS NUMERIC ADD 1 TO K END-IF
               IF X3 IS ALPHABETIC ADD 2 TO K END-IF
               IF X3 IS ALPHABETIC-LOWER ADD 4 TO K END-IF
               IF X3 IS ALPHABETIC-UPPER ADD 8 TO K END-IF
               MOVE HEX-DIGITS (K:1) TO RESULT (B:1)
               IF B = 256
                   DISPLAY "X3 " P " " RESULT
               END-IF
           END-PERFORM.
           PERFORM VARYING P FROM 1 BY 1 UNTIL P > 3
                   AFTER B FROM 1 BY 1 UNTIL B > 256
               MOVE "Ab1" TO A3
               MOVE BYTE-AT (B) TO A3 (P:1)
               MOVE 1 TO K
               IF A3 IS ALPHABETIC ADD 2 TO K END-IF
               IF A3 IS ALPHABETIC-LOWER ADD 4 TO K END-IF
               IF A3 IS ALPHABETIC-UPPER ADD 8 TO K END-IF
               MOVE HEX-DIGITS (K:1) TO RESULT (B:1)
               IF B = 256
                   DISPLAY "A3 " P " " RESULT
               END-IF
           END-PERFORM.
           MOVE "   " TO X3.
           IF X3 IS ALPHABETIC AND X3 IS ALPHABETIC-LOWER
                   AND X3 IS ALPHABETIC-UPPER AND X3 IS NOT NUMERIC
               DISPLAY "SPACES ARE EVERY LETTER CLASS".
           MOVE "a1Z" TO X3.
           IF X3 (2:1) IS NUMERIC AND X3 (1:1) IS ALPHABETIC-LOWER
                   AND X3 (3:1) IS NOT ALPHABETIC-LOWER
               DISPLAY "REFERENCE MODIFICATION CLASSES".
           MOVE X"FFFF" TO BIN-G C5-G.
           IF BIN IS NUMERIC AND C5 IS NUMERIC
               DISPLAY "BINARY IS ALWAYS NUMERIC".
           PERFORM SHOW-SIGNS.
           MOVE -12.5 TO V-DISPLAY.
           MOVE -12 TO V-PACKED.
           MOVE -1 TO V-BINARY.
           MOVE 7 TO V-UNSIGNED.
           MOVE -3 TO V-SEPARATE.
           PERFORM SHOW-SIGNS.
           MOVE 0 TO V-DISPLAY.
           MOVE 0 TO V-PACKED.
           MOVE 0 TO V-BINARY.
           MOVE 0 TO V-UNSIGNED.
           MOVE 0 TO V-SEPARATE.
           PERFORM SHOW-SIGNS.
           MOVE 99.9 TO V-DISPLAY.
           MOVE 12345 TO V-PACKED.
           MOVE 123456789 TO V-BINARY.
           MOVE 99 TO V-UNSIGNED.
           MOVE 99 TO V-SEPARATE.
           PERFORM SHOW-SIGNS.
           MOVE "p" TO V-DISPLAY (4:1).
           MOVE ZERO TO V-SEPARATE.
           MOVE "-" TO V-SEPARATE (1:1).
           PERFORM SHOW-SIGNS.
           MOVE 5 TO V-UNSIGNED.
           IF V-UNSIGNED - 6 IS NEGATIVE
               DISPLAY "5 - 6 NEGATIVE".
           IF V-UNSIGNED * 0 IS NOT POSITIVE AND V-UNSIGNED + 1 > 0
               DISPLAY "5 * 0 NOT POSITIVE".
           IF -5 + V-UNSIGNED IS NOT NEGATIVE
                   AND V-UNSIGNED - 5 IS NOT POSITIVE
               DISPLAY "-5 + 5 NEITHER".
           STOP RUN.
       SHOW-SIGNS.
           DISPLAY "V-DISPLAY " V-DISPLAY WITH NO ADVANCING.
           IF V-DISPLAY IS POSITIVE DISPLAY " +" WITH NO ADVANCING.
           IF V-DISPLAY IS NEGATIVE DISPLAY " -" WITH NO ADVANCING.
           IF V-DISPLAY IS ZERO DISPLAY " 0" WITH NO ADVANCING.
           IF V-DISPLAY IS NOT ZERO DISPLAY " NZ" WITH NO ADVANCING.
           IF V-DISPLAY IS NOT NEGATIVE DISPLAY " NN".
           IF V-DISPLAY IS NEGATIVE DISPLAY ".".
           DISPLAY "V-PACKED " V-PACKED WITH NO ADVANCING.
           IF V-PACKED IS POSITIVE DISPLAY " +" WITH NO ADVANCING.
           IF V-PACKED IS NEGATIVE DISPLAY " -" WITH NO ADVANCING.
           IF V-PACKED IS ZERO DISPLAY " 0" WITH NO ADVANCING.
           IF V-PACKED IS NOT ZERO DISPLAY " NZ" WITH NO ADVANCING.
           IF V-PACKED IS NOT NEGATIVE DISPLAY " NN".
           IF V-PACKED IS NEGATIVE DISPLAY ".".
           DISPLAY "V-BINARY " V-BINARY WITH NO ADVANCING.
           IF V-BINARY IS POSITIVE DISPLAY " +" WITH NO ADVANCING.
           IF V-BINARY IS NEGATIVE DISPLAY " -" WITH NO ADVANCING.
           IF V-BINARY IS ZERO DISPLAY " 0" WITH NO ADVANCING.
           IF V-BINARY IS NOT ZERO DISPLAY " NZ" WITH NO ADVANCING.
           IF V-BINARY IS NOT NEGATIVE DISPLAY " NN".
           IF V-BINARY IS NEGATIVE DISPLAY ".".
           DISPLAY "V-UNSIGNED " V-UNSIGNED WITH NO ADVANCING.
           IF V-UNSIGNED IS POSITIVE DISPLAY " +" WITH NO ADVANCING.
           IF V-UNSIGNED IS NEGATIVE DISPLAY " -" WITH NO ADVANCING.
           IF V-UNSIGNED IS ZERO DISPLAY " 0" WITH NO ADVANCING.
           IF V-UNSIGNED IS NOT ZERO DISPLAY " NZ" WITH NO ADVANCING.
           IF V-UNSIGNED IS NOT NEGATIVE DISPLAY " NN".
           IF V-UNSIGNED IS NEGATIVE DISPLAY ".".
           DISPLAY "V-SEPARATE " V-SEPARATE WITH NO ADVANCING.
           IF V-SEPARATE IS POSITIVE DISPLAY " +" WITH NO ADVANCING.
           IF V-SEPARATE IS NEGATIVE DISPLAY " -" WITH NO ADVANCING.
           IF V-SEPARATE IS ZERO DISPLAY " 0" WITH NO ADVANCING.
           IF V-SEPARATE IS NOT ZERO DISPLAY " NZ" WITH NO ADVANCING.
           IF V-SEPARATE IS NOT NEGATIVE DISPLAY " NN".
           IF V-SEPARATE IS NEGATIVE DISPLAY ".".
