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
// SORT, a class test and two CALLs.
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
               CALL 'SUBPROG'
               CALL 'OTHER   '
               CALL 'SUBPROG'
           END-IF
           STOP RUN.
)";

TEST(ProgramFactsTest, FindsDecisionsOnlyTheEnvironmentSteersCallsAndClassTests) {
  const std::string root = testing::FreshDirectory("program-facts");
  std::ofstream(root + "/FACTS.cbl") << kProgram;
  const ProgramBuild build = BuildProgram(root + "/FACTS.cbl", ProgramBuildOptions{});
  ASSERT_TRUE(build.ok);
  // Line 26: OUT-STATUS alone; 29: its 88; 35: LOG-STATUS (EXTEND) alone. Line 32 also reads
  // the input file's status, which a missing dataset changes.
  EXPECT_EQ(build.environment_decisions,
            (std::vector<std::string>{"IF FACTS.cbl:26", "IF FACTS.cbl:29", "IF FACTS.cbl:35"}));
  EXPECT_EQ(build.called, (std::vector<std::string>{"OTHER", "SUBPROG"}));
  EXPECT_EQ(build.class_tested, (std::vector<std::string>{"IN-AMOUNT"}));
  // They survive the project database.
  ProgramBuild stored;
  ASSERT_TRUE(DeserializeBuild(SerializeBuild(build), stored));
  EXPECT_EQ(stored.environment_decisions, build.environment_decisions);
  EXPECT_EQ(stored.called, build.called);
  EXPECT_EQ(stored.class_tested, build.class_tested);
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
