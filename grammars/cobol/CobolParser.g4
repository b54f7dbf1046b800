// COBOL-85 with the IBM Enterprise COBOL extensions found in batch code, written for remint.
//
// Designed for SLL prediction (see docs/cobol-grammar.md):
// - every statement starts with its own verb keyword, and every statement rule takes its
//   conditional phrases and its optional END-verb itself, so nesting is decided greedily;
// - conditions and arithmetic expressions share one precedence chain whose parenthesised
//   primary is a condition, so "(" never needs unbounded lookahead to choose between them;
//   abbreviated combined relations are simple conditions that start with an operator or are a
//   lone operand: lowering decides what a lone operand means (condition-name or object);
// - subscripts and reference modification share one parenthesised suffix, told apart in lowering;
// - sentence, paragraph and section starts are decided by one or two tokens.
// The tree is permissive where COBOL's rules are semantic; lowering checks them.
parser grammar CobolParser;

options { tokenVocab = CobolLexer; }

// Statements and their conditional phrases; conditions, expressions and operands.
import CobolStatements, CobolExpressions;

// ---------------------------------------------------------------- programs

compilationUnit : program+ EOF ;

program
    : identificationDivision environmentDivision? dataDivision? procedureDivision?
      program* endProgram?
    ;

endProgram : END (PROGRAM | FUNCTION) programName PERIOD? ;

// ---------------------------------------------------------------- identification division

identificationDivision
    : (IDENTIFICATION | ID) DIVISION PERIOD (programIdParagraph | functionIdParagraph)
      identificationParagraph*
    ;

programIdParagraph
    : PROGRAM_ID PERIOD programName (IS? (COMMON | INITIAL | RECURSIVE)+ PROGRAM?)? PERIOD?
    ;

// A user-defined function (ISO 2002): a program whose PROCEDURE DIVISION RETURNING item is the
// value of FUNCTION name(...) in the programs that declare it in their REPOSITORY.
functionIdParagraph : FUNCTION_ID PERIOD programName (AS literal)? PERIOD? ;

programName : userWord | ALNUM_LITERAL ;

// The comment entries after these headers are blanked before lexing (parse.cpp).
identificationParagraph
    : (AUTHOR | INSTALLATION | DATE_WRITTEN | DATE_COMPILED | SECURITY | REMARKS) PERIOD?
    ;

// ---------------------------------------------------------------- environment division

environmentDivision
    : ENVIRONMENT DIVISION PERIOD configurationSection? inputOutputSection?
    ;

configurationSection
    : CONFIGURATION SECTION PERIOD
      (sourceComputerParagraph | objectComputerParagraph | specialNamesParagraph
      | repositoryParagraph)*
    ;

// FUNCTION name: a user-defined function this program calls; FUNCTION ALL INTRINSIC / name...
// INTRINSIC: intrinsic function names usable without the word FUNCTION (the copy stage writes
// FUNCTION in before them, so the parser sees ordinary function references).
repositoryParagraph : REPOSITORY PERIOD (repositoryEntry | PERIOD)* ;

repositoryEntry
    : FUNCTION (ALL INTRINSIC | functionName+ INTRINSIC | functionName (AS literal)?)
    ;

sourceComputerParagraph
    : SOURCE_COMPUTER PERIOD (userWord? (WITH? DEBUGGING MODE)? PERIOD)?
    ;

objectComputerParagraph
    : OBJECT_COMPUTER PERIOD (userWord? objectComputerClause* PERIOD)?
    ;

objectComputerClause
    : MEMORY SIZE? integer (WORDS | CHARACTERS | MODULES)?
    | PROGRAM? COLLATING? SEQUENCE IS? userWord
    | SEGMENT_LIMIT IS? integer
    ;

specialNamesParagraph : SPECIAL_NAMES PERIOD (specialNamesClause | PERIOD)* ;

specialNamesClause
    : ALPHABET userWord (FOR? ALPHANUMERIC)? IS? alphabetSpecification
    | SYMBOLIC CHARACTERS? (userWord+ (IS | ARE)? integer+)+ (IN userWord)?
    | CLASS userWord (FOR? ALPHANUMERIC)? IS? (literal ((THROUGH | THRU) literal)?)+
    | CURRENCY SIGN? IS? literal
    | DECIMAL_POINT IS? COMMA
    | userWord (IS userWord)? switchStatus*
    ;

alphabetSpecification
    : STANDARD_1 | STANDARD_2 | NATIVE | EBCDIC | ASCII
    | (literal ((THROUGH | THRU) literal | (ALSO literal)+)?)+
    | userWord
    ;

