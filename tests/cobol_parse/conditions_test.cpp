// Conditions and arithmetic expressions: the shared precedence chain, abbreviated combined
// relations, class/sign/condition-name conditions, identifiers and literals.
#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <vector>

#include "tests/cobol_parse/parse_test_support.h"

namespace remint::cobol::testing {
namespace {

struct ConditionCase {
  const char* condition;
  // The condition's shape (see Shape() in parse_test_support.h): precedence, grouping, and
  // which operator and operands each relation has.
  const char* shape;
};

void PrintTo(const ConditionCase& condition_case, std::ostream* out) {
  *out << condition_case.condition;
}

class ConditionTest : public ::testing::TestWithParam<ConditionCase> {};

TEST_P(ConditionTest, ParsesInSllStage) {
  ParseResult result =
      ParseProcedure(std::string("IF ") + GetParam().condition + " CONTINUE END-IF.");
  EXPECT_EQ(result.error_count(), 0u) << GetParam().condition << "\n" << result.messages();
  ASSERT_NE(result.program, nullptr);
  EXPECT_FALSE(result.program->statistics().sll_failed) << GetParam().condition;
}

TEST_P(ConditionTest, HasTheExpectedShape) {
  ParseResult result =
      ParseProcedure(std::string("IF ") + GetParam().condition + " CONTINUE END-IF.");
  ASSERT_EQ(result.error_count(), 0u) << GetParam().condition << "\n" << result.messages();
  const std::vector<std::string> shapes = StatementShapes(result);
  ASSERT_EQ(shapes.size(), 1u);
  EXPECT_EQ(shapes[0], std::string("(ifStatement IF ") + GetParam().shape +
                           " (continueStatement CONTINUE) END-IF)")
      << GetParam().condition;
}

// Precedence (highest first): unary sign, **, * /, + -, relation/class/sign test, NOT, AND, OR;
// operators of one level group left to right. An abbreviated relation keeps its own operator
// ("OR > 5") and a lone operand after AND/OR is left for lowering ("OR 2").
INSTANTIATE_TEST_SUITE_P(
    Conditions, ConditionTest,
    ::testing::Values(
        ConditionCase{"A = B", "(condition A (conditionTail = B))"},
        ConditionCase{"A NOT = B", "(condition A (conditionTail (relationalOperator NOT =) B))"},
        ConditionCase{"A IS NOT EQUAL TO B",
                      "(condition A (conditionTail (relationalOperator IS NOT EQUAL TO) B))"},
        ConditionCase{"A EQUAL B", "(condition A (conditionTail EQUAL B))"},
        ConditionCase{"A GREATER THAN B",
                      "(condition A (conditionTail (relationalOperator GREATER THAN) B))"},
        ConditionCase{
            "A IS GREATER THAN OR EQUAL TO B",
            "(condition A (conditionTail (relationalOperator IS GREATER THAN OR EQUAL TO) B))"},
        ConditionCase{"A LESS B", "(condition A (conditionTail LESS B))"},
        ConditionCase{"A LESS THAN OR EQUAL B",
                      "(condition A (conditionTail (relationalOperator LESS THAN OR EQUAL) B))"},
        ConditionCase{"A >= B", "(condition A (conditionTail >= B))"},
        ConditionCase{"A <= B", "(condition A (conditionTail <= B))"},
        ConditionCase{"A > B", "(condition A (conditionTail > B))"},
        ConditionCase{"A < B", "(condition A (conditionTail < B))"},
        ConditionCase{"A <> B", "(condition A (conditionTail <> B))"},
        ConditionCase{"A NOT > B", "(condition A (conditionTail (relationalOperator NOT >) B))"},
        ConditionCase{"A = 1 OR 2 OR 3",
                      "(condition (condition (condition A (conditionTail = 1)) OR 2) OR 3)"},
        // The tree puts NOT over the abbreviated relation "< 9"; COBOL-85 reads a NOT right
        // before a relational operator as part of the operator ("NOT <"), which decides the
        // operator a later abbreviated relation inherits: lowering does (LowerAbbreviatedRelation,
        // tested in tests/cobol_lower/expressions_test.cpp against cobc's results).
        ConditionCase{"A = 1 OR > 5 AND NOT < 9",
                      "(condition (condition A (conditionTail = 1)) OR (condition (condition > 5) "
                      "AND (condition NOT (condition < 9))))"},
        ConditionCase{"A > B AND < C",
                      "(condition (condition A (conditionTail > B)) AND (condition < C))"},
        ConditionCase{
            "A NOT = 1 AND 2",
            "(condition (condition A (conditionTail (relationalOperator NOT =) 1)) AND 2)"},
        ConditionCase{"NOT A = B", "(condition NOT (condition A (conditionTail = B)))"},
        ConditionCase{"NOT (A = B OR C = D)",
                      "(condition NOT (arithmeticExpression ( (condition (condition A "
                      "(conditionTail = B)) OR (condition C (conditionTail = D))) )))"},
        ConditionCase{"(A + B) * 2 > C",
                      "(condition (arithmeticExpression (arithmeticExpression ( "
                      "(arithmeticExpression A + B) )) * 2) (conditionTail > C))"},
        ConditionCase{"((A = 1))",
                      "(arithmeticExpression ( (arithmeticExpression ( (condition A (conditionTail "
                      "= 1)) )) ))"},
        ConditionCase{"(A = 1) AND (B + 1) = 2",
                      "(condition (arithmeticExpression ( (condition A (conditionTail = 1)) )) AND "
                      "(condition (arithmeticExpression ( (arithmeticExpression B + 1) )) "
                      "(conditionTail = 2)))"},
        ConditionCase{"A IS NUMERIC", "(condition A (conditionTail IS NUMERIC))"},
        ConditionCase{"A NOT ALPHABETIC", "(condition A (conditionTail NOT ALPHABETIC))"},
        ConditionCase{"A IS ALPHABETIC-LOWER", "(condition A (conditionTail IS ALPHABETIC-LOWER))"},
        ConditionCase{"A ALPHABETIC-UPPER", "(condition A ALPHABETIC-UPPER)"},
        ConditionCase{"A IS HEX-DIGIT", "(condition A (conditionTail IS HEX-DIGIT))"},
        ConditionCase{"A IS NOT POSITIVE", "(condition A (conditionTail IS NOT POSITIVE))"},
        ConditionCase{"A NEGATIVE", "(condition A NEGATIVE)"},
        ConditionCase{"A IS ZERO", "(condition A (conditionTail IS ZERO))"},
        ConditionCase{"A + 1 ZERO", "(condition (arithmeticExpression A + 1) ZERO)"},
        ConditionCase{"FLAG-ON", "FLAG-ON"},
        ConditionCase{"NOT FLAG-ON AND FLAG-OFF",
                      "(condition (condition NOT FLAG-ON) AND FLAG-OFF)"},
        ConditionCase{"FLAG-ON OR A = 'X'",
                      "(condition FLAG-ON OR (condition A (conditionTail = 'X')))"},
        ConditionCase{"A AND B OR C AND D",
                      "(condition (condition A AND B) OR (condition C AND D))"},
        ConditionCase{"A OR B OR C", "(condition (condition A OR B) OR C)"},
        ConditionCase{"A(I, J) = B(I + 1)(2:3)",
                      "(condition (identifier A (parenthesizedSuffix ( I J ))) (conditionTail = "
                      "(identifier B (parenthesizedSuffix ( (arithmeticExpression I + 1) )) "
                      "(parenthesizedSuffix ( 2 : 3 )))))"},
        ConditionCase{"A OF B IN C (I) = ZEROS",
                      "(condition (identifier A OF B IN C (parenthesizedSuffix ( I ))) "
                      "(conditionTail = ZEROS))"},
        ConditionCase{"FUNCTION MAX(A B C) > 1",
                      "(condition (identifier FUNCTION MAX (parenthesizedSuffix ( A B C ))) "
                      "(conditionTail > 1))"},
        ConditionCase{
            "FUNCTION LENGTH(A) = FUNCTION INTEGER(B)",
            "(condition (identifier FUNCTION LENGTH (parenthesizedSuffix ( A ))) (conditionTail = "
            "(identifier FUNCTION INTEGER (parenthesizedSuffix ( B )))))"},
        ConditionCase{"FUNCTION UPPER-CASE(A)(1:2) = 'AB'",
                      "(condition (identifier FUNCTION UPPER-CASE (parenthesizedSuffix ( A )) "
                      "(parenthesizedSuffix ( 1 : 2 ))) (conditionTail = 'AB'))"},
        ConditionCase{"FUNCTION SUM(T(ALL)) > 0",
                      "(condition (identifier FUNCTION SUM (parenthesizedSuffix ( (identifier T "
                      "(parenthesizedSuffix ( ALL ))) ))) (conditionTail > 0))"},
        ConditionCase{"A = HIGH-VALUE OR LOW-VALUES OR QUOTE OR NULL",
                      "(condition (condition (condition (condition A (conditionTail = HIGH-VALUE)) "
                      "OR LOW-VALUES) OR QUOTE) OR NULL)"},
        ConditionCase{"A = ALL '*'", "(condition A (conditionTail = (literal ALL '*')))"},
        ConditionCase{
            "A ** 2 + B ** 2 = C ** 2",
            "(condition (arithmeticExpression (arithmeticExpression A ** 2) + "
            "(arithmeticExpression B ** 2)) (conditionTail = (arithmeticExpression C ** 2)))"},
        // cobc groups ** from the right.
        ConditionCase{"A ** 2 ** 3 = 1",
                      "(condition (arithmeticExpression A ** (arithmeticExpression 2 ** 3)) "
                      "(conditionTail = 1))"},
        ConditionCase{"A - B - C = 1",
                      "(condition (arithmeticExpression (arithmeticExpression A - B) - C) "
                      "(conditionTail = 1))"},
        ConditionCase{"- A ** 2 = 1",
                      "(condition (arithmeticExpression (arithmeticExpression - A) ** 2) "
                      "(conditionTail = 1))"},
        ConditionCase{
            "- A = + B",
            "(condition (arithmeticExpression - A) (conditionTail = (arithmeticExpression + B)))"},
        ConditionCase{"A = -1.5E+3", "(condition A (conditionTail = -1.5E+3))"},
        ConditionCase{"A = 1 OR 2 AND B = 3",
                      "(condition (condition A (conditionTail = 1)) OR (condition 2 AND (condition "
                      "B (conditionTail = 3))))"},
        ConditionCase{"ADDRESS OF A = NULL",
                      "(condition (identifier ADDRESS OF A) (conditionTail = NULL))"}));

TEST(ConditionShapeTest, ParenthesisedArithmeticAndConditionsShareOneRule) {
  ParseResult result = ParseProcedure("IF (A + 1) > 2 AND (B = 3 OR C) CONTINUE.");
  ASSERT_EQ(result.error_count(), 0u);
  std::string tree = result.tree();
  EXPECT_NE(tree.find("(arithmeticExpression ( (condition"), std::string::npos) << tree;
}

TEST(ConditionShapeTest, AbbreviatedRelationKeepsItsOperator) {
  ParseResult result = ParseProcedure("IF A = 1 OR > 5 CONTINUE.");
  ASSERT_EQ(result.error_count(), 0u);
  EXPECT_NE(result.tree().find("OR (condition (relationalOperator >)"), std::string::npos)
      << result.tree();
}

// COBOL has signed literals, not a unary minus against digits: "-1" after a space is one
// literal, so "B -1" is two operands (cobc: "syntax error, unexpected Literal") and "MAX(5, -2)"
// two arguments; a subtraction is written with spaces around the operator.
TEST(ConditionShapeTest, SignAgainstDigitsAfterASpaceIsTheLiteralsSign) {
  ParseResult subtraction = ParseProcedure("COMPUTE A = B - 1.");
  ASSERT_EQ(subtraction.error_count(), 0u);
  EXPECT_NE(subtraction.tree().find("(identifier (userWord B))) - (arithmeticExpression (literal"),
            std::string::npos)
      << subtraction.tree();
  EXPECT_EQ(ParseProcedure("COMPUTE A = B -1.").error_count(), 1u);
  ParseResult arguments = ParseProcedure("COMPUTE A = FUNCTION MAX(5, -2 -14).");
  ASSERT_EQ(arguments.error_count(), 0u);
  EXPECT_NE(arguments.tree().find("(numericLiteral 5)))) (subscript (arithmeticExpression "
                                  "(literal (numericLiteral -2)))) (subscript"),
            std::string::npos)
      << arguments.tree();
}

// After a comma "(" opens an operand, never subscripts: "B, (C + 1) / 2" is two arguments
// (NIST IF119A), as cobc reads it; "B (C)" is still B subscripted.
TEST(ConditionShapeTest, ParenthesisAfterACommaOpensAnOperand) {
  ParseResult arguments = ParseProcedure("COMPUTE A = FUNCTION MAX(A * B, (C + 1) / 2, 3).");
  ASSERT_EQ(arguments.error_count(), 0u);
  EXPECT_EQ(arguments.tree().find("(userWord B) (parenthesizedSuffix"), std::string::npos)
      << arguments.tree();
  ParseResult subscript = ParseProcedure("MOVE B (C) TO A.");
  ASSERT_EQ(subscript.error_count(), 0u);
  EXPECT_NE(subscript.tree().find("(userWord B) (parenthesizedSuffix"), std::string::npos)
      << subscript.tree();
}

}  // namespace
}  // namespace remint::cobol::testing
