      * remint-dialect: ibm
      * Issue 13: JSON GENERATE / PARSE, XML GENERATE / PARSE, parsed
      * and lowered as External statements (not run yet). cobc 3.1.2
      * (-std=default and -std=ibm) accepts all of them; it warns that
      * JSON PARSE and XML PARSE are not implemented, and rejects the
      * JSON PARSE phrases of IBM 6.4 (WITH DETAIL, NAME, SUPPRESS),
      * which remint accepts. ON EXCEPTION lowers as the External's list.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. DJSONXML.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  REC.
           05 NM               PIC X(10) VALUE "ALICE".
           05 AGE              PIC 99 VALUE 30.
       01  OUT-DOC             PIC X(200).
       01  CNT                 PIC 9(4).
       PROCEDURE DIVISION.
       MAIN-PARA.
           JSON GENERATE OUT-DOC FROM REC COUNT CNT
               NAME OF REC IS OMITTED NM IS "name"
               SUPPRESS AGE
           END-JSON
           JSON PARSE OUT-DOC INTO REC
           XML GENERATE OUT-DOC FROM REC COUNT IN CNT
               WITH XML-DECLARATION WITH ATTRIBUTES
               NAMESPACE IS "urn:x" NAMESPACE-PREFIX IS "p"
               NAME OF NM IS "name"
               TYPE OF AGE IS ATTRIBUTE
           END-XML
           XML PARSE OUT-DOC PROCESSING PROCEDURE HANDLER
           JSON GENERATE OUT-DOC FROM REC
               ON EXCEPTION DISPLAY "JSON FAILED"
           END-JSON
           STOP RUN.
       HANDLER.
           CONTINUE.
