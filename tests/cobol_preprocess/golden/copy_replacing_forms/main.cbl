000100 IDENTIFICATION DIVISION.
000100 PROGRAM-ID. GOLDEN.
000100 DATA DIVISION.
000100 WORKING-STORAGE SECTION.
000100 01  REC-A.                                           COPY RECA
000100         REPLACING ==PIC X(5)== BY ==PIC X(10)==                  GOLD0001
000100                   ALPHA OF GRP BY BETA
000100                   TBL (1) BY TBL (2)
000100                   "OLD" BY "NEW"
000100                   ZERO-WORD BY ONE-WORD
000100                   ==MOVE 1 TO== BY ====.
000100 01  REC-B.                                           COPY RECB
000100         REPLACING LEADING ==XX== BY ==YY==
000100                   TRAILING ==-IN== BY ==-OUT==.
000100 PROCEDURE DIVISION.
000100     STOP RUN.
