       IDENTIFICATION DIVISION.
       PROGRAM-ID. COLLATING-LITERAL-ALPHABET.
      * DIALECT: cobol85
      * PROGRAM COLLATING SEQUENCE of an alphabet of literals: the
      * characters listed first in order (a literal's characters one
      * by one, THRU ranges either way round, ALSO characters of one
      * weight, figuratives and ordinals), the others after them in
      * native order. Relations of items, literals, figuratives,
      * numeric DISPLAY items against alphanumeric ones, padding
      * spaces, condition-names, EVALUATE, SEARCH ALL and SORT keys
      * follow it; HIGH-VALUE and LOW-VALUE are its highest and
      * lowest characters in the procedure division, in 88 VALUEs and
      * in VALUE clauses but those of the source's last program; a
      * class condition stays native; a nested program orders as its
      * container.
       ENVIRONMENT DIVISION.
       CONFIGURATION SECTION.
       OBJECT-COMPUTER. X PROGRAM COLLATING SEQUENCE IS WILD.
       SPECIAL-NAMES.
           ALPHABET WILD IS "Q" THRU "M" "XYZ" "I" ALSO "J", ALSO "K"
               "0" THRU "9" SPACE 34 HIGH-VALUE
           ALPHABET UNUSED IS "B" ALSO HIGH-VALUE ALSO LOW-VALUE
           CLASS LOW-LETTERS IS "A" THRU "M".
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT WORK-FILE ASSIGN TO "work.tmp".
       DATA DIVISION.
       FILE SECTION.
       SD  WORK-FILE.
       01  WORK-REC.
           05 WORK-KEY PIC X(2).
           05 WORK-NUM PIC 9.
       WORKING-STORAGE SECTION.
       01  A1 PIC X.
       01  B1 PIC X.
       01  A3 PIC X(3).
       01  B2 PIC X(2).
       01  N1 PIC 9.
       01  N3 PIC S9(3).
       01  HV PIC X(2) VALUE HIGH-VALUE.
       01  LV PIC X(2) VALUE LOW-VALUE.
       01  C1 PIC X.
           88 C-EARLY VALUE "Q" THRU "N".
           88 C-HIGH VALUE HIGH-VALUE.
           88 C-LOW VALUE LOW-VALUE.
       01  G1.
           05 G1-A PIC X VALUE "Q".
           05 G1-B PIC 9 VALUE 1.
       01  G2.
           05 G2-A PIC X VALUE "A".
           05 G2-B PIC 9 VALUE 1.
       01  TABLE-AREA.
           05 T-ENTRY PIC X OCCURS 6 ASCENDING KEY T-ENTRY
               INDEXED BY T-IX.
       01  CNT PIC 99.
       01  PAIRS PIC X(20) VALUE "QPMZXYIJK0159 A+AZ".
       01  P PIC 99.
       01  Q PIC 99.
       PROCEDURE DIVISION.
       MAIN-PARA.
           PERFORM VARYING P FROM 1 BY 1 UNTIL P > 18
               MOVE PAIRS(P:1) TO A1
               DISPLAY A1 ":" WITH NO ADVANCING
               PERFORM VARYING Q FROM 1 BY 1 UNTIL Q > 18
                   MOVE PAIRS(Q:1) TO B1
                   IF A1 < B1 DISPLAY "<" WITH NO ADVANCING END-IF
                   IF A1 = B1 DISPLAY "=" WITH NO ADVANCING END-IF
                   IF A1 > B1 DISPLAY ">" WITH NO ADVANCING END-IF
               END-PERFORM
               DISPLAY " "
           END-PERFORM
           MOVE "IJ" TO B2
           IF B2 = "KI" DISPLAY "IJ = KI" END-IF
           IF B2 = "J" DISPLAY "IJ = J" ELSE DISPLAY "IJ NOT = J" END-IF
           MOVE "Q" TO A3
           IF A3 < "Q" DISPLAY "Q< < Q" ELSE DISPLAY "Q< >= Q" END-IF
           IF A3 = "Q" DISPLAY "Q  = Q" END-IF
           MOVE "Q9" TO A3
           IF A3 < "Q" DISPLAY "Q9 < Q" ELSE DISPLAY "Q9 >= Q" END-IF
           MOVE "QA" TO A3
           IF A3 > "Q" DISPLAY "QA > Q" ELSE DISPLAY "QA <= Q" END-IF
           MOVE 7 TO N1
           IF N1 > "A" DISPLAY "7 > A" ELSE DISPLAY "7 <= A" END-IF
           IF N1 < "Q" DISPLAY "7 < Q" ELSE DISPLAY "7 >= Q" END-IF
           MOVE "Q" TO A1
           IF A1 < N1 DISPLAY "Q < 7" ELSE DISPLAY "Q >= 7" END-IF
           IF A1 < 5 DISPLAY "Q < 5" ELSE DISPLAY "Q >= 5" END-IF
           IF N1 < SPACE DISPLAY "7 < SPACE" ELSE DISPLAY "7 >= SPACE"
           END-IF
           MOVE -12 TO N3
           IF N3 < "A" DISPLAY "-12 < A" ELSE DISPLAY "-12 >= A" END-IF
           IF N3 > QUOTE DISPLAY "-12 > QUOTE" ELSE
               DISPLAY "-12 <= QUOTE" END-IF
           MOVE "Z" TO A1
           IF A1 < SPACE DISPLAY "Z < SPACE" END-IF
           IF A1 < ZERO DISPLAY "Z < ZERO" END-IF
           IF A1 < ALL "0" DISPLAY "Z < ALL 0" END-IF
           IF A1 < QUOTE DISPLAY "Z < QUOTE" END-IF
           IF A1 > LOW-VALUE DISPLAY "Z > LOW-VALUE" END-IF
           IF A1 < HIGH-VALUE DISPLAY "Z < HIGH-VALUE" END-IF
           IF G1 < G2 DISPLAY "G1 < G2" ELSE DISPLAY "G1 >= G2" END-IF
           DISPLAY "VALUE " HV LV
           IF HV = HIGH-VALUE DISPLAY "HV = HIGH-VALUE" ELSE
               DISPLAY "HV NOT = HIGH-VALUE" END-IF
           MOVE HIGH-VALUE TO HV
           MOVE LOW-VALUE TO LV
           DISPLAY "MOVE " HV LV
           DISPLAY "FIGURATIVE " HIGH-VALUE LOW-VALUE
           IF LV = LOW-VALUE DISPLAY "LV = LOW-VALUE" END-IF
           IF LV = "Q" DISPLAY "LV = Q" END-IF
           MOVE "Q" TO C1
           IF C-LOW DISPLAY "Q IS C-LOW" END-IF
           IF C-EARLY DISPLAY "Q IS C-EARLY" END-IF
           MOVE "A" TO C1
           IF C-EARLY DISPLAY "A IS C-EARLY" ELSE
               DISPLAY "A NOT C-EARLY" END-IF
           MOVE "X" TO C1
           IF C-EARLY DISPLAY "X IS C-EARLY" ELSE
               DISPLAY "X NOT C-EARLY" END-IF
           SET C-HIGH TO TRUE
           IF C1 = HIGH-VALUE DISPLAY "SET C-HIGH: HIGH-VALUE" END-IF
           DISPLAY "C1 " C1
           MOVE "Z" TO C1
           EVALUATE C1
               WHEN "Q" THRU "M" DISPLAY "Z IN Q THRU M"
               WHEN "X" THRU "K" DISPLAY "Z IN X THRU K"
               WHEN OTHER DISPLAY "Z OTHER"
           END-EVALUATE
           MOVE "Z" TO A1
           IF A1 LOW-LETTERS DISPLAY "Z LOW-LETTERS" ELSE
               DISPLAY "Z NOT LOW-LETTERS" END-IF
           MOVE "C" TO A1
           IF A1 LOW-LETTERS DISPLAY "C LOW-LETTERS" ELSE
               DISPLAY "C NOT LOW-LETTERS" END-IF
           MOVE "PMXK5 " TO TABLE-AREA
           SEARCH ALL T-ENTRY AT END DISPLAY "5 NOT FOUND"
               WHEN T-ENTRY(T-IX) = "5" DISPLAY "5 AT " T-IX
           END-SEARCH
           SEARCH ALL T-ENTRY AT END DISPLAY "K NOT FOUND"
               WHEN T-ENTRY(T-IX) = "K" DISPLAY "K AT " T-IX
           END-SEARCH
           MOVE HIGH-VALUE TO A3
           MOVE 0 TO CNT
           INSPECT A3 TALLYING CNT FOR ALL HIGH-VALUE
           DISPLAY "HIGH-VALUES IN A3 " CNT
           SORT WORK-FILE ON ASCENDING KEY WORK-KEY
               ON DESCENDING KEY WORK-NUM
               INPUT PROCEDURE IS MAKE-RECORDS
               OUTPUT PROCEDURE IS SHOW-RECORDS
           CALL "INNER"
           STOP RUN.
       MAKE-RECORDS.
           MOVE "A 1" TO WORK-REC RELEASE WORK-REC
           MOVE "QZ2" TO WORK-REC RELEASE WORK-REC
           MOVE "Q 3" TO WORK-REC RELEASE WORK-REC
           MOVE "JA4" TO WORK-REC RELEASE WORK-REC
           MOVE "IA5" TO WORK-REC RELEASE WORK-REC
           MOVE "9Q6" TO WORK-REC RELEASE WORK-REC
           MOVE "  7" TO WORK-REC RELEASE WORK-REC
           MOVE "MM8" TO WORK-REC RELEASE WORK-REC.
       SHOW-RECORDS.
           PERFORM 8 TIMES
               RETURN WORK-FILE AT END DISPLAY "EOF" END-RETURN
               DISPLAY "SORTED " WORK-REC
           END-PERFORM.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. INNER.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  X1 PIC X VALUE "Z".
       01  X2 PIC X(2) VALUE HIGH-VALUE.
       PROCEDURE DIVISION.
           DISPLAY "INNER VALUE " X2
           IF X1 < "A" DISPLAY "INNER Z < A" ELSE
               DISPLAY "INNER Z >= A" END-IF
           MOVE LOW-VALUE TO X1
           DISPLAY "INNER LOW-VALUE " X1
           EXIT PROGRAM.
       END PROGRAM INNER.
       END PROGRAM COLLATING-LITERAL-ALPHABET.
