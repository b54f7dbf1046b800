//* A member with steps but no JOB statement.
//STEP1    EXEC PGM=IEFBR14
//DD1      DD DSN=X,DISP=SHR
