// COBOL conditions, arithmetic expressions and operands, imported by CobolParser.g4.
parser grammar CobolExpressions;

// ---------------------------------------------------------------- conditions and expressions

// Conditions and arithmetic share one precedence scheme (highest first): unary sign, **, * /,
// + -, relation/class/sign tests, NOT, AND, OR; a parenthesised operand holds a whole condition.
// Left-recursive rules keep the tree shallow: an operand is two nodes deep, not nine.
condition
    : NOT condition                                   # notCondition
    | condition AND condition                         # andCondition
    | condition OR condition                          # orCondition
    | arithmeticExpression conditionTail?             # simpleCondition
    // The abbreviated remainder of a relation after AND/OR: "OR > 5". A lone operand after
    // AND/OR ("OR 7") is a simpleCondition: lowering decides whether it is a condition-name.
    | relationalOperator arithmeticExpression         # abbreviatedCondition
    ;

conditionTail
    : relationalOperator arithmeticExpression
    | IS? NOT? (classCondition | signCondition)
    ;

classCondition
    : NUMERIC | ALPHABETIC | ALPHABETIC_LOWER | ALPHABETIC_UPPER | DBCS | KANJI | userWord
    ;

signCondition : POSITIVE | NEGATIVE | ZERO | ZEROS | ZEROES ;

relationalOperator
    : IS? NOT? ( GREATER THAN? (OR EQUAL TO?)?
               | LESS THAN? (OR EQUAL TO?)?
               | EQUAL TO?
               | GREATER_SIGN | LESS_SIGN | EQUAL_SIGN | GREATER_EQUAL_SIGN | LESS_EQUAL_SIGN
               | NOT_EQUAL_SIGN
               )
    ;

// Successive operators of one level apply left to right, but ** right to left as cobc groups
// it (parser.y exp_factor: 2 ** 3 ** 2 is 512 in cobc 3.1.2).
arithmeticExpression
    : (PLUS_SIGN | MINUS_SIGN) arithmeticExpression                        # signedExpression
    | <assoc=right> arithmeticExpression POWER arithmeticExpression        # powerExpression
    | arithmeticExpression (STAR | SLASH) arithmeticExpression             # multiplicativeExpression
    | arithmeticExpression (PLUS_SIGN | MINUS_SIGN) arithmeticExpression   # additiveExpression
    | (LPAREN | SEPARATED_LPAREN) condition RPAREN                         # parenthesizedExpression
    | identifier                                                           # identifierExpression
    | literal                                                              # literalExpression
    ;

// ---------------------------------------------------------------- operands

// A data reference: qualified name, then subscripts and/or reference modification (lowering
// tells "(a b)" from "(a:b)" by the colon); or a function call, special register or address.
identifier
    : userWord ((OF | IN) userWord)* parenthesizedSuffix*     # dataReference
    | FUNCTION functionName parenthesizedSuffix*              # functionReference
    | (ADDRESS | LENGTH) OF identifier                        # addressOrLengthReference
    | LINAGE_COUNTER ((OF | IN) userWord)?                    # linageCounterReference
    ;

qualifiedDataName : userWord ((OF | IN) userWord)* ;

parenthesizedSuffix
    : LPAREN subscript+ RPAREN
    | LPAREN arithmeticExpression COLON arithmeticExpression? RPAREN
    ;

subscript : ALL | arithmeticExpression ;

functionName : userWord | LENGTH | RANDOM | INTEGER_KW | NUMERIC | REVERSED | SIGN ;

literal
    : ALNUM_LITERAL
    | HEX_LITERAL
    | NATIONAL_LITERAL
    | NULL_TERMINATED_LITERAL
    | DBCS_LITERAL
    | numericLiteral
    | figurativeConstant
    | ALL (ALNUM_LITERAL | HEX_LITERAL | NATIONAL_LITERAL | figurativeConstant)
    ;

numericLiteral : (PLUS_SIGN | MINUS_SIGN)? (INTEGER_LITERAL | DECIMAL_LITERAL | FLOAT_LITERAL) ;

integer : INTEGER_LITERAL ;

figurativeConstant
    : ZERO | ZEROS | ZEROES | SPACE | SPACES | HIGH_VALUE | HIGH_VALUES | LOW_VALUE
    | LOW_VALUES | QUOTE | QUOTES | NULL_KW | NULLS
    ;

// A user-defined word. Context-sensitive IBM keywords that the grammar uses only in fixed
// places are accepted as names too.
userWord
    : WORD
    | YYYYMMDD | YYYYDDD | CYCLE | PARAGRAPH | RECURSIVE | CONTENT | PREVIOUS | MANUAL
    | AUTOMATIC | EXCLUSIVE | REMOVAL | SEGMENT_LIMIT | CRT | ESI | EMI | EGI | DEFAULT
    | NORMAL | ATTRIBUTE | ATTRIBUTES | DETAIL | ELEMENT | ENCODING | NAME | NAMESPACE
    | NAMESPACE_PREFIX | PARSE | PROCESSING | TYPE | XML_DECLARATION | AWAY_FROM_ZERO
    | NEAREST_AWAY_FROM_ZERO | NEAREST_EVEN | NEAREST_TOWARD_ZERO | PROHIBITED | TOWARD_GREATER
    | TOWARD_LESSER | TRUNCATION
    | AS | BASED | CONSTANT | SIGNED | UNSIGNED
    ;
