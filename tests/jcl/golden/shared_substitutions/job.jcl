//SHARED   JOB ,'SAME PROC, SAME AND OTHER VALUES'
//* Calls with the same symbol values share their substituted statements;
//* each is still located through its own call, and a value that breaks
//* the operands (or a symbol left undefined) is reported at every call.
//         SET SUFFIX=OUT
//FIRST    EXEC COPYSTEP,HLQ=PROD
//SECOND   EXEC COPYSTEP,HLQ=PROD
//THIRD    EXEC COPYSTEP,HLQ=TEST,GEN=-1
//BROKEN1  EXEC COPYSTEP,HLQ='A('
//BROKEN2  EXEC COPYSTEP,HLQ='A('
//         SET SUFFIX=
//NOSUFF   EXEC COPYSTEP
//UNDEF    JOB ,'SUFFIX NEVER SET'
//ONE      EXEC COPYSTEP
//TWO      EXEC COPYSTEP
