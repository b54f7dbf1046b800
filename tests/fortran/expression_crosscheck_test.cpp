// The expression parser's precedence and associativity checked against gfortran: generated
// integer and logical expressions (seeded, so every run checks the same ones) are parsed here
// and evaluated from the tree, and gfortran compiles the same text and prints each value. A
// tree grouped differently from gfortran's prints a different number: integer division
// truncates, so (A/B)*C and A/(B*C) differ, as do A-(B-C) and (A-B)-C.
#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "tests/fortran/fortran_fixture.h"
#include "tests/support/gfortran_run.h"

namespace remint::fortran::testing {
namespace {

constexpr int kIntegerExpressions = 300;
constexpr int kLogicalExpressions = 200;
constexpr int64_t kInt32Max = 2147483647;

class ExpressionGenerator {
 public:
  explicit ExpressionGenerator(uint32_t seed) : random_(seed) {}

  auto Integer(int depth) -> std::string {
    if (depth == 0 || Pick(4) == 0) return std::to_string(1 + Pick(9));
    switch (Pick(8)) {
      case 0:
        return "(" + Integer(depth - 1) + ")";
      case 1:
        // A leading sign: only at the start of an expression or inside parentheses.
        return "(-" + Integer(depth - 1) + ")";
      case 2:
        return Integer(depth - 1) + "**" + std::to_string(Pick(3));
      default: {
        static constexpr const char* kOperators[] = {"+", "-", "*", "/"};
        return Integer(depth - 1) + kOperators[Pick(4)] + Integer(depth - 1);
      }
    }
  }

  auto Logical(int depth) -> std::string {
    if (depth == 0 || Pick(4) == 0) {
      static constexpr const char* kRelations[] = {".LT.", ".LE.", ".EQ.", ".NE.", ".GT.", ".GE."};
      return Integer(1) + kRelations[Pick(6)] + Integer(1);
    }
    switch (Pick(6)) {
      case 0: {
        // .NOT. applies to a level-4 expression (F90 R717): .NOT..NOT.A is not Fortran.
        std::string operand = Logical(depth - 1);
        if (operand.rfind(".NOT.", 0) == 0) operand = "(" + operand + ")";
        return ".NOT." + operand;
      }
      case 1:
        return "(" + Logical(depth - 1) + ")";
      default: {
        static constexpr const char* kOperators[] = {".AND.", ".OR.", ".EQV.", ".NEQV."};
        return Logical(depth - 1) + kOperators[Pick(4)] + Logical(depth - 1);
      }
    }
  }

 private:
  auto Pick(uint32_t n) -> uint32_t {
    return std::uniform_int_distribution<uint32_t>(0, n - 1)(random_);
  }

