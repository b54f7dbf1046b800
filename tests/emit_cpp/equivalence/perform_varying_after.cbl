       IDENTIFICATION DIVISION.
       PROGRAM-ID. PERFORM-VARYING-AFTER.
      * PERFORM VARYING with AFTER (two and three levels, inner FROM
      * taken from the outer variable, set again before each outer
      * test), WITH TEST AFTER, index names and USAGE INDEX items as
      * variables, binary variables (BY added past the PICTURE, as
      * cobc does even under binary-truncate), packed and zoned
      * variables that wrap, BY items, negative BY, out-of-line and
      * inline bodies.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 I                PIC 9.
       01 J                PIC 9.
       01 K                PIC S9 SIGN LEADING SEPARATE.
       01 STEP             PIC 9 VALUE 2.
       01 HALF             PIC 9V9 VALUE 1.5.
       01 TOTAL            PIC 9(4) VALUE 0.
       01 B4               PIC 9(4) BINARY.
       01 S2               PIC S9(2) BINARY.
       01 BV               PIC 9(3)V9 BINARY.
       01 P3               PIC S9(3) PACKED-DECIMAL.
       01 Z2               PIC 99.
       01 GRID.
          05 GRID-ROW      OCCURS 3 TIMES INDEXED BY RX.
             10 GRID-CELL  PIC X OCCURS 4 TIMES INDEXED BY CX.
       01 IDX              USAGE INDEX.
       PROCEDURE DIVISION.
       MAIN-PARA.
           PERFORM VARYING I FROM 1 BY 1 UNTIL I > 3
                   AFTER J FROM I BY STEP UNTIL J > 5
               DISPLAY "I " I " J " J
           END-PERFORM.
           DISPLAY "AFTER THE LOOP I " I " J " J.
           PERFORM SHOW-IJK VARYING I FROM 1 BY 1 UNTIL I > 2
                   AFTER J FROM 1 BY 1 UNTIL J > 2
                   AFTER K FROM -1 BY 2 UNTIL K > 1.
           PERFORM WITH TEST AFTER
                   VARYING I FROM 1 BY 1 UNTIL I > 2
                   AFTER J FROM 5 BY 1 UNTIL J > 3
               DISPLAY "TEST AFTER I " I " J " J
           END-PERFORM.
           PERFORM WITH TEST AFTER VARYING I FROM 5 BY -2 UNTIL I < 2
               DISPLAY "DOWN " I
           END-PERFORM.
           PERFORM VARYING I FROM 9 BY 1 UNTIL I = 2
               ADD 1 TO TOTAL
           END-PERFORM.
           DISPLAY "ZONED WRAPS AFTER " TOTAL " PASSES".
           PERFORM VARYING B4 FROM 9998 BY 1 UNTIL B4 > 9999
               DISPLAY "B4 " B4
           END-PERFORM.
           DISPLAY "B4 ENDS " B4.
           IF B4 = 10000 DISPLAY "B4 HOLDS 10000".
           PERFORM VARYING S2 FROM 90 BY 10 UNTIL S2 < 50
               DISPLAY "S2 " S2
           END-PERFORM.
           DISPLAY "S2 ENDS " S2.
           PERFORM VARYING B4 FROM 2 BY -1 UNTIL B4 > 3
               DISPLAY "B4 DOWN " B4
           END-PERFORM.
           IF B4 = 65535 DISPLAY "B4 WRAPPED TO 65535".
           PERFORM VARYING BV FROM 998 BY HALF UNTIL BV > 1002
               DISPLAY "BV " BV
           END-PERFORM.
           PERFORM VARYING P3 FROM 500 BY 400 UNTIL P3 < 400
               DISPLAY "P3 " P3
           END-PERFORM.
           DISPLAY "P3 ENDS " P3.
           PERFORM VARYING Z2 FROM 1 BY HALF UNTIL Z2 > 4
               DISPLAY "Z2 " Z2
           END-PERFORM.
           MOVE ALL "." TO GRID.
           PERFORM VARYING RX FROM 1 BY 1 UNTIL RX > 3
                   AFTER CX FROM RX BY 1 UNTIL CX > 4
               MOVE "X" TO GRID-CELL (RX, CX)
           END-PERFORM.
           DISPLAY "GRID " GRID " RX " RX " CX " CX.
           PERFORM VARYING IDX FROM 3 BY -1 UNTIL IDX < 1
               DISPLAY "IDX " IDX
           END-PERFORM.
           PERFORM VARYING I FROM 1 BY 1 UNTIL I > 3
               PERFORM VARYING J FROM 1 BY 1 UNTIL J > I
                   ADD J TO TOTAL
               END-PERFORM
           END-PERFORM.
           DISPLAY "TOTAL " TOTAL.
           STOP RUN.
       SHOW-IJK.
           DISPLAY "IJK " I " " J " " K.
