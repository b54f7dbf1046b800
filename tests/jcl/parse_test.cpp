// Reading JCL cards into statements, their operands and IF conditions; symbol values; DD
// override merging.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>

#include "base/diagnostics/diagnostic_emitter.h"
#include "frontends/jcl/expand/dd_override.h"
#include "frontends/jcl/expand/symbols.h"
#include "frontends/jcl/parse/condition.h"
#include "tests/jcl/jcl_fixture.h"
#include "tests/support/golden.h"

namespace remint::jcl::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

auto OnlyJcl(const ParseResult& result) -> std::vector<const ParsedStatement*> {
  std::vector<const ParsedStatement*> statements;
  for (const ParsedStatement& parsed : result.statements) {
    if (parsed.statement.kind == StatementKind::kJcl) statements.push_back(&parsed);
  }
  return statements;
}

TEST(JclReaderTest, JoinsContinuationsAcrossCommentCards) {
  ParseResult result = ParseText(
      "//J JOB ,'A B',CLASS=A,       COMMENT\n"
      "//* a comment card between continuations\n"
      "//        MSGCLASS=X\n");
  ASSERT_THAT(result.codes(), IsEmpty());
  ASSERT_EQ(result.statements.size(), 1u);
  const Statement& job = result.statements[0].statement;
  EXPECT_EQ(job.operation, "JOB");
  EXPECT_EQ(job.operands, ",'A B',CLASS=A,MSGCLASS=X");
  EXPECT_EQ(job.last_line, 3u);
  // The continued part is located on its own card.
  SourceLoc loc = job.OperandLoc(static_cast<uint32_t>(job.operands.find("MSGCLASS")));
  EXPECT_EQ(loc.line, 3u);
  EXPECT_EQ(loc.column, 11u);
}

TEST(JclReaderTest, QuotedStringContinuesInColumn16) {
  std::string first = "//S EXEC PGM=X,PARM='ABCDEFGHIJ";
  first.resize(71, 'K');
  ParseResult result = ParseText(first + "\n//             LMN'\n");
  ASSERT_THAT(result.codes(), IsEmpty());
  const Value* parm = result.statements[0].operands.Keyword("PARM");
  ASSERT_NE(parm, nullptr);
  std::string expected = "ABCDEFGHIJ" + std::string(71 - 31, 'K') + "LMN";
  EXPECT_EQ(parm->Unquoted(), expected);
}

TEST(JclReaderTest, InStreamDataEndsAtDelimiterOrNextStatement) {
  ParseResult result = ParseText(
      "//S EXEC PGM=X\n"
      "//A DD *\n"
      "LINE 1\n"
      "/*\n"
      "//B DD *\n"
      "LINE 2\n"
      "//C DD DATA,DLM=@@\n"
      "//NOT A STATEMENT\n"
      "/*\n"
      "@@\n"
      "EXTRA CARD\n");
  ASSERT_THAT(result.codes(), IsEmpty());
  std::vector<const ParsedStatement*> statements = OnlyJcl(result);
  ASSERT_EQ(statements.size(), 5u);
  EXPECT_THAT(statements[1]->statement.data, ElementsAre("LINE 1"));
  EXPECT_EQ(statements[1]->statement.delimiter, "/*");
  EXPECT_THAT(statements[2]->statement.data, ElementsAre("LINE 2"));
  EXPECT_EQ(statements[2]->statement.delimiter, "//");
  EXPECT_THAT(statements[3]->statement.data, ElementsAre("//NOT A STATEMENT", "/*"));
  // Data right after a step with no DD * before it: the system's implied SYSIN DD *.
  EXPECT_EQ(statements[4]->statement.name, "SYSIN");
  EXPECT_THAT(statements[4]->statement.data, ElementsAre("EXTRA CARD"));
}

// Data that the member's end cuts off before its first card is located at the statement that
// opened it, not at a line past the member (found by the JCL mutation test).
TEST(JclReaderTest, DataCutOffByTheEndIsLocatedInTheMember) {
  ParseResult result = ParseText("//S EXEC PGM=X\n//D DD DATA,DLM=XX\n");
  ASSERT_EQ(result.diagnostics.size(), 1u);
  EXPECT_EQ(result.diagnostics[0].code(), "RM3008");
  EXPECT_EQ(result.diagnostics[0].location.line, 2u);
  EXPECT_EQ(result.statements.back().statement.data_loc.line, 2u);
}

