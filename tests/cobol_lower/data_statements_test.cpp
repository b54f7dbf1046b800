// Lowering of STRING / UNSTRING / INSPECT, SEARCH / SEARCH ALL, CALL / CANCEL, ACCEPT, SET
// switch TO ON/OFF and SET ADDRESS OF, and their diagnostics (RM2340, RM2341).
#include <gtest/gtest.h>

#include "tests/cobol_lower/lower_test_support.h"

namespace remint::cobol::testing {
namespace {

auto Program(const std::string& data, const std::string& procedure) -> std::string {
  return "IDENTIFICATION DIVISION.\nPROGRAM-ID. P.\nDATA DIVISION.\nWORKING-STORAGE SECTION.\n" +
         data + "PROCEDURE DIVISION.\nMAIN.\n" + procedure + "\n  STOP RUN.\n";
}

// The statements of the first paragraph.
auto MainBody(const LowerResult& result) -> const ir::StatementList& {
  return result.module.paragraph(ir::ParagraphId(0)).body;
}

TEST(DataStatementsTest, StringWithDelimitersPointerAndOverflow) {
  LowerResult result = LowerFreeFormat(
      Program("01 A PIC X(5).\n01 B PIC X(5).\n01 D PIC X.\n01 T PIC X(20).\n01 P PIC 99.\n",
              "  STRING A B DELIMITED BY SIZE 'X' DELIMITED BY D INTO T WITH POINTER P\n"
              "    ON OVERFLOW DISPLAY 'O' NOT ON OVERFLOW CONTINUE END-STRING\n"
              "  STRING A DELIMITED ' ' INTO T NOT OVERFLOW CONTINUE END-STRING"));
  ASSERT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
  EXPECT_TRUE(result.diagnostics.empty()) << result.messages();
  ASSERT_EQ(MainBody(result).size(), 3u);
  const auto& statements = result.module.statements();
  const auto& string = statements.Get<ir::StringStatement>(MainBody(result)[0]);
  ASSERT_EQ(string.sources.size(), 3u);
  EXPECT_FALSE(string.sources[0].delimiter.is_valid());  // BY SIZE
  EXPECT_FALSE(string.sources[1].delimiter.is_valid());
  EXPECT_TRUE(result.module.expressions().Is<ir::StringLiteralExpression>(string.sources[2].value));
  EXPECT_TRUE(result.module.expressions().Is<ir::DataRefExpression>(string.sources[2].delimiter));
  EXPECT_TRUE(string.into.is_valid());
  EXPECT_TRUE(string.pointer.is_valid());
  ASSERT_TRUE(string.on_overflow.has_value());
  EXPECT_EQ(string.on_overflow->size(), 1u);
  ASSERT_TRUE(string.not_on_overflow.has_value());
  const auto& second = statements.Get<ir::StringStatement>(MainBody(result)[1]);
  EXPECT_FALSE(second.pointer.is_valid());
  EXPECT_FALSE(second.on_overflow.has_value());
  EXPECT_TRUE(second.not_on_overflow.has_value());
}

TEST(DataStatementsTest, UnstringDelimitersReceiversPointerTallying) {
  LowerResult result = LowerFreeFormat(
      Program("01 S PIC X(20).\n01 A PIC X(5).\n01 B PIC X(5).\n01 DA PIC X.\n01 CA PIC 99.\n"
              "01 P PIC 99.\n01 N PIC 99.\n",
              "  UNSTRING S DELIMITED BY ALL ' ' OR ',' INTO A DELIMITER IN DA COUNT IN CA B\n"
              "    WITH POINTER P TALLYING IN N ON OVERFLOW CONTINUE END-UNSTRING\n"
              "  UNSTRING S INTO A"));
  ASSERT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
  EXPECT_TRUE(result.diagnostics.empty()) << result.messages();
  const auto& statements = result.module.statements();
  const auto& unstring = statements.Get<ir::UnstringStatement>(MainBody(result)[0]);
  EXPECT_TRUE(unstring.source.is_valid());
  ASSERT_EQ(unstring.delimiters.size(), 2u);
  EXPECT_TRUE(unstring.delimiters[0].all);
  EXPECT_FALSE(unstring.delimiters[1].all);
  ASSERT_EQ(unstring.targets.size(), 2u);
  EXPECT_TRUE(unstring.targets[0].delimiter_in.is_valid());
  EXPECT_TRUE(unstring.targets[0].count_in.is_valid());
  EXPECT_FALSE(unstring.targets[1].delimiter_in.is_valid());
  EXPECT_FALSE(unstring.targets[1].count_in.is_valid());
  EXPECT_TRUE(unstring.pointer.is_valid());
  EXPECT_TRUE(unstring.tallying.is_valid());
  EXPECT_TRUE(unstring.on_overflow.has_value());
  const auto& plain = statements.Get<ir::UnstringStatement>(MainBody(result)[1]);
  EXPECT_TRUE(plain.delimiters.empty());
  EXPECT_FALSE(plain.tallying.is_valid());
}

TEST(DataStatementsTest, InspectTallyingReplacingConverting) {
  LowerResult result =
      LowerFreeFormat(Program("01 S PIC X(20).\n01 N PIC 99.\n01 M PIC 99.\n",
                              "  INSPECT S TALLYING N FOR CHARACTERS BEFORE INITIAL '.'\n"
                              "    ALL 'A' 'B' AFTER 'C' M FOR LEADING SPACES\n"
                              "    REPLACING CHARACTERS BY '0' AFTER INITIAL 'X' BEFORE 'Y'\n"
                              "    ALL 'A' BY 'B' 'C' BY 'D' FIRST 'E' BY 'F'\n"
                              "  INSPECT S CONVERTING 'abc' TO 'ABC' AFTER INITIAL SPACE"));
  ASSERT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
  EXPECT_TRUE(result.diagnostics.empty()) << result.messages();
  const auto& statements = result.module.statements();
  const auto& inspect = statements.Get<ir::InspectStatement>(MainBody(result)[0]);
  ASSERT_EQ(inspect.tallying.size(), 4u);
  EXPECT_EQ(inspect.tallying[0].mode, ir::InspectMode::kCharacters);
  EXPECT_FALSE(inspect.tallying[0].pattern.is_valid());
  ASSERT_EQ(inspect.tallying[0].bounds.size(), 1u);
  EXPECT_EQ(inspect.tallying[0].bounds[0].kind, ir::InspectBoundKind::kBefore);
  EXPECT_EQ(inspect.tallying[1].mode, ir::InspectMode::kAll);
  EXPECT_TRUE(inspect.tallying[1].bounds.empty());  // 'A' has none; 'B' AFTER 'C'
  EXPECT_EQ(inspect.tallying[2].bounds.size(), 1u);
  EXPECT_EQ(inspect.tallying[2].bounds[0].kind, ir::InspectBoundKind::kAfter);
  EXPECT_EQ(inspect.tallying[3].mode, ir::InspectMode::kLeading);
  EXPECT_NE(inspect.tallying[3].counter, inspect.tallying[0].counter);  // one owner each
  ASSERT_EQ(inspect.replacing.size(), 4u);
  EXPECT_EQ(inspect.replacing[0].mode, ir::InspectMode::kCharacters);
  EXPECT_FALSE(inspect.replacing[0].pattern.is_valid());
  EXPECT_TRUE(inspect.replacing[0].replacement.is_valid());
  EXPECT_EQ(inspect.replacing[0].bounds.size(), 2u);
  EXPECT_EQ(inspect.replacing[1].mode, ir::InspectMode::kAll);
  EXPECT_EQ(inspect.replacing[2].mode, ir::InspectMode::kAll);
  EXPECT_TRUE(inspect.replacing[2].pattern.is_valid());
  EXPECT_EQ(inspect.replacing[3].mode, ir::InspectMode::kFirst);
  EXPECT_FALSE(inspect.converting_from.is_valid());
  const auto& converting = statements.Get<ir::InspectStatement>(MainBody(result)[1]);
  EXPECT_TRUE(converting.tallying.empty());
  EXPECT_TRUE(converting.converting_from.is_valid());
  EXPECT_TRUE(converting.converting_to.is_valid());
  ASSERT_EQ(converting.converting_bounds.size(), 1u);
  EXPECT_TRUE(result.module.expressions().Is<ir::FigurativeExpression>(
      converting.converting_bounds[0].value));
}

// The grammar's operand loop takes `ALL 'Y'` after a clause as an ALL literal pattern of that
// clause; cobc reads the ALL as the keyword of a new ALL clause (it counts every 'Y').
TEST(DataStatementsTest, InspectAllLiteralAfterAClauseStartsAnAllClause) {
  LowerResult result =
      LowerFreeFormat(Program("01 S PIC X(20).\n01 N PIC 99.\n",
                              "  INSPECT S TALLYING N FOR LEADING 'B' ALL 'Y' 'Z'\n"
                              "    REPLACING FIRST 'A' BY 'B' ALL 'X' BY 'Y' ALL SPACES BY 'Z'"));
  ASSERT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
  EXPECT_TRUE(result.diagnostics.empty()) << result.messages();
  const auto& inspect = result.module.statements().Get<ir::InspectStatement>(MainBody(result)[0]);
  ASSERT_EQ(inspect.tallying.size(), 3u);
  EXPECT_EQ(inspect.tallying[0].mode, ir::InspectMode::kLeading);
  EXPECT_EQ(inspect.tallying[1].mode, ir::InspectMode::kAll);
  EXPECT_EQ(inspect.tallying[2].mode, ir::InspectMode::kAll);  // 'Z' belongs to the ALL clause
  ASSERT_EQ(inspect.replacing.size(), 3u);
  EXPECT_EQ(inspect.replacing[0].mode, ir::InspectMode::kFirst);
  EXPECT_EQ(inspect.replacing[1].mode, ir::InspectMode::kAll);
  EXPECT_EQ(inspect.replacing[2].mode, ir::InspectMode::kAll);
}

constexpr const char* kTables =
    "01 T.\n  05 E OCCURS 10 ASCENDING KEY IS K INDEXED BY IX.\n"
    "    10 K PIC 9(3).\n    10 V PIC X(5).\n01 U.\n  05 F PIC X OCCURS 5 INDEXED BY JX.\n"
    "01 W PIC 9(3).\n01 N PIC 99.\n";

TEST(DataStatementsTest, SearchVaryingAtEndAndSearchAll) {
  LowerResult result = LowerFreeFormat(
      Program(kTables,
              "  SEARCH F VARYING N AT END DISPLAY 'NONE'\n"
              "    WHEN F(JX) = 'A' DISPLAY 'A' WHEN F(JX) = 'B' NEXT SENTENCE END-SEARCH\n"
              "  SEARCH ALL E WHEN K(IX) = W AND V(IX) = 'X' DISPLAY V(IX) END-SEARCH\n"
              "  SEARCH F WHEN F(JX) = 'C' CONTINUE"));
  ASSERT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
  EXPECT_TRUE(result.diagnostics.empty()) << result.messages();
  const auto& statements = result.module.statements();
  // The NEXT SENTENCE makes the sentence a block.
  const ir::StatementList& sentence = statements.Get<ir::BlockStatement>(MainBody(result)[0]).body;
  const auto& serial = statements.Get<ir::SearchStatement>(sentence[0]);
  EXPECT_FALSE(serial.all);
  EXPECT_TRUE(serial.varying.is_valid());
  ASSERT_TRUE(serial.at_end.has_value());
  EXPECT_EQ(serial.at_end->size(), 1u);
  ASSERT_EQ(serial.whens.size(), 2u);
  EXPECT_EQ(serial.whens[1].body.size(), 1u);
  const auto& binary = statements.Get<ir::SearchStatement>(sentence[1]);
  EXPECT_TRUE(binary.all);
  EXPECT_FALSE(binary.at_end.has_value());
  ASSERT_EQ(binary.whens.size(), 1u);
  EXPECT_TRUE(result.module.expressions().Is<ir::LogicalExpression>(binary.whens[0].condition));
  const auto& table = result.module.expressions().Get<ir::DataRefExpression>(binary.table);
  EXPECT_TRUE(table.subscripts.empty());
  EXPECT_FALSE(statements.Get<ir::SearchStatement>(sentence[2]).varying.is_valid());
}

TEST(DataStatementsTest, SearchOfNoTableOrSearchAllWithoutKeyIsRM2340) {
  LowerResult result =
      LowerFreeFormat(Program(kTables,
                              "  SEARCH W WHEN W = 1 CONTINUE END-SEARCH\n"
                              "  SEARCH ALL F WHEN F(JX) = 'A' CONTINUE END-SEARCH"));
  EXPECT_EQ(result.codes(), (std::vector<std::string>{"RM2340", "RM2340"})) << result.messages();
  EXPECT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
  EXPECT_NE(result.messages().find("SEARCH ALL needs a table with an ASCENDING or DESCENDING KEY"),
            std::string::npos)
      << result.messages();
}

TEST(DataStatementsTest, CallArgumentsReturningAndExceptions) {
  LowerResult result = LowerFreeFormat(
      Program("01 A PIC X(5).\n01 B PIC 9(4) COMP.\n01 R PIC 9(4).\n01 NAME PIC X(8).\n"
              "01 PTR USAGE POINTER.\n",
              "  CALL 'SUB' USING A BY CONTENT B 'LIT' BY VALUE B OMITTED\n"
              "    BY REFERENCE ADDRESS OF A BY CONTENT LENGTH OF A RETURNING R\n"
              "    ON EXCEPTION DISPLAY 'X' NOT ON EXCEPTION CONTINUE END-CALL\n"
              "  CALL NAME ON OVERFLOW DISPLAY 'O' END-CALL\n"
              "  CANCEL 'SUB' NAME"));
  ASSERT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
  EXPECT_TRUE(result.diagnostics.empty()) << result.messages();
  const auto& statements = result.module.statements();
  const auto& call = statements.Get<ir::CallStatement>(MainBody(result)[0]);
  EXPECT_TRUE(result.module.expressions().Is<ir::StringLiteralExpression>(call.target));
  EXPECT_FALSE(call.callee.is_valid());  // not a program of the module
  ASSERT_EQ(call.arguments.size(), 7u);
  EXPECT_EQ(call.arguments[0].mode, ir::PassingMode::kByReference);
  EXPECT_EQ(call.arguments[1].mode, ir::PassingMode::kByContent);
  EXPECT_EQ(call.arguments[2].mode, ir::PassingMode::kByContent);
  EXPECT_EQ(call.arguments[3].mode, ir::PassingMode::kByValue);
  EXPECT_EQ(call.arguments[4].mode, ir::PassingMode::kOmitted);
  EXPECT_FALSE(call.arguments[4].value.is_valid());
  EXPECT_EQ(call.arguments[5].mode, ir::PassingMode::kByReference);
  const auto& address =
      result.module.expressions().Get<ir::SpecialRegisterExpression>(call.arguments[5].value);
  EXPECT_EQ(address.which, ir::SpecialRegister::kAddressOf);
  const auto& length =
      result.module.expressions().Get<ir::SpecialRegisterExpression>(call.arguments[6].value);
  EXPECT_EQ(length.which, ir::SpecialRegister::kLengthOf);
  EXPECT_TRUE(call.returning.is_valid());
  EXPECT_TRUE(call.on_exception.has_value());
  EXPECT_TRUE(call.not_on_exception.has_value());
  EXPECT_FALSE(call.overflow);
  const auto& dynamic = statements.Get<ir::CallStatement>(MainBody(result)[1]);
  EXPECT_TRUE(result.module.expressions().Is<ir::DataRefExpression>(dynamic.target));
  EXPECT_TRUE(dynamic.overflow);
  EXPECT_TRUE(dynamic.on_exception.has_value());
  const auto& cancel = statements.Get<ir::CancelStatement>(MainBody(result)[2]);
  ASSERT_EQ(cancel.targets.size(), 2u);
  EXPECT_TRUE(result.module.expressions().Is<ir::DataRefExpression>(cancel.targets[1].target));
}

// A literal naming a nested program (lowered after its caller's procedure division) resolves.
TEST(DataStatementsTest, CallAndCancelOfNestedProgramSetCallee) {
  LowerResult result = LowerFreeFormat(
      "IDENTIFICATION DIVISION.\nPROGRAM-ID. OUTER.\nPROCEDURE DIVISION.\n"
      "  CALL 'INNER'\n  CANCEL 'INNER' 'ELSEWHERE'\n  STOP RUN.\n"
      "IDENTIFICATION DIVISION.\nPROGRAM-ID. INNER.\nPROCEDURE DIVISION.\n  GOBACK.\n"
      "END PROGRAM INNER.\nEND PROGRAM OUTER.\n");
  ASSERT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
  EXPECT_TRUE(result.diagnostics.empty()) << result.messages();
  const ir::StatementList& body = result.module.unit(ir::UnitId(0)).body;
  ASSERT_EQ(body.size(), 3u);
  const auto& call = result.module.statements().Get<ir::CallStatement>(body[0]);
  EXPECT_EQ(call.callee, ir::UnitId(1));
  const auto& cancel = result.module.statements().Get<ir::CancelStatement>(body[1]);
  EXPECT_EQ(cancel.targets[0].callee, ir::UnitId(1));
  EXPECT_FALSE(cancel.targets[1].callee.is_valid());
}

TEST(DataStatementsTest, AcceptFromDevicesAndMnemonics) {
  LowerResult result = LowerFreeFormat(Program(
      "01 D PIC 9(8).\n01 S PIC X(20).\n",
      "  ACCEPT S\n  ACCEPT D FROM DATE\n  ACCEPT D FROM DATE YYYYMMDD\n  ACCEPT D FROM DAY\n"
      "  ACCEPT D FROM DAY YYYYDDD\n  ACCEPT D FROM DAY-OF-WEEK\n  ACCEPT D FROM TIME\n"
      "  ACCEPT S FROM SYSIN\n  ACCEPT S FROM MY-DEVICE\n"
      "  ACCEPT S FROM CONSOLE ON EXCEPTION CONTINUE NOT ON EXCEPTION CONTINUE END-ACCEPT"));
  ASSERT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
  EXPECT_TRUE(result.diagnostics.empty()) << result.messages();
  const std::vector<ir::TerminalDevice> expected = {
      ir::TerminalDevice::kConsole,      ir::TerminalDevice::kDate,
      ir::TerminalDevice::kDateYyyymmdd, ir::TerminalDevice::kDay,
      ir::TerminalDevice::kDayYyyyddd,   ir::TerminalDevice::kDayOfWeek,
      ir::TerminalDevice::kTime,         ir::TerminalDevice::kSysin,
      ir::TerminalDevice::kMnemonic,     ir::TerminalDevice::kConsole};
  ASSERT_EQ(MainBody(result).size(), expected.size() + 1);
  for (size_t i = 0; i < expected.size(); ++i) {
    const auto& accept = result.module.statements().Get<ir::AcceptStatement>(MainBody(result)[i]);
    EXPECT_EQ(accept.device, expected[i]) << "ACCEPT #" << i;
  }
  const auto& mnemonic = result.module.statements().Get<ir::AcceptStatement>(MainBody(result)[8]);
  EXPECT_EQ(result.module.str(mnemonic.device_name), "MY-DEVICE");
  const auto& with_exception =
      result.module.statements().Get<ir::AcceptStatement>(MainBody(result)[9]);
  EXPECT_TRUE(with_exception.on_exception.has_value());
  EXPECT_TRUE(with_exception.not_on_exception.has_value());
}

// A SPECIAL-NAMES mnemonic designates its implementor's device; the name stays as written.
TEST(DataStatementsTest, AcceptAndDisplayThroughMnemonicNames) {
  LowerResult result = LowerFreeFormat(
      "IDENTIFICATION DIVISION.\nPROGRAM-ID. P.\nENVIRONMENT DIVISION.\nCONFIGURATION SECTION.\n"
      "SPECIAL-NAMES.\n  SYSIN IS IN-DEVICE SYSOUT IS OUT-DEVICE.\nDATA DIVISION.\n"
      "WORKING-STORAGE SECTION.\n01 X PIC X(4).\nPROCEDURE DIVISION.\n"
      "  ACCEPT X FROM IN-DEVICE\n  DISPLAY X UPON OUT-DEVICE\n  STOP RUN.\n");
  ASSERT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
  EXPECT_TRUE(result.diagnostics.empty()) << result.messages();
  const ir::StatementList& body = result.module.unit(ir::UnitId(0)).body;
  ASSERT_EQ(body.size(), 3u);
  const auto& accept = result.module.statements().Get<ir::AcceptStatement>(body[0]);
  EXPECT_EQ(accept.device, ir::TerminalDevice::kSysin);
  EXPECT_EQ(result.module.str(accept.device_name), "IN-DEVICE");
  const auto& display = result.module.statements().Get<ir::DisplayStatement>(body[1]);
  EXPECT_EQ(display.device, ir::TerminalDevice::kSysout);
}

constexpr const char* kSwitchProgram =
    "IDENTIFICATION DIVISION.\nPROGRAM-ID. P.\nENVIRONMENT DIVISION.\nCONFIGURATION SECTION.\n"
    "SPECIAL-NAMES.\n  SWITCH-1 IS SW-1 ON STATUS IS SW-1-ON OFF STATUS IS SW-1-OFF\n"
    "  SWITCH-2 IS SW-2.\nDATA DIVISION.\nWORKING-STORAGE SECTION.\n01 X PIC 9.\n"
    "PROCEDURE DIVISION.\nMAIN.\n";

// Switches are mnemonic names, not data names: SET switch TO ON/OFF targets switch-ref
// expressions, and the status names are conditions on them (NIST NC174A).
TEST(DataStatementsTest, SetSwitchOnOffAndSwitchStatusConditions) {
  LowerResult result = LowerFreeFormat(std::string(kSwitchProgram) +
                                       "  SET SW-1 TO ON\n  SET SW-1 SW-2 TO OFF SW-2 TO ON\n"
                                       "  IF SW-1-OFF AND NOT SW-1-ON MOVE 1 TO X END-IF\n"
                                       "  STOP RUN.\n");
  ASSERT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
  EXPECT_TRUE(result.diagnostics.empty()) << result.messages();
  const auto& statements = result.module.statements();
  const auto& expressions = result.module.expressions();
  const auto& on = statements.Get<ir::SetStatement>(MainBody(result)[0]);
  EXPECT_EQ(on.form, ir::SetForm::kSwitchOn);
  ASSERT_EQ(on.targets.size(), 1u);
  const auto& sw1 = expressions.Get<ir::SwitchRefExpression>(on.targets[0]);
  EXPECT_EQ(result.module.str(sw1.name), "SW-1");
  EXPECT_EQ(result.module.str(sw1.device), "SWITCH-1");
  EXPECT_FALSE(on.value.is_valid());
  const auto& block = statements.Get<ir::BlockStatement>(MainBody(result)[1]);
  ASSERT_EQ(block.body.size(), 2u);
  const auto& off = statements.Get<ir::SetStatement>(block.body[0]);
  EXPECT_EQ(off.form, ir::SetForm::kSwitchOff);
  EXPECT_EQ(off.targets.size(), 2u);
  const auto& condition = expressions.Get<ir::LogicalExpression>(
      statements.Get<ir::IfStatement>(MainBody(result)[2]).condition);
  const auto& off_status = expressions.Get<ir::NotExpression>(condition.left);
  EXPECT_TRUE(expressions.Is<ir::SwitchRefExpression>(off_status.operand));
}

TEST(DataStatementsTest, SetOfANameThatIsNoSwitchIsRM2341) {
  LowerResult result =
      LowerFreeFormat(std::string(kSwitchProgram) + "  SET X TO ON\n  STOP RUN.\n");
  EXPECT_EQ(result.codes(), std::vector<std::string>{"RM2341"}) << result.messages();
  EXPECT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
}

TEST(DataStatementsTest, SetAddressOfAndPointers) {
  LowerResult result = LowerFreeFormat(
      "IDENTIFICATION DIVISION.\nPROGRAM-ID. P.\nDATA DIVISION.\nWORKING-STORAGE SECTION.\n"
      "01 PTR USAGE POINTER.\n01 W PIC X(4).\nLINKAGE SECTION.\n01 L PIC X(4).\n"
      "PROCEDURE DIVISION.\nMAIN.\n"
      "  SET ADDRESS OF L TO PTR\n  SET PTR TO ADDRESS OF W\n  SET ADDRESS OF L PTR TO NULL\n"
      "  STOP RUN.\n");
  ASSERT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
  EXPECT_TRUE(result.diagnostics.empty()) << result.messages();
  const auto& statements = result.module.statements();
  const auto& address_of = statements.Get<ir::SetStatement>(MainBody(result)[0]);
  EXPECT_EQ(address_of.form, ir::SetForm::kAddressOf);
  ASSERT_EQ(address_of.targets.size(), 1u);
  EXPECT_TRUE(result.module.expressions().Is<ir::DataRefExpression>(address_of.targets[0]));
  const auto& to_address = statements.Get<ir::SetStatement>(MainBody(result)[1]);
  EXPECT_EQ(to_address.form, ir::SetForm::kTo);
  EXPECT_EQ(result.module.expressions().Get<ir::SpecialRegisterExpression>(to_address.value).which,
            ir::SpecialRegister::kAddressOf);
  // ADDRESS OF and a pointer in one phrase: one `set` of each form.
  const auto& mixed = statements.Get<ir::BlockStatement>(MainBody(result)[2]);
  ASSERT_EQ(mixed.body.size(), 2u);
  EXPECT_EQ(statements.Get<ir::SetStatement>(mixed.body[0]).form, ir::SetForm::kAddressOf);
  EXPECT_EQ(statements.Get<ir::SetStatement>(mixed.body[1]).form, ir::SetForm::kTo);
}

}  // namespace
// Issue 13 (dialect breadth): ROUNDED MODE, STOP RUN status, ACCEPT/DISPLAY of the
// environment and arguments, DELETE FILE, JSON / XML.
TEST(DataStatementsTest, RoundedModeIsCarriedPerTarget) {
  LowerResult result =
      LowerFreeFormat(Program("01 A PIC 9V99.\n01 R PIC 9V9.\n01 Q PIC 9.\n",
                              "  COMPUTE R ROUNDED MODE NEAREST-EVEN Q ROUNDED Q = A\n"
                              "  DIVIDE A BY 3 GIVING R ROUNDED MODE IS TOWARD-LESSER REMAINDER Q "
                              "ROUNDED MODE PROHIBITED"));
  ASSERT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
  ASSERT_TRUE(result.diagnostics.empty()) << result.messages();
  const auto& statements = result.module.statements();
  const auto& compute = statements.Get<ir::ComputeStatement>(MainBody(result)[0]);
  ASSERT_EQ(compute.targets.size(), 3u);
  EXPECT_EQ(compute.targets[0].rounding, ir::RoundingMode::kNearestEven);
  EXPECT_EQ(compute.targets[1].rounding, ir::RoundingMode::kNearestAwayFromZero);
  EXPECT_EQ(compute.targets[2].rounding, ir::RoundingMode::kNone);
  const auto& divide = statements.Get<ir::ArithmeticStatement>(MainBody(result)[1]);
  EXPECT_EQ(divide.targets.at(0).rounding, ir::RoundingMode::kTowardLesser);
  ASSERT_TRUE(divide.remainder.has_value());
  EXPECT_EQ(divide.remainder->rounding, ir::RoundingMode::kProhibited);
}

TEST(DataStatementsTest, StopRunStatusAndEnvironmentDevices) {
  LowerResult result = LowerFreeFormat(
      Program("01 V PIC X(20).\n01 N PIC 99.\n",
              "  ACCEPT V FROM ENVIRONMENT 'HOME'\n  ACCEPT N FROM ARGUMENT-NUMBER\n"
              "  STOP RUN WITH ERROR\n  STOP RUN RETURNING N"));
  ASSERT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
  ASSERT_TRUE(result.diagnostics.empty()) << result.messages();
  const auto& statements = result.module.statements();
  const auto& expressions = result.module.expressions();
  // FROM ENVIRONMENT name: select the variable, then read its value (as cobc compiles it).
  const auto& block = statements.Get<ir::BlockStatement>(MainBody(result)[0]);
  ASSERT_EQ(block.body.size(), 2u);
  const auto& select = statements.Get<ir::DisplayStatement>(block.body[0]);
  EXPECT_EQ(result.module.str(select.device_name), "ENVIRONMENT-NAME");
  EXPECT_TRUE(expressions.Is<ir::StringLiteralExpression>(select.items.at(0)));
  const auto& read = statements.Get<ir::AcceptStatement>(block.body[1]);
  EXPECT_EQ(read.device, ir::TerminalDevice::kMnemonic);
  EXPECT_EQ(result.module.str(read.device_name), "ENVIRONMENT-VALUE");
  EXPECT_EQ(result.module.str(statements.Get<ir::AcceptStatement>(MainBody(result)[1]).device_name),
            "ARGUMENT-NUMBER");
  // WITH ERROR and no STATUS: exit status 1.
  const auto& error = statements.Get<ir::StopStatement>(MainBody(result)[2]);
  EXPECT_EQ(error.kind, ir::StopKind::kRun);
  EXPECT_TRUE(expressions.Is<ir::NumericLiteralExpression>(error.code));
  const auto& returning = statements.Get<ir::StopStatement>(MainBody(result)[3]);
  EXPECT_TRUE(expressions.Is<ir::DataRefExpression>(returning.code));
}

TEST(DataStatementsTest, JsonAndXmlAreExternalStatements) {
  LowerResult result = LowerFreeFormat(Program(
      "01 DOC PIC X(200).\n01 REC.\n  05 NM PIC X(10).\n  05 AGE PIC 99.\n01 CNT PIC 9(4).\n",
      "  JSON GENERATE DOC FROM REC COUNT IN CNT NAME OF NM IS 'name' AGE OMITTED "
      "SUPPRESS AGE END-JSON\n"
      "  XML GENERATE DOC FROM REC TYPE OF NM IS ATTRIBUTE WITH XML-DECLARATION\n"
      "  JSON GENERATE DOC FROM REC ON EXCEPTION CONTINUE END-JSON"));
  ASSERT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
  EXPECT_TRUE(result.codes().empty()) << result.messages();
  ASSERT_EQ(MainBody(result).size(), 4u);  // the fourth is STOP RUN
  const auto& statements = result.module.statements();
  const auto& json = statements.Get<ir::ExternalStatement>(MainBody(result)[0]);
  EXPECT_EQ(result.module.str(json.verb), "JSON GENERATE");
  std::vector<std::string> options;
  for (const ir::ExternalOption& option : json.options) {
    options.push_back(std::string(result.module.str(option.name)) + "=" +
                      std::string(result.module.str(option.text)));
  }
  EXPECT_EQ(options, (std::vector<std::string>{"GENERATE=", "FROM=", "COUNT=", "NAME='name'",
                                               "NAME=OMITTED", "SUPPRESS="}));
  EXPECT_EQ(json.host_variables.size(), 6u);
  const auto& xml = statements.Get<ir::ExternalStatement>(MainBody(result)[1]);
  ASSERT_EQ(xml.options.size(), 4u);
  EXPECT_EQ(result.module.str(xml.options[2].text), "ATTRIBUTE");
  EXPECT_EQ(result.module.str(xml.options[3].name), "XML-DECLARATION");
  // ON EXCEPTION: the statements the External runs when it fails.
  const auto& guarded = statements.Get<ir::ExternalStatement>(MainBody(result)[2]);
  ASSERT_TRUE(guarded.on_exception.has_value());
  EXPECT_EQ(guarded.on_exception->size(), 1u);
  EXPECT_FALSE(guarded.not_on_exception.has_value());
}

}  // namespace remint::cobol::testing