switchStatus : (ON | OFF) STATUS? IS? userWord ;

inputOutputSection
    : INPUT_OUTPUT SECTION PERIOD (fileControlParagraph | ioControlParagraph)*
    ;

fileControlParagraph : FILE_CONTROL PERIOD selectEntry* ;

selectEntry : SELECT OPTIONAL? userWord selectClause* PERIOD ;

selectClause
    : ASSIGN TO? (userWord | literal)+
    | ORGANIZATION IS? organization
    | organization
    | ACCESS MODE? IS? (SEQUENTIAL | RANDOM | DYNAMIC)
    | RECORD KEY? IS? qualifiedDataName (WITH? DUPLICATES)?
    | ALTERNATE RECORD KEY? IS? qualifiedDataName (WITH? DUPLICATES)?
    | RELATIVE KEY? IS? qualifiedDataName
    | FILE? STATUS IS? qualifiedDataName qualifiedDataName?
    | RESERVE integer (AREA | AREAS)?
    | PADDING CHARACTER? IS? (qualifiedDataName | literal)
    | RECORD DELIMITER IS? (STANDARD_1 | userWord)
    | LOCK MODE? IS? (MANUAL | AUTOMATIC | EXCLUSIVE)
    ;

organization : LINE? SEQUENTIAL | RELATIVE | INDEXED ;

// I-O-CONTROL is rare and every clause ends at the next clause keyword: kept as token runs.
ioControlParagraph : I_O_CONTROL PERIOD (ioControlClause | PERIOD)* ;

ioControlClause
    : RERUN (ON (userWord | literal))? EVERY (integer RECORDS? | END OF? (REEL | UNIT))
      OF? userWord
    | SAME (RECORD | SORT | SORT_MERGE)? AREA? FOR? userWord+
    | MULTIPLE FILE TAPE? CONTAINS? (userWord (POSITION integer)?)+
    | APPLY userWord+ (ON userWord+)?
    ;

// ---------------------------------------------------------------- data division

dataDivision : DATA DIVISION PERIOD dataDivisionSection* ;

dataDivisionSection
    : FILE SECTION PERIOD (fileDescription | execBlock PERIOD?)*
    | (WORKING_STORAGE | LOCAL_STORAGE | LINKAGE) SECTION PERIOD dataEntry*
    | COMMUNICATION SECTION PERIOD communicationDescription*
    | REPORT SECTION PERIOD reportDescription*
    | SCREEN SECTION PERIOD dataEntry*
    ;

fileDescription
    : (FD | SD) userWord fileDescriptionClause* PERIOD dataEntry*
    ;

fileDescriptionClause
    : IS? EXTERNAL
    | IS? GLOBAL
    | BLOCK CONTAINS? (integer TO)? integer (CHARACTERS | RECORDS)?
    | RECORD (CONTAINS? (integer TO)? integer CHARACTERS?
             | IS? VARYING IN? SIZE? (FROM? integer)? (TO integer)? CHARACTERS?
               (DEPENDING ON? qualifiedDataName)?)
    | LABEL (RECORD IS? | RECORDS ARE?) (STANDARD | OMITTED | userWord+)
    | VALUE OF (userWord IS? (qualifiedDataName | literal))+
    | DATA (RECORD IS? | RECORDS ARE?) userWord+
    | LINAGE IS? (qualifiedDataName | integer) LINES?
      (WITH? FOOTING AT? (qualifiedDataName | integer))?
      (LINES? AT? TOP (qualifiedDataName | integer))?
      (LINES? AT? BOTTOM (qualifiedDataName | integer))?
    | CODE_SET IS? userWord
    | RECORDING MODE? IS? userWord
    | (REPORT IS? | REPORTS ARE?) userWord+
    ;

// One data description entry (levels 01-49, 66, 77, 88); clauses in any order.
dataEntry
    : integer (userWord | FILLER)? dataClause* PERIOD
    | execBlock PERIOD?
    ;

