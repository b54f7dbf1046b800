      * National data as cobc 3.1.2 lays it out (-std=default, ibm, mf and
      * cobol2014 accept it with the warning "handling of USAGE NATIONAL is
      * unfinished"; -std=cobol85 rejects it). PIC N takes 2 bytes a
      * character; USAGE NATIONAL leaves a PIC 9 or PIC X item its DISPLAY
      * size. cobc 3.1.2 rejects PIC U and USAGE UTF-8.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. DNATL.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  NX PIC N(10) VALUE N"HELLO".
       01  NY PIC N(3) USAGE NATIONAL.
       01  NN PIC 9(4) USAGE NATIONAL.
       01  NZ PIC X(3) USAGE NATIONAL.
       01  G.
           05 G1 PIC N(2).
           05 G2 PIC X.
       01  GN USAGE NATIONAL.
           05 GN1 PIC N(2).
           05 GN2 PIC 9(3).
           05 GN3 PIC X(2).
       PROCEDURE DIVISION.
           MOVE N"ABC" TO NX
           DISPLAY NX
           STOP RUN.
