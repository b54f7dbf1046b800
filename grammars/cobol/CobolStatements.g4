// COBOL statements and their conditional phrases, imported by CobolParser.g4 (see the design
// notes there and in docs/cobol-grammar.md). Every statement starts with its verb and owns its
// conditional phrases and optional END-verb.
parser grammar CobolStatements;

// ---------------------------------------------------------------- conditional phrases

sizeErrorPhrases
    : ON? SIZE ERROR statements (NOT ON? SIZE ERROR statements)?
    | NOT ON? SIZE ERROR statements
    ;

atEndPhrases
    : AT? END statements (NOT AT? END statements)?
    | NOT AT? END statements
    ;

invalidKeyPhrases
    : INVALID KEY? statements (NOT INVALID KEY? statements)?
    | NOT INVALID KEY? statements
    ;

overflowPhrases
    : ON? OVERFLOW statements (NOT ON? OVERFLOW statements)?
    | NOT ON? OVERFLOW statements
    ;

exceptionPhrases
    : ON? EXCEPTION statements (NOT ON? EXCEPTION statements)?
    | NOT ON? EXCEPTION statements
    | ON? OVERFLOW statements
    ;

endOfPagePhrases
    : AT? (END_OF_PAGE | EOP) statements (NOT AT? (END_OF_PAGE | EOP) statements)?
    | NOT AT? (END_OF_PAGE | EOP) statements
    ;

// ---------------------------------------------------------------- statements

acceptStatement
    : ACCEPT identifier
      ( FROM (DATE YYYYMMDD? | DAY YYYYDDD? | DAY_OF_WEEK | TIME | userWord
             | ENVIRONMENT (literal | identifier))
      | MESSAGE? COUNT
      )? exceptionPhrases? END_ACCEPT?
    ;

addStatement
    : ADD (CORRESPONDING | CORR)? arithmeticOperand+ (TO roundedOperand+)?
      (GIVING arithmeticTarget+)? sizeErrorPhrases? END_ADD?
    ;

arithmeticOperand : literal | identifier ;

arithmeticTarget : identifier roundedPhrase? ;

// ROUNDED [MODE IS mode] (ISO 2014): any other word after MODE is a syntax error, as for cobc.
roundedPhrase : ROUNDED (MODE IS? roundingMode)? ;

roundingMode
    : AWAY_FROM_ZERO | NEAREST_AWAY_FROM_ZERO | NEAREST_EVEN | NEAREST_TOWARD_ZERO | PROHIBITED
    | TOWARD_GREATER | TOWARD_LESSER | TRUNCATION
    ;

// ADD TO, SUBTRACT FROM, MULTIPLY BY, DIVIDE INTO: receivers, or operands if GIVING follows.
roundedOperand : (literal | identifier) roundedPhrase? ;

alterStatement : ALTER (procedureName TO (PROCEED TO)? procedureName)+ ;

callStatement
    : CALL (identifier | literal) (USING callArgument+)? (RETURNING identifier)?
      exceptionPhrases? END_CALL?
    ;

callArgument
    : BY? (REFERENCE | CONTENT | VALUE)
    | OMITTED
    | (ADDRESS | LENGTH) OF identifier
    | literal
    | identifier
    ;

cancelStatement : CANCEL (identifier | literal)+ ;

closeStatement : CLOSE closeFile+ ;

closeFile
    : userWord ( (REEL | UNIT) (FOR? REMOVAL | WITH? NO REWIND)?
               | WITH? (NO REWIND | LOCK)
               )?
    ;

computeStatement
    : COMPUTE arithmeticTarget+ (EQUAL_SIGN | EQUAL) arithmeticExpression
      sizeErrorPhrases? END_COMPUTE?
    ;

continueStatement : CONTINUE ;

// DELETE FILE f ... (GnuCOBOL, ISO 2014): removes the files themselves.
deleteStatement
    : DELETE FILE userWord+
    | DELETE userWord RECORD? invalidKeyPhrases? END_DELETE?
    ;

disableStatement
    : DISABLE (INPUT TERMINAL? | I_O TERMINAL | OUTPUT) userWord (WITH? KEY (identifier | literal))?
    ;

displayStatement
    : DISPLAY (identifier | literal)+ (UPON userWord)? (WITH? NO ADVANCING)? END_DISPLAY?
    ;

divideStatement
    : DIVIDE arithmeticOperand (INTO | BY) roundedOperand+
      (GIVING arithmeticTarget+)? (REMAINDER arithmeticTarget)? sizeErrorPhrases? END_DIVIDE?
    ;

enableStatement
    : ENABLE (INPUT TERMINAL? | I_O TERMINAL | OUTPUT) userWord (WITH? KEY (identifier | literal))?
    ;

entryStatement : ENTRY literal (USING qualifiedDataName+)? ;

evaluateStatement
    : EVALUATE evaluateSubject (ALSO evaluateSubject)*
      evaluateWhen+ (WHEN OTHER statements)? END_EVALUATE?
    ;

evaluateSubject : TRUE | FALSE | condition ;

