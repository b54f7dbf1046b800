// Procedure division lowering: paragraphs and sections, PERFORM, GO TO (DEPENDING, alterable),
// ALTER, EVALUATE, SET, INITIALIZE, STOP/GOBACK/EXIT, and
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

// What is not lowered yet is reported (RM2301), once, and what remint does not support at all
// (Report Writer, communication) is RM2311.
TEST(ProcedureDivisionTest, UnloweredAndUnsupportedConstructsAreReported) {
  LowerResult result = LowerFreeFormat(
      "IDENTIFICATION DIVISION.\nPROGRAM-ID. P.\nDATA DIVISION.\nWORKING-STORAGE SECTION.\n"
      "01 X PIC 9.\nPROCEDURE DIVISION.\nSEND Q FROM X\nGENERATE R\n"
      "ACCEPT X MESSAGE COUNT\nSTOP RUN.\n");
  EXPECT_EQ(result.codes(), (std::vector<std::string>{"RM2311", "RM2311", "RM2301"}))
      << result.messages();
  EXPECT_NE(result.messages().find("lowering of ACCEPT MESSAGE COUNT statements (communication) "
                                   "is not implemented yet"),
            std::string::npos)
      << result.messages();
  EXPECT_NE(result.messages().find("the communication statement SEND is not supported"),
            std::string::npos)
      << result.messages();
}

// Switches are mnemonic names, not data names: SET switch TO ON/OFF sets the switch, never an
// undefined data name (NIST NC174A). More in data_statements_test.cpp.
TEST(ProcedureDivisionTest, SetSwitchSetsTheSwitchRatherThanAnUndefinedName) {
  LowerResult result = LowerFreeFormat(
      "IDENTIFICATION DIVISION.\nPROGRAM-ID. P.\nENVIRONMENT DIVISION.\nCONFIGURATION SECTION.\n"
      "SPECIAL-NAMES.\n  SWITCH-1 IS SW-1 ON STATUS IS SW-1-ON.\nDATA DIVISION.\n"
      "WORKING-STORAGE SECTION.\n01 X PIC 9.\nPROCEDURE DIVISION.\n"
      "  SET SW-1 TO ON.\n  STOP RUN.\n");
  ASSERT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
  EXPECT_TRUE(result.diagnostics.empty()) << result.messages();
  const ir::StatementList& body = result.module.unit(ir::UnitId(0)).body;
  ASSERT_EQ(body.size(), 2u);
  const auto& set = result.module.statements().Get<ir::SetStatement>(body[0]);
  EXPECT_EQ(set.form, ir::SetForm::kSwitchOn);
  ASSERT_EQ(set.targets.size(), 1u);
  EXPECT_TRUE(result.module.expressions().Is<ir::SwitchRefExpression>(set.targets[0]));
}

