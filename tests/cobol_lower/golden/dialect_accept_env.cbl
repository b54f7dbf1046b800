      * remint-dialect: ibm
      * Issue 13: ACCEPT FROM ENVIRONMENT / ENVIRONMENT-VALUE /
      * ARGUMENT-NUMBER / ARGUMENT-VALUE, DISPLAY UPON ENVIRONMENT-NAME
      * / ENVIRONMENT-VALUE / ARGUMENT-NUMBER, DELETE FILE (GnuCOBOL
      * extensions; cobc 3.1.2 accepts them with -std=default and
      * -std=ibm).
       IDENTIFICATION DIVISION.
       PROGRAM-ID. DACCENV.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT F1 ASSIGN TO "F1.DAT".
           SELECT F2 ASSIGN TO "F2.DAT".
       DATA DIVISION.
       FILE SECTION.
       FD  F1.
       01  R1                  PIC X(10).
       FD  F2.
       01  R2                  PIC X(10).
       WORKING-STORAGE SECTION.
       01  HOME-DIR            PIC X(60).
       01  VAR-NAME            PIC X(10) VALUE "HOME".
       01  ARG1                PIC X(20).
       01  ARGC                PIC 99.
       PROCEDURE DIVISION.
           ACCEPT HOME-DIR FROM ENVIRONMENT "HOME"
               ON EXCEPTION DISPLAY "NO HOME"
           END-ACCEPT
           ACCEPT HOME-DIR FROM ENVIRONMENT VAR-NAME
           DISPLAY "HOME" UPON ENVIRONMENT-NAME
           ACCEPT HOME-DIR FROM ENVIRONMENT-VALUE
           DISPLAY "/tmp" UPON ENVIRONMENT-VALUE
           ACCEPT ARGC FROM ARGUMENT-NUMBER
           DISPLAY 1 UPON ARGUMENT-NUMBER
           ACCEPT ARG1 FROM ARGUMENT-VALUE
           DELETE FILE F1
           DELETE FILE F1 F2
           STOP RUN.