dataClause
    : REDEFINES qualifiedDataName
    | RENAMES qualifiedDataName ((THROUGH | THRU) qualifiedDataName)?
    | IS? EXTERNAL
    | IS? GLOBAL
    | (PICTURE | PIC) IS? PICTURE_STRING
    | (USAGE IS?)? usage
    | (VALUE IS? | VALUES ARE?) valueRange+
    | OCCURS occursCount (TO occursCount)? TIMES? (DEPENDING ON? qualifiedDataName)?
      ((ASCENDING | DESCENDING) KEY? IS? qualifiedDataName+)*
      (INDEXED BY? userWord+)?
    | (SYNCHRONIZED | SYNC) (LEFT | RIGHT)?
    | (JUSTIFIED | JUST) RIGHT?
    | BLANK WHEN? (ZERO | ZEROS | ZEROES)
    | (SIGN IS?)? (LEADING | TRAILING) (SEPARATE CHARACTER?)?
    | FALSE IS? literal
    | CONSTANT AS? literal
    // CONSTANT AS LENGTH OF / BYTE-LENGTH OF item: the item's size in bytes.
    | CONSTANT AS? (LENGTH | userWord) OF qualifiedDataName
    | VALUE IS? userWord
    | BASED
    | ANY LENGTH
    ;

// An OCCURS count: an integer or the name of a constant (level 78 / CONSTANT AS).
occursCount : integer | userWord ;

valueRange : literal ((THROUGH | THRU) literal)? ;

usage
    : BINARY | COMP | COMP_1 | COMP_2 | COMP_3 | COMP_4 | COMP_5 | COMPUTATIONAL
    | COMPUTATIONAL_1 | COMPUTATIONAL_2 | COMPUTATIONAL_3 | COMPUTATIONAL_4 | COMPUTATIONAL_5
    | DISPLAY | DISPLAY_1 | INDEX | NATIONAL | PACKED_DECIMAL | POINTER | PROCEDURE_POINTER
    | FUNCTION_POINTER
    | (BINARY_CHAR | BINARY_SHORT | BINARY_LONG | BINARY_DOUBLE) (SIGNED | UNSIGNED)?
    | FLOAT_SHORT | FLOAT_LONG | COMP_6 | COMPUTATIONAL_6
    | COMP_X | COMPUTATIONAL_X | COMP_N | COMPUTATIONAL_N
    ;

// Communication and report descriptions are rare: their clauses are kept as token runs for
// lowering, which supports neither yet.
communicationDescription : CD userWord clauseTokens PERIOD dataEntry* ;

reportDescription : RD userWord clauseTokens PERIOD reportGroupEntry* ;

reportGroupEntry : integer clauseTokens PERIOD ;

clauseTokens : (~(PERIOD | PROCEDURE | RD | CD))* ;

// ---------------------------------------------------------------- procedure division

procedureDivision
    : PROCEDURE DIVISION procedureUsing? procedureReturning? PERIOD declaratives?
      sentence* paragraph* section*
    ;

procedureUsing
    : USING ((BY? (REFERENCE | VALUE))? qualifiedDataName)+
    ;

procedureReturning : RETURNING qualifiedDataName ;

declaratives
    : DECLARATIVES PERIOD (sectionHeader useStatement PERIOD sentence* paragraph*)+
      END DECLARATIVES PERIOD
    ;

section : sectionHeader sentence* paragraph* ;

sectionHeader : paragraphName SECTION integer? PERIOD ;

paragraph : paragraphName PERIOD sentence* ;

paragraphName : userWord | integer ;

sentence : statement* PERIOD ;

// A paragraph or section name; a paragraph may be qualified by its section.
procedureName : (userWord | integer) ((OF | IN) (userWord | integer))? ;

statement
    : acceptStatement
    | addStatement
    | allocateStatement
    | alterStatement
    | callStatement
    | cancelStatement
    | closeStatement
    | computeStatement
    | continueStatement
    | deleteStatement
    | disableStatement
    | displayStatement
    | divideStatement
    | enableStatement
    | entryStatement
    | evaluateStatement
    | execStatement
    | exitStatement
    | freeStatement
    | generateStatement
    | gobackStatement
    | goToStatement
    | ifStatement
    | initializeStatement
    | initiateStatement
    | inspectStatement
    | mergeStatement
    | moveStatement
    | multiplyStatement
    | nextSentenceStatement
    | openStatement
    | performStatement
    | purgeStatement
    | readStatement
    | receiveStatement
    | releaseStatement
    | returnStatement
    | rewriteStatement
    | searchStatement
    | sendStatement
    | setStatement
    | sortStatement
    | startStatement
    | stopStatement
    | stringStatement
    | subtractStatement
    | suppressStatement
    | terminateStatement
    | unstringStatement
    | writeStatement
    | jsonStatement
    | xmlStatement
    ;

// One or more statements under a conditional phrase, WHEN, ELSE, or inline PERFORM.
statements : statement+ ;