TEST(JclReaderTest, KeepsJesStatementsOperatorCommandsAndNullStatements) {
  ParseResult result = ParseText(
      "//J JOB\n"
      "/*JOBPARM LINES=10\n"
      "//*MAIN CLASS=A\n"
      "// START MYTASK\n"
      "//\n");
  ASSERT_THAT(result.codes(), IsEmpty());
  ASSERT_EQ(result.statements.size(), 5u);
  EXPECT_EQ(result.statements[1].statement.kind, StatementKind::kJes2);
  EXPECT_EQ(result.statements[1].statement.operation, "JOBPARM");
  EXPECT_EQ(result.statements[2].statement.kind, StatementKind::kJes3);
  EXPECT_EQ(result.statements[3].statement.kind, StatementKind::kCommand);
  EXPECT_EQ(result.statements[3].statement.operands, "MYTASK");
  EXPECT_EQ(result.statements[4].statement.kind, StatementKind::kNull);
}

TEST(JclReaderTest, ColumnSeventyTwoContinuesAComment) {
  std::string card = "//S EXEC PGM=X   A COMMENT";
  card.resize(71, ' ');
  ParseResult result = ParseText(card + "X\n//  MORE COMMENT\n//D DD DUMMY\n");
  ASSERT_THAT(result.codes(), IsEmpty());
  ASSERT_EQ(result.statements.size(), 2u);
  EXPECT_EQ(result.statements[1].statement.operation, "DD");
}

TEST(JclOperandsTest, ParsesNestedListsAndNameSuffixes) {
  ParseResult result = ParseText(
      "//D DD DSN=A.B(+1),DISP=(NEW,CATLG,DELETE),SPACE=(CYL,(5,5),RLSE),\n"
      "//   DCB=(MODEL.DCB,RECFM=FB,LRECL=80),VOL=(,,,2)\n");
  ASSERT_THAT(result.codes(), IsEmpty());
  const Operands& operands = result.statements[0].operands;
  ASSERT_NE(operands.Keyword("DSN"), nullptr);
  EXPECT_EQ(operands.Keyword("DSN")->text, "A.B(+1)");
  const Value* disp = operands.Keyword("DISP");
  ASSERT_EQ(disp->kind, Value::Kind::kList);
  EXPECT_EQ(disp->Positional(2)->text, "DELETE");
  const Value* space = operands.Keyword("SPACE");
  EXPECT_EQ(space->Positional(1)->kind, Value::Kind::kList);
  EXPECT_EQ(operands.Keyword("DCB")->Positional(0)->text, "MODEL.DCB");
  EXPECT_EQ(operands.Keyword("DCB")->Keyword("LRECL")->text, "80");
  EXPECT_EQ(FormatValue(*operands.Keyword("VOL")), "(,,,2)");
}

TEST(JclOperandsTest, ReportsUnbalancedParenthesesAtTheirColumn) {
  ParseResult result = ParseText("//S EXEC PGM=X,COND=((4,LT)\n");
  ASSERT_THAT(result.codes(), ElementsAre("RM3002"));
  EXPECT_EQ(result.diagnostics[0].location.column, 21u);
}

TEST(JclConditionTest, ParsesRelationalExpressions) {
  ParseResult result =
      ParseText("//C IF (STEP1.RC = 0 & ¬ABEND) | STEP1.PS1.RC GT 4 | NOT RUN THEN\n");
  ASSERT_THAT(result.codes(), IsEmpty());
  DiagnosticCollector collector;
  DiagnosticEmitter emitter(nullptr, collector);
  std::optional<Condition> condition = ParseCondition(result.statements[0].statement, emitter);
  ASSERT_TRUE(condition.has_value());
  EXPECT_EQ(FormatCondition(*condition),
            "((STEP1.RC EQ 0 AND NOT ABEND) OR STEP1.PS1.RC GT 4 OR NOT RUN)");
}

TEST(JclConditionTest, RejectsAnUnknownSubject) {
  ParseResult result = ParseText("//C IF (FOO = 0) THEN\n");
  EXPECT_THAT(result.codes(), ElementsAre("RM3007"));
}

TEST(JclSymbolsTest, ValuesDropEnclosingApostrophesAndCompressDoubles) {
  EXPECT_EQ(SymbolValue("'IT''S'"), "IT'S");
  EXPECT_EQ(SymbolValue("&&TEMP"), "&TEMP");
  EXPECT_EQ(SymbolValue("'&&TEMP'"), "&&TEMP");
  EXPECT_EQ(SymbolValue("(NEW,KEEP)"), "(NEW,KEEP)");
}

TEST(JclSymbolsTest, SubstitutesOutsideAndInsideApostrophes) {
  Statement statement;
  statement.operands = "DSN=&HLQ..X&&T,PARM='&HLQ&UNDEF'";
  statement.segments.push_back(
      OperandSegment{0, static_cast<uint32_t>(statement.operands.size()), SourceLoc{}});
  DiagnosticCollector collector;
  DiagnosticEmitter emitter(nullptr, collector);
  SubstituteSymbols(statement, {{"HLQ", "PROD"}}, emitter);
  EXPECT_EQ(statement.operands, "DSN=PROD.X&&T,PARM='PROD&UNDEF'");
  // Undefined inside apostrophes is text, as z/OS leaves it; nothing is reported.
  EXPECT_EQ(collector.error_count(), 0u);
  EXPECT_TRUE(collector.TakeSorted().empty());
}

