       IDENTIFICATION DIVISION.
       PROGRAM-ID. SET-AND-SEARCH.
      * SET of index names, USAGE INDEX items and numeric items (TO,
      * UP BY, DOWN BY), index names in relations, serial SEARCH with
      * and without VARYING (the table's other index, an index item,
      * a numeric item, another table's index), AT END, several WHENs,
      * a table with OCCURS DEPENDING ON, and SEARCH ALL over
      * ascending and descending keys with repeated key values.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 CODES-TABLE.
          05 CODE-ENTRY    OCCURS 7 TIMES
                           ASCENDING KEY IS CODE-KEY
                           INDEXED BY CX CY.
             10 CODE-KEY   PIC 9(3).
             10 CODE-NAME  PIC X(4).
       01 DESC-TABLE.
          05 DESC-ENTRY    OCCURS 6 TIMES
                           DESCENDING KEY IS DESC-MAJOR
                           ASCENDING KEY IS DESC-MINOR
                           INDEXED BY DX.
             10 DESC-MAJOR PIC X.
             10 DESC-MINOR PIC S9(3) PACKED-DECIMAL.
                88 MINOR-TEN VALUE 10.
       01 DEP-COUNT        PIC 9 VALUE 3.
       01 DEP-TABLE.
          05 DEP-ENTRY     OCCURS 1 TO 5 TIMES DEPENDING ON DEP-COUNT
                           ASCENDING KEY IS DEP-KEY
                           INDEXED BY PX.
             10 DEP-KEY    PIC 99.
       01 IDX              USAGE INDEX.
       01 COUNTER          PIC S9(3) VALUE -3.
       01 SMALL            PIC 9.
       01 RATIO            PIC 9V9 VALUE 2.7.
       01 WANTED           PIC 9(3).
       PROCEDURE DIVISION.
       MAIN-PARA.
           MOVE "001ALFA003BETA003CHAR005DELT007ECHO007FOXT009GOLF"
               TO CODES-TABLE.
           MOVE SPACES TO DESC-TABLE.
           MOVE "Z" TO DESC-MAJOR (1) DESC-MAJOR (2).
           MOVE "M" TO DESC-MAJOR (3) DESC-MAJOR (4) DESC-MAJOR (5).
           MOVE "A" TO DESC-MAJOR (6).
           MOVE 5 TO DESC-MINOR (1).
           MOVE 9 TO DESC-MINOR (2).
           MOVE -2 TO DESC-MINOR (3).
           MOVE 10 TO DESC-MINOR (4).
           MOVE 10 TO DESC-MINOR (5).
           MOVE 1 TO DESC-MINOR (6).
           MOVE 10 TO DEP-KEY (1).
           MOVE 20 TO DEP-KEY (2).
           MOVE 30 TO DEP-KEY (3).
           MOVE 40 TO DEP-KEY (4).
           MOVE 50 TO DEP-KEY (5).
           PERFORM SET-FORMS.
           PERFORM SERIAL-SEARCHES.
           PERFORM BINARY-SEARCHES.
           STOP RUN.
       SET-FORMS.
           DISPLAY "START " CX " " CY " " IDX.
           SET CX TO 4.
           SET CY TO CX.
           SET CY UP BY 2.
           DISPLAY "SET " CX " " CY " " CODE-NAME (CY).
           SET IDX TO CY.
           SET CX CY DOWN BY 1.
           DISPLAY "DOWN " CX " " CY " " IDX.
           SET CX TO COUNTER.
           DISPLAY "NEGATIVE " CX.
           SET CX TO RATIO.
           SET CX UP BY RATIO.
           DISPLAY "RATIO " CX.
           SET CX TO 12.
           SET SMALL TO CX.
           SET COUNTER TO CX.
           DISPLAY "TO ITEMS " SMALL " " COUNTER.
           SET CX TO 25.
           IF CX = 2.5 DISPLAY "CX = 2.5 HOLDS FOR 25".
           SET CX TO 2.
           IF CX < RATIO DISPLAY "2 < 2.7 DOES NOT HOLD"
           ELSE DISPLAY "CX NOT < 2.7: THE INTEGER PART 2".
           IF CX = IDX OR CX > 1 AND CX <= CY
               DISPLAY "INDEX RELATIONS".
           SET IDX UP BY 3.
           DISPLAY "IDX " IDX.
       SERIAL-SEARCHES.
           SET CX TO 1.
           SEARCH CODE-ENTRY
               AT END DISPLAY "NOT FOUND"
               WHEN CODE-KEY (CX) = 5 DISPLAY "FOUND 5 AT " CX
               WHEN CODE-NAME (CX) = "BETA" DISPLAY "BETA AT " CX.
           SEARCH CODE-ENTRY
               AT END DISPLAY "NOT FOUND AFTER " CX
               WHEN CODE-KEY (CX) = 5 DISPLAY "FOUND 5 AT " CX.
           SEARCH CODE-ENTRY
               WHEN CODE-KEY (CX) = 5 DISPLAY "STILL AT " CX.
           SET CX UP BY 1.
           SEARCH CODE-ENTRY
               WHEN CODE-KEY (CX) = 5 DISPLAY "NEVER".
           DISPLAY "NO AT END, CX " CX.
           SET CY TO 2.
           SEARCH CODE-ENTRY VARYING CY
               WHEN CODE-KEY (CY) > 4 DISPLAY "CY " CY " CX " CX.
           SET CX TO 1.
           MOVE 0 TO COUNTER.
           SEARCH CODE-ENTRY VARYING COUNTER
               WHEN CODE-NAME (CX) = "ECHO"
                   DISPLAY "ECHO AT " CX " COUNTER " COUNTER.
           SET CX TO 2.
           SET IDX TO 0.
           SEARCH CODE-ENTRY VARYING IDX
               AT END DISPLAY "IDX AT END " IDX
               WHEN CODE-KEY (CX) = 999 DISPLAY "NEVER".
           SET CX TO 7.
           SET PX TO 1.
           SEARCH DEP-ENTRY VARYING CX
               AT END DISPLAY "DEPENDING AT END " PX " " CX
               WHEN DEP-KEY (PX) = 40 DISPLAY "NEVER 40".
           SET PX TO 1.
           MOVE 4 TO DEP-COUNT.
           SEARCH DEP-ENTRY
               AT END DISPLAY "NEVER"
               WHEN DEP-KEY (PX) = 40 DISPLAY "40 AT " PX.
           MOVE 5 TO DEP-COUNT.
           SEARCH ALL DEP-ENTRY
               WHEN DEP-KEY (PX) = 50 DISPLAY "50 AT " PX.
       BINARY-SEARCHES.
           PERFORM VARYING WANTED FROM 0 BY 1 UNTIL WANTED > 10
               SEARCH ALL CODE-ENTRY
                   AT END DISPLAY WANTED " ABSENT, CX " CX
                   WHEN CODE-KEY (CX) = WANTED
                       DISPLAY WANTED " AT " CX " " CODE-NAME (CX)
               END-SEARCH
           END-PERFORM.
           SEARCH ALL DESC-ENTRY
               WHEN DESC-MAJOR (DX) = "M" AND MINOR-TEN (DX)
                   DISPLAY "M 10 AT " DX.
           SEARCH ALL DESC-ENTRY
               AT END DISPLAY "Z 7 ABSENT, DX " DX
               WHEN DESC-MAJOR (DX) = "Z" AND DESC-MINOR (DX) = 7
                   DISPLAY "NEVER".
           SEARCH ALL DESC-ENTRY
               WHEN "A" = DESC-MAJOR (DX)
                   DISPLAY "A AT " DX.
           MOVE 3 TO DEP-COUNT.
           SEARCH ALL DEP-ENTRY
               AT END DISPLAY "40 BEYOND DEPENDING"
               WHEN DEP-KEY (PX) = 40 DISPLAY "NEVER".
           MOVE 0 TO DEP-COUNT.
           SEARCH ALL DEP-ENTRY
               AT END DISPLAY "EMPTY TABLE"
               WHEN DEP-KEY (PX) = 10 DISPLAY "NEVER".
