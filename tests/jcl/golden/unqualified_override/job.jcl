//UNQJOB   JOB
//*  A DD that names no step goes to the first step (no step named before it); after a
//*  statement that names S2, to S2.
//X        EXEC ONE
//A        DD DSN=NEW.A
//S2.B     DD DISP=OLD
//C        DD DSN=NEW.C,DISP=SHR
