       IDENTIFICATION DIVISION.
       PROGRAM-ID. CALL-AND-CANCEL.
      * CALL between programs of one source: BY REFERENCE and BY
      * CONTENT, WORKING-STORAGE kept between CALLs and reset by
      * CANCEL, RETURN-CODE shared by caller and callee, a program
      * name in an item, ON EXCEPTION, GOBACK and EXIT PROGRAM deep in
      * PERFORMs (structured and with GO TO), an INITIAL program, EXIT
      * PROGRAM in the main program, and a missing program ending the
      * run.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 A PIC X(5) VALUE "HELLO".
       01 N PIC 9(3) VALUE 7.
       01 PROG-NAME PIC X(8) VALUE "DEEP".
       01 DEPTH PIC 9 VALUE 0.
       PROCEDURE DIVISION.
       MAIN-PARA.
           MOVE 3 TO RETURN-CODE.
           CALL "COUNTER" USING A BY CONTENT N.
           DISPLAY "AFTER1 " A " " N " RC " RETURN-CODE.
           CALL "COUNTER" USING A N.
           DISPLAY "AFTER2 " A " " N " RC " RETURN-CODE.
           CANCEL "COUNTER".
           CALL "COUNTER" USING A N.
           DISPLAY "AFTER3 " A " " N " RC " RETURN-CODE.
           PERFORM 3 TIMES
               CALL PROG-NAME USING DEPTH
               DISPLAY "DEEP RETURNED " DEPTH " RC " RETURN-CODE
           END-PERFORM.
           CALL "JUMPER" USING DEPTH.
           CALL "JUMPER" USING DEPTH.
           DISPLAY "JUMPER " DEPTH.
           CALL "FRESH". CALL "FRESH".
      * (MOVE, not DISPLAY, in the phrases: cobc would attach NOT ON
      * EXCEPTION to a DISPLAY, which has exception phrases of its own.)
           CALL "NOPE" ON EXCEPTION MOVE 1 TO DEPTH
               NOT ON EXCEPTION MOVE 2 TO DEPTH
           END-CALL.
           DISPLAY "NOPE " DEPTH.
           CALL "FRESH" ON EXCEPTION MOVE 1 TO DEPTH
               NOT ON EXCEPTION MOVE 2 TO DEPTH
           END-CALL.
           DISPLAY "FRESH " DEPTH.
           EXIT PROGRAM.
           DISPLAY "AFTER EXIT PROGRAM".
           MOVE 0 TO RETURN-CODE.
           CALL "NOPE2".
           DISPLAY "NOT HERE".
           STOP RUN.

       IDENTIFICATION DIVISION.
       PROGRAM-ID. COUNTER.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 CNT PIC 9 VALUE 0.
       LINKAGE SECTION.
       01 LA PIC X(5).
       01 LN PIC 9(3).
       PROCEDURE DIVISION USING LA LN.
           ADD 1 TO CNT.
           DISPLAY "IN COUNTER " LA " " LN " CNT " CNT " RC "
               RETURN-CODE.
           MOVE "WORLD" TO LA. ADD 1 TO LN.
           IF CNT = 2 MOVE 9 TO RETURN-CODE.
           GOBACK.
       END PROGRAM COUNTER.

       IDENTIFICATION DIVISION.
       PROGRAM-ID. DEEP.
       DATA DIVISION.
       LINKAGE SECTION.
       01 D PIC 9.
       PROCEDURE DIVISION USING D.
       FIRST-PARA.
           ADD 1 TO D.
           PERFORM OUTER-PARA.
           DISPLAY "DEEP NOT REACHED WHEN D < 3".
       OUTER-PARA.
           PERFORM INNER-PARA.
           DISPLAY "OUTER AFTER INNER".
       INNER-PARA.
           IF D < 3
               MOVE D TO RETURN-CODE
               GOBACK
           END-IF.
           DISPLAY "INNER FALLS THROUGH".
       END PROGRAM DEEP.

       IDENTIFICATION DIVISION.
       PROGRAM-ID. JUMPER.
       DATA DIVISION.
       LINKAGE SECTION.
       01 J PIC 9.
       PROCEDURE DIVISION USING J.
       J-START.
           ADD 1 TO J.
           PERFORM J-WORK THRU J-END.
           DISPLAY "JUMPER END".
           EXIT PROGRAM.
       J-WORK.
           IF J > 4 GO TO J-OUT.
           DISPLAY "J-WORK " J.
           GO TO J-END.
       J-OUT.
           DISPLAY "J-OUT".
           EXIT PROGRAM.
       J-END.
           EXIT.
       END PROGRAM JUMPER.

       IDENTIFICATION DIVISION.
       PROGRAM-ID. FRESH IS INITIAL.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 F PIC 9 VALUE 1.
       PROCEDURE DIVISION.
           DISPLAY "FRESH " F.
           ADD 1 TO F.
       END PROGRAM FRESH.
       END PROGRAM CALL-AND-CANCEL.
