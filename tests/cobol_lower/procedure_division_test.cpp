// Procedure division lowering: paragraphs and sections, PERFORM, GO TO, STOP/GOBACK/EXIT, and
// the diagnostics for names that resolve to nothing and statement families not lowered yet.
#include <gtest/gtest.h>

#include "tests/cobol_lower/lower_test_support.h"

namespace remint::cobol::testing {
namespace {

auto Program(const std::string& procedure) -> std::string {
  return "IDENTIFICATION DIVISION.\nPROGRAM-ID. P.\nDATA DIVISION.\nWORKING-STORAGE SECTION.\n"
         "01 X PIC 9.\nPROCEDURE DIVISION.\n" +
         procedure + "\n";
}

TEST(ProcedureDivisionTest, ParagraphsSectionsPerformAndGoTo) {
  LowerResult result = LowerFreeFormat(
      Program("MAIN SECTION.\nSTART-UP.\n  PERFORM WORK THRU WORK-EXIT.\n  GO TO FINISH.\n"
              "WORK.\n  CONTINUE.\nWORK-EXIT.\n  EXIT.\nFINISH.\n  STOP RUN.\n"
              "OTHER-SECTION SECTION.\nLAST-ONE.\n  GOBACK.\n"));
  ASSERT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
  EXPECT_TRUE(result.diagnostics.empty()) << result.messages();
  EXPECT_EQ(result.module.paragraphs().size(), 7u);
  EXPECT_EQ(result.module.statements().size(), 6u);
}

TEST(ProcedureDivisionTest, UnloweredFamiliesAreReportedAsRM2301) {
  LowerResult result = LowerFreeFormat(Program("INITIALIZE X\nACCEPT X\nSTOP RUN."));
  EXPECT_EQ(result.codes(), (std::vector<std::string>{"RM2301", "RM2301"})) << result.messages();
  EXPECT_NE(result.messages().find("lowering of INITIALIZE statements is not implemented yet"),
            std::string::npos)
      << result.messages();
}

TEST(ProcedureDivisionTest, UnknownProcedureIsRM2307) {
  LowerResult result = LowerFreeFormat(Program("A.\n  PERFORM NOWHERE.\n"));
  EXPECT_EQ(result.codes(), std::vector<std::string>{"RM2307"}) << result.messages();
  EXPECT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
}

TEST(ProcedureDivisionTest, MoveDisplayComputeIfAndLoops) {
  LowerResult result = LowerFreeFormat(
      "IDENTIFICATION DIVISION.\nPROGRAM-ID. P.\nDATA DIVISION.\nWORKING-STORAGE SECTION.\n"
      "01 T.\n  05 E PIC 9(3) OCCURS 5.\n01 I PIC 9.\n  88 I-DONE VALUE 5.\n"
      "01 S PIC X(10).\n01 N PIC S9(5)V99 COMP-3.\nPROCEDURE DIVISION.\n"
      "MAIN.\n  MOVE SPACES TO S\n  MOVE 'AB' TO S(3:2)\n"
      "  PERFORM VARYING I FROM 1 BY 1 UNTIL I > 5\n"
      "    COMPUTE N ROUNDED = (E(I) + 1.5) * 2 ON SIZE ERROR DISPLAY 'OVF' END-COMPUTE\n"
      "  END-PERFORM\n"
      "  PERFORM WORK 3 TIMES\n  PERFORM WORK WITH TEST AFTER UNTIL I-DONE\n"
      "  IF N NOT > 0 AND S IS ALPHABETIC OR N IS NEGATIVE\n    DISPLAY 'NEG' N UPON CONSOLE\n"
      "  ELSE\n    MOVE RETURN-CODE TO N\n  END-IF\n  STOP RUN.\nWORK.\n  EXIT.\n");
  ASSERT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
  EXPECT_TRUE(result.diagnostics.empty()) << result.messages();
  const ir::Paragraph& main = result.module.paragraph(ir::ParagraphId(0));
  ASSERT_EQ(main.body.size(), 7u);
  EXPECT_TRUE(result.module.statements().Is<ir::LoopStatement>(main.body[2]));
  EXPECT_TRUE(result.module.statements().Is<ir::IfStatement>(main.body[5]));
}

TEST(ProcedureDivisionTest, ArithmeticVerbsKeepTheirForm) {
  LowerResult result = LowerFreeFormat(
      Program("A.\n  ADD 1 2 TO X ROUNDED\n  SUBTRACT 1 FROM X GIVING X\n  MULTIPLY 2 BY X\n"
              "  DIVIDE 2 INTO X GIVING X REMAINDER X ON SIZE ERROR STOP RUN END-DIVIDE.\n"));
  ASSERT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
  EXPECT_TRUE(result.diagnostics.empty()) << result.messages();
  const ir::Paragraph& a = result.module.paragraph(ir::ParagraphId(0));
  ASSERT_EQ(a.body.size(), 4u);
  const auto& divide = result.module.statements().Get<ir::ArithmeticStatement>(a.body[3]);
  EXPECT_TRUE(divide.giving);
  EXPECT_TRUE(divide.remainder.has_value());
  EXPECT_TRUE(divide.on_size_error.has_value());
  const auto& add = result.module.statements().Get<ir::ArithmeticStatement>(a.body[0]);
  EXPECT_EQ(add.operands.size(), 2u);
  EXPECT_EQ(add.targets.front().rounding, ir::RoundingMode::kNearestAwayFromZero);
}

TEST(ProcedureDivisionTest, ReversedPerformRangeIsRM2308) {
  LowerResult result =
      LowerFreeFormat(Program("A.\n  PERFORM C THRU B.\n  STOP RUN.\nB.\n  EXIT.\nC.\n  EXIT.\n"));
  EXPECT_EQ(result.codes(), std::vector<std::string>{"RM2308"}) << result.messages();
  EXPECT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
}

TEST(ProcedureDivisionTest, ParagraphNamesResolveInTheirOwnSectionFirst) {
  LowerResult result =
      LowerFreeFormat(Program("S1 SECTION.\nX1.\n  PERFORM P.\nP.\n  EXIT.\n"
                              "S2 SECTION.\nX2.\n  GO TO P.\nP.\n  STOP RUN.\n"));
  ASSERT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
  EXPECT_TRUE(result.diagnostics.empty()) << result.messages();
  const ir::Paragraph& x2 = result.module.paragraph(ir::ParagraphId(4));
  ASSERT_EQ(x2.body.size(), 1u);
  const auto& go_to = result.module.statements().Get<ir::GoToStatement>(x2.body.front());
  EXPECT_EQ(std::get<ir::ParagraphId>(go_to.targets.front()), ir::ParagraphId(5));
}

}  // namespace
}  // namespace remint::cobol::testing
