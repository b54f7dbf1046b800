      * EXEC SQL and EXEC CICS blocks become External statements with
      * their host variables and options.
      * remint-dialect: ibm
       IDENTIFICATION DIVISION.
       PROGRAM-ID. EXECS.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  CUST.
           05 CUST-ID              PIC 9(6).
           05 CUST-NAME            PIC X(30).
       01  NAME-IND                PIC S9(4) COMP.
       01  MAP-AREA                PIC X(100).
       PROCEDURE DIVISION.
       MAIN-PARA.
           EXEC SQL
               SELECT NAME INTO :CUST-NAME:NAME-IND
                 FROM CUSTOMER WHERE ID = :CUST.CUST-ID
           END-EXEC
           EXEC CICS SEND MAP('CUSTMAP') FROM(MAP-AREA) ERASE
           END-EXEC
           GOBACK.
