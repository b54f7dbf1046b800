       IDENTIFICATION DIVISION.
       PROGRAM-ID. TABLES-AND-REFMOD.
      * Subscripts (literal, item, relative, nested tables, index
      * names), reference modification (constant and computed start
      * and length), and a group with OCCURS DEPENDING ON moved and
      * displayed with its length in use.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 T.
          05 E OCCURS 4 TIMES INDEXED BY IX.
             10 A     PIC 9(3).
             10 B     PIC X(2) OCCURS 3.
             10 C     PIC S9(3)V9 COMP-3.
       01 N           PIC 99 VALUE 2.
       01 M           PIC 9 VALUE 3.
       01 S           PIC X(12) VALUE "ABCDEFGHIJKL".
       01 OUT-X       PIC X(20).
       01 CNT         PIC 99 VALUE 3.
       01 OD.
          05 OD-HEAD  PIC X(2) VALUE "<<".
          05 OD-E     PIC X(3) OCCURS 1 TO 6 DEPENDING ON CNT.
       01 OD-COPY     PIC X(25) VALUE ALL "-".
       PROCEDURE DIVISION.
           MOVE ALL "." TO T.
           MOVE 5 TO A(N). MOVE 7 TO A(1). MOVE "AB" TO B(N + 1, 2).
           MOVE "XY" TO B(N - 1, M). MOVE 12.5 TO C(M).
           DISPLAY T.
           DISPLAY A(N) " " A(1) " " B(3, 2) " " B(1, 3) " " C(3).
           ADD A(1) TO A(N). COMPUTE C(4) = A(N) * 2 + C(3).
           DISPLAY A(2) " " C(4).
           IF A(N) > A(1) DISPLAY "GREATER" END-IF.
           DISPLAY S(3:4) " " S(N:M) " " S(10:) " " S(N + 1:2).
           MOVE S(5:3) TO OUT-X. DISPLAY "[" OUT-X "]".
           MOVE "123" TO OUT-X(N:M). DISPLAY "[" OUT-X "]".
           MOVE S TO OUT-X(15:). DISPLAY "[" OUT-X "]".
           IF S(1:2) = "AB" DISPLAY "REFMOD EQUAL" END-IF.
           MOVE "AAA" TO OD-E(1). MOVE "BBB" TO OD-E(2).
           MOVE "CCC" TO OD-E(3). MOVE "DDD" TO OD-E(4).
           MOVE OD TO OD-COPY. DISPLAY "[" OD-COPY "]".
           DISPLAY "[" OD "]".
           MOVE 5 TO CNT.
           MOVE OD TO OD-COPY. DISPLAY "[" OD-COPY "]".
           MOVE "ZZZZZZZZZZZZZZZZZZ" TO OD. DISPLAY "[" OD-E(6) "]".
           MOVE 2 TO CNT. MOVE SPACES TO OD. DISPLAY "[" OD-E(3) "]".
           STOP RUN.
