       IDENTIFICATION DIVISION.
       PROGRAM-ID. ODO-RECEIVING-GROUP.
      * Groups with OCCURS DEPENDING ON: compared at their current
      * length; moved into at their maximum length when the receiving
      * group holds its own DEPENDING ON item, at their current length
      * when it does not.
      * DIALECT: cobol85
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 ODO-RECORD.
           02 FILLER PIC X(2) VALUE "AB".
           02 GRP-ODO.
             03 DOI PIC 9.
             03 ODO-X PIC X(3).
             03 ODO-GRP.
               04 ODO-E OCCURS 0 TO 9 TIMES DEPENDING ON DOI PIC X.
       01 NEW-RECORD.
           02 FILLER PIC X(2).
           02 NEW-ODO.
             03 NEW-DOI PIC 9.
             03 NEW-X PIC X(3).
             03 NEW-GRP.
               04 NEW-E OCCURS 0 TO 9 TIMES DEPENDING ON NEW-DOI PIC X.
       01 WRK.
           02 W-DOI PIC 9.
           02 W-X PIC X(3).
           02 W-Y PIC X(9).
       PROCEDURE DIVISION.
           MOVE 9 TO DOI.
           MOVE "ACT" TO ODO-X.
           MOVE "123456789" TO ODO-GRP.
           DISPLAY "[" ODO-RECORD "]".
           MOVE 3 TO DOI.
           DISPLAY "[" ODO-RECORD "]" "[" GRP-ODO "]".
           MOVE "3ACT123      " TO WRK.
           IF GRP-ODO = WRK DISPLAY "EQUAL 1" ELSE DISPLAY "UNEQUAL 1".
           IF WRK = GRP-ODO DISPLAY "EQUAL 2" ELSE DISPLAY "UNEQUAL 2".
           IF ODO-GRP = "123" DISPLAY "EQUAL 3" ELSE DISPLAY "UNEQUAL 3".
           MOVE 9 TO DOI.
           MOVE 3 TO NEW-DOI.
           MOVE ODO-RECORD TO NEW-RECORD.
           DISPLAY "[" NEW-RECORD "]" NEW-DOI.
           MOVE 2 TO NEW-DOI.
           MOVE "XYZ" TO NEW-GRP.
           DISPLAY "[" NEW-RECORD "]".
           MOVE 4 TO DOI.
           MOVE GRP-ODO TO NEW-ODO.
           DISPLAY "[" NEW-RECORD "]".
           MOVE SPACES TO NEW-RECORD.
           DISPLAY "[" NEW-RECORD "]".
           STOP RUN.
