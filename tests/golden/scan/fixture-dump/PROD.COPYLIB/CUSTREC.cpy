      * CUSTOMER MASTER RECORD, 80 BYTES.
       01  :PFX:-RECORD.
           05  :PFX:-ID            PIC X(10).
           05  :PFX:-NAME          PIC X(30).
           05  :PFX:-BALANCE       PIC S9(9)V99 COMP-3.
           05  :PFX:-TYPE          PIC X.
               88  :PFX:-PERSONAL  VALUE 'P'.
               88  :PFX:-BUSINESS  VALUE 'B'.
           05  FILLER              PIC X(33).
