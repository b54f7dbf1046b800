      * Record of the data codec benchmark (bench/codec_bench.sh): 120 bytes holding
      * zoned (unsigned and signed overpunch), COMP-3, binary and text fields and a
      * fixed table, written by bench/codec/gen_fb.cpp.
       01  BENCH-REC.
           05  BR-ID                PIC 9(9).
           05  BR-NAME              PIC X(30).
           05  BR-BALANCE           PIC S9(9)V99 COMP-3.
           05  BR-RATE              PIC S9(3)V9(4) COMP-3.
           05  BR-DELTA             PIC S9(7)V99.
           05  BR-COUNT             PIC S9(9) COMP.
           05  BR-FLAGS             PIC 9(4) COMP.
           05  BR-TOTAL             PIC S9(18) COMP.
           05  BR-CITY              PIC X(20).
           05  BR-AMOUNT            PIC S9(7)V99 COMP-3 OCCURS 4 TIMES.
           05  BR-CODE              PIC X(8).
