       IDENTIFICATION DIVISION.
       PROGRAM-ID. STRINSP.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  WS-FIRST            PIC X(10) VALUE "JOHN".
       01  WS-LAST             PIC X(10) VALUE "SMITH".
       01  WS-FULL             PIC X(30).
       01  WS-PTR              PIC 99.
       01  WS-CSV              PIC X(30) VALUE "A,B,,C".
       01  WS-PART-1           PIC X(5).
       01  WS-PART-2           PIC X(5).
       01  WS-DELIM            PIC X.
       01  WS-COUNT            PIC 99.
       01  WS-FIELDS           PIC 99.
       01  WS-TALLY            PIC 99.
       PROCEDURE DIVISION.
       MAIN-PARA.
           MOVE 1 TO WS-PTR
           STRING WS-FIRST DELIMITED BY SPACE
                  " " DELIMITED BY SIZE
                  WS-LAST DELIMITED BY "  "
               INTO WS-FULL WITH POINTER WS-PTR
               ON OVERFLOW DISPLAY "STRING OVERFLOW"
               NOT ON OVERFLOW DISPLAY WS-FULL
           END-STRING
           UNSTRING WS-CSV DELIMITED BY "," OR ALL SPACES
               INTO WS-PART-1 DELIMITER IN WS-DELIM COUNT IN WS-COUNT
                    WS-PART-2
               WITH POINTER WS-PTR TALLYING IN WS-FIELDS
               ON OVERFLOW DISPLAY "UNSTRING OVERFLOW"
           END-UNSTRING
           MOVE ZERO TO WS-TALLY
           INSPECT WS-FULL TALLYING WS-TALLY FOR ALL "M"
                   WS-COUNT FOR LEADING SPACES CHARACTERS BEFORE "S"
           INSPECT WS-FULL REPLACING ALL "A" BY "4"
                   FIRST "S" BY "5" AFTER INITIAL SPACE
           INSPECT WS-CSV TALLYING WS-TALLY FOR ALL ","
                   REPLACING CHARACTERS BY "*" AFTER ","
           INSPECT WS-FULL CONVERTING "ABCDEFGHIJ" TO "abcdefghij"
                   BEFORE INITIAL "  "
           STOP RUN.
