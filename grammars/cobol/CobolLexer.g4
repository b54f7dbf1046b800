// COBOL tokens for remint: COBOL-85 plus the IBM Enterprise COBOL words found in batch code.
//
// Input is the preprocessor's ExpandedSource text: program text only (no sequence or indicator
// areas), comments removed, continuation lines joined, COPY and REPLACE applied. Keywords are
// case-insensitive through the letter fragments at the end (ANTLR 4.7 has no caseInsensitive
// option). Comma and semicolon are separators and never reach the parser.
//
// Picture strings are the one lexical context switch: after PIC or PICTURE (and an optional IS)
// the next run of non-space characters is a single PICTURE_STRING, except that a trailing period,
// comma or semicolon is a separator.
lexer grammar CobolLexer;

// A token type the lexer does not produce itself: the token pass (token_checks.cpp) retypes a
// "(" that follows a comma or semicolon. It can open a parenthesised operand but never a
// subscript list, so "MAX(A * B, (C + 1) / 2)" has two arguments, as cobc reads it.
tokens { SEPARATED_LPAREN }

// EXEC SQL / CICS / DLI ... END-EXEC: one token; lowering splits verb, options, host variables.
EXEC_BLOCK : E X E C [ \t\r\n]+ .*? E N D '-' E X E C ;

// ---------------------------------------------------------------- separators and operators

WHITESPACE : [ \t\r\n\f]+ -> skip ;
// Hidden rather than skipped: with DECIMAL-POINT IS COMMA, "3,14" is one literal (merged by the
// parser driver, which sees the SPECIAL-NAMES clause).
SEPARATOR : [,;] -> channel(HIDDEN) ;

PERIOD : '.' ;
LPAREN : '(' ;
RPAREN : ')' ;
COLON : ':' ;
POWER : '**' ;
STAR : '*' ;
SLASH : '/' ;
PLUS_SIGN : '+' ;
MINUS_SIGN : '-' ;
GREATER_EQUAL_SIGN : '>=' ;
LESS_EQUAL_SIGN : '<=' ;
NOT_EQUAL_SIGN : '<>' ;
GREATER_SIGN : '>' ;
LESS_SIGN : '<' ;
EQUAL_SIGN : '=' ;

// ---------------------------------------------------------------- literals

