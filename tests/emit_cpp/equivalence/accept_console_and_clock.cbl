       IDENTIFICATION DIVISION.
       PROGRAM-ID. ACCEPT-CONSOLE-AND-CLOCK.
      * ACCEPT from standard input into alphanumeric, numeric, group
      * and reference-modified items (a line longer than the item, a
      * numeric line cut to the item, CR kept, end of input), and
      * ACCEPT FROM DATE, DAY, DAY-OF-WEEK and TIME under a fixed
      * COB_CURRENT_DATE into numeric and alphanumeric items.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 A5          PIC X(5).
       01 J5          PIC X(5) JUSTIFIED RIGHT.
       01 N3          PIC 9(3).
       01 S4          PIC S9(3)V9.
       01 G.
          05 G1       PIC X(2).
          05 G2       PIC 9(2).
       01 T           PIC X(10) VALUE "..........".
       01 D6          PIC 9(6).
       01 D8          PIC X(8).
       01 DY          PIC 9(5).
       01 DY7         PIC 9(7).
       01 DW          PIC 9.
       01 TM          PIC 9(8).
       01 TX          PIC X(10).
       01 DD8         PIC 9(8).
       PROCEDURE DIVISION.
           ACCEPT A5. DISPLAY "[" A5 "]".
           ACCEPT J5. DISPLAY "[" J5 "]".
           ACCEPT N3. DISPLAY "[" N3 "]".
           ACCEPT S4. DISPLAY "[" S4 "]".
           ACCEPT G. DISPLAY "[" G "]".
           ACCEPT T(3:4). DISPLAY "[" T "]".
           ACCEPT A5 FROM CONSOLE. DISPLAY "[" A5 "]".
           ACCEPT A5. DISPLAY "[" A5 "]".
           ACCEPT N3. DISPLAY "AT END [" N3 "]".
           ACCEPT A5. DISPLAY "AT END [" A5 "]".
           ACCEPT D6 FROM DATE. DISPLAY "DATE " D6.
           ACCEPT D8 FROM DATE. DISPLAY "DATE [" D8 "]".
           ACCEPT DD8 FROM DATE YYYYMMDD. DISPLAY "DATE8 " DD8.
           ACCEPT DY FROM DAY. DISPLAY "DAY " DY.
           ACCEPT DY7 FROM DAY YYYYDDD. DISPLAY "DAY7 " DY7.
           ACCEPT DW FROM DAY-OF-WEEK. DISPLAY "DOW " DW.
           ACCEPT TM FROM TIME. DISPLAY "TIME " TM.
           ACCEPT TX FROM TIME. DISPLAY "TIME [" TX "]".
           STOP RUN.
