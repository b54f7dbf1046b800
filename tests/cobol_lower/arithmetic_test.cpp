// COBOL arithmetic as GnuCOBOL 3.1.2 computes it (docs/ir.md, "Arithmetic intermediates"): the
// exact type of every operation (digits, scale, precision, places), cobc's folding of literal
// pairs, the decimal-aligns of ibm arithmetic-osvs, and OCCURS 0 TIMES. The expected values come
// from cobc experiments (cobc -C shows where cob_decimal_align goes; the programs' outputs show
// the values), summarised in docs/ir.md.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ir/arithmetic_model.h"
#include "tests/cobol_lower/lower_test_support.h"

namespace remint::cobol::testing {
namespace {

auto Program(const std::string& data, const std::string& procedure) -> std::string {
  return "IDENTIFICATION DIVISION.\nPROGRAM-ID. P.\nDATA DIVISION.\nWORKING-STORAGE SECTION.\n" +
         data + "PROCEDURE DIVISION.\nMAIN.\n" + procedure + "\n";
}

auto Ibm() -> LowerOptions { return LowerOptions{CobolDialect::kIbm}; }

auto ComputeValue(const LowerResult& result, size_t index) -> ir::ExpressionId {
  const ir::Paragraph& main = result.module.paragraph(ir::ParagraphId(0));
  return result.module.statements().Get<ir::ComputeStatement>(main.body.at(index)).value;
}

auto TypeOf(const LowerResult& result, ir::ExpressionId id) -> std::string {
  return ir::DescribeType(result.module, result.module.expression_type(id));
}

auto Decimal(uint32_t digits, int32_t scale, const char* precision = "exact",
             const char* places = "fixed") -> std::string {
  return "decimal-intermediate digits=" + std::to_string(digits) +
         " scale=" + std::to_string(scale) + " precision=" + precision + " places=" + places;
}

// A COMPUTE's value as a nested text: (op left right), [align n x], names and literals.
class Shape {
 public:
  explicit Shape(const ir::Module& module) : module_(module) {}
  auto Of(ir::ExpressionId id) const -> std::string {
    const ir::ExpressionArena& e = module_.expressions();
    if (const auto* binary = e.TryGet<ir::BinaryExpression>(id)) {
      return "(" + std::string(ir::Spelling(binary->op)) + " " + Of(binary->left) + " " +
             Of(binary->right) + ")";
    }
    if (const auto* unary = e.TryGet<ir::UnaryExpression>(id)) {
      return "(" + std::string(ir::Spelling(unary->op)) + " " + Of(unary->operand) + ")";
    }
    if (const auto* align = e.TryGet<ir::DecimalAlignExpression>(id)) {
      return "[align " + std::to_string(align->places) + " " + Of(align->operand) + "]";
    }
    if (const auto* ref = e.TryGet<ir::DataRefExpression>(id)) {
      return std::string(module_.str(module_.field(ref->field).name));
    }
    if (const auto* literal = e.TryGet<ir::NumericLiteralExpression>(id)) {
      return std::string(module_.str(literal->text));
    }
    return std::string(ir::KindName(e.kind(id)));
  }

