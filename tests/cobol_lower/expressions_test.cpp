// Operand and condition lowering: intrinsic functions (result types, ALL subscripts, argument
// counts), ADDRESS OF / LENGTH OF / LINAGE-COUNTER, abbreviated combined relations, user-defined
// classes, EXEC blocks as External statements, and constructs remint does not support (RM2311).
#include <gtest/gtest.h>

#include "tests/cobol_lower/lower_test_support.h"

namespace remint::cobol::testing {
namespace {

auto Program(const std::string& data, const std::string& procedure) -> std::string {
  return "IDENTIFICATION DIVISION.\nPROGRAM-ID. P.\nDATA DIVISION.\nWORKING-STORAGE SECTION.\n" +
         data + "PROCEDURE DIVISION.\nMAIN.\n" + procedure + "\n";
}

// The value a COMPUTE/MOVE at `index` of MAIN assigns.
auto SourceOf(const LowerResult& result, size_t index) -> ir::ExpressionId {
  const ir::Paragraph& main = result.module.paragraph(ir::ParagraphId(0));
  const ir::StatementId statement = main.body.at(index);
  if (result.module.statements().Is<ir::MoveStatement>(statement)) {
    return result.module.statements().Get<ir::MoveStatement>(statement).source;
  }
  return result.module.statements().Get<ir::ComputeStatement>(statement).value;
}

auto IfCondition(const LowerResult& result, size_t index) -> ir::ExpressionId {
  const ir::Paragraph& main = result.module.paragraph(ir::ParagraphId(0));
  return result.module.statements().Get<ir::IfStatement>(main.body.at(index)).condition;
}

// As in cobc, a literal offset or length of a reference modification must lie inside the item:
// otherwise RM2370 and the reference is not lowered. An overlong length literal threw from the
// IR builder (std::stoull) before this fix.
TEST(ReferenceModificationTest, LiteralOutsideTheItemIsRM2370) {
  LowerResult result = LowerFreeFormat(Program("01 S PIC X(10).\n01 T PIC X(10).\n01 W PIC N(4).\n",
                                               "  MOVE S(1:99999999999999999999999) TO T\n"
                                               "  MOVE S(11:1) TO T\n"
                                               "  MOVE S(0:2) TO T\n"
                                               "  MOVE S(4:8) TO T\n"
                                               "  MOVE S(3:0) TO T\n"
                                               "  MOVE W(5:1) TO T\n"
                                               "  MOVE S(1:10) TO T\n"
                                               "  MOVE S(10:1) TO T\n"
                                               "  MOVE W(2:3) TO T.\n"));
  EXPECT_EQ(result.codes(), std::vector<std::string>(6, "RM2370")) << result.messages();
  EXPECT_NE(result.messages().find("length 99999999999999999999999"), std::string::npos);
  // The three references inside their items are lowered.
  EXPECT_EQ(result.module.paragraph(ir::ParagraphId(0)).body.size(), 3u);
  EXPECT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
}

TEST(IntrinsicFunctionTest, ResultTypesFollowTheFunctionClass) {
  LowerResult result = LowerFreeFormat(
      Program("01 N PIC S9(5)V99.\n01 S PIC X(12).\n01 T.\n  05 E PIC 9(3) OCCURS 4.\n",
              "  COMPUTE N = FUNCTION SQRT(N) + FUNCTION MAX(5, -2, -14, 0)\n"
              "  MOVE FUNCTION CURRENT-DATE (1:8) TO S\n"
              "  MOVE FUNCTION UPPER-CASE(S) TO S\n"
              "  COMPUTE N = FUNCTION INTEGER-OF-DATE(20240131)\n"
              "  COMPUTE N = FUNCTION SUM(E(ALL))\n"
              "  MOVE FUNCTION MAX(S 'ABC') TO S.\n"));
  ASSERT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
  ASSERT_TRUE(result.diagnostics.empty()) << result.messages();
  const ir::Module& module = result.module;
  // MAX(5, -2, -14, 0): four arguments, the signs belong to the literals.
  const auto& sum = module.expressions().Get<ir::BinaryExpression>(SourceOf(result, 0));
  const auto& max = module.expressions().Get<ir::IntrinsicCallExpression>(sum.right);
  EXPECT_EQ(module.str(max.function), "MAX");
  ASSERT_EQ(max.arguments.size(), 4u);
  EXPECT_TRUE(module.expressions().Get<ir::NumericLiteralExpression>(max.arguments[1]).negative);
  EXPECT_TRUE(module.types().Is<ir::NumericIntermediateType>(module.expression_type(sum.right)));

  const ir::ExpressionId date = SourceOf(result, 1);
  const auto& current = module.expressions().Get<ir::IntrinsicCallExpression>(date);
  EXPECT_TRUE(current.arguments.empty());
  EXPECT_TRUE(current.refmod_start.is_valid());
  EXPECT_EQ(module.types().Get<ir::AlphanumericType>(module.expression_type(date)).length, 21u);

  const ir::ExpressionId upper = SourceOf(result, 2);
  EXPECT_EQ(module.types().Get<ir::AlphanumericType>(module.expression_type(upper)).length, 12u);

  const ir::ExpressionId integer = SourceOf(result, 3);
  EXPECT_EQ(module.types().Get<ir::DecimalType>(module.expression_type(integer)).scale, 0);

  const auto& all = module.expressions().Get<ir::IntrinsicCallExpression>(SourceOf(result, 4));
  const auto& table = module.expressions().Get<ir::DataRefExpression>(all.arguments.at(0));
  ASSERT_EQ(table.subscripts.size(), 1u);
  EXPECT_TRUE(module.expressions().Is<ir::AllSubscriptExpression>(table.subscripts[0]));

  // MAX of alphanumeric arguments is alphanumeric, as long as the longest.
  const ir::ExpressionId text_max = SourceOf(result, 5);
  EXPECT_EQ(module.types().Get<ir::AlphanumericType>(module.expression_type(text_max)).length, 12u);
}

TEST(IntrinsicFunctionTest, UnknownFunctionIsRM2309AndWrongArgumentCountRM2310) {
  LowerResult unknown =
      LowerFreeFormat(Program("01 N PIC 9(5).\n", "  COMPUTE N = FUNCTION NO-SUCH-THING(1).\n"));
  EXPECT_EQ(unknown.codes(), std::vector<std::string>{"RM2309"}) << unknown.messages();
  LowerResult arguments =
      LowerFreeFormat(Program("01 N PIC 9(5).\n", "  COMPUTE N = FUNCTION MOD(7).\n"));
  EXPECT_EQ(arguments.codes(), std::vector<std::string>{"RM2310"}) << arguments.messages();
  EXPECT_NE(arguments.messages().find("FUNCTION MOD takes 2 arguments, not 1"), std::string::npos)
      << arguments.messages();
}

TEST(SpecialOperandTest, AddressLengthAndLinageCounter) {
  LowerResult result = LowerFreeFormat(
      "IDENTIFICATION DIVISION.\nPROGRAM-ID. P.\nENVIRONMENT DIVISION.\nINPUT-OUTPUT SECTION.\n"
      "FILE-CONTROL.\n  SELECT PRT ASSIGN TO 'PRT'.\nDATA DIVISION.\nFILE SECTION.\n"
      "FD PRT LINAGE IS 60 LINES WITH FOOTING AT 55 LINES AT TOP 2 LINES AT BOTTOM LB.\n"
      "01 PRT-LINE PIC X(80).\nWORKING-STORAGE SECTION.\n01 LB PIC 99 VALUE 3.\n"
      "01 N PIC 9(5).\n01 S PIC X(7).\nPROCEDURE DIVISION.\nMAIN.\n"
      "  MOVE LENGTH OF S TO N\n  MOVE LINAGE-COUNTER TO N\n  STOP RUN.\n");
  ASSERT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
  ASSERT_TRUE(result.diagnostics.empty()) << result.messages();
  const ir::Module& module = result.module;
  const auto& length = module.expressions().Get<ir::SpecialRegisterExpression>(SourceOf(result, 0));
  EXPECT_EQ(length.which, ir::SpecialRegister::kLengthOf);
  EXPECT_TRUE(length.operand.is_valid());
  const auto& counter =
      module.expressions().Get<ir::SpecialRegisterExpression>(SourceOf(result, 1));
  EXPECT_EQ(counter.which, ir::SpecialRegister::kLinageCounter);
  ASSERT_TRUE(counter.file.is_valid());
  const ir::FileDescription& file = module.files().Get(counter.file);
  ASSERT_TRUE(file.linage.has_value());
  EXPECT_EQ(file.linage->page.lines, 60u);
  EXPECT_EQ(file.linage->footing.lines, 55u);
  EXPECT_EQ(file.linage->top.lines, 2u);
  EXPECT_TRUE(file.linage->bottom.field.is_valid());
}

TEST(AbbreviatedConditionTest, SubjectAndOperatorCarryOver) {
  LowerResult result = LowerFreeFormat(
      Program("01 A PIC 9(3).\n01 B PIC 9(3).\n  88 B-DONE VALUE 9.\n",
              "  IF A = 1 OR 2 OR > B CONTINUE END-IF\n  IF A NOT = 1 AND 2 CONTINUE END-IF\n"
              "  IF A = 1 OR B-DONE CONTINUE END-IF.\n"));
  ASSERT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
  ASSERT_TRUE(result.diagnostics.empty()) << result.messages();
  const ir::Module& module = result.module;
  // ((A = 1 OR A = 2) OR A > B)
  const auto& outer = module.expressions().Get<ir::LogicalExpression>(IfCondition(result, 0));
  const auto& greater = module.expressions().Get<ir::RelationalExpression>(outer.right);
  EXPECT_EQ(greater.op, ir::RelationalOperator::kGreater);
  EXPECT_TRUE(module.expressions().Is<ir::DataRefExpression>(greater.left));
  const auto& inner = module.expressions().Get<ir::LogicalExpression>(outer.left);
  const auto& two = module.expressions().Get<ir::RelationalExpression>(inner.right);
  EXPECT_EQ(two.op, ir::RelationalOperator::kEqual);
  EXPECT_TRUE(module.expressions().Is<ir::DataRefExpression>(two.left));
  // A NOT = 1 AND A NOT = 2
  const auto& both = module.expressions().Get<ir::LogicalExpression>(IfCondition(result, 1));
  EXPECT_EQ(module.expressions().Get<ir::RelationalExpression>(both.right).op,
            ir::RelationalOperator::kNotEqual);
  // A condition-name after OR stays a condition-name.
  const auto& name = module.expressions().Get<ir::LogicalExpression>(IfCondition(result, 2));
  EXPECT_TRUE(module.expressions().Is<ir::ConditionNameRefExpression>(name.right));
}

// A NOT right before an abbreviated relation's operator is part of the operator, and later
// abbreviations inherit the negated operator. cobc 3.1.2 prints TRUE for A = 0, 200 and 5 with
// IF A NOT = 0 AND NOT = 100 OR 200, i.e. (A NOT = 0 AND A NOT = 100) OR A NOT = 200; reading
// the NOT as a logical NOT of "A = 100" (then "OR A = 200") gives FALSE for A = 0.
TEST(AbbreviatedConditionTest, NotBeforeTheOperatorNegatesItAndCarriesOver) {
  LowerResult result =
      LowerFreeFormat(Program("01 A PIC 9(3).\n",
                              "  IF A NOT = 0 AND NOT = 100 OR 200 CONTINUE END-IF\n"
                              "  IF A = 5 AND NOT > 100 OR 7 CONTINUE END-IF.\n"));
  ASSERT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
  ASSERT_TRUE(result.diagnostics.empty()) << result.messages();
  const ir::Module& module = result.module;
  const auto& either = module.expressions().Get<ir::LogicalExpression>(IfCondition(result, 0));
  EXPECT_EQ(either.op, ir::LogicalOperator::kOr);
  const auto& both = module.expressions().Get<ir::LogicalExpression>(either.left);
  EXPECT_EQ(both.op, ir::LogicalOperator::kAnd);
  EXPECT_EQ(module.expressions().Get<ir::RelationalExpression>(both.left).op,
            ir::RelationalOperator::kNotEqual);
  ASSERT_TRUE(module.expressions().Is<ir::RelationalExpression>(both.right));
  EXPECT_EQ(module.expressions().Get<ir::RelationalExpression>(both.right).op,
            ir::RelationalOperator::kNotEqual);
  EXPECT_EQ(module.expressions().Get<ir::RelationalExpression>(either.right).op,
            ir::RelationalOperator::kNotEqual);
  // A = 5 AND A <= 100 OR A <= 7
  const auto& second = module.expressions().Get<ir::LogicalExpression>(IfCondition(result, 1));
  const auto& second_and = module.expressions().Get<ir::LogicalExpression>(second.left);
  EXPECT_EQ(module.expressions().Get<ir::RelationalExpression>(second_and.right).op,
            ir::RelationalOperator::kLessOrEqual);
  EXPECT_EQ(module.expressions().Get<ir::RelationalExpression>(second.right).op,
            ir::RelationalOperator::kLessOrEqual);
}

// A condition-name qualified by its own conditional variable (NIST NC250A: "IF A OF IF-D32").
TEST(AbbreviatedConditionTest, ConditionNameQualifiedByItsVariable) {
  LowerResult result = LowerFreeFormat(
      Program("01 G.\n  05 V PIC 9.\n    88 A VALUE 1.\n01 W PIC 9.\n  88 A VALUE 2.\n",
              "  IF A OF V CONTINUE END-IF\n  IF A OF V OF G CONTINUE END-IF\n"
              "  IF A OF W CONTINUE END-IF.\n"));
  ASSERT_TRUE(result.diagnostics.empty()) << result.messages();
  for (size_t i = 0; i < 3; ++i) {
    EXPECT_TRUE(
        result.module.expressions().Is<ir::ConditionNameRefExpression>(IfCondition(result, i)));
  }
}

TEST(ClassConditionTest, UserDefinedClassOfSpecialNames) {
  LowerResult result = LowerFreeFormat(
      "IDENTIFICATION DIVISION.\nPROGRAM-ID. P.\nENVIRONMENT DIVISION.\nCONFIGURATION SECTION.\n"
      "SPECIAL-NAMES.\n  CLASS HEX-DIGIT IS '0' THRU '9' 'A' THRU 'F'.\nDATA DIVISION.\n"
      "WORKING-STORAGE SECTION.\n01 S PIC X(4).\nPROCEDURE DIVISION.\nMAIN.\n"
      "  IF S IS HEX-DIGIT CONTINUE END-IF\n  IF S IS NOT OCTAL-DIGIT CONTINUE END-IF.\n");
  EXPECT_EQ(result.codes(), std::vector<std::string>{"RM2303"}) << result.messages();
  const auto& test =
      result.module.expressions().Get<ir::ClassConditionExpression>(IfCondition(result, 0));
  EXPECT_EQ(test.data_class, ir::DataClass::kUserDefined);
  EXPECT_EQ(result.module.str(test.class_name), "HEX-DIGIT");
}

TEST(ExecBlockTest, SqlHostVariablesAndCicsOptions) {
  LowerResult result = LowerFreeFormat(Program(
      "01 CUST.\n  05 CUST-ID PIC 9(6).\n  05 CUST-NAME PIC X(30).\n01 NAME-IND PIC S9(4) COMP.\n"
      "01 MAP-AREA PIC X(100).\n",
      "  EXEC SQL SELECT NAME INTO :CUST-NAME:NAME-IND FROM CUSTOMER\n"
      "       WHERE ID = :CUST.CUST-ID END-EXEC\n"
      "  EXEC CICS SEND MAP('CUSTMAP') FROM(MAP-AREA) ERASE END-EXEC\n"
      "  EXEC SQL DELETE FROM T WHERE ID = :NOWHERE END-EXEC.\n"));
  EXPECT_EQ(result.codes(), std::vector<std::string>{"RM2303"}) << result.messages();
  ASSERT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
  const ir::Module& module = result.module;
  const ir::Paragraph& main = module.paragraph(ir::ParagraphId(0));
  ASSERT_EQ(main.body.size(), 3u);
  const auto& sql = module.statements().Get<ir::ExternalStatement>(main.body[0]);
  EXPECT_EQ(sql.system, ir::ExternalSystem::kSql);
  EXPECT_EQ(module.str(sql.verb), "SELECT");
  ASSERT_EQ(sql.host_variables.size(), 3u);
  EXPECT_EQ(
      module.str(
          module.field(module.expressions().Get<ir::DataRefExpression>(sql.host_variables[2]).field)
              .name),
      "CUST-ID");
  EXPECT_EQ(module.str(sql.text),
            "SELECT NAME INTO :CUST-NAME:NAME-IND FROM CUSTOMER WHERE ID = :CUST.CUST-ID");
  const auto& cics = module.statements().Get<ir::ExternalStatement>(main.body[1]);
  EXPECT_EQ(cics.system, ir::ExternalSystem::kCics);
  EXPECT_EQ(module.str(cics.verb), "SEND");
  ASSERT_EQ(cics.options.size(), 3u);
  EXPECT_EQ(module.str(cics.options[0].name), "MAP");
  EXPECT_EQ(module.str(cics.options[0].text), "'CUSTMAP'");
  EXPECT_FALSE(cics.options[0].value.is_valid());
  EXPECT_TRUE(cics.options[1].value.is_valid());
  EXPECT_EQ(module.str(cics.options[2].name), "ERASE");
}

// Found by the mutation test: a 66 naming an item of another record (here an FD's) must be
// diagnosed, not laid over bytes of the record it follows.
TEST(DataErrorTest, RenamesOutsideItsRecordIsRM2313) {
  LowerResult result = LowerFreeFormat(
      "IDENTIFICATION DIVISION.\nPROGRAM-ID. P.\nENVIRONMENT DIVISION.\nINPUT-OUTPUT SECTION.\n"
      "FILE-CONTROL.\n  SELECT F ASSIGN TO 'F'.\nDATA DIVISION.\nFILE SECTION.\n"
      "FD F.\n01 F-REC.\n  05 F-ID PIC X(6).\n  05 F-COUNT PIC 9(4).\n"
      "WORKING-STORAGE SECTION.\n01 W.\n  05 W-A PIC X.\n66 W-PART RENAMES F-COUNT.\n"
      "PROCEDURE DIVISION.\nMAIN.\n  STOP RUN.\n");
  EXPECT_EQ(result.codes(), std::vector<std::string>{"RM2313"}) << result.messages();
  EXPECT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
}

// An indexed file without a usable RECORD KEY is diagnosed by lowering (RM2312).
TEST(DataErrorTest, IndexedFileWithoutRecordKeyIsRM2312) {
  LowerResult result = LowerFreeFormat(
      "IDENTIFICATION DIVISION.\nPROGRAM-ID. P.\nENVIRONMENT DIVISION.\nINPUT-OUTPUT SECTION.\n"
      "FILE-CONTROL.\n  SELECT F ASSIGN TO 'F' ORGANIZATION INDEXED RECORD KEY W-KEY.\n"
      "DATA DIVISION.\nFILE SECTION.\nFD F.\n01 F-REC PIC X(10).\n"
      "WORKING-STORAGE SECTION.\n01 W-KEY PIC X(4).\nPROCEDURE DIVISION.\nMAIN.\n  STOP RUN.\n");
  EXPECT_EQ(result.codes(), (std::vector<std::string>{"RM2312", "RM2312"})) << result.messages();
}

TEST(UnsupportedTest, ReportWriterAndCommunicationAreRM2311) {
  LowerResult result = LowerFreeFormat(
      "IDENTIFICATION DIVISION.\nPROGRAM-ID. P.\nENVIRONMENT DIVISION.\nINPUT-OUTPUT SECTION.\n"
      "FILE-CONTROL.\n  SELECT PRT ASSIGN TO 'PRT'.\nDATA DIVISION.\nFILE SECTION.\n"
      "FD PRT REPORT IS R.\nREPORT SECTION.\nRD R.\n01 TYPE DETAIL.\n  05 COLUMN 1 PIC X VALUE "
      "'X'.\n"
      "PROCEDURE DIVISION.\nMAIN.\n  INITIATE R\n  GENERATE R\n  TERMINATE R\n  STOP RUN.\n");
  EXPECT_EQ(result.codes(), (std::vector<std::string>{"RM2311", "RM2311", "RM2311", "RM2311"}))
      << result.messages();
  EXPECT_NE(result.messages().find("the Report Writer statement GENERATE is not supported"),
            std::string::npos)
      << result.messages();
}

}  // namespace
}  // namespace remint::cobol::testing
