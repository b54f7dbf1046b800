       IDENTIFICATION DIVISION.
       PROGRAM-ID.
           SINGLE1.
      * One program, so cobc's table names it nowhere: the parser takes
      * the PROGRAM-ID (written on its own line, as NIST does) from the
      * listed source. Listing: cobc -std=cobol85 -fsyntax-only
      * -t single_program.lst -ftsymbols single_program.cbl
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  REC-A.
           02  FILLER          PIC X(4).
           02  A-ONE           PIC 9(3).
           02  FILLER          PIC X(4).
       01  REC-B               PIC X(2).
       PROCEDURE DIVISION.
           STOP RUN.