evaluateWhen : (WHEN evaluateObject (ALSO evaluateObject)*)+ statements ;

evaluateObject : ANY | TRUE | FALSE | condition ((THROUGH | THRU) arithmeticExpression)? ;

execStatement : execBlock ;

execBlock : EXEC_BLOCK ;

exitStatement : EXIT (PROGRAM | PERFORM CYCLE? | PARAGRAPH | SECTION)? ;

generateStatement : GENERATE qualifiedDataName ;

gobackStatement : GOBACK ;

goToStatement : GO TO? procedureName* (DEPENDING ON? identifier)? ;

ifStatement
    : IF condition THEN? statements (ELSE statements)? END_IF?
    ;

// ALLOCATE a BASED item, or a number of bytes whose address RETURNING receives.
allocateStatement
    : ALLOCATE (arithmeticExpression CHARACTERS | identifier) INITIALIZED? (RETURNING identifier)?
    ;

// FREE the storage of BASED items or that pointers address.
freeStatement : FREE identifier+ ;

// cobc reads the category of "category TO VALUE" and ignores it: every item with a VALUE gets it.
initializeStatement
    : INITIALIZE identifier+ (WITH? FILLER)? ((ALL | initializeCategory) TO? VALUE)?
      (THEN? REPLACING (initializeCategory DATA? BY (identifier | literal))+)?
      (THEN? TO? DEFAULT)?
    ;

initializeCategory
    : ALPHABETIC | ALPHANUMERIC | NUMERIC | ALPHANUMERIC_EDITED | NUMERIC_EDITED | DBCS
    | NATIONAL | NATIONAL_EDITED
    ;

initiateStatement : INITIATE qualifiedDataName+ ;

inspectStatement
    : INSPECT identifier
      ( TALLYING inspectTallying+ (REPLACING inspectReplacing+)?
      | REPLACING inspectReplacing+
      | CONVERTING inspectOperand TO inspectOperand inspectDelimiter*
      )
    ;

inspectTallying : identifier FOR inspectCount+ ;

inspectCount
    : CHARACTERS inspectDelimiter*
    | (ALL | LEADING) (inspectOperand inspectDelimiter*)+
    ;

inspectReplacing
    : CHARACTERS BY inspectOperand inspectDelimiter*
    | (ALL | LEADING | FIRST) (inspectOperand BY inspectOperand inspectDelimiter*)+
    ;

inspectDelimiter : (BEFORE | AFTER) INITIAL? inspectOperand ;

inspectOperand : literal | identifier ;

mergeStatement
    : MERGE userWord sortKey+ sortCollating? (USING userWord+)
      (OUTPUT PROCEDURE IS? procedureName ((THROUGH | THRU) procedureName)? | GIVING userWord+)
    ;

moveStatement
    : MOVE (CORRESPONDING | CORR)? (literal | identifier) TO identifier+
    ;

multiplyStatement
    : MULTIPLY arithmeticOperand BY roundedOperand+
      (GIVING arithmeticTarget+)? sizeErrorPhrases? END_MULTIPLY?
    ;

nextSentenceStatement : NEXT SENTENCE ;

openStatement
    : OPEN ((INPUT | OUTPUT | I_O | EXTEND) openFile+)+
    ;

openFile : userWord (REVERSED | WITH? NO REWIND)? ;

performStatement : PERFORM (performProcedure | performInline) ;

performProcedure
    : procedureName ((THROUGH | THRU) procedureName)? performLoop?
    ;

performInline : performLoop? statement* END_PERFORM ;

performLoop
    : (identifier | integer) TIMES
    | performTest? UNTIL condition
    | performTest? VARYING performVarying (AFTER performVarying)*
    ;

performTest : WITH? TEST_KW (BEFORE | AFTER) ;

performVarying
    : identifier FROM arithmeticExpression BY arithmeticExpression UNTIL condition
    ;

purgeStatement : PURGE userWord ;

readStatement
    : READ userWord (NEXT | PREVIOUS)? RECORD? (INTO identifier)? (WITH? NO? LOCK)?
      (KEY IS? qualifiedDataName)? (atEndPhrases | invalidKeyPhrases)? END_READ?
    ;

receiveStatement
    : RECEIVE userWord (MESSAGE | SEGMENT) INTO identifier
      (NO DATA statements)? (WITH DATA statements)? END_RECEIVE?
    ;

releaseStatement : RELEASE qualifiedDataName (FROM (identifier | literal))? ;

returnStatement
    : RETURN userWord RECORD? (INTO identifier)? atEndPhrases END_RETURN?
    ;

rewriteStatement
    : REWRITE qualifiedDataName (FROM (identifier | literal))? invalidKeyPhrases? END_REWRITE?
    ;

searchStatement
    : SEARCH ALL? identifier (VARYING identifier)? (AT? END statements)?
      (WHEN condition statements)+ END_SEARCH?
    ;

