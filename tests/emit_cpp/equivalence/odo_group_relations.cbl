       IDENTIFICATION DIVISION.
       PROGRAM-ID. ODO-GROUP-RELATIONS.
      * DIALECT: cobol85
      * A group ending with an OCCURS DEPENDING ON table compares with
      * the length its occurrences in use give, not its largest one:
      * against items, literals, figurative constants and ALL literals.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 COUNTS.
          05 N              PIC 9 VALUE 3.
          05 M              PIC 9 VALUE 5.
       01 GRP-ODO.
          05 HEAD           PIC X VALUE "H".
          05 CELL           PIC X OCCURS 0 TO 9 TIMES DEPENDING ON N.
       01 OTHER-ODO.
          05 CELLS          PIC X OCCURS 1 TO 9 TIMES DEPENDING ON M.
       01 PLAIN            PIC X(9) VALUE "H123".
       01 SPACES-ODO.
          05 BLANK-CELL     PIC X OCCURS 1 TO 9 TIMES DEPENDING ON N.
       PROCEDURE DIVISION.
           MOVE "1" TO CELL (1). MOVE "2" TO CELL (2).
           MOVE "3" TO CELL (3). MOVE "4" TO CELL (4).
           MOVE "H123" TO OTHER-ODO.
           IF GRP-ODO = PLAIN DISPLAY "EQ PLAIN"
               ELSE DISPLAY "NE PLAIN".
           IF GRP-ODO = "H123" DISPLAY "EQ LIT" ELSE DISPLAY "NE LIT".
           IF GRP-ODO < "H1234" DISPLAY "LT LIT4" ELSE DISPLAY "NLT".
           IF GRP-ODO = OTHER-ODO DISPLAY "EQ ODO"
               ELSE DISPLAY "NE ODO".
           MOVE SPACES TO SPACES-ODO.
           IF SPACES-ODO = SPACES DISPLAY "EQ SP" ELSE DISPLAY "NE SP".
           MOVE 4 TO N.
           IF GRP-ODO = PLAIN DISPLAY "EQ PLAIN"
               ELSE DISPLAY "NE PLAIN".
           IF GRP-ODO = "H1234" DISPLAY "EQ LIT" ELSE DISPLAY "NE LIT".
           MOVE 2 TO N.
           IF GRP-ODO = ALL "H" DISPLAY "EQ ALL" ELSE DISPLAY "NE ALL".
           MOVE "HHH" TO GRP-ODO.
           IF GRP-ODO = ALL "H" DISPLAY "EQ ALL" ELSE DISPLAY "NE ALL".
           STOP RUN.
