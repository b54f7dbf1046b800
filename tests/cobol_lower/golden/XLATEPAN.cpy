      * A Panvalet member.
       01  PAN-FIELD               PIC X(40).