  std::mt19937 random_;
};

// The value of an integer or logical expression tree, as Fortran computes it in default
// INTEGER; nullopt when a step would divide by zero or leave 32 bits.
auto Evaluate(const ParsedFile& file, ExprId id) -> std::optional<int64_t> {
  if (id == kNoExpr) return std::nullopt;
  const Expr& expr = file.expr(id);
  auto fits = [](int64_t value) -> std::optional<int64_t> {
    if (value > kInt32Max || value < -kInt32Max - 1) return std::nullopt;
    return value;
  };
  switch (expr.kind) {
    case ExprKind::kInteger:
      return std::stoll(expr.text);
    case ExprKind::kParen:
      return Evaluate(file, expr.operands[0]);
    case ExprKind::kUnary: {
      std::optional<int64_t> operand = Evaluate(file, expr.operands[0]);
      if (!operand) return std::nullopt;
      if (expr.op == Operator::kNegate) return -*operand;
      if (expr.op == Operator::kNot) return *operand == 0 ? 1 : 0;
      return operand;
    }
    case ExprKind::kBinary: {
      std::optional<int64_t> left = Evaluate(file, expr.operands[0]);
      std::optional<int64_t> right = Evaluate(file, expr.operands[1]);
      if (!left || !right) return std::nullopt;
      int64_t a = *left;
      int64_t b = *right;
      switch (expr.op) {
        case Operator::kAdd:
          return fits(a + b);
        case Operator::kSubtract:
          return fits(a - b);
        case Operator::kMultiply:
          return fits(a * b);
        case Operator::kDivide:
          if (b == 0) return std::nullopt;
          return a / b;  // Truncation toward zero, as Fortran's.
        case Operator::kPower: {
          if (b < 0) return std::nullopt;
          int64_t result = 1;
          for (int64_t i = 0; i < b; ++i) {
            std::optional<int64_t> next = fits(result * a);
            if (!next) return std::nullopt;
            result = *next;
          }
          return result;
        }
        case Operator::kLt:
          return a < b;
        case Operator::kLe:
          return a <= b;
        case Operator::kEq:
          return a == b;
        case Operator::kNe:
          return a != b;
        case Operator::kGt:
          return a > b;
        case Operator::kGe:
          return a >= b;
        case Operator::kAnd:
          return a != 0 && b != 0;
        case Operator::kOr:
          return a != 0 || b != 0;
        case Operator::kEqv:
          return (a != 0) == (b != 0);
        case Operator::kNeqv:
          return (a != 0) != (b != 0);
        default:
          return std::nullopt;
      }
    }
    default:
      return std::nullopt;
  }
}

struct Case {
  std::string text;
  bool logical = false;
  int64_t value = 0;
};

// Parses `X = text` and evaluates the right-hand side; nullopt when it does not evaluate.
auto ParseAndEvaluate(const std::string& text) -> std::optional<int64_t> {
  ReadResult result = ReadText("X = " + text + "\n", SourceForm::kFree);
  if (!result.diagnostics.empty() || result.parsed.statements.size() != 1) {
    ADD_FAILURE() << text << ": " << (result.diagnostics.empty() ? "" : result.rendered()[0]);
    return std::nullopt;
  }
  const auto* assignment = std::get_if<AssignmentStmt>(&result.parsed.statements[0].payload);
  if (assignment == nullptr) return std::nullopt;
  return Evaluate(result.parsed, assignment->value);
}

TEST(ExpressionCrosscheckTest, GroupingMatchesGfortran) {
  if (!remint::testing::GfortranAvailable()) GTEST_SKIP() << "gfortran is not installed";
  ExpressionGenerator generator(20261208);
  std::vector<Case> cases;
  while (cases.size() < static_cast<size_t>(kIntegerExpressions + kLogicalExpressions)) {
    bool logical = cases.size() >= static_cast<size_t>(kIntegerExpressions);
    Case next;
    next.logical = logical;
    next.text = logical ? generator.Logical(3) : generator.Integer(4);
    std::optional<int64_t> value = ParseAndEvaluate(next.text);
    // Skip what gfortran would reject at compile time (division by zero, overflow).
    if (!value) continue;
    next.value = *value;
    cases.push_back(next);
  }
  std::string program = "program p\n";
  for (const Case& c : cases) program += "  print *, " + c.text + "\n";
  program += "end program p\n";
  auto outcome = remint::testing::RunWithGfortran(program, "");
  ASSERT_TRUE(outcome.ok()) << outcome.error().message();
  std::vector<std::string> lines = remint::testing::SplitLines(outcome->standard_output);
  ASSERT_EQ(lines.size(), cases.size());
  size_t mismatches = 0;
  for (size_t i = 0; i < cases.size(); ++i) {
    std::string printed = lines[i].substr(lines[i].find_first_not_of(' '));
    std::string ours =
        cases[i].logical ? (cases[i].value != 0 ? "T" : "F") : std::to_string(cases[i].value);
    if (printed != ours) {
      ++mismatches;
      ADD_FAILURE() << cases[i].text << ": gfortran " << printed << ", parsed tree " << ours;
    }
  }
  EXPECT_EQ(mismatches, 0u) << "of " << cases.size() << " expressions";
}

}  // namespace
}  // namespace remint::fortran::testing
