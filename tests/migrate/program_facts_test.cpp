// What migrate learns from a program's IR for synthesis and its coverage table, and the
// decision counts a coverage build writes.
#include "migrate/program_facts.h"

#include <gtest/gtest.h>

#include <fstream>

#include "migrate/decision_log.h"
#include "migrate/program_build.h"
#include "tests/support/scratch.h"

namespace remint::migrate {
namespace {

// Two files only written (one status tested alone, one with an input's), an input file, a
// class test, and CALLs: the first argument is a group two MOVEs fill (one into the group, one
// into a field of it), the second a field a third MOVE fills.
constexpr const char* kProgram = R"(       IDENTIFICATION DIVISION.
       PROGRAM-ID. FACTS.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT IN-FILE ASSIGN TO INDD FILE STATUS IS IN-STATUS.
           SELECT OUT-FILE ASSIGN TO OUTDD FILE STATUS IS OUT-STATUS.
           SELECT LOG-FILE ASSIGN TO LOGDD FILE STATUS IS LOG-STATUS.
       DATA DIVISION.
       FILE SECTION.
       FD IN-FILE.
       01 IN-REC.
          05 IN-AMOUNT PIC 9(5).
       FD OUT-FILE.
       01 OUT-REC PIC X(5).
       FD LOG-FILE.
       01 LOG-REC PIC X(5).
       WORKING-STORAGE SECTION.
       01 IN-STATUS PIC XX.
       01 OUT-STATUS PIC XX.
          88 OUT-OK VALUE '00'.
       01 LOG-STATUS PIC XX.
       01 PARMS.
          05 PARM-AMOUNT PIC 9(5).
       01 WS-COPY PIC 9(5).
       PROCEDURE DIVISION.
           OPEN INPUT IN-FILE OUTPUT OUT-FILE
           OPEN EXTEND LOG-FILE
           IF OUT-STATUS NOT = '00'
               STOP RUN
           END-IF
           IF NOT OUT-OK
               STOP RUN
           END-IF
           IF IN-STATUS NOT = '00' OR LOG-STATUS NOT = '00'
               STOP RUN
           END-IF
           IF LOG-STATUS NOT = '00'
               STOP RUN
           END-IF
           READ IN-FILE
           IF IN-AMOUNT IS NUMERIC
               MOVE IN-AMOUNT TO PARM-AMOUNT
               MOVE OUT-REC TO PARMS
               MOVE LOG-REC TO WS-COPY
               CALL 'SUBPROG' USING PARMS
               CALL 'OTHER   '
               CALL 'SUBPROG' USING PARMS BY CONTENT WS-COPY
           END-IF
           STOP RUN.
)";

TEST(ProgramFactsTest, FindsDecisionsOnlyTheEnvironmentSteersCallsClassTestsAndArguments) {
  const std::string root = testing::FreshDirectory("program-facts");
  std::ofstream(root + "/FACTS.cbl") << kProgram;
  const ProgramBuild build = BuildProgram(root + "/FACTS.cbl", ProgramBuildOptions{});
  ASSERT_TRUE(build.ok);
  // Line 29: OUT-STATUS alone; 32: its 88; 38: LOG-STATUS (EXTEND) alone. Line 35 also reads
  // the input file's status, which a missing dataset changes.
  EXPECT_EQ(build.environment_decisions,
            (std::vector<std::string>{"IF FACTS.cbl:29", "IF FACTS.cbl:32", "IF FACTS.cbl:38"}));
  EXPECT_EQ(build.called, (std::vector<std::string>{"OTHER", "SUBPROG"}));
  EXPECT_EQ(build.class_tested, (std::vector<std::string>{"IN-AMOUNT"}));
  EXPECT_EQ(build.argument_moves, (std::vector<ArgumentMove>{{"IN-AMOUNT", "SUBPROG", 0, 0, 5},
                                                             {"LOG-REC", "SUBPROG", 1, 0, 5},
                                                             {"OUT-REC", "SUBPROG", 0, 0, 5}}));
  EXPECT_TRUE(build.class_tested_parameters.empty());  // no USING
  // They survive the project database.
  ProgramBuild stored;
  ASSERT_TRUE(DeserializeBuild(SerializeBuild(build), stored));
  EXPECT_EQ(stored.environment_decisions, build.environment_decisions);
  EXPECT_EQ(stored.called, build.called);
  EXPECT_EQ(stored.class_tested, build.class_tested);
  EXPECT_EQ(stored.argument_moves, build.argument_moves);
}

// A called program: its first parameter's second field reaches a class test through a MOVE,
// the first field and the second parameter do not.
constexpr const char* kCalled = R"(       IDENTIFICATION DIVISION.
       PROGRAM-ID. SUBPROG.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 WS-CHECK PIC 9(5).
       LINKAGE SECTION.
       01 LK-PARMS.
          05 LK-CODE PIC X(2).
          05 LK-AMOUNT PIC 9(5).
       01 LK-OTHER PIC 9(5).
       PROCEDURE DIVISION USING LK-PARMS LK-OTHER.
           MOVE LK-AMOUNT TO WS-CHECK
           MOVE LK-CODE TO LK-OTHER
           IF WS-CHECK NOT NUMERIC
               MOVE 0 TO LK-OTHER
           END-IF
           GOBACK.
)";

