      * Issue 13: ROUNDED MODE on every arithmetic statement (ISO 2014;
      * cobc 3.1.2 -std=default and -std=ibm accept all eight modes).
       IDENTIFICATION DIVISION.
       PROGRAM-ID. DROUND.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  A                   PIC S9V99 VALUE -1.25.
       01  R                   PIC S9V9.
       01  Q                   PIC S9.
       PROCEDURE DIVISION.
           COMPUTE R ROUNDED MODE NEAREST-EVEN = A
           COMPUTE R ROUNDED MODE IS NEAREST-AWAY-FROM-ZERO
                   Q ROUNDED
                   Q = A
           ADD A TO R ROUNDED MODE AWAY-FROM-ZERO
           SUBTRACT A FROM R ROUNDED MODE NEAREST-TOWARD-ZERO
           MULTIPLY A BY R ROUNDED MODE TOWARD-GREATER
           DIVIDE A INTO R ROUNDED MODE TOWARD-LESSER
           DIVIDE A BY 3 GIVING R ROUNDED MODE TRUNCATION
               REMAINDER Q ROUNDED MODE PROHIBITED
           STOP RUN.
