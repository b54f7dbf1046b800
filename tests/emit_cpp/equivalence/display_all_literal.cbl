       IDENTIFICATION DIVISION.
       PROGRAM-ID. DISPLAY-ALL-LITERAL.
      * DIALECT: cobol85
      * DISPLAY of ALL literals and ALL figurative constants: each
      * shows once, as the literal or constant alone would.
       PROCEDURE DIVISION.
           DISPLAY ALL "ABCD".
           DISPLAY "[" ALL "X" "]".
           DISPLAY ALL SPACES "|" ALL ZEROS "|" ALL QUOTES "|".
           DISPLAY ALL "AB" ALL "C" WITH NO ADVANCING.
           DISPLAY "!" UPON SYSERR.
           DISPLAY ALL "E" UPON SYSERR.
           STOP RUN.
