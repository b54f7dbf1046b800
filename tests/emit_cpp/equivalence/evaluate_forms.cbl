       IDENTIFICATION DIVISION.
       PROGRAM-ID. EVALUATE-FORMS.
      * EVALUATE with TRUE and FALSE subjects, items, arithmetic
      * expressions and conditions as subjects; WHEN objects that are
      * values, THRU ranges, ANY, NOT, TRUE / FALSE and conditions,
      * joined by ALSO; several WHEN lines sharing one body, a WHEN
      * without statements, WHEN OTHER, nested EVALUATEs.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 N                PIC S9(3).
       01 M                PIC 9(2) PACKED-DECIMAL.
       01 LETTER           PIC X.
          88 VOWEL         VALUE "A" "E" "I" "O" "U".
       01 WORD             PIC X(5).
       01 I                PIC 9.
       01 J                PIC 9.
       PROCEDURE DIVISION.
       MAIN-PARA.
           PERFORM VARYING I FROM 0 BY 1 UNTIL I > 7
               COMPUTE N = I * 3 - 6
               MOVE I TO M
               PERFORM CLASSIFY-N
               PERFORM CLASSIFY-TRUE
               PERFORM CLASSIFY-ALSO
           END-PERFORM.
           MOVE "A" TO LETTER.
           PERFORM CLASSIFY-LETTER.
           MOVE "B" TO LETTER.
           PERFORM CLASSIFY-LETTER.
           MOVE "z" TO LETTER.
           PERFORM CLASSIFY-LETTER.
           MOVE " " TO LETTER.
           PERFORM CLASSIFY-LETTER.
           MOVE "APPLE" TO WORD.
           PERFORM CLASSIFY-WORD.
           MOVE "APE" TO WORD.
           PERFORM CLASSIFY-WORD.
           MOVE "ZOO" TO WORD.
           PERFORM CLASSIFY-WORD.
           MOVE SPACES TO WORD.
           PERFORM CLASSIFY-WORD.
           PERFORM VARYING I FROM 1 BY 1 UNTIL I > 3
                   AFTER J FROM 1 BY 1 UNTIL J > 3
               EVALUATE I ALSO J
                   WHEN 1 ALSO 1
                   WHEN 2 ALSO 2
                   WHEN 3 ALSO 3
                       DISPLAY I J " DIAGONAL"
                   WHEN ANY ALSO 3
                       CONTINUE
                   WHEN 1 THRU 2 ALSO NOT 1
                       EVALUATE TRUE
                           WHEN I = 1 DISPLAY I J " UPPER FIRST ROW"
                           WHEN OTHER DISPLAY I J " UPPER"
                       END-EVALUATE
                   WHEN OTHER
                       DISPLAY I J " LOWER"
               END-EVALUATE
           END-PERFORM.
           STOP RUN.
       CLASSIFY-N.
           EVALUATE N
               WHEN -6 DISPLAY N " MINUS SIX"
               WHEN -3 THRU 0 DISPLAY N " SMALL"
               WHEN M + 1 DISPLAY N " EQUALS M + 1"
               WHEN 6 THRU 9
               WHEN 15 DISPLAY N " SIX TO NINE OR FIFTEEN"
               WHEN NOT 10 THRU 12 DISPLAY N " NOT TEN TO TWELVE"
               WHEN OTHER DISPLAY N " OTHER"
           END-EVALUATE.
       CLASSIFY-TRUE.
           EVALUATE TRUE
               WHEN N < 0 AND M > 0 DISPLAY "NEGATIVE N, POSITIVE M"
               WHEN N = 0
               WHEN N * 2 > 20 DISPLAY "ZERO OR LARGE"
               WHEN OTHER CONTINUE
           END-EVALUATE.
           EVALUATE FALSE
               WHEN N > 3 DISPLAY "N NOT OVER 3"
               WHEN OTHER DISPLAY "N OVER 3"
           END-EVALUATE.
       CLASSIFY-ALSO.
           EVALUATE N > 0 ALSO M - 3 ALSO TRUE ALSO M > 1
               WHEN TRUE ALSO 0 THRU 2 ALSO M = 5 ALSO ANY
                   DISPLAY "POSITIVE, M - 3 SMALL, M FIVE"
               WHEN FALSE ALSO ANY ALSO M < 2 ALSO ANY
                   DISPLAY "NOT POSITIVE, M BELOW TWO"
               WHEN ANY ALSO NOT 4 ALSO ANY ALSO FALSE
                   DISPLAY "M - 3 NOT FOUR, M NOT OVER ONE"
               WHEN ANY ALSO NOT 4 ALSO NOT N = 0 ALSO TRUE
                   DISPLAY "M - 3 NOT FOUR, N NOT ZERO"
           END-EVALUATE.
       CLASSIFY-LETTER.
           EVALUATE LETTER ALSO TRUE
               WHEN "A" THRU "Z" ALSO VOWEL
                   DISPLAY LETTER " UPPER VOWEL"
               WHEN "A" THRU "Z" ALSO NOT VOWEL
                   DISPLAY LETTER " UPPER CONSONANT"
               WHEN SPACE ALSO ANY
                   DISPLAY "BLANK"
               WHEN OTHER
                   DISPLAY LETTER " SOMETHING ELSE"
           END-EVALUATE.
       CLASSIFY-WORD.
           EVALUATE WORD
               WHEN "APE"
                   DISPLAY "THE APE"
               WHEN "APPLE" THRU "APRICOT"
                   DISPLAY WORD " IS AN AP- WORD"
               WHEN SPACES
                   DISPLAY "NO WORD"
               WHEN OTHER
                   DISPLAY WORD " UNKNOWN"
           END-EVALUATE.
