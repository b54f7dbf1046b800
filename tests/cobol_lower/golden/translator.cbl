      * What the translators and library managers put into a program
      * before the compiler reads it: DFHCOMMAREA for a CICS program
      * that declares none, DFHVALUE and DFHRESP values, the DL/I
      * interface block (DIBSTAT) of an EXEC DLI program, and the
      * members of ++INCLUDE (Panvalet) and -INC (Librarian).
      * remint-dialect: ibm
       IDENTIFICATION DIVISION.
       PROGRAM-ID. XLATE.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       ++INCLUDE XLATEPAN
-INC XLATELIB
       01  WS-STATUS               PIC S9(8) COMP.
       01  WS-RESP                 PIC S9(8) COMP.
       01  ROOT-AREA               PIC X(40).
       PROCEDURE DIVISION.
       MAIN-PARA.
           EXEC CICS INQUIRE FILE('CUSTFILE') OPENSTATUS(WS-STATUS)
                RESP(WS-RESP) END-EXEC
           IF WS-STATUS = DFHVALUE(OPEN)
              AND WS-RESP NOT = DFHRESP(BUSY)
              EXEC DLI GU USING PCB(1) SEGMENT(ROOT) INTO(ROOT-AREA)
              END-EXEC
              IF DIBSTAT = SPACES
                 MOVE ROOT-AREA TO PAN-FIELD
              END-IF
           END-IF
           MOVE EIBCALEN TO LIB-LENGTH
           EXEC CICS RETURN COMMAREA(DFHCOMMAREA) END-EXEC.
