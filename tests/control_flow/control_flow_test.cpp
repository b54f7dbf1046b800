// The control-flow graph between procedures (analyzers/control_flow): hand-checked facts on small
// programs (GO TO loops, ALTER, DEPENDING ON, unreachable procedures, an irreducible loop,
// declaratives), and golden text for the lowering goldens' programs and bankdemo's.
#include "analyzers/control_flow/control_flow.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "tests/cobol_lower/lower_test_support.h"
#include "tests/support/golden.h"

namespace remint::analysis::testing {
namespace {

namespace fs = std::filesystem;
using cobol::testing::LowerResult;

// The program of a one-program source: its first unit.
auto FirstUnit(const LowerResult& /*result*/) -> ir::UnitId { return ir::UnitId(0); }

auto Names(const ControlFlowGraph& graph, const std::vector<uint32_t>& nodes)
    -> std::vector<std::string> {
  std::vector<std::string> names;
  for (uint32_t node : nodes) names.push_back(graph.nodes[node].name);
  return names;
}

auto EdgeNames(const ControlFlowGraph& graph, const std::vector<FlowEdge>& edges)
    -> std::vector<std::string> {
  std::vector<std::string> names;
  for (const FlowEdge& edge : edges) {
    names.push_back(graph.nodes[edge.from].name + ">" + graph.nodes[edge.to].name);
  }
  return names;
}

TEST(ControlFlowTest, GoToLoopsAlterDependingAndAnUnreachableParagraph) {
  LowerResult result = cobol::testing::LowerFreeFormat(R"(IDENTIFICATION DIVISION.
PROGRAM-ID. FLOW1.
DATA DIVISION.
WORKING-STORAGE SECTION.
01 N PIC 9 VALUE 0.
PROCEDURE DIVISION.
MAIN-PARA.
    PERFORM WORK-PARA 3 TIMES.
    ALTER SWITCH-PARA TO PROCEED TO DONE-PARA.
LOOP-PARA.
    ADD 1 TO N.
    IF N < 5 GO TO LOOP-PARA.
SWITCH-PARA.
    GO TO LOOP-PARA.
DONE-PARA.
    GO TO WORK-PARA DEAD-PARA DEPENDING ON N.
    STOP RUN.
ORPHAN-PARA.
    DISPLAY 'NEVER'.
DEAD-PARA.
    DISPLAY 'DEAD'.
WORK-PARA.
    DISPLAY N.
)");
  ASSERT_EQ(result.error_count(), 0u) << result.messages();
  ControlFlowGraph graph = BuildControlFlow(result.module, FirstUnit(result));
  EXPECT_EQ(graph.program, "FLOW1");
  EXPECT_EQ(Names(graph, graph.entries), std::vector<std::string>{"MAIN-PARA"});
  EXPECT_EQ(Names(graph, graph.unreachable()), std::vector<std::string>{"ORPHAN-PARA"});
  // LOOP-PARA goes to itself; SWITCH-PARA back to LOOP-PARA, which every path to it passes.
  EXPECT_EQ(EdgeNames(graph, graph.back_edges),
            (std::vector<std::string>{"LOOP-PARA>LOOP-PARA", "SWITCH-PARA>LOOP-PARA"}));
  EXPECT_TRUE(graph.reducible());
  // PERFORM ... TIMES, IF, and DEPENDING ON with two targets: 4 decisions.
  EXPECT_EQ(graph.cyclomatic_complexity, 5u);
  EXPECT_EQ(graph.loop_statements, 1u);
  std::string text = FormatControlFlow(graph);
  EXPECT_NE(text.find("procedure SWITCH-PARA (line 13): 0 decisions, does not fall through\n"
                      "  goes to LOOP-PARA (line 14)\n"
                      "  goes to (altered) DONE-PARA (line 9)\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("procedure DONE-PARA (line 15): 2 decisions, does not fall through\n"
                      "  goes to (depending) WORK-PARA (line 16)\n"
                      "  goes to (depending) DEAD-PARA (line 16)\n"),
            std::string::npos)
      << text;
}

// Two ways into the loop of B-PARA and C-PARA: no single header dominates it.
TEST(ControlFlowTest, ALoopEnteredInTwoPlacesIsIrreducible) {
  LowerResult result = cobol::testing::LowerFreeFormat(R"(IDENTIFICATION DIVISION.
PROGRAM-ID. FLOW2.
DATA DIVISION.
WORKING-STORAGE SECTION.
01 X PIC 9 VALUE 0.
PROCEDURE DIVISION.
A-PARA.
    IF X = 1 GO TO C-PARA.
B-PARA.
    DISPLAY 'B'.
C-PARA.
    IF X = 2 GO TO B-PARA.
    STOP RUN.
)");
  ASSERT_EQ(result.error_count(), 0u) << result.messages();
  ControlFlowGraph graph = BuildControlFlow(result.module, FirstUnit(result));
  EXPECT_FALSE(graph.reducible());
  EXPECT_EQ(graph.irreducible_edges.size(), 1u);
  EXPECT_TRUE(graph.back_edges.empty());
  EXPECT_TRUE(graph.unreachable().empty());
}

// Declarative sections are entries of their own; their ends do not run into the program.
TEST(ControlFlowTest, DeclarativesAreEntriesAndDoNotFallIntoTheProgram) {
  LowerResult result = cobol::testing::LowerFreeFormat(R"(IDENTIFICATION DIVISION.
PROGRAM-ID. FLOW3.
ENVIRONMENT DIVISION.
INPUT-OUTPUT SECTION.
FILE-CONTROL.
    SELECT F ASSIGN TO "F" FILE STATUS IS FS.
DATA DIVISION.
FILE SECTION.
FD F.
01 R PIC X(10).
WORKING-STORAGE SECTION.
01 FS PIC XX.
PROCEDURE DIVISION.
DECLARATIVES.
ERRORS SECTION.
    USE AFTER STANDARD ERROR PROCEDURE ON F.
REPORT-ERROR.
    DISPLAY FS.
END DECLARATIVES.
MAIN SECTION.
START-HERE.
    OPEN INPUT F.
    STOP RUN.
)");
  ASSERT_EQ(result.error_count(), 0u) << result.messages();
  ControlFlowGraph graph = BuildControlFlow(result.module, FirstUnit(result));
  EXPECT_EQ(Names(graph, graph.entries), (std::vector<std::string>{"MAIN", "ERRORS"}));
  EXPECT_TRUE(graph.unreachable().empty());
  for (const FlowEdge& edge : graph.edges) {
    EXPECT_FALSE(graph.nodes[edge.from].declarative && !graph.nodes[edge.to].declarative)
        << graph.nodes[edge.from].name << " runs into " << graph.nodes[edge.to].name;
  }
}

class ControlFlowGoldenTest : public ::testing::TestWithParam<std::string> {};

TEST_P(ControlFlowGoldenTest, MatchesExpected) {
  fs::path source = GetParam();
  cobol::testing::FileLowerOptions options;
  options.copy_directories.push_back(std::string(REMINT_BANKDEMO_DIR) + "/BANK.PROD.COPYLIB");
  LowerResult result = cobol::testing::LowerFile(source.string(), options);
  std::string text;
  for (uint32_t unit = 0; unit < result.module.units().size(); ++unit) {
    text += FormatControlFlow(BuildControlFlow(result.module, ir::UnitId(unit)));
  }
  std::string name = source.parent_path().filename().string() + "." + source.stem().string();
  EXPECT_TRUE(remint::testing::MatchesGolden(
      std::string(REMINT_CONTROL_FLOW_GOLDEN_DIR) + "/" + name + ".expected", text));
}

auto GoldenPrograms() -> std::vector<std::string> {
  std::vector<std::string> programs;
  for (const auto& entry : fs::directory_iterator(REMINT_COBOL_LOWER_GOLDEN_DIR)) {
    if (entry.path().extension() == ".cbl") programs.push_back(entry.path().string());
  }
  for (const auto& entry :
       fs::directory_iterator(std::string(REMINT_BANKDEMO_DIR) + "/BANK.PROD.COBOL")) {
    programs.push_back(entry.path().string());
  }
  std::sort(programs.begin(), programs.end());
  return programs;
}

auto GoldenName(const ::testing::TestParamInfo<std::string>& info) -> std::string {
  std::string name = fs::path(info.param).stem().string();
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(Programs, ControlFlowGoldenTest, ::testing::ValuesIn(GoldenPrograms()),
                         GoldenName);

}  // namespace
}  // namespace remint::analysis::testing
