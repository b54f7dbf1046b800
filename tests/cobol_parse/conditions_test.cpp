// Conditions and arithmetic expressions: the shared precedence chain, abbreviated combined
// relations, class/sign/condition-name conditions, identifiers and literals.
#include <gtest/gtest.h>

#include <string>

#include "tests/cobol_parse/parse_test_support.h"

namespace remint::cobol::testing {
namespace {

class ConditionTest : public ::testing::TestWithParam<const char*> {};

TEST_P(ConditionTest, ParsesInSllStage) {
  ParseResult result = ParseProcedure(std::string("IF ") + GetParam() + " CONTINUE END-IF.");
  EXPECT_EQ(result.error_count(), 0u) << GetParam() << "\n" << result.messages();
  ASSERT_NE(result.program, nullptr);
  EXPECT_FALSE(result.program->statistics().sll_failed) << GetParam();
}

INSTANTIATE_TEST_SUITE_P(
    Conditions, ConditionTest,
    ::testing::Values(
        "A = B", "A NOT = B", "A IS NOT EQUAL TO B", "A EQUAL B", "A GREATER THAN B",
        "A IS GREATER THAN OR EQUAL TO B", "A LESS B", "A LESS THAN OR EQUAL B", "A >= B", "A <= B",
        "A > B", "A < B", "A <> B", "A NOT > B", "A = 1 OR 2 OR 3", "A = 1 OR > 5 AND NOT < 9",
        "A > B AND < C", "A NOT = 1 AND 2", "NOT A = B", "NOT (A = B OR C = D)", "(A + B) * 2 > C",
        "((A = 1))", "(A = 1) AND (B + 1) = 2", "A IS NUMERIC", "A NOT ALPHABETIC",
        "A IS ALPHABETIC-LOWER", "A ALPHABETIC-UPPER", "A IS HEX-DIGIT", "A IS NOT POSITIVE",
        "A NEGATIVE", "A IS ZERO", "A + 1 ZERO", "FLAG-ON", "NOT FLAG-ON AND FLAG-OFF",
        "FLAG-ON OR A = 'X'", "A(I, J) = B(I + 1)(2:3)", "A OF B IN C (I) = ZEROS",
        "FUNCTION MAX(A B C) > 1", "FUNCTION LENGTH(A) = FUNCTION INTEGER(B)",
        "FUNCTION UPPER-CASE(A)(1:2) = 'AB'", "FUNCTION SUM(T(ALL)) > 0",
        "A = HIGH-VALUE OR LOW-VALUES OR QUOTE OR NULL", "A = ALL '*'", "A ** 2 + B ** 2 = C ** 2",
        "- A = + B", "A = -1.5E+3", "A = 1 OR 2 AND B = 3", "ADDRESS OF A = NULL"));

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
