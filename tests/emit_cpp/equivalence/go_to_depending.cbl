       IDENTIFICATION DIVISION.
       PROGRAM-ID. GO-TO-DEPENDING.
      * GO TO ... DEPENDING ON with selectors in and out of range
      * (zero, negative, past the list, with decimals: the integer part
      * counts), inside PERFORM ranges and loops; EXIT PARAGRAPH,
      * EXIT SECTION, EXIT PERFORM and EXIT PERFORM CYCLE.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 CHOICE           PIC S9V9.
       01 I                PIC 9.
       01 IX               USAGE INDEX.
       01 TOTAL            PIC 9(3) VALUE 0.
       PROCEDURE DIVISION.
       MAIN-SECTION SECTION.
       MAIN-PARA.
           PERFORM VARYING I FROM 0 BY 1 UNTIL I > 4
               MOVE I TO CHOICE
               PERFORM DISPATCH THRU DISPATCH-EXIT
           END-PERFORM.
           MOVE -1 TO CHOICE.
           PERFORM DISPATCH THRU DISPATCH-EXIT.
           MOVE 2.9 TO CHOICE.
           PERFORM DISPATCH THRU DISPATCH-EXIT.
           SET IX TO 3.
           GO TO INDEX-ONE INDEX-TWO INDEX-THREE DEPENDING ON IX.
           DISPLAY "NOT REACHED".
       INDEX-ONE.
           DISPLAY "INDEX ONE".
       INDEX-TWO.
           DISPLAY "INDEX TWO".
       INDEX-THREE.
           DISPLAY "INDEX THREE".
           PERFORM EXITS.
           PERFORM EXIT-SECTION.
           DISPLAY "TOTAL " TOTAL.
           STOP RUN.
       DISPATCH.
           GO TO CHOICE-ONE CHOICE-TWO CHOICE-THREE
               DEPENDING ON CHOICE.
           DISPLAY "CHOICE " CHOICE " OUT OF RANGE".
           GO TO DISPATCH-EXIT.
       CHOICE-ONE.
           DISPLAY "ONE".
           GO TO DISPATCH-EXIT.
       CHOICE-TWO.
           DISPLAY "TWO, FALLING INTO THREE".
       CHOICE-THREE.
           DISPLAY "THREE".
       DISPATCH-EXIT.
           EXIT.
       EXITS.
           PERFORM VARYING I FROM 1 BY 1 UNTIL I > 9
               IF I = 3
                   EXIT PERFORM CYCLE
               END-IF
               IF I = 6
                   EXIT PERFORM
               END-IF
               ADD I TO TOTAL
               DISPLAY "PASS " I
           END-PERFORM.
           DISPLAY "AFTER EXIT PERFORM I " I.
           IF TOTAL > 0
               EXIT PARAGRAPH
           END-IF.
           DISPLAY "NOT REACHED EITHER".
       EXIT-SECTION SECTION.
           DISPLAY "IN EXIT-SECTION".
           IF TOTAL > 0
               EXIT SECTION
           END-IF.
           DISPLAY "NOT REACHED IN SECTION".