// After a syntax error the parser recovers with parts of the statement missing; lowering must
// neither crash nor report the statement again (NIST CM101M: "MOVE **** X-CARD UNDEFINED ****").
TEST(ProcedureDivisionTest, StatementsWithSyntaxErrorsAreLeftToTheParser) {
  LowerResult result = LowerFreeFormat(Program("A.\n  MOVE\n  **** TO X.\n  MOVE 1 TO X.\n"));
  EXPECT_EQ(result.codes(), std::vector<std::string>{"RM2201"}) << result.messages();
  EXPECT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
  EXPECT_EQ(result.module.statements().size(), 1u);
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

// A range ending before it starts is flagged and kept: a GO TO may still reach its end, where
// cobc returns.
TEST(ProcedureDivisionTest, ReversedPerformRangeIsRM2308AndKept) {
  LowerResult result =
      LowerFreeFormat(Program("A.\n  PERFORM C THRU B.\n  STOP RUN.\nB.\n  EXIT.\nC.\n  EXIT.\n"));
  EXPECT_EQ(result.codes(), std::vector<std::string>{"RM2308"}) << result.messages();
  EXPECT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
  const auto& perform = result.module.statements().Get<ir::PerformStatement>(
      result.module.paragraph(ir::ParagraphId(0)).body.front());
  EXPECT_EQ(perform.procedures.first, ir::ParagraphId(2));
  EXPECT_EQ(perform.procedures.last, ir::ParagraphId(1));
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

TEST(ProcedureDivisionTest, EvaluateSubjectsObjectsAndOther) {
  LowerResult result = LowerFreeFormat(
      "IDENTIFICATION DIVISION.\nPROGRAM-ID. P.\nDATA DIVISION.\nWORKING-STORAGE SECTION.\n"
      "01 A PIC 99.\n01 B PIC X.\n01 I PIC 9.\n  88 I-DONE VALUE 5.\nPROCEDURE DIVISION.\n"
      "MAIN.\n"
      "  EVALUATE A ALSO B\n"
      "    WHEN 1 THRU 5 ALSO 'X'\n"
      "    WHEN 7 ALSO ANY\n"
      "      DISPLAY 'LOW'\n"
      "    WHEN NOT 9 ALSO NOT 'Y'\n"
      "      CONTINUE\n"
      "    WHEN OTHER\n"
      "      DISPLAY 'OTHER'\n"
      "  END-EVALUATE\n"
      "  EVALUATE TRUE ALSO I-DONE\n"
      "    WHEN A > 5 ALSO TRUE\n      DISPLAY 'BIG'\n"
      "    WHEN NOT I-DONE ALSO FALSE\n      CONTINUE\n"
      "  END-EVALUATE\n"
      "  STOP RUN.\n");
  ASSERT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
  EXPECT_TRUE(result.diagnostics.empty()) << result.messages();
  const ir::Paragraph& main = result.module.paragraph(ir::ParagraphId(0));
  ASSERT_EQ(main.body.size(), 3u);
  const auto& values = result.module.statements().Get<ir::EvaluateStatement>(main.body[0]);
  ASSERT_EQ(values.subjects.size(), 2u);
  ASSERT_EQ(values.whens.size(), 2u);
  // WHEN 1 THRU 5 ALSO 'X' / WHEN 7 ALSO ANY share one body.
  ASSERT_EQ(values.whens[0].alternatives.size(), 2u);
  const ir::WhenAlternative& range = values.whens[0].alternatives[0];
  ASSERT_EQ(range.objects.size(), 2u);
  EXPECT_EQ(range.objects[0].kind, ir::WhenObjectKind::kRange);
  EXPECT_TRUE(range.objects[0].value.is_valid());
  EXPECT_TRUE(range.objects[0].thru.is_valid());
  EXPECT_EQ(range.objects[1].kind, ir::WhenObjectKind::kValue);
  EXPECT_FALSE(range.objects[1].negated);
  EXPECT_EQ(values.whens[0].alternatives[1].objects[1].kind, ir::WhenObjectKind::kAny);
  EXPECT_EQ(values.whens[0].body.size(), 1u);
  const ir::WhenAlternative& negated = values.whens[1].alternatives.front();
  EXPECT_EQ(negated.objects[0].kind, ir::WhenObjectKind::kValue);
  EXPECT_TRUE(negated.objects[0].negated);
  EXPECT_TRUE(negated.objects[1].negated);
  ASSERT_TRUE(values.other.has_value());
  EXPECT_EQ(values.other->size(), 1u);

  const auto& truths = result.module.statements().Get<ir::EvaluateStatement>(main.body[1]);
  ASSERT_EQ(truths.subjects.size(), 2u);
  const auto* subject =
      result.module.expressions().TryGet<ir::LogicalLiteralExpression>(truths.subjects[0]);
  ASSERT_NE(subject, nullptr);
  EXPECT_TRUE(subject->value);
  EXPECT_TRUE(result.module.expressions().Is<ir::ConditionNameRefExpression>(truths.subjects[1]));
  ASSERT_EQ(truths.whens.size(), 2u);
  EXPECT_EQ(truths.whens[0].alternatives[0].objects[0].kind, ir::WhenObjectKind::kCondition);
  EXPECT_EQ(truths.whens[0].alternatives[0].objects[1].kind, ir::WhenObjectKind::kTrue);
  const ir::WhenObject& not_done = truths.whens[1].alternatives[0].objects[0];
  EXPECT_EQ(not_done.kind, ir::WhenObjectKind::kCondition);
  EXPECT_TRUE(result.module.expressions().Is<ir::NotExpression>(not_done.value));
  EXPECT_EQ(truths.whens[1].alternatives[0].objects[1].kind, ir::WhenObjectKind::kFalse);
  EXPECT_FALSE(truths.other.has_value());
}

TEST(ProcedureDivisionTest, GoToDependingAlterableGoToAndAlter) {
  LowerResult result =
      LowerFreeFormat(Program("A.\n  ALTER SWITCH TO PROCEED TO C, B TO D.\n"
                              "  GO TO B C D DEPENDING ON X.\n"
                              "SWITCH.\n  GO TO B.\nB.\n  GO TO.\nC.\n  EXIT.\nD.\n  STOP RUN.\n"));
  EXPECT_TRUE(result.diagnostics.empty()) << result.messages();
  // The verifier flags each ALTER clause (RM5027, a warning) and nothing else.
  std::vector<std::string> verifier_codes;
  for (const Diagnostic& diagnostic : result.verifier_diagnostics) {
    verifier_codes.emplace_back(diagnostic.code());
  }
  EXPECT_EQ(verifier_codes, (std::vector<std::string>{"RM5027", "RM5027"})) << result.messages();
  const ir::Paragraph& a = result.module.paragraph(ir::ParagraphId(0));
  ASSERT_EQ(a.body.size(), 2u);
  const auto& alter = result.module.statements().Get<ir::AlterStatement>(a.body[0]);
  ASSERT_EQ(alter.clauses.size(), 2u);
  EXPECT_EQ(alter.clauses[0].paragraph, ir::ParagraphId(1));
  EXPECT_EQ(alter.clauses[0].proceed_to, ir::ParagraphId(3));
  EXPECT_EQ(alter.clauses[1].paragraph, ir::ParagraphId(2));
  EXPECT_EQ(alter.clauses[1].proceed_to, ir::ParagraphId(4));
  const auto& depending = result.module.statements().Get<ir::GoToStatement>(a.body[1]);
  EXPECT_EQ(depending.form, ir::GoToForm::kDepending);
  EXPECT_EQ(depending.targets.size(), 3u);
  EXPECT_TRUE(result.module.expressions().Is<ir::DataRefExpression>(depending.selector));
  // SWITCH's GO TO B is altered: alterable; B's GO TO without a target is alterable as written.
  const auto& altered = result.module.statements().Get<ir::GoToStatement>(
      result.module.paragraph(ir::ParagraphId(1)).body.front());
  EXPECT_EQ(altered.form, ir::GoToForm::kAlterable);
  EXPECT_EQ(altered.targets.size(), 1u);
  const auto& bare = result.module.statements().Get<ir::GoToStatement>(
      result.module.paragraph(ir::ParagraphId(2)).body.front());
  EXPECT_EQ(bare.form, ir::GoToForm::kAlterable);
  EXPECT_TRUE(bare.targets.empty());
}

// NEXT SENTENCE continues after the period: its sentence is lowered as a block the exit names
// (from inside an inline PERFORM too); sentences without one stay flat.
TEST(ProcedureDivisionTest, NextSentenceNamesTheBlockOfItsSentence) {
  LowerResult result = LowerFreeFormat(
      Program("A.\n  MOVE 1 TO X.\n  PERFORM 2 TIMES IF X = 1 NEXT SENTENCE END-IF END-PERFORM\n"
              "  MOVE 2 TO X.\n  NEXT SENTENCE.\n  STOP RUN.\n"));
  ASSERT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
  EXPECT_TRUE(result.diagnostics.empty()) << result.messages();
  const auto& statements = result.module.statements();
  const ir::Paragraph& a = result.module.paragraph(ir::ParagraphId(0));
  ASSERT_EQ(a.body.size(), 4u);
  EXPECT_TRUE(statements.Is<ir::MoveStatement>(a.body[0]));
  const auto& sentence = statements.Get<ir::BlockStatement>(a.body[1]);
  ASSERT_EQ(sentence.body.size(), 2u);
  const auto& loop = statements.Get<ir::LoopStatement>(sentence.body[0]);
  const auto& test = statements.Get<ir::IfStatement>(loop.body.at(0));
  const auto& exit = statements.Get<ir::ExitStatement>(test.then_branch.at(0));
  EXPECT_EQ(exit.kind, ir::ExitKind::kNextSentence);
  EXPECT_EQ(exit.target, a.body[1]);
  const auto& alone = statements.Get<ir::BlockStatement>(a.body[2]);
  ASSERT_EQ(alone.body.size(), 1u);
  EXPECT_EQ(statements.Get<ir::ExitStatement>(alone.body[0]).target, a.body[2]);
  EXPECT_TRUE(statements.Is<ir::StopStatement>(a.body[3]));
}

// As in cobc: ALTER may only name a paragraph of one GO TO; an empty paragraph, or one with
// other statements, is RM2371 at the ALTER (fuzzing found the verifier's RM5018 instead).
TEST(ProcedureDivisionTest, AlterOfAParagraphThatIsNotOneGoToIsRM2371) {
  LowerResult result = LowerFreeFormat(
      Program("A.\n  ALTER EMPTY TO PROCEED TO C, TWO TO C, MOVES TO C.\n  STOP RUN.\n"
              "EMPTY.\nTWO.\n  GO TO C.\n  GO TO A.\nMOVES.\n  MOVE 1 TO X.\nC.\n  STOP RUN.\n"));
  EXPECT_EQ(result.codes(), (std::vector<std::string>{"RM2371", "RM2371", "RM2371"}))
      << result.messages();
  EXPECT_NE(result.messages().find("'EMPTY'"), std::string::npos) << result.messages();
}

TEST(ProcedureDivisionTest, SetAndInitialize) {
  LowerResult result = LowerFreeFormat(
      "IDENTIFICATION DIVISION.\nPROGRAM-ID. P.\nDATA DIVISION.\nWORKING-STORAGE SECTION.\n"
      "01 T.\n  05 E PIC X(3) OCCURS 5 INDEXED BY IX.\n01 N PIC 9(3).\n01 S PIC X(4).\n"
      "01 FLAG PIC X.\n  88 FLAG-ON VALUE 'Y' FALSE 'N'.\n"
      "PROCEDURE DIVISION.\nMAIN.\n"
      "  SET FLAG-ON TO TRUE\n  SET FLAG-ON TO FALSE\n  SET IX TO 1\n"
      "  SET IX UP BY 2\n  SET IX DOWN BY N\n  SET IX TO N N TO IX\n"
      "  INITIALIZE T S\n  INITIALIZE T REPLACING ALPHANUMERIC DATA BY 'A' NUMERIC BY N\n"
      "  STOP RUN.\n");
  ASSERT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
  EXPECT_TRUE(result.diagnostics.empty()) << result.messages();
  const ir::Paragraph& main = result.module.paragraph(ir::ParagraphId(0));
  ASSERT_EQ(main.body.size(), 9u);
  const auto& statements = result.module.statements();
  const auto& set_true = statements.Get<ir::SetStatement>(main.body[0]);
  EXPECT_EQ(set_true.form, ir::SetForm::kConditionTrue);
  ASSERT_EQ(set_true.targets.size(), 1u);
  EXPECT_TRUE(result.module.expressions().Is<ir::ConditionNameRefExpression>(set_true.targets[0]));
  EXPECT_FALSE(set_true.value.is_valid());
  EXPECT_EQ(statements.Get<ir::SetStatement>(main.body[1]).form, ir::SetForm::kConditionFalse);
  const auto& set_to = statements.Get<ir::SetStatement>(main.body[2]);
  EXPECT_EQ(set_to.form, ir::SetForm::kTo);
  EXPECT_TRUE(set_to.value.is_valid());
  EXPECT_EQ(statements.Get<ir::SetStatement>(main.body[3]).form, ir::SetForm::kUpBy);
  const auto& down = statements.Get<ir::SetStatement>(main.body[4]);
  EXPECT_EQ(down.form, ir::SetForm::kDownBy);
  EXPECT_TRUE(result.module.expressions().Is<ir::DataRefExpression>(down.value));
  // Two TO phrases: two `set`s in a block.
  const auto& block = statements.Get<ir::BlockStatement>(main.body[5]);
  ASSERT_EQ(block.body.size(), 2u);
  EXPECT_EQ(statements.Get<ir::SetStatement>(block.body[1]).form, ir::SetForm::kTo);
  const auto& plain = statements.Get<ir::InitializeStatement>(main.body[6]);
  EXPECT_EQ(plain.targets.size(), 2u);
  EXPECT_TRUE(plain.replacing.empty());
  const auto& replacing = statements.Get<ir::InitializeStatement>(main.body[7]);
  EXPECT_EQ(replacing.targets.size(), 1u);
  ASSERT_EQ(replacing.replacing.size(), 2u);
  EXPECT_EQ(replacing.replacing[0].category, ir::DataCategory::kAlphanumeric);
  EXPECT_TRUE(
      result.module.expressions().Is<ir::StringLiteralExpression>(replacing.replacing[0].value));
  EXPECT_EQ(replacing.replacing[1].category, ir::DataCategory::kNumeric);
  EXPECT_TRUE(result.module.expressions().Is<ir::DataRefExpression>(replacing.replacing[1].value));
  EXPECT_FALSE(replacing.with_filler || replacing.to_value || replacing.to_default);
}

TEST(ProcedureDivisionTest, InitializeWithFillerToValueThenToDefault) {
  LowerResult result = LowerFreeFormat(
      "IDENTIFICATION DIVISION.\nPROGRAM-ID. P.\nDATA DIVISION.\nWORKING-STORAGE SECTION.\n"
      "01 T.\n  05 A PIC X(3) VALUE 'A'.\n  05 N PIC 9(3).\n"
      "PROCEDURE DIVISION.\nMAIN.\n"
      "  INITIALIZE T WITH FILLER NUMERIC TO VALUE\n"
      "      THEN REPLACING NUMERIC DATA BY 5 THEN TO DEFAULT\n"
      "  INITIALIZE T ALL TO VALUE\n"
      "  STOP RUN.\n");
  ASSERT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
  EXPECT_TRUE(result.diagnostics.empty()) << result.messages();
  const ir::Paragraph& main = result.module.paragraph(ir::ParagraphId(0));
  ASSERT_EQ(main.body.size(), 3u);
  const auto& statements = result.module.statements();
  const auto& every = statements.Get<ir::InitializeStatement>(main.body[0]);
  EXPECT_TRUE(every.with_filler);
  EXPECT_TRUE(every.to_value);
  EXPECT_TRUE(every.to_default);
  // The category before TO VALUE selects nothing (cobc gives every VALUE); only REPLACING's.
  ASSERT_EQ(every.replacing.size(), 1u);
  EXPECT_EQ(every.replacing[0].category, ir::DataCategory::kNumeric);
  const auto& to_value = statements.Get<ir::InitializeStatement>(main.body[1]);
  EXPECT_FALSE(to_value.with_filler);
  EXPECT_TRUE(to_value.to_value);
  EXPECT_FALSE(to_value.to_default);
  EXPECT_TRUE(to_value.replacing.empty());
}

}  // namespace
}  // namespace remint::cobol::testing