 private:
  const ir::Module& module_;
};

// The three reproductions of issue 8, defect 4: valid COBOL the verifier used to reject.
TEST(ArithmeticTest, ValidProgramsThatUsedToFailTheVerifier) {
  // cobc -std=ibm accepts it and raises SIZE ERROR at run time (54-digit intermediate).
  LowerResult product = LowerFreeFormat(
      Program("01 X PIC S9(18) VALUE 123456789012345678.\n01 Y PIC S9(18) VALUE 2.\n"
              "01 Z PIC S9(18).\n",
              "  COMPUTE Z = X * Y * X ON SIZE ERROR DISPLAY 'SIZE ERROR' END-COMPUTE.\n"),
      Ibm());
  EXPECT_TRUE(product.diagnostics.empty()) << product.messages();
  EXPECT_TRUE(product.verifier_diagnostics.empty()) << product.messages();

  // 36 terms of PIC 9(4): each + adds an integer digit (cobc: 359964, exact).
  std::string terms = "A(1)";
  for (int i = 2; i <= 36; ++i) terms += " + A(" + std::to_string(i) + ")";
  LowerResult sum = LowerFreeFormat(
      Program("01 T.\n  05 A PIC 9(4) VALUE 9999 OCCURS 36 TIMES.\n01 S PIC 9(8).\n",
              "  COMPUTE S = " + terms + ".\n"),
      Ibm());
  EXPECT_TRUE(sum.diagnostics.empty()) << sum.messages();
  EXPECT_TRUE(sum.verifier_diagnostics.empty()) << sum.messages();

  // OCCURS 0 TIMES: cobc accepts it in every dialect (-std=default, cobol85, cobol2002,
  // cobol2014, ibm, mvs, mf, acu, bs2000, realia, rm, xopen).
  for (CobolDialect dialect : {CobolDialect::kCobol85, CobolDialect::kIbm}) {
    LowerResult empty = LowerFreeFormat(
        Program("01 G.\n  05 H PIC X(2) VALUE 'AB'.\n  05 E PIC X(3) OCCURS 0 TIMES.\n"
                "  05 K PIC X(2) VALUE 'CD'.\n01 G2.\n  05 E2 PIC 9(3) OCCURS 0.\n",
                "  DISPLAY G.\n"),
        LowerOptions{dialect});
    EXPECT_TRUE(empty.diagnostics.empty()) << empty.messages();
    EXPECT_TRUE(empty.verifier_diagnostics.empty()) << empty.messages();
    // cobc -ftsymbols: G 4, E 3 (one occurrence) OCCURS 0, K 2, G2 0; cobc -C puts K at G + 2.
    EXPECT_EQ(empty.FieldNamed("G").size, 4u);
    EXPECT_EQ(empty.FieldNamed("E").size, 3u);
    EXPECT_EQ(empty.FieldNamed("K").offset, 2u);
    EXPECT_EQ(empty.FieldNamed("G2").size, 0u);
    EXPECT_EQ(empty.FieldNamed("E2").size, 3u);
  }
}

TEST(ArithmeticTest, OperationsHaveTheirExactIntermediateTypes) {
  LowerResult result =
      LowerFreeFormat(Program("01 A PIC S9(5)V99.\n01 B PIC 9(3).\n01 P PIC 9PP.\n01 N PIC 9.\n"
                              "01 X PIC S9(4) COMP.\n01 C PIC S9(18).\n01 W PIC S9(9)V9(9).\n",
                              "  COMPUTE W = A + B\n"                     // 0
                              "  COMPUTE W = A - B\n"                     // 1
                              "  COMPUTE W = A * B\n"                     // 2
                              "  COMPUTE W = A / B\n"                     // 3
                              "  COMPUTE W = B / A\n"                     // 4
                              "  COMPUTE W = A / B / B\n"                 // 5
                              "  COMPUTE W = B / P\n"                     // 6
                              "  COMPUTE W = A ** 3\n"                    // 7
                              "  COMPUTE W = B ** 2\n"                    // 8
                              "  COMPUTE W = A ** -2\n"                   // 9
                              "  COMPUTE W = A ** 0\n"                    // 10
                              "  COMPUTE W = A ** 0.5\n"                  // 11
                              "  COMPUTE W = A ** N\n"                    // 12
                              "  COMPUTE W = - A\n"                       // 13
                              "  COMPUTE W = - P\n"                       // 14
                              "  COMPUTE W = X + 1\n"                     // 15
                              "  COMPUTE W = C * C * C\n"                 // 16
                              "  COMPUTE W = A ** 2 / B\n"                // 17
                              "  COMPUTE W = FUNCTION SQRT(A) + 1.\n"));  // 18
  ASSERT_TRUE(result.diagnostics.empty()) << result.messages();
  ASSERT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
  auto type = [&](size_t index) { return TypeOf(result, ComputeValue(result, index)); };
  // + -: aligned to the larger scale, one more integer digit.
  EXPECT_EQ(type(0), Decimal(8, 2));
  EXPECT_EQ(type(1), Decimal(8, 2));
  // *: digits and scales add.
  EXPECT_EQ(type(2), Decimal(10, 2));
  // /: truncated at 38 + max(0, s1 - s2) places; |A / B| < 10^(5 + 0); a zero quotient has 0
  // places. cobc (libcob cob_decimal_div): 1.0/3 keeps 39 places, 1/3 38, 1/300 (9PP) 40.
  EXPECT_EQ(type(3), Decimal(45, 40, "truncated", "fixed-unless-zero"));
  EXPECT_EQ(type(4), Decimal(43, 38, "truncated", "fixed-unless-zero"));
  // Nested: the second division starts from 40 places and keeps 78.
  EXPECT_EQ(type(5), Decimal(83, 78, "truncated", "fixed-unless-zero"));
  // A divisor of scale -2 (9PP): 38 + 2 places, |B / P| < 10^(3 - 2).
  EXPECT_EQ(type(6), Decimal(41, 40, "truncated", "fixed-unless-zero"));
  // Integer powers are exact; libcob strips trailing zero decimals, so places vary with
  // decimals, and a zero base gives 0 at 0 places.
  EXPECT_EQ(type(7), Decimal(21, 6, "exact", "varying"));
  EXPECT_EQ(type(8), Decimal(6, 0, "exact", "fixed"));
  // x ** -2 = 1 / x^2 through the division: 38 places, |1/x^2| <= 10^(2 * 2).
  EXPECT_EQ(type(9), Decimal(43, 38, "truncated", "varying"));
  EXPECT_EQ(type(10), Decimal(1, 0));
  EXPECT_EQ(type(11), "numeric-intermediate source=fractional-exponent");
  EXPECT_EQ(type(12), "numeric-intermediate source=exponent");
  // cobc computes -x as 0 - x: max(0, s) places, no carry digit.
  EXPECT_EQ(type(13), Decimal(7, 2));
  EXPECT_EQ(type(14), Decimal(3, 0));
  // A binary item loads all its bytes: S9(4) COMP holds up to 32767 (5 digits).
  EXPECT_EQ(type(15), Decimal(6, 0));
  EXPECT_EQ(type(16), Decimal(54, 0));
  // Dividing a power whose places vary: the quotient's places are decided at run time.
  EXPECT_EQ(type(17), "numeric-intermediate source=varying-places");
  EXPECT_EQ(type(18), "numeric-intermediate source=operand");
}

// cobc folds an operation on two numeric literals at compile time when it is exact (cobc/tree.c
// cb_build_binary_op); the IR holds the folded literal, as cobc's generated code does.
TEST(ArithmeticTest, LiteralPairsFoldAsCobcFoldsThem) {
  LowerResult result = LowerFreeFormat(Program("01 A PIC S9(5).\n01 W PIC S9(5)V99.\n",
                                               "  COMPUTE W = A + (2.5 - 2.5)\n"
                                               "  COMPUTE W = A + 0.5 * 0.1\n"
                                               "  COMPUTE W = A + -3 * 4\n"
                                               "  COMPUTE W = A + 7 / 2\n"
                                               "  COMPUTE W = A + 1.50 * 2\n"
                                               "  COMPUTE W = A + 2 ** 10.\n"));
  ASSERT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
  Shape shape(result.module);
  // cobc -C: constants "0" scale 1, "5" scale 2, "-12", 7/2 kept (inexact), "3", "1024".
  EXPECT_EQ(shape.Of(ComputeValue(result, 0)), "(add A 0.0)");
  EXPECT_EQ(shape.Of(ComputeValue(result, 1)), "(add A 0.05)");
  EXPECT_EQ(shape.Of(ComputeValue(result, 2)), "(add A -12)");
  EXPECT_EQ(shape.Of(ComputeValue(result, 3)), "(add A (divide 7 2))");
  EXPECT_EQ(shape.Of(ComputeValue(result, 4)), "(add A 3)");
  EXPECT_EQ(shape.Of(ComputeValue(result, 5)), "(add A 1024)");
}

constexpr char kOsvsData[] =
    "01 A PIC S9(5) VALUE 10.\n01 B PIC S9(5) VALUE 3.\n01 C PIC S9(5)V9 VALUE 3.\n"
    "01 D PIC S9(5) VALUE 100.\n01 X PIC S9(4) COMP VALUE 12.\n01 Y PIC S9(4) COMP VALUE 34.\n"
    "01 Z PIC S9(4) VALUE 1.\n01 W PIC S9(5)V99.\n01 W3 PIC S9(5)V999.\n";

constexpr char kOsvsProcedure[] =
    "  COMPUTE W = A / B * D\n"        // 0: 85 333.33, ibm 333.00
    "  COMPUTE W = A / B * 100\n"      // 1: a literal right operand: no align
    "  COMPUTE W = D * (A / B)\n"      // 2: ibm 333.00
    "  COMPUTE W = A / B\n"            // 3: the whole expression: no align
    "  COMPUTE W = X * Y + Z\n"        // 4: 85 409.00, ibm 401.00 (408 aligned to 2 is 400)
    "  COMPUTE W3 W = A / B * D\n"     // 5: the largest receiver scale, 3
    "  COMPUTE W = (A / B) / C * D\n"  // 6
    "  COMPUTE W = - (A / B) * D.\n";  // 7

// ibm arithmetic-osvs: cobc aligns an intermediate to max(its places by cobc's reckoning, the
// largest scale of the receivers and operands) when the next operand joins it. The places and
// positions below are those of the cob_decimal_align calls in cobc -std=ibm -C's output.
TEST(ArithmeticTest, IbmArithmeticOsvsAlignsWhereCobcDoes) {
  LowerResult ibm = LowerFreeFormat(Program(kOsvsData, kOsvsProcedure), Ibm());
  ASSERT_TRUE(ibm.diagnostics.empty()) << ibm.messages();
  ASSERT_TRUE(ibm.verifier_diagnostics.empty()) << ibm.messages();
  Shape shape(ibm.module);
  EXPECT_EQ(shape.Of(ComputeValue(ibm, 0)), "(multiply [align 2 (divide A B)] D)");
  EXPECT_EQ(shape.Of(ComputeValue(ibm, 1)), "(multiply (divide A B) 100)");
  EXPECT_EQ(shape.Of(ComputeValue(ibm, 2)), "(multiply D [align 2 (divide A B)])");
  EXPECT_EQ(shape.Of(ComputeValue(ibm, 3)), "(divide A B)");
  EXPECT_EQ(shape.Of(ComputeValue(ibm, 4)), "(add [align 2 (multiply X Y)] Z)");
  EXPECT_EQ(shape.Of(ComputeValue(ibm, 5)), "(multiply [align 3 (divide A B)] D)");
  EXPECT_EQ(shape.Of(ComputeValue(ibm, 6)),
            "(multiply [align 2 (divide [align 2 (divide A B)] C)] D)");
  // cobc computes 0 - (A / B): the quotient is aligned before the subtraction joins it.
  EXPECT_EQ(shape.Of(ComputeValue(ibm, 7)),
            "(multiply [align 2 (negate [align 2 (divide A B)])] D)");
  // The aligned quotient: truncated to 2 places (38 -> 2).
  const auto& product = ibm.module.expressions().Get<ir::BinaryExpression>(ComputeValue(ibm, 0));
  EXPECT_EQ(TypeOf(ibm, product.left), Decimal(7, 2, "truncated", "fixed-unless-zero"));
  EXPECT_EQ(TypeOf(ibm, ComputeValue(ibm, 0)), Decimal(12, 2, "exact", "fixed-unless-zero"));
  // libcob's quirk: X * Y held at 0 places, aligned to 2, loses two more digits (-2 places).
  const auto& sum = ibm.module.expressions().Get<ir::BinaryExpression>(ComputeValue(ibm, 4));
  EXPECT_EQ(TypeOf(ibm, sum.left), Decimal(8, -2, "truncated", "fixed"));

  // COBOL-85 (and cobc's default): no alignment at all, the quotient keeps its 38 places.
  LowerResult cobol85 = LowerFreeFormat(Program(kOsvsData, kOsvsProcedure));
  ASSERT_TRUE(cobol85.verifier_diagnostics.empty()) << cobol85.messages();
  Shape shape85(cobol85.module);
  EXPECT_EQ(shape85.Of(ComputeValue(cobol85, 0)), "(multiply (divide A B) D)");
  EXPECT_EQ(shape85.Of(ComputeValue(cobol85, 4)), "(add (multiply X Y) Z)");
  EXPECT_EQ(shape85.Of(ComputeValue(cobol85, 6)), "(multiply (divide (divide A B) C) D)");
  EXPECT_EQ(TypeOf(cobol85, ComputeValue(cobol85, 0)),
            Decimal(48, 38, "exact", "fixed-unless-zero"));
}

// A zero quotient is held at 0 places, so a sum with it has places that vary; cobc -std=ibm
// then aligns 579 (0 places) to 2 and gets 500: (A / B + C) * D is 500.00 with A = 0 and
// 579.33 with A = 1 (cobol85: 579.00 and 579.33). The IR says the alignment's precision is
// known only at run time.
TEST(ArithmeticTest, AlignmentOfVaryingPlacesHasRunTimePrecision) {
  LowerResult ibm =
      LowerFreeFormat(Program("01 A PIC S9(5).\n01 B PIC S9(5).\n01 C PIC S9(5).\n01 D PIC S9(5).\n"
                              "01 W PIC S9(5)V99.\n",
                              "  COMPUTE W = (A / B + C) * D.\n"),
                      Ibm());
  ASSERT_TRUE(ibm.verifier_diagnostics.empty()) << ibm.messages();
  Shape shape(ibm.module);
  const ir::ExpressionId value = ComputeValue(ibm, 0);
  EXPECT_EQ(shape.Of(value), "(multiply [align 2 (add [align 2 (divide A B)] C)] D)");
  const auto& product = ibm.module.expressions().Get<ir::BinaryExpression>(value);
  EXPECT_EQ(TypeOf(ibm, product.left), "numeric-intermediate source=varying-places");
}

auto Alignments(const LowerResult& result, size_t index) -> std::vector<std::string> {
  const ir::Paragraph& main = result.module.paragraph(ir::ParagraphId(0));
  const auto& statement =
      result.module.statements().Get<ir::ArithmeticStatement>(main.body.at(index));
  std::vector<std::string> alignments;
  for (const ir::ChainAlignment& alignment : statement.alignments) {
    alignments.push_back(std::to_string(alignment.terms) + ":" + std::to_string(alignment.places));
  }
  return alignments;
}

// ADD and SUBTRACT with several operands: cobc -std=ibm combines them as a chain and aligns it
// like a COMPUTE. ADD A 1.5 TO W gives 11.00 (cobol85: 11.50): A + 1.5 (1 place) aligned to 2
// drops a digit; ADD X Z TO W (X COMP) gives 500.00 for 12 + 579 (cobol85: 591.00).
TEST(ArithmeticTest, IbmArithmeticOsvsAlignsAddAndSubtractChains) {
  const std::string procedure =
      "  ADD A 1.5 TO W\n"                // 0
      "  ADD X Z TO W\n"                  // 1
      "  ADD X Z A TO W W3\n"             // 2: after X + Z 3 places, after + A 0
      "  SUBTRACT X Z FROM A GIVING W\n"  // 3: (A - X) - Z
      "  ADD X Z TO A GIVING W\n"         // 4: (X + Z) + A
      "  ADD 1 2 TO W\n"                  // 5: folded to 3, added directly
      "  ADD A 1 2 TO W\n"                // 6: (A + 1) + 2, literals never loaded
      "  MULTIPLY A BY B GIVING W\n"      // 7: one operation, never aligned
      "  ADD A TO W.\n";                  // 8: one operand
  LowerResult ibm = LowerFreeFormat(Program(kOsvsData, procedure), Ibm());
  ASSERT_TRUE(ibm.diagnostics.empty()) << ibm.messages();
  ASSERT_TRUE(ibm.verifier_diagnostics.empty()) << ibm.messages();
  using Plan = std::vector<std::string>;
  EXPECT_EQ(Alignments(ibm, 0), Plan{"2:2"});
  EXPECT_EQ(Alignments(ibm, 1), Plan{"2:2"});
  EXPECT_EQ(Alignments(ibm, 2), (Plan{"2:3", "3:0"}));
  EXPECT_EQ(Alignments(ibm, 3), Plan{"2:2"});
  EXPECT_EQ(Alignments(ibm, 4), Plan{"2:2"});
  EXPECT_EQ(Alignments(ibm, 5), Plan{});
  EXPECT_EQ(Alignments(ibm, 6), Plan{"3:2"});
  EXPECT_EQ(Alignments(ibm, 7), Plan{});
  EXPECT_EQ(Alignments(ibm, 8), Plan{});
  LowerResult cobol85 = LowerFreeFormat(Program(kOsvsData, procedure));
  for (size_t i = 0; i < 9; ++i) EXPECT_EQ(Alignments(cobol85, i), Plan{}) << i;
}

// Relations compared in decimal: cobc -std=ibm aligns their operations too, the left side's
// last one as soon as the right side loads an operand (IF A / B > C compares A / B cut to 1
// place, C's scale). The relations of a condition are built right to left and share dmax.
TEST(ArithmeticTest, IbmArithmeticOsvsAlignsInConditions) {
  const std::string procedure =
      "  IF A / B > C DISPLAY 'X' END-IF\n"
      "  IF A / B * D > C OR A + B * C < D DISPLAY 'Y' END-IF\n"
      "  IF A / B * D IS POSITIVE DISPLAY 'Z' END-IF.\n";
  LowerResult ibm = LowerFreeFormat(Program(kOsvsData, procedure), Ibm());
  ASSERT_TRUE(ibm.diagnostics.empty()) << ibm.messages();
  ASSERT_TRUE(ibm.verifier_diagnostics.empty()) << ibm.messages();
  const ir::Paragraph& main = ibm.module.paragraph(ir::ParagraphId(0));
  auto condition = [&](size_t index) {
    return ibm.module.statements().Get<ir::IfStatement>(main.body.at(index)).condition;
  };
  Shape shape(ibm.module);
  const auto& first = ibm.module.expressions().Get<ir::RelationalExpression>(condition(0));
  EXPECT_EQ(shape.Of(first.left), "[align 1 (divide A B)]");
  EXPECT_EQ(shape.Of(first.right), "C");
  const auto& either = ibm.module.expressions().Get<ir::LogicalExpression>(condition(1));
  const auto& left = ibm.module.expressions().Get<ir::RelationalExpression>(either.left);
  const auto& right = ibm.module.expressions().Get<ir::RelationalExpression>(either.right);
  EXPECT_EQ(shape.Of(left.left), "[align 1 (multiply [align 1 (divide A B)] D)]");
  EXPECT_EQ(shape.Of(right.left), "[align 1 (add A [align 1 (multiply B C)])]");
  // x IS POSITIVE compares with ZERO, which loads nothing: the last operation stays as it is.
  const auto& sign = ibm.module.expressions().Get<ir::SignConditionExpression>(condition(2));
  EXPECT_EQ(shape.Of(sign.operand), "(multiply [align 0 (divide A B)] D)");

  LowerResult cobol85 = LowerFreeFormat(Program(kOsvsData, procedure));
  const auto& plain = cobol85.module.expressions().Get<ir::RelationalExpression>(
      cobol85.module.statements()
          .Get<ir::IfStatement>(cobol85.module.paragraph(ir::ParagraphId(0)).body.at(0))
          .condition);
  EXPECT_EQ(Shape(cobol85.module).Of(plain.left), "(divide A B)");
}

}  // namespace
}  // namespace remint::cobol::testing
