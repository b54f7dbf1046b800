000100 IDENTIFICATION DIVISION.                                         CUSTVAL1
000200 PROGRAM-ID. CUSTVAL.                                             CUSTVAL1
000300 ENVIRONMENT DIVISION.                                            CUSTVAL1
000400 INPUT-OUTPUT SECTION.                                            CUSTVAL1
000500 FILE-CONTROL.                                                    CUSTVAL1
000600     SELECT CUST-FILE ASSIGN TO CUSTIN.                           CUSTVAL1
000700 DATA DIVISION.                                                   CUSTVAL1
000800 FILE SECTION.                                                    CUSTVAL1
000900 FD  CUST-FILE.                                                   CUSTVAL1
001000     COPY CUSTREC REPLACING ==:PFX:== BY ==CUST==.                CUSTVAL1
001100 WORKING-STORAGE SECTION.                                         CUSTVAL1
001200 01  WS-PROGRAM          PIC X(8) VALUE 'DATECHK'.                CUSTVAL1
001300*    COPY NOTACOPY.                                               CUSTVAL1
001400     EXEC SQL INCLUDE SQLCA END-EXEC.                             CUSTVAL1
001500 PROCEDURE DIVISION.                                              CUSTVAL1
001600     OPEN INPUT CUST-FILE.                                        CUSTVAL1
001700     CALL WS-PROGRAM USING CUST-RECORD.                           CUSTVAL1
001800     CALL "ADDRCHK" USING BY CONTENT CUST-RECORD.                 CUSTVAL1
001900     CLOSE CUST-FILE.                                             CUSTVAL1
002000     STOP RUN.                                                    CUSTVAL1
