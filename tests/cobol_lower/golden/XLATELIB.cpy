      * A Librarian member.
       01  LIB-LENGTH              PIC S9(4) COMP.
