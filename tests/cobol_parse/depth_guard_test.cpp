// Hostile shapes: deep nesting is diagnosed instead of overflowing the stack, and huge lines
// and token counts parse in bounded time.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/cobol_parse/parse_test_support.h"

namespace remint::cobol::testing {
namespace {

auto NestedIfs(int depth, bool terminated) -> std::string {
  std::string text;
  for (int i = 0; i < depth; ++i) text += "IF A = 1\n";
  text += "DISPLAY 'DEEP'\n";
  if (terminated) {
    for (int i = 0; i < depth; ++i) text += "END-IF\n";
  }
  return text + ".";
}

TEST(DepthGuardTest, NestingWithinTheLimitParses) {
  ParseResult result = ParseProcedure(NestedIfs(400, true));
  EXPECT_EQ(result.error_count(), 0u);
  EXPECT_FALSE(result.program->statistics().sll_failed);
}

TEST(DepthGuardTest, TenThousandNestedIfsAreDiagnosed) {
  ParseResult result = ParseProcedure(NestedIfs(10000, false));
  ASSERT_EQ(result.codes(), std::vector<std::string>{"RM2204"});
  EXPECT_NE(result.diagnostics[0].message.find("over the limit of 500"), std::string::npos);
  EXPECT_TRUE(result.program->statistics().nesting_refused);
  EXPECT_FALSE(result.program->has_tree());
}

TEST(DepthGuardTest, DeepParenthesesAreDiagnosed) {
  std::string expression(20000, '(');
  expression += "1" + std::string(20000, ')');
  ParseResult result = ParseProcedure("COMPUTE A = " + expression + ".");
  EXPECT_EQ(result.codes(), std::vector<std::string>{"RM2204"});
}

TEST(DepthGuardTest, LongNotChainIsDiagnosed) {
  std::string condition;
  for (int i = 0; i < 5000; ++i) condition += "NOT ";
  ParseResult result = ParseProcedure("IF " + condition + "A CONTINUE.");
  EXPECT_EQ(result.codes(), std::vector<std::string>{"RM2204"});
}

TEST(DepthGuardTest, DeepNestingJustUnderTheLimitDoesNotOverflow) {
  // Worst case the guard admits, with the LL stage's recovery running too.
  std::string expression(499, '(');
  expression += "1" + std::string(499, ')');
  ParseResult result =
      ParseProcedure("COMPUTE A = " + expression + " B.\n" + NestedIfs(499, false));
  EXPECT_EQ(result.codes(), std::vector<std::string>{"RM2201"});
}

TEST(DepthGuardTest, ManySequentialStatementsInOneSentenceAreNotNesting) {
  std::string procedure;
  for (int i = 0; i < 2000; ++i) {
    procedure += "PERFORM P1 READ F AT END CONTINUE NOT AT END CONTINUE END-READ\n";
  }
  ParseResult result = ParseProcedure(procedure + ". P1. EXIT.");
  EXPECT_EQ(result.error_count(), 0u);
}

TEST(DepthGuardTest, MegabyteOperatorChainIsDiagnosed) {
  std::string expression = "A";
  while (expression.size() < (1u << 20)) expression += " + A";
  ParseResult result = ParseProcedure("COMPUTE X = " + expression + ".");
  ASSERT_EQ(result.codes(), std::vector<std::string>{"RM2207"});
  EXPECT_FALSE(result.program->has_tree());
}

TEST(DepthGuardTest, LongConditionsInManyStatementsAreNotOneChain) {
  std::string procedure;
  for (int i = 0; i < 3000; ++i) procedure += "IF A = 1 OR 2 COMPUTE B = C + D END-IF\n";
  ParseResult result = ParseProcedure(procedure + ".");
  EXPECT_EQ(result.error_count(), 0u) << result.messages();
}

TEST(DepthGuardTest, OneMegabyteLineParses) {
  std::string operands;
  while (operands.size() < (1u << 20)) operands += "A-VERY-LONG-NAME ";
  ParseResult result = ParseProcedure("DISPLAY " + operands + ".");
  EXPECT_EQ(result.error_count(), 0u);
}

TEST(DepthGuardTest, OneMegabyteLiteralParses) {
  ParseResult result = ParseProcedure("DISPLAY '" + std::string(1u << 20, 'X') + "'.");
  EXPECT_EQ(result.error_count(), 0u);
}

TEST(DepthGuardTest, OneMegabyteOfGarbageIsOneDiagnosticPerRun) {
  ParseResult result = ParseProcedure("DISPLAY " + std::string(1u << 20, '@') + " A.");
  EXPECT_EQ(result.codes(), std::vector<std::string>{"RM2203"});
}

}  // namespace
}  // namespace remint::cobol::testing