sendStatement
    : SEND userWord
      ( FROM identifier
      | (FROM identifier)? WITH (userWord | ESI | EMI | EGI)
      )?
      ((BEFORE | AFTER) ADVANCING? (PAGE | (identifier | integer) (LINE | LINES)?))?
      (REPLACING LINE?)?
    ;

setStatement
    : SET identifier+ ( TO setValue (identifier+ TO setValue)*
                     | (UP | DOWN) BY arithmeticOperand
                     )
    ;

setValue : ON | OFF | TRUE | FALSE | literal | identifier ;

sortStatement
    : SORT userWord sortKey+ (WITH? DUPLICATES IN? ORDER?)? sortCollating?
      (INPUT PROCEDURE IS? procedureName ((THROUGH | THRU) procedureName)? | USING userWord+)
      (OUTPUT PROCEDURE IS? procedureName ((THROUGH | THRU) procedureName)? | GIVING userWord+)
    ;

sortKey : ON? (ASCENDING | DESCENDING) KEY? IS? qualifiedDataName+ ;

sortCollating : COLLATING? SEQUENCE IS? userWord ;

startStatement
    : START userWord (KEY IS? relationalOperator qualifiedDataName)? invalidKeyPhrases?
      END_START?
    ;

stopStatement : STOP (RUN stopRunStatus? | literal) ;

// STOP RUN RETURNING/GIVING x, STOP RUN [WITH] NORMAL/ERROR [STATUS] [x] (ISO 2014, GnuCOBOL).
stopRunStatus
    : (RETURNING | GIVING) (literal | identifier)
    | WITH? (NORMAL | ERROR) STATUS? (literal | identifier)?
    ;

stringStatement
    : STRING (stringSending+ DELIMITED BY? (SIZE | literal | identifier))+
      INTO identifier (WITH? POINTER identifier)? overflowPhrases? END_STRING?
    ;

stringSending : literal | identifier ;

subtractStatement
    : SUBTRACT (CORRESPONDING | CORR)? arithmeticOperand+ FROM roundedOperand+
      (GIVING arithmeticTarget+)? sizeErrorPhrases? END_SUBTRACT?
    ;

suppressStatement : SUPPRESS PRINTING? ;

terminateStatement : TERMINATE qualifiedDataName+ ;

unstringStatement
    : UNSTRING identifier
      (DELIMITED BY? ALL? (literal | identifier) (OR ALL? (literal | identifier))*)?
      INTO unstringReceiver+ (WITH? POINTER identifier)? (TALLYING IN? identifier)?
      overflowPhrases? END_UNSTRING?
    ;

unstringReceiver
    : identifier (DELIMITER IN? identifier)? (COUNT IN? identifier)?
    ;

useStatement
    : USE GLOBAL? AFTER STANDARD? (EXCEPTION | ERROR) PROCEDURE ON?
      (INPUT | OUTPUT | I_O | EXTEND | userWord+)
    | USE FOR? DEBUGGING ON? (ALL PROCEDURES | ALL REFERENCES? OF? identifier | procedureName)+
    | USE GLOBAL? BEFORE REPORTING qualifiedDataName
    ;

writeStatement
    : WRITE qualifiedDataName (FROM (identifier | literal))?
      ((BEFORE | AFTER) ADVANCING? (PAGE | (identifier | literal) (LINE | LINES)?))?
      (endOfPagePhrases | invalidKeyPhrases)? END_WRITE?
    ;

// ---------------------------------------------------------------- JSON and XML (issue 13)

// JSON GENERATE (IBM 6.4, cobc 3.1.2) and JSON PARSE (IBM 6.4; cobc 3.1.2 accepts only
// JSON PARSE x INTO y, as "not implemented"). Each statement takes the phrases IBM gives it.
jsonStatement
    : JSON GENERATE identifier FROM identifier
      (COUNT IN? identifier | nameOfPhrase | suppressPhrase)* exceptionPhrases? END_JSON?
    | JSON PARSE identifier INTO identifier
      (WITH? DETAIL | nameOfPhrase | suppressPhrase)* exceptionPhrases? END_JSON?
    ;

// XML GENERATE (cobc 3.1.2 runs it) and XML PARSE (cobc 3.1.2: "not implemented").
xmlStatement
    : XML GENERATE identifier FROM identifier
      ( COUNT IN? identifier
      | WITH? ENCODING (literal | identifier)
      | WITH? XML_DECLARATION
      | WITH? ATTRIBUTES
      | NAMESPACE_PREFIX IS? (literal | identifier)
      | NAMESPACE IS? (literal | identifier)
      | nameOfPhrase
      | TYPE OF? (identifier IS? (ATTRIBUTE | ELEMENT | CONTENT))+
      | suppressPhrase
      )* exceptionPhrases? END_XML?
    | XML PARSE identifier (WITH? ENCODING (literal | identifier) | RETURNING NATIONAL)*
      PROCESSING PROCEDURE IS? procedureName ((THROUGH | THRU) procedureName)?
      exceptionPhrases? END_XML?
    ;

nameOfPhrase : NAME OF? (identifier IS? (literal | OMITTED))+ ;

suppressPhrase : SUPPRESS identifier+ ;