// After substitution every character still names its card and column: copied text keeps its
// own, a symbol's value takes the column of its `&`, and the end of the text follows the last
// character.
TEST(JclSymbolsTest, SubstitutedTextKeepsEachCharactersColumn) {
  Statement statement;
  statement.operands = "DSN=&HLQ..A,DISP=&D";
  FileId file{0};
  statement.segments.push_back(OperandSegment{0, 12, SourceLoc{file, 1, 16, IncludeId{}}});
  statement.segments.push_back(OperandSegment{12, 7, SourceLoc{file, 2, 16, IncludeId{}}});
  DiagnosticCollector collector;
  DiagnosticEmitter emitter(nullptr, collector);
  SubstituteSymbols(statement, {{"HLQ", "PROD"}, {"D", "SHR"}}, emitter);
  ASSERT_EQ(statement.operands, "DSN=PROD.A,DISP=SHR");
  std::vector<std::pair<uint32_t, uint32_t>> expected = {
      {1, 16}, {1, 17}, {1, 18}, {1, 19},           // DSN=
      {1, 20}, {1, 20}, {1, 20}, {1, 20},           // PROD, from &HLQ
      {1, 25}, {1, 26}, {1, 27},                    // .A, (the first period went)
      {2, 16}, {2, 17}, {2, 18}, {2, 19}, {2, 20},  // DISP=
      {2, 21}, {2, 21}, {2, 21},                    // SHR, from &D
      {2, 22}};                                     // the end
  for (uint32_t offset = 0; offset < expected.size(); ++offset) {
    SourceLoc loc = statement.OperandLoc(offset);
    EXPECT_EQ(std::make_pair(loc.line, loc.column), expected[offset]) << "offset " << offset;
  }
}

TEST(JclOverrideTest, MergesKeywordsAndDcbSubparameters) {
  ParseResult original =
      ParseText("//D DD DSN=A,DISP=SHR,SPACE=(TRK,1),DCB=(RECFM=FB,LRECL=80,BLKSIZE=800)\n");
  ParseResult override = ParseText("//S.D DD DISP=OLD,SPACE=,DCB=(LRECL=100)\n");
  Operands merged = MergeOverride(original.statements[0].operands, override.statements[0].operands);
  EXPECT_EQ(FormatOperands(merged), "DSN=A,DISP=OLD,DCB=(RECFM=FB,BLKSIZE=800,LRECL=100)");
}

TEST(JclOverrideTest, SysoutReplacesTheDataset) {
  ParseResult original = ParseText("//D DD DSN=A,DISP=SHR,UNIT=SYSDA\n");
  ParseResult override = ParseText("//S.D DD SYSOUT=*\n");
  Operands merged = MergeOverride(original.statements[0].operands, override.statements[0].operands);
  EXPECT_EQ(FormatOperands(merged), "SYSOUT=*");
}

}  // namespace
}  // namespace remint::jcl::testing

namespace remint::jcl::testing {
namespace {

// Seeded mutations of real jobs (characters JCL gives meaning to, inserted, deleted or replaced):
// the reader and parsers must neither crash nor report a location outside the member. Under
// `make test-asan` this also checks memory safety on malformed input.
TEST(JclRobustnessTest, MutatedJobsParseWithLocatedDiagnostics) {
  const std::string estate = REMINT_BANKDEMO_DIR;
  const std::string alphabet = "/'(),=&* .\nAB1";
  uint64_t state = 2026;
  auto next = [&state] {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  size_t parsed = 0;
  for (const char* job : {"BANKD01", "BANKD02", "BANKD03", "BANKD04"}) {
    std::string original =
        remint::testing::ReadTextFile(estate + "/BANK.PROD.JCL/" + std::string(job));
    ASSERT_FALSE(original.empty()) << job;
    for (int round = 0; round < 150; ++round) {
      std::string text = original;
      for (int edit = 0; edit < 4; ++edit) {
        size_t at = next() % text.size();
        char c = alphabet[next() % alphabet.size()];
        switch (next() % 3) {
          case 0:
            text.insert(text.begin() + static_cast<std::ptrdiff_t>(at), c);
            break;
          case 1:
            text.erase(at, 1);
            break;
          default:
            text[at] = c;
            break;
        }
      }
      ParseResult result = ParseText(text);
      uint32_t lines = static_cast<uint32_t>(std::count(text.begin(), text.end(), '\n')) + 1;
      for (const Diagnostic& diagnostic : result.diagnostics) {
        EXPECT_GE(diagnostic.location.line, 1u) << diagnostic.message;
        EXPECT_LE(diagnostic.location.line, lines) << diagnostic.message;
      }
      ++parsed;
    }
  }
  EXPECT_EQ(parsed, 600u);
}

}  // namespace
}  // namespace remint::jcl::testing
