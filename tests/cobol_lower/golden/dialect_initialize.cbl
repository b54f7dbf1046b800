      * Issue 13: INITIALIZE WITH FILLER, ALL / category TO VALUE,
      * REPLACING, THEN TO DEFAULT (cobc 3.1.2 -std=default and
      * -std=ibm).
       IDENTIFICATION DIVISION.
       PROGRAM-ID. DINIT.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  G.
           05 X1               PIC X(3) VALUE "ABC".
           05 FILLER           PIC X(3) VALUE "DEF".
           05 N1               PIC 99 VALUE 12.
       PROCEDURE DIVISION.
           INITIALIZE G WITH FILLER ALL TO VALUE
           INITIALIZE G NUMERIC TO VALUE
           INITIALIZE G WITH FILLER ALL TO VALUE
               THEN REPLACING NUMERIC DATA BY 5
               THEN TO DEFAULT
           INITIALIZE G REPLACING ALPHANUMERIC BY "Z"
           STOP RUN.
