       IDENTIFICATION DIVISION.
       PROGRAM-ID. D2.
      * Conditional compilation and directive constants (>>DEFINE, >>SET
      * CONSTANT, >>IF/>>ELIF/>>ELSE/>>END-IF), as cobc 3.1.2 reads them.
      >>DEFINE LVL AS 3
      >>DEFINE NAME-X AS "ABC"
      >>DEFINE CONSTANT KCON AS 42
      >>SET CONSTANT KSET "XY"
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 X PIC 99 VALUE KCON.
       PROCEDURE DIVISION.
      >>IF LVL = 3
           DISPLAY "THREE"
      >>ELIF LVL > 3
           DISPLAY "MORE"
      >>ELSE
           DISPLAY "LESS"
      >>END-IF
      >>IF NAME-X = "ABC"
           DISPLAY "AND-OK"
      >>END-IF
      >>IF UNDEFINED-V IS DEFINED
           DISPLAY "DEF"
      >>ELSE
           DISPLAY "NOTDEF"
      >>END-IF
      >>IF LVL IS NOT DEFINED
           DISPLAY "X"
      >>END-IF
      >>DEFINE LVL OFF
      >>IF LVL IS DEFINED
           DISPLAY "STILL"
      >>END-IF
           DISPLAY X " " KSET
           STOP RUN.
