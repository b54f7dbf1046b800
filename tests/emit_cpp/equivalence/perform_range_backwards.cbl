       IDENTIFICATION DIVISION.
       PROGRAM-ID. PERFORM-RANGE-BACKWARDS.
      * DIALECT: cobol85
      * PERFORM a THRU b where b comes before a (a section THRU a
      * paragraph of an earlier section, as NIST NC102A does): control
      * runs from a, falls and jumps on, and the PERFORM returns when a
      * GO TO leads to b and b's end is reached.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 K                PIC 9 VALUE 0.
       PROCEDURE DIVISION.
       MAIN SECTION.
       MAIN-PARA.
           PERFORM G-SEC THRU B-PARA.
           DISPLAY "BACK 1".
           PERFORM H-PARA THRU B-PARA.
           DISPLAY "BACK 2".
           PERFORM C-PARA THRU B-PARA.
           DISPLAY "BACK 3 " K.
           STOP RUN.
       A-SEC SECTION.
       B-PARA.
           DISPLAY "B".
       C-PARA.
           DISPLAY "C".
           ADD 1 TO K.
           IF K > 3 STOP RUN.
       G-SEC SECTION.
       H-PARA.
           DISPLAY "H".
           GO TO B-PARA.
       I-PARA.
           DISPLAY "I".
