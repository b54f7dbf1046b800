       IDENTIFICATION DIVISION.
       PROGRAM-ID. DISPLAY-LITERALS.
      * Literal and figurative DISPLAY operands, SYSERR, NO ADVANCING,
      * hexadecimal literals with NUL and high bytes, ALL literals (shown
      * once), falling off the end.
       PROCEDURE DIVISION.
       P1.
           DISPLAY "ALPHA" " " "BETA".
           DISPLAY "SAME LINE: " WITH NO ADVANCING.
           DISPLAY "DONE".
           DISPLAY ZERO SPACE QUOTE "|" ZEROS SPACES QUOTES.
           DISPLAY X"41004243FF" "<".
           DISPLAY HIGH-VALUE LOW-VALUE "|".
           DISPLAY "TO STDERR" UPON SYSERR.
           DISPLAY 'SINGLE ''QUOTED'' "DOUBLE"'.
           DISPLAY ALL "ABCD" "[" ALL "X" "]" ALL SPACES "|" ALL ZEROS.
           DISPLAY "".
           DISPLAY "NO NEWLINE AT END" WITH NO ADVANCING.
