      * Batch IMS and MQ programs call their interfaces: CALL 'CBLTDLI'
      * with a function code, a PCB mask the program describes in its
      * LINKAGE SECTION (passed as the program's parameter), an I/O area
      * and a segment search argument; CALL 'MQOPEN' / 'MQPUT' with the
      * message descriptor records the estate's own copybooks hold.
      * They are ordinary CALLs: the call graph and lineage see the
      * data they pass.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. DLIMQ.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  DLI-FUNCTIONS.
           05  DLI-GU              PIC X(4) VALUE "GU  ".
           05  DLI-GN              PIC X(4) VALUE "GN  ".
       01  CUSTOMER-SEGMENT.
           05  CUST-ID             PIC X(8).
           05  CUST-NAME           PIC X(30).
           05  CUST-BALANCE        PIC S9(7)V99 COMP-3.
       01  CUSTOMER-SSA.
           05  SSA-SEGMENT         PIC X(8) VALUE "CUSTOMER".
           05  SSA-OPEN            PIC X VALUE "(".
           05  SSA-FIELD           PIC X(8) VALUE "CUSTID  ".
           05  SSA-OPERATOR        PIC X(2) VALUE " =".
           05  SSA-VALUE           PIC X(8).
           05  SSA-CLOSE           PIC X VALUE ")".
       01  MQ-HANDLES.
           05  HCONN               PIC S9(9) BINARY.
           05  HOBJ                PIC S9(9) BINARY.
           05  OPEN-OPTIONS        PIC S9(9) BINARY VALUE 16.
           05  COMPLETION-CODE     PIC S9(9) BINARY.
           05  REASON-CODE         PIC S9(9) BINARY.
           05  BUFFER-LENGTH       PIC S9(9) BINARY VALUE 38.
       01  QUEUE-DESCRIPTOR.
           05  OD-STRUCID          PIC X(4) VALUE "OD  ".
           05  OD-VERSION          PIC S9(9) BINARY VALUE 1.
           05  OD-OBJECTTYPE       PIC S9(9) BINARY VALUE 1.
           05  OD-OBJECTNAME       PIC X(48) VALUE "CUSTOMER.UPDATES".
       01  MESSAGE-DESCRIPTOR.
           05  MD-STRUCID          PIC X(4) VALUE "MD  ".
           05  MD-VERSION          PIC S9(9) BINARY VALUE 1.
           05  MD-FORMAT           PIC X(8) VALUE "MQSTR   ".
       LINKAGE SECTION.
       01  CUSTOMER-PCB.
           05  PCB-DBD-NAME        PIC X(8).
           05  PCB-SEGMENT-LEVEL   PIC XX.
           05  PCB-STATUS-CODE     PIC XX.
           05  PCB-PROC-OPTIONS    PIC X(4).
           05  FILLER              PIC S9(5) COMP.
           05  PCB-SEGMENT-NAME    PIC X(8).
           05  PCB-KEY-LENGTH      PIC S9(5) COMP.
           05  PCB-SENSITIVE-SEGS  PIC S9(5) COMP.
           05  PCB-KEY-FEEDBACK    PIC X(20).
       PROCEDURE DIVISION USING CUSTOMER-PCB.
       MAIN-PARA.
           MOVE "C0000001" TO SSA-VALUE
           CALL "CBLTDLI" USING DLI-GU CUSTOMER-PCB CUSTOMER-SEGMENT
                                CUSTOMER-SSA
           IF PCB-STATUS-CODE = SPACES
              CALL "MQOPEN" USING HCONN QUEUE-DESCRIPTOR OPEN-OPTIONS
                                  HOBJ COMPLETION-CODE REASON-CODE
              CALL "MQPUT" USING HCONN HOBJ MESSAGE-DESCRIPTOR
                                 BUFFER-LENGTH CUSTOMER-SEGMENT
                                 COMPLETION-CODE REASON-CODE
           END-IF
           GOBACK.