ALNUM_LITERAL : QUOTED_STRING ;
HEX_LITERAL : X QUOTED_STRING ;
NATIONAL_LITERAL : N X? QUOTED_STRING ;
NULL_TERMINATED_LITERAL : Z QUOTED_STRING ;
DBCS_LITERAL : G QUOTED_STRING ;
// A literal whose closing quote is missing on its line: one token, diagnosed by the parser
// driver, instead of a stream of single-character errors.
UNTERMINATED_LITERAL : (X | N X? | Z | G)? ('"' (~["\r\n] | '""')* | '\'' (~['\r\n] | '\'\'')*) ;

// Signs are separate tokens: "-1" after an operand is a subtraction, elsewhere the parser
// attaches the sign to the literal.
INTEGER_LITERAL : DIGIT+ ;
DECIMAL_LITERAL : DIGIT* '.' DIGIT+ ;
FLOAT_LITERAL : DIGIT* '.' DIGIT+ E [+-]? DIGIT+ ;

// ---------------------------------------------------------------- keywords

PICTURE : P I C T U R E -> pushMode(PICTURE_MODE) ;
PIC : P I C -> pushMode(PICTURE_MODE) ;

ACCEPT : A C C E P T ;
ACCESS : A C C E S S ;
ADD : A D D ;
ADDRESS : A D D R E S S ;
ADVANCING : A D V A N C I N G ;
AFTER : A F T E R ;
ALL : A L L ;
ALPHABET : A L P H A B E T ;
ALPHABETIC : A L P H A B E T I C ;
ALPHABETIC_LOWER : A L P H A B E T I C '-' L O W E R ;
ALPHABETIC_UPPER : A L P H A B E T I C '-' U P P E R ;
ALPHANUMERIC : A L P H A N U M E R I C ;
ALPHANUMERIC_EDITED : A L P H A N U M E R I C '-' E D I T E D ;
ALSO : A L S O ;
ALTER : A L T E R ;
ALTERNATE : A L T E R N A T E ;
AND : A N D ;
ANY : A N Y ;
APPLY : A P P L Y ;
ARE : A R E ;
AREA : A R E A ;
AREAS : A R E A S ;
ASCENDING : A S C E N D I N G ;
ASCII : A S C I I ;
ASSIGN : A S S I G N ;
AT : A T ;
AUTHOR : A U T H O R ;
AUTOMATIC : A U T O M A T I C ;
BEFORE : B E F O R E ;
BINARY : B I N A R Y ;
BLANK : B L A N K ;
BLOCK : B L O C K ;
BOTTOM : B O T T O M ;
BY : B Y ;
CALL : C A L L ;
CANCEL : C A N C E L ;
CD : C D ;
CHARACTER : C H A R A C T E R ;
CHARACTERS : C H A R A C T E R S ;
CLASS : C L A S S ;
CLOSE : C L O S E ;
CODE_SET : C O D E '-' S E T ;
COLLATING : C O L L A T I N G ;
COMMA : C O M M A ;
COMMON : C O M M O N ;
COMMUNICATION : C O M M U N I C A T I O N ;
COMP : C O M P ;
COMPUTATIONAL : C O M P U T A T I O N A L ;
COMPUTATIONAL_1 : C O M P U T A T I O N A L '-' '1' ;
COMPUTATIONAL_2 : C O M P U T A T I O N A L '-' '2' ;
COMPUTATIONAL_3 : C O M P U T A T I O N A L '-' '3' ;
COMPUTATIONAL_4 : C O M P U T A T I O N A L '-' '4' ;
COMPUTATIONAL_5 : C O M P U T A T I O N A L '-' '5' ;
COMPUTE : C O M P U T E ;
COMP_1 : C O M P '-' '1' ;
COMP_2 : C O M P '-' '2' ;
COMP_3 : C O M P '-' '3' ;
COMP_4 : C O M P '-' '4' ;
COMP_5 : C O M P '-' '5' ;
CONFIGURATION : C O N F I G U R A T I O N ;
CONTAINS : C O N T A I N S ;
CONTENT : C O N T E N T ;
CONTINUE : C O N T I N U E ;
CONVERTING : C O N V E R T I N G ;
CORR : C O R R ;
CORRESPONDING : C O R R E S P O N D I N G ;
COUNT : C O U N T ;
CRT : C R T ;
CURRENCY : C U R R E N C Y ;
CYCLE : C Y C L E ;
DATA : D A T A ;
DATE : D A T E ;
DATE_COMPILED : D A T E '-' C O M P I L E D ;
DATE_WRITTEN : D A T E '-' W R I T T E N ;
DAY : D A Y ;
DAY_OF_WEEK : D A Y '-' O F '-' W E E K ;
DBCS : D B C S ;
DEBUGGING : D E B U G G I N G ;
DECIMAL_POINT : D E C I M A L '-' P O I N T ;
DECLARATIVES : D E C L A R A T I V E S ;
DEFAULT : D E F A U L T ;
DELETE : D E L E T E ;
DELIMITED : D E L I M I T E D ;
DELIMITER : D E L I M I T E R ;
DEPENDING : D E P E N D I N G ;
DESCENDING : D E S C E N D I N G ;
DISABLE : D I S A B L E ;
DISPLAY : D I S P L A Y ;
DISPLAY_1 : D I S P L A Y '-' '1' ;
DIVIDE : D I V I D E ;
DIVISION : D I V I S I O N ;
DOWN : D O W N ;
DUPLICATES : D U P L I C A T E S ;
DYNAMIC : D Y N A M I C ;
EBCDIC : E B C D I C ;
EGI : E G I ;
ELSE : E L S E ;
EMI : E M I ;
ENABLE : E N A B L E ;
END : E N D ;
END_ACCEPT : E N D '-' A C C E P T ;
END_ADD : E N D '-' A D D ;
END_CALL : E N D '-' C A L L ;
END_COMPUTE : E N D '-' C O M P U T E ;
END_DELETE : E N D '-' D E L E T E ;
END_DISPLAY : E N D '-' D I S P L A Y ;
END_DIVIDE : E N D '-' D I V I D E ;
END_EVALUATE : E N D '-' E V A L U A T E ;
END_IF : E N D '-' I F ;
END_MULTIPLY : E N D '-' M U L T I P L Y ;
END_OF_PAGE : E N D '-' O F '-' P A G E ;
END_PERFORM : E N D '-' P E R F O R M ;
END_READ : E N D '-' R E A D ;
END_RECEIVE : E N D '-' R E C E I V E ;
END_RETURN : E N D '-' R E T U R N ;
END_REWRITE : E N D '-' R E W R I T E ;
END_SEARCH : E N D '-' S E A R C H ;
END_START : E N D '-' S T A R T ;
END_STRING : E N D '-' S T R I N G ;
END_SUBTRACT : E N D '-' S U B T R A C T ;
END_UNSTRING : E N D '-' U N S T R I N G ;
END_WRITE : E N D '-' W R I T E ;
ENTRY : E N T R Y ;
ENVIRONMENT : E N V I R O N M E N T ;
EOP : E O P ;
EQUAL : E Q U A L ;
ERROR : E R R O R ;
ESI : E S I ;
EVALUATE : E V A L U A T E ;
EVERY : E V E R Y ;
EXCEPTION : E X C E P T I O N ;
EXCLUSIVE : E X C L U S I V E ;
EXIT : E X I T ;
EXTEND : E X T E N D ;
EXTERNAL : E X T E R N A L ;
FALSE : F A L S E ;
FD : F D ;
FILE : F I L E ;
FILE_CONTROL : F I L E '-' C O N T R O L ;
FILLER : F I L L E R ;
FIRST : F I R S T ;
FOOTING : F O O T I N G ;
FOR : F O R ;
FROM : F R O M ;
FUNCTION : F U N C T I O N ;
FUNCTION_POINTER : F U N C T I O N '-' P O I N T E R ;
GENERATE : G E N E R A T E ;
GIVING : G I V I N G ;
GLOBAL : G L O B A L ;
GO : G O ;
GOBACK : G O B A C K ;
GREATER : G R E A T E R ;
HIGH_VALUE : H I G H '-' V A L U E ;
HIGH_VALUES : H I G H '-' V A L U E S ;
ID : I D ;
IDENTIFICATION : I D E N T I F I C A T I O N ;
IF : I F ;
IN : I N ;
INDEX : I N D E X ;
INDEXED : I N D E X E D ;
INITIAL : I N I T I A L ;
INITIALIZE : I N I T I A L I Z E ;
INITIATE : I N I T I A T E ;
INPUT : I N P U T ;
INPUT_OUTPUT : I N P U T '-' O U T P U T ;
INSPECT : I N S P E C T ;
INSTALLATION : I N S T A L L A T I O N ;
INTEGER_KW : I N T E G E R ;
INTO : I N T O ;
INVALID : I N V A L I D ;
IS : I S ;
I_O : I '-' O ;
I_O_CONTROL : I '-' O '-' C O N T R O L ;
JUST : J U S T ;
JUSTIFIED : J U S T I F I E D ;
KANJI : K A N J I ;
KEY : K E Y ;
LABEL : L A B E L ;
LEADING : L E A D I N G ;
LEFT : L E F T ;
LENGTH : L E N G T H ;
LESS : L E S S ;
LINAGE : L I N A G E ;
LINAGE_COUNTER : L I N A G E '-' C O U N T E R ;
LINE : L I N E ;
LINES : L I N E S ;
LINKAGE : L I N K A G E ;
LOCAL_STORAGE : L O C A L '-' S T O R A G E ;
LOCK : L O C K ;
LOW_VALUE : L O W '-' V A L U E ;
LOW_VALUES : L O W '-' V A L U E S ;
MANUAL : M A N U A L ;
MEMORY : M E M O R Y ;
MERGE : M E R G E ;
MESSAGE : M E S S A G E ;
MODE : M O D E ;
MODULES : M O D U L E S ;
MOVE : M O V E ;
MULTIPLE : M U L T I P L E ;
MULTIPLY : M U L T I P L Y ;
NATIONAL : N A T I O N A L ;
NATIONAL_EDITED : N A T I O N A L '-' E D I T E D ;
NATIVE : N A T I V E ;
NEGATIVE : N E G A T I V E ;
NEXT : N E X T ;
NO : N O ;
NOT : N O T ;
NULLS : N U L L S ;
NULL_KW : N U L L ;
NUMERIC : N U M E R I C ;
NUMERIC_EDITED : N U M E R I C '-' E D I T E D ;
OBJECT_COMPUTER : O B J E C T '-' C O M P U T E R ;
OCCURS : O C C U R S ;
OF : O F ;
OFF : O F F ;
OMITTED : O M I T T E D ;
ON : O N ;
OPEN : O P E N ;
OPTIONAL : O P T I O N A L ;
OR : O R ;
ORDER : O R D E R ;
ORGANIZATION : O R G A N I Z A T I O N ;
OTHER : O T H E R ;
OUTPUT : O U T P U T ;
OVERFLOW : O V E R F L O W ;
PACKED_DECIMAL : P A C K E D '-' D E C I M A L ;
PADDING : P A D D I N G ;
PAGE : P A G E ;
PARAGRAPH : P A R A G R A P H ;
PERFORM : P E R F O R M ;
POINTER : P O I N T E R ;
POSITION : P O S I T I O N ;
POSITIVE : P O S I T I V E ;
PREVIOUS : P R E V I O U S ;
PRINTING : P R I N T I N G ;
PROCEDURE : P R O C E D U R E ;
PROCEDURES : P R O C E D U R E S ;
PROCEDURE_POINTER : P R O C E D U R E '-' P O I N T E R ;
PROCEED : P R O C E E D ;
PROGRAM : P R O G R A M ;
PROGRAM_ID : P R O G R A M '-' I D ;
PURGE : P U R G E ;
QUOTE : Q U O T E ;
QUOTES : Q U O T E S ;
RANDOM : R A N D O M ;
RD : R D ;
READ : R E A D ;
RECEIVE : R E C E I V E ;
RECORD : R E C O R D ;
RECORDING : R E C O R D I N G ;
RECORDS : R E C O R D S ;
RECURSIVE : R E C U R S I V E ;
REDEFINES : R E D E F I N E S ;
REEL : R E E L ;
REFERENCE : R E F E R E N C E ;
REFERENCES : R E F E R E N C E S ;
RELATIVE : R E L A T I V E ;
RELEASE : R E L E A S E ;
REMAINDER : R E M A I N D E R ;
REMARKS : R E M A R K S ;
REMOVAL : R E M O V A L ;
RENAMES : R E N A M E S ;
REPLACING : R E P L A C I N G ;
REPORT : R E P O R T ;
REPORTING : R E P O R T I N G ;
REPORTS : R E P O R T S ;
RERUN : R E R U N ;
RESERVE : R E S E R V E ;
RETURN : R E T U R N ;
RETURNING : R E T U R N I N G ;
REVERSED : R E V E R S E D ;
REWIND : R E W I N D ;
REWRITE : R E W R I T E ;
RIGHT : R I G H T ;
ROUNDED : R O U N D E D ;
RUN : R U N ;
SAME : S A M E ;
SCREEN : S C R E E N ;
SD : S D ;
SEARCH : S E A R C H ;
SECTION : S E C T I O N ;
SECURITY : S E C U R I T Y ;
SEGMENT : S E G M E N T ;
SEGMENT_LIMIT : S E G M E N T '-' L I M I T ;
SELECT : S E L E C T ;
SEND : S E N D ;
SENTENCE : S E N T E N C E ;
SEPARATE : S E P A R A T E ;
SEQUENCE : S E Q U E N C E ;
SEQUENTIAL : S E Q U E N T I A L ;
SET : S E T ;
SIGN : S I G N ;
SIZE : S I Z E ;
SORT : S O R T ;
SORT_MERGE : S O R T '-' M E R G E ;
SOURCE_COMPUTER : S O U R C E '-' C O M P U T E R ;
SPACE : S P A C E ;
SPACES : S P A C E S ;
SPECIAL_NAMES : S P E C I A L '-' N A M E S ;
STANDARD : S T A N D A R D ;
STANDARD_1 : S T A N D A R D '-' '1' ;
STANDARD_2 : S T A N D A R D '-' '2' ;
START : S T A R T ;
STATUS : S T A T U S ;
STOP : S T O P ;
STRING : S T R I N G ;
SUBTRACT : S U B T R A C T ;
SUPPRESS : S U P P R E S S ;
SYMBOLIC : S Y M B O L I C ;
SYNC : S Y N C ;
SYNCHRONIZED : S Y N C H R O N I Z E D ;
TALLYING : T A L L Y I N G ;
TAPE : T A P E ;
TERMINAL : T E R M I N A L ;
TERMINATE : T E R M I N A T E ;
TEST_KW : T E S T ;
THAN : T H A N ;
THEN : T H E N ;
THROUGH : T H R O U G H ;
THRU : T H R U ;
TIME : T I M E ;
TIMES : T I M E S ;
TO : T O ;
TOP : T O P ;
TRAILING : T R A I L I N G ;
TRUE : T R U E ;
UNIT : U N I T ;
UNSTRING : U N S T R I N G ;
UNTIL : U N T I L ;
UP : U P ;
UPON : U P O N ;
USAGE : U S A G E ;
USE : U S E ;
USING : U S I N G ;
VALUE : V A L U E ;
VALUES : V A L U E S ;
VARYING : V A R Y I N G ;
WHEN : W H E N ;
WITH : W I T H ;
WORDS : W O R D S ;
WORKING_STORAGE : W O R K I N G '-' S T O R A G E ;
WRITE : W R I T E ;
YYYYDDD : Y Y Y Y D D D ;
YYYYMMDD : Y Y Y Y M M D D ;
ZERO : Z E R O ;
ZEROES : Z E R O E S ;
ZEROS : Z E R O S ;
// Context-sensitive words (also userWords): STOP RUN WITH NORMAL STATUS.
NORMAL : N O R M A L ;
// JSON / XML GENERATE and PARSE (IBM Enterprise COBOL 6.4, GnuCOBOL 3.1.2). JSON, XML, END-JSON
// and END-XML are reserved as cobc reserves them; the phrase words are also userWords.
JSON : J S O N ;
XML : X M L ;
END_JSON : E N D '-' J S O N ;
END_XML : E N D '-' X M L ;
ATTRIBUTE : A T T R I B U T E ;
ATTRIBUTES : A T T R I B U T E S ;
DETAIL : D E T A I L ;
ELEMENT : E L E M E N T ;
ENCODING : E N C O D I N G ;
NAME : N A M E ;
NAMESPACE : N A M E S P A C E ;
NAMESPACE_PREFIX : N A M E S P A C E '-' P R E F I X ;
PARSE : P A R S E ;
PROCESSING : P R O C E S S I N G ;
TYPE : T Y P E ;
XML_DECLARATION : X M L '-' D E C L A R A T I O N ;
// ROUNDED MODE IS ... (ISO 2014); context-sensitive for cobc, so userWords too.
AWAY_FROM_ZERO : A W A Y '-' F R O M '-' Z E R O ;
NEAREST_AWAY_FROM_ZERO : N E A R E S T '-' A W A Y '-' F R O M '-' Z E R O ;
NEAREST_EVEN : N E A R E S T '-' E V E N ;
NEAREST_TOWARD_ZERO : N E A R E S T '-' T O W A R D '-' Z E R O ;
PROHIBITED : P R O H I B I T E D ;
TOWARD_GREATER : T O W A R D '-' G R E A T E R ;
TOWARD_LESSER : T O W A R D '-' L E S S E R ;
TRUNCATION : T R U N C A T I O N ;
// Dialect data (GnuCOBOL default/IBM/MF): constants, BASED, binary and float usages.
AS : A S ;
BASED : B A S E D ;
BINARY_CHAR : B I N A R Y '-' C H A R ;
BINARY_DOUBLE : B I N A R Y '-' D O U B L E ;
BINARY_LONG : B I N A R Y '-' L O N G ;
BINARY_SHORT : B I N A R Y '-' S H O R T ;
COMP_6 : C O M P '-' '6' ;
COMPUTATIONAL_6 : C O M P U T A T I O N A L '-' '6' ;
COMP_N : C O M P '-' N ;
COMP_X : C O M P '-' X ;
COMPUTATIONAL_N : C O M P U T A T I O N A L '-' N ;
COMPUTATIONAL_X : C O M P U T A T I O N A L '-' X ;
// User-defined functions (ISO 2002): FUNCTION-ID, END FUNCTION, the REPOSITORY paragraph.
FUNCTION_ID : F U N C T I O N '-' I D ;
INTRINSIC : I N T R I N S I C ;
REPOSITORY : R E P O S I T O R Y ;
// Dynamic storage (BASED items): ALLOCATE and FREE.
ALLOCATE : A L L O C A T E ;
FREE : F R E E ;
INITIALIZED : I N I T I A L I Z E D ;
CONSTANT : C O N S T A N T ;
FLOAT_LONG : F L O A T '-' L O N G ;
FLOAT_SHORT : F L O A T '-' S H O R T ;
SIGNED : S I G N E D ;
UNSIGNED : U N S I G N E D ;

// ---------------------------------------------------------------- user-defined words

// Letters, digits, hyphens (not at either end) and, as IBM allows, underscores. A run of digits
// alone is an INTEGER_LITERAL (defined first, so it wins on equal length).
WORD : WORD_CHAR+ ('-'+ WORD_CHAR+)* ;

// Anything else: one token per character, diagnosed by the parser driver.
INVALID_CHARACTER : . ;

// ---------------------------------------------------------------- picture strings

mode PICTURE_MODE;

PICTURE_WHITESPACE : [ \t\r\n\f]+ -> skip ;
PICTURE_IS : I S -> type(IS) ;
PICTURE_STRING : [.,]? PICTURE_CHAR+ ([.,]+ PICTURE_CHAR+)* -> popMode ;
PICTURE_INVALID : . -> type(INVALID_CHARACTER), popMode ;

// ---------------------------------------------------------------- fragments

fragment QUOTED_STRING : '"' (~["\r\n] | '""')* '"' | '\'' (~['\r\n] | '\'\'')* '\'' ;
fragment PICTURE_CHAR : ~[ \t\r\n\f.,;] ;
fragment WORD_CHAR : [a-zA-Z0-9_] ;
fragment DIGIT : [0-9] ;
fragment A : [aA] ;
fragment B : [bB] ;
fragment C : [cC] ;
fragment D : [dD] ;
fragment E : [eE] ;
fragment F : [fF] ;
fragment G : [gG] ;
fragment H : [hH] ;
fragment I : [iI] ;
fragment J : [jJ] ;
fragment K : [kK] ;
fragment L : [lL] ;
fragment M : [mM] ;
fragment N : [nN] ;
fragment O : [oO] ;
fragment P : [pP] ;
fragment Q : [qQ] ;
fragment R : [rR] ;
fragment S : [sS] ;
fragment T : [tT] ;
fragment U : [uU] ;
fragment V : [vV] ;
fragment W : [wW] ;
fragment X : [xX] ;
fragment Y : [yY] ;
fragment Z : [zZ] ;
