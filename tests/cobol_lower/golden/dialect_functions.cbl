      * User-defined functions (ISO 2002; cobc -std=default, ibm, mf,
      * cobol2002, cobol2014): a FUNCTION-ID's RETURNING item is the
      * value of FUNCTION name(...) in a program whose REPOSITORY names
      * it, whether it is defined before or after that program; the
      * REPOSITORY lets the program call it without the word FUNCTION.
       IDENTIFICATION DIVISION.
       FUNCTION-ID. ADD-TAX.
       DATA DIVISION.
       LOCAL-STORAGE SECTION.
       01  RATE PIC 9V99 VALUE 1.20.
       LINKAGE SECTION.
       01  AMOUNT PIC 9(5)V99.
       01  RESULT PIC 9(6)V99.
       PROCEDURE DIVISION USING AMOUNT RETURNING RESULT.
           COMPUTE RESULT = AMOUNT * RATE
           GOBACK.
       END FUNCTION ADD-TAX.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. DFUNCS.
       ENVIRONMENT DIVISION.
       CONFIGURATION SECTION.
       REPOSITORY.
           FUNCTION ADD-TAX
           FUNCTION TWICE
           FUNCTION TRIM INTRINSIC.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  PRICE PIC 9(5)V99 VALUE 100.
       01  TOTAL PIC 9(6)V99.
       01  COUNTER PIC 9(4).
       PROCEDURE DIVISION.
           MOVE FUNCTION ADD-TAX(PRICE) TO TOTAL
           COMPUTE TOTAL = FUNCTION ADD-TAX(PRICE) + 1
           MOVE 3 TO COUNTER
           MOVE FUNCTION TWICE(COUNTER) TO COUNTER
           ADD TWICE(COUNTER) TO COUNTER
           IF FUNCTION TWICE(COUNTER) > 10
               DISPLAY TOTAL " " COUNTER
           END-IF
           STOP RUN.
       END PROGRAM DFUNCS.
       IDENTIFICATION DIVISION.
       FUNCTION-ID. TWICE.
       DATA DIVISION.
       LINKAGE SECTION.
       01  N PIC 9(4).
       01  DOUBLED PIC 9(5).
       PROCEDURE DIVISION USING N RETURNING DOUBLED.
           COMPUTE DOUBLED = N * 2
           GOBACK.
       END FUNCTION TWICE.