TEST(ProgramFactsTest, FindsParametersTestedAndTheCallersFieldsThatReachThem) {
  const std::string root = testing::FreshDirectory("program-facts-called");
  std::ofstream(root + "/SUBPROG.cbl") << kCalled;
  const ProgramBuild called = BuildProgram(root + "/SUBPROG.cbl", ProgramBuildOptions{});
  ASSERT_TRUE(called.ok);
  EXPECT_EQ(called.class_tested_parameters, (std::vector<ParameterPart>{{0, 2, 5}}));
  ProgramBuild stored;
  ASSERT_TRUE(DeserializeBuild(SerializeBuild(called), stored));
  EXPECT_EQ(stored.class_tested_parameters, called.class_tested_parameters);

  // A caller's moves: those whose bytes overlap the tested part count, by argument place.
  const std::vector<ArgumentMove> moves = {
      {"WHOLE-GROUP", "SUBPROG", 0, 0, 7}, {"CODE-ONLY", "SUBPROG", 0, 0, 2},
      {"AMOUNT", "SUBPROG", 0, 2, 5},      {"SECOND-ARG", "SUBPROG", 1, 0, 5},
      {"ELSEWHERE", "OTHER", 0, 2, 5},
  };
  const std::map<std::string, std::vector<ParameterPart>> parts = {
      {"SUBPROG", called.class_tested_parameters}};
  EXPECT_EQ(ClassTestedThroughCalls(moves, parts),
            (std::vector<std::string>{"AMOUNT", "WHOLE-GROUP"}));
}

TEST(ProgramFactsTest, ArgumentMovesAndParameterPartsReadBackTheirLines) {
  const ArgumentMove move{"CC-BUS-DATE", "DATEUTIL", 1, 8, 8};
  EXPECT_EQ(FormatArgumentMove(move), "CC-BUS-DATE\tDATEUTIL\t1\t8\t8");
  EXPECT_EQ(ParseArgumentMove(FormatArgumentMove(move)), move);
  EXPECT_EQ(ParseParameterPart("0\t2\t5"), (ParameterPart{0, 2, 5}));
  for (const char* bad :
       {"", "A\tB\t1\t2", "A\tB\tx\t2\t3", "\tB\t1\t2\t3", "A\tB\t1\t2\t3\t4", "A\tB\t-1\t2\t3"}) {
    EXPECT_FALSE(ParseArgumentMove(bad).has_value()) << bad;
  }
  EXPECT_FALSE(ParseParameterPart("0\t2").has_value());
  EXPECT_FALSE(ParseParameterPart("4294967296\t0\t1").has_value());
}

TEST(DecisionLogTest, ReadsDecisionsRelationsAndOperandSamples) {
  const DecisionLog log = ParseDecisionLog(
      "PROG\t0\tIF PROG:10\t0\t3\n"
      "PROG\t1\t= PROG:10\t3\t0\n"
      "PROG\t1\t<=>\t0\t0\t3\t23.45\n"
      "PROG\t1\tnumber\t123.45\t100\n"
      "PROG\t1\ttext\t41ff20\t4143\n"
      "SUB\t0\tWHEN SUB:7\t2\t0\n"
      "a line of a newer runtime\n"
      "PROG\tx\tIF PROG:11\t1\t1\n");
  EXPECT_EQ(log.coverage.labels.at("PROG"), (std::vector<std::string>{"IF PROG:10", "= PROG:10"}));
  EXPECT_EQ(log.coverage.reached.at("PROG"), (std::set<uint32_t>{1, 2}));
  EXPECT_EQ(log.coverage.reached.at("SUB"), (std::set<uint32_t>{0}));
  // Decisions only: relations are not outcomes of the table.
  EXPECT_EQ(log.coverage.Outcomes("PROG"), 2u);
  EXPECT_EQ(log.coverage.Reached("PROG"), 1u);
  const RelationRun& relation = log.relations.at({"PROG", 1});
  EXPECT_EQ(relation.less, 0u);
  EXPECT_EQ(relation.equal, 0u);
  EXPECT_EQ(relation.greater, 3u);
  EXPECT_DOUBLE_EQ(static_cast<double>(relation.closest), 23.45);
  ASSERT_EQ(relation.samples.size(), 2u);
  EXPECT_TRUE(relation.samples[0].number);
  EXPECT_EQ(relation.samples[0].a, "123.45");
  EXPECT_EQ(relation.samples[0].b, "100");
  EXPECT_FALSE(relation.samples[1].number);
  EXPECT_EQ(relation.samples[1].a, std::string("A\xff ", 3));
  EXPECT_EQ(relation.samples[1].b, "AC");
}

}  // namespace
}  // namespace remint::migrate
