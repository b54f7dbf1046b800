       IDENTIFICATION DIVISION.
       PROGRAM-ID. GO-TO-WITHOUT-TARGET.
      * DIALECT: cobol85
      * GO TO. (no procedure named) does nothing until an ALTER names
      * one: the paragraph falls through to the next, PERFORMed or not;
      * after the ALTER it goes where the ALTER says.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 ROUNDS           PIC 9 VALUE 0.
       PROCEDURE DIVISION.
       MAIN-PARA.
           DISPLAY "ROUND " ROUNDS.
           PERFORM SWITCH-PARA.
           DISPLAY "PERFORMED SWITCH-PARA".
           PERFORM SWITCH-PARA THRU NEXT-PARA.
           DISPLAY "PERFORMED THRU NEXT-PARA".
           ADD 1 TO ROUNDS.
           IF ROUNDS < 2 GO TO MAIN-PARA.
           ALTER SWITCH-PARA TO PROCEED TO DONE-PARA.
           GO TO SWITCH-PARA.
       SWITCH-PARA.
           GO TO.
       NEXT-PARA.
           DISPLAY "NEXT-PARA".
       DONE-PARA.
           DISPLAY "DONE " ROUNDS.
           STOP RUN.
