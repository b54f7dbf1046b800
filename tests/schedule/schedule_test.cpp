// Reading batch schedules (Control-M DEFTABLE XML, CA 7 LJOB listing) into one job-flow graph:
// the bankdemo nightly cycle in both formats, located problems on bad input, and seeded mutations.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "frontends/schedule/ca7_reader.h"
#include "frontends/schedule/controlm_reader.h"
#include "frontends/schedule/job_flow.h"
#include "frontends/schedule/read_schedule.h"

#ifndef REMINT_BANKDEMO_DIR
#define REMINT_BANKDEMO_DIR "corpus/bankdemo"
#endif

namespace remint::schedule::testing {
namespace {

constexpr std::string_view kControlMFile = "controlm-deftable.xml";
constexpr std::string_view kCa7File = "ca7-ljob.txt";

// The README's table: BANKD01 -> BANKD02 -> BANKD03, BANKD04 on its own, Monday to Friday, the
// two start jobs at 21:00, "ended OK" = highest condition code 4 or less.
constexpr std::string_view kBankdemoGraph =
    "job BANKD01 member=BANK.PROD.JCL(BANKD01) system=DEPOSIT days=1,2,3,4,5 start=2100 "
    "max-ok-rc=4 after=-\n"
    "job BANKD02 member=BANK.PROD.JCL(BANKD02) system=DEPOSIT days=1,2,3,4,5 start=- "
    "max-ok-rc=4 after=BANKD01\n"
    "job BANKD03 member=BANK.PROD.JCL(BANKD03) system=DEPOSIT days=1,2,3,4,5 start=- "
    "max-ok-rc=4 after=BANKD02\n"
    "job BANKD04 member=BANK.PROD.JCL(BANKD04) system=LOANS days=1,2,3,4,5 start=2100 "
    "max-ok-rc=4 after=-\n"
    "BANKD01 -> BANKD02\n"
    "BANKD02 -> BANKD03\n";

auto SchedulePath(std::string_view file) -> std::string {
  return std::string(REMINT_BANKDEMO_DIR) + "/schedule/" + std::string(file);
}

auto ReadCorpus(std::string_view file) -> std::string {
  std::ifstream in(SchedulePath(file), std::ios::binary);
  EXPECT_TRUE(in) << "cannot open " << SchedulePath(file);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// `text` with the one occurrence of `from` replaced; the edit must apply exactly once.
auto ReplaceOnce(std::string text, std::string_view from, std::string_view to) -> std::string {
  size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << "not found: " << from;
  if (at == std::string::npos) return text;
  EXPECT_EQ(text.find(from, at + 1), std::string::npos) << "found twice: " << from;
  return text.replace(at, from.size(), to);
}

struct Position {
  uint32_t line = 0, column = 0;
};

// 1-based line and column of the first occurrence of `needle` after the first of `after`.
auto PositionOf(std::string_view text, std::string_view needle, std::string_view after = "")
    -> Position {
  size_t at = text.find(needle, text.find(after));
  EXPECT_NE(at, std::string_view::npos) << "not found: " << needle;
  if (at == std::string_view::npos) return {};
  size_t line_start = text.rfind('\n', at);
  line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
  auto line = static_cast<uint32_t>(std::count(text.begin(), text.begin() + at, '\n') + 1);
  return {line, static_cast<uint32_t>(at - line_start + 1)};
}

// `text` with the first `from` after the first `after` replaced by `to`.
auto ReplaceAfter(std::string text, std::string_view after, std::string_view from,
                  std::string_view to) -> std::string {
  size_t at = text.find(from, text.find(after));
  EXPECT_NE(at, std::string::npos) << "not found: " << from;
  if (at == std::string::npos) return text;
  return text.replace(at, from.size(), to);
}

auto Describe(const std::vector<ScheduleProblem>& problems) -> std::string {
  std::string text;
  for (const ScheduleProblem& problem : problems) text += FormatScheduleProblem(problem) + "\n";
  return text;
}

// The only problem of `result`, which must have `code` at `at` in `file`.
void ExpectOnlyProblem(const ScheduleReadResult& result, std::string_view code,
                       std::string_view file, Position at) {
  ASSERT_EQ(result.problems.size(), 1u) << Describe(result.problems);
  const ScheduleProblem& problem = result.problems[0];
  EXPECT_EQ(problem.code, code) << Describe(result.problems);
  EXPECT_EQ(problem.file, file);
  EXPECT_EQ(problem.line, at.line) << Describe(result.problems);
  EXPECT_EQ(problem.column, at.column) << Describe(result.problems);
  EXPECT_FALSE(problem.message.empty());
  EXPECT_FALSE(result.ok());
}

// Some problem of `result` has `code` at `at`.
void ExpectProblem(const ScheduleReadResult& result, std::string_view code, Position at) {
  bool found = std::any_of(result.problems.begin(), result.problems.end(), [&](const auto& p) {
    return p.code == code && p.line == at.line && p.column == at.column;
  });
  EXPECT_TRUE(found) << "want " << code << " at " << at.line << ":" << at.column << ", got\n"
                     << Describe(result.problems);
}

auto ReadBankdemo(std::string_view file) -> ScheduleReadResult {
  return ReadSchedule(ReadCorpus(file), file);
}

// --- the bankdemo cycle -------------------------------------------------------------------------

TEST(BankdemoScheduleTest, ControlMDeftableGivesTheReadmeGraph) {
  ScheduleReadResult result = ReadBankdemo(kControlMFile);
  ASSERT_TRUE(result.ok()) << Describe(result.problems);
  EXPECT_EQ(result.graph.format, "control-m");
  EXPECT_EQ(FormatJobFlowGraph(result.graph), kBankdemoGraph);
}

TEST(BankdemoScheduleTest, Ca7ListingGivesTheReadmeGraph) {
  ScheduleReadResult result = ReadBankdemo(kCa7File);
  ASSERT_TRUE(result.ok()) << Describe(result.problems);
  EXPECT_EQ(result.graph.format, "ca7");
  EXPECT_EQ(FormatJobFlowGraph(result.graph), kBankdemoGraph);
}

TEST(BankdemoScheduleTest, BothFormatsRenderIdentically) {
  std::string control_m = FormatJobFlowGraph(ReadBankdemo(kControlMFile).graph);
  std::string ca7 = FormatJobFlowGraph(ReadBankdemo(kCa7File).graph);
  EXPECT_EQ(control_m, ca7);
  EXPECT_FALSE(control_m.empty());
}

// Kahn with name ties: BANKD01 and BANKD04 start ready; BANKD01 < BANKD04 goes first and makes
// BANKD02 ready, which sorts before BANKD04; likewise BANKD03. So the chain runs, then BANKD04.
TEST(BankdemoScheduleTest, RunOrderTakesTheSmallestReadyName) {
  const std::vector<std::string> expected = {"BANKD01", "BANKD02", "BANKD03", "BANKD04"};
  for (std::string_view file : {kControlMFile, kCa7File}) {
    ScheduleReadResult result = ReadBankdemo(file);
    std::vector<ScheduleProblem> problems;
    EXPECT_EQ(result.graph.RunOrder(problems), expected) << file;
    EXPECT_TRUE(problems.empty()) << Describe(problems);
  }
}

TEST(BankdemoScheduleTest, ControlMKeepsConditionNamesAndJobAttributes) {
  std::string text = ReadCorpus(kControlMFile);
  ScheduleReadResult result = ReadSchedule(text, kControlMFile);
  const ScheduledJob* posting = result.graph.Find("BANKD02");
  ASSERT_NE(posting, nullptr);
  EXPECT_EQ(posting->requirements, (std::vector<JobRequirement>{{"BANKD01", "BANKD01-ENDED-OK"}}));
  EXPECT_EQ(posting->application, "BANKDEMO");
  EXPECT_EQ(posting->library, "BANK.PROD.JCL");
  EXPECT_FALSE(posting->weekdays_inherited);
  EXPECT_EQ(posting->description.substr(0, 16), "NIGHTLY POSTING ");
  Position defined = PositionOf(text, "<JOB JOBISN=\"2\"");
  EXPECT_EQ(posting->line, defined.line);
  EXPECT_EQ(posting->column, defined.column);
}

TEST(BankdemoScheduleTest, Ca7MarksRequirementsAndInheritedDays) {
  std::string text = ReadCorpus(kCa7File);
  ScheduleReadResult result = ReadSchedule(text, kCa7File);
  const ScheduledJob* statements = result.graph.Find("BANKD03");
  const ScheduledJob* loans = result.graph.Find("BANKD04");
  ASSERT_NE(statements, nullptr);
  ASSERT_NE(loans, nullptr);
  EXPECT_EQ(statements->requirements, (std::vector<JobRequirement>{{"BANKD02", "CA7:JOB"}}));
  EXPECT_TRUE(statements->weekdays_inherited);
  EXPECT_FALSE(loans->weekdays_inherited);
  EXPECT_EQ(statements->line, PositionOf(text, " BANKD03  010").line);
  EXPECT_EQ(statements->column, 2u);
}

TEST(BankdemoScheduleTest, GraphQueries) {
  const JobFlowGraph graph = ReadBankdemo(kControlMFile).graph;
  EXPECT_EQ(graph.Successors("BANKD01"), std::vector<std::string>{"BANKD02"});
  EXPECT_EQ(graph.Successors("BANKD02"), std::vector<std::string>{"BANKD03"});
  EXPECT_TRUE(graph.Successors("BANKD03").empty());
  EXPECT_TRUE(graph.Successors("BANKD04").empty());
  EXPECT_EQ(graph.Find("BANKD05"), nullptr);
  EXPECT_EQ(graph.Edges(), (std::vector<JobEdge>{{"BANKD01", "BANKD02"}, {"BANKD02", "BANKD03"}}));
}

TEST(BankdemoScheduleTest, FilesAreReadAndTheirFormatDetected) {
  ScheduleReadResult control_m = ReadScheduleFile(SchedulePath(kControlMFile));
  ScheduleReadResult ca7 = ReadScheduleFile(SchedulePath(kCa7File));
  EXPECT_TRUE(control_m.ok()) << Describe(control_m.problems);
  EXPECT_TRUE(ca7.ok()) << Describe(ca7.problems);
  EXPECT_EQ(control_m.graph.format, "control-m");
  EXPECT_EQ(ca7.graph.format, "ca7");
  EXPECT_EQ(control_m.graph.file, SchedulePath(kControlMFile));
  EXPECT_EQ(FormatJobFlowGraph(ca7.graph), kBankdemoGraph);
}

TEST(ScheduleFileTest, MissingFileAndDirectoryAreUnreadable) {
  std::string missing = SchedulePath("no-such-schedule.xml");
  ScheduleReadResult result = ReadScheduleFile(missing);
  ASSERT_EQ(result.problems.size(), 1u);
  EXPECT_EQ(result.problems[0].code, "unreadable-file");
  EXPECT_EQ(result.problems[0].file, missing);
  EXPECT_EQ(ReadScheduleFile(SchedulePath("")).problems.at(0).code, "unreadable-file");
}

// --- the XML tokenizer --------------------------------------------------------------------------

auto OneJobTable(std::string_view job_attributes, std::string_view job_children = "")
    -> std::string {
  return "<?xml version='1.0'?>\n<!-- one job -->\n<DEFTABLE>\n <FOLDER FOLDER_NAME='F'>\n"
         "  <JOB " +
         std::string(job_attributes) + ">" + std::string(job_children) +
         "</JOB>\n </FOLDER>\n</DEFTABLE>\n";
}

TEST(ControlMXmlTest, DecodesEntitiesAndBothQuoteKinds) {
  ScheduleReadResult result = ReadControlMDeftable(
      OneJobTable("JOBNAME='A' MEMNAME=\"A\" TIMEFROM='21:30' WEEKDAYS='0,6' "
                  "DESCRIPTION='x &amp; &lt;y&gt; &quot;q&quot; &apos;s&apos; &#65;&#x42;&#xe9;'"),
      "one.xml");
  ASSERT_TRUE(result.ok()) << Describe(result.problems);
  const ScheduledJob* job = result.graph.Find("A");
  ASSERT_NE(job, nullptr);
  EXPECT_EQ(job->description, "x & <y> \"q\" 's' AB\xC3\xA9");
  EXPECT_EQ(job->start_time, "2130");
  EXPECT_EQ(job->weekdays, (std::vector<int>{0, 6}));
}

TEST(ControlMXmlTest, UnclosedElementIsReportedWhereItOpens) {
  std::string text = "<DEFTABLE>\n  <FOLDER>\n    <JOB JOBNAME=\"A\" MEMNAME=\"A\"/>\n";
  ExpectOnlyProblem(ReadSchedule(text, "cut.xml"), "xml-unbalanced", "cut.xml", {2, 3});
}

TEST(ControlMXmlTest, EndTagOfAnotherElementIsUnbalanced) {
  std::string text = ReplaceOnce(ReadCorpus(kControlMFile), "    </JOB>\n\n    <JOB JOBISN=\"2\"",
                                 "    </JOBS>\n\n    <JOB JOBISN=\"2\"");
  ExpectOnlyProblem(ReadSchedule(text, "x.xml"), "xml-unbalanced", "x.xml",
                    PositionOf(text, "</JOBS>"));
}

TEST(ControlMXmlTest, BadEntitiesAreLocatedAtTheAmpersand) {
  for (std::string_view entity : {"&bogus;", "&#0;", "&#xD800;", "&#x110000;", "& x", "&#12a;"}) {
    std::string text = ReplaceOnce(ReadCorpus(kControlMFile), "LOAN AMORTIZATION",
                                   "LOAN " + std::string(entity) + " AMORTIZATION");
    ExpectOnlyProblem(ReadSchedule(text, "x.xml"), "xml-bad-entity", "x.xml",
                      PositionOf(text, entity));
  }
}

TEST(ControlMXmlTest, AttributeValueWithoutQuotesIsASyntaxError) {
  std::string text =
      ReplaceOnce(ReadCorpus(kControlMFile), "JOBNAME=\"BANKD02\"", "JOBNAME=BANKD02");
  Position at = PositionOf(text, "JOBNAME=BANKD02");
  at.column += 8;  // the value, where the quote should be
  ExpectOnlyProblem(ReadSchedule(text, "x.xml"), "xml-syntax", "x.xml", at);
}

TEST(ControlMXmlTest, CdataSectionIsRejected) {
  std::string text = ReplaceOnce(ReadCorpus(kControlMFile), "<OUTCOND NAME=\"BANKD04-ENDED-OK\"",
                                 "<![CDATA[ x ]]><OUTCOND NAME=\"BANKD04-ENDED-OK\"");
  ExpectOnlyProblem(ReadSchedule(text, "x.xml"), "xml-unsupported", "x.xml",
                    PositionOf(text, "<![CDATA["));
}

TEST(ControlMXmlTest, MalformedMarkupIsLocated) {
  struct Case {
    std::string text;
    std::string_view code;
    Position at;
  };
  const std::vector<Case> cases = {
      {"<DEFTABLE A='1' A='2'/>", "xml-syntax", {1, 17}},
      {"<DEFTABLE A='1'B='2'/>", "xml-syntax", {1, 16}},
      {"<DEFTABLE A='<'/>", "xml-syntax", {1, 14}},
      {"<DEFTABLE/>\n<DEFTABLE/>", "xml-syntax", {2, 1}},
      {"<DEFTABLE>\n<!-- a -- b -->\n</DEFTABLE>", "xml-syntax", {2, 8}},
      {"<!DOCTYPE x>\n<DEFTABLE/>", "xml-unsupported", {1, 1}},
      {"<DEFTABLE>\x01</DEFTABLE>", "xml-syntax", {1, 11}},
      {"<DEFTABLE>\n  <FOLDER>x</FOLDER>\n</DEFTABLE>", "unexpected-text", {2, 11}},
      {"<TABLE/>", "unknown-element", {1, 1}},
  };
  for (const Case& c : cases) {
    ScheduleReadResult result = ReadControlMDeftable(c.text, "m.xml");
    ASSERT_FALSE(result.problems.empty()) << c.text;
    EXPECT_EQ(result.problems[0].code, c.code) << c.text << "\n" << Describe(result.problems);
    EXPECT_EQ(result.problems[0].line, c.at.line) << c.text;
    EXPECT_EQ(result.problems[0].column, c.at.column) << c.text;
  }
}

// --- Control-M flow problems --------------------------------------------------------------------

TEST(ControlMFlowTest, DuplicateJobIsReportedAtTheSecondDefinition) {
  std::string text =
      ReplaceOnce(ReadCorpus(kControlMFile), "JOBNAME=\"BANKD03\"", "JOBNAME=\"BANKD02\"");
  ExpectOnlyProblem(ReadSchedule(text, "x.xml"), "duplicate-job", "x.xml",
                    PositionOf(text, "<JOB JOBISN=\"3\""));
}

TEST(ControlMFlowTest, ConditionNobodyAddsIsAnUnknownPredecessor) {
  std::string text = ReplaceOnce(ReadCorpus(kControlMFile), "<INCOND NAME=\"BANKD02-ENDED-OK\"",
                                 "<INCOND NAME=\"BANKD09-ENDED-OK\"");
  ScheduleReadResult result = ReadSchedule(text, "x.xml");
  ExpectOnlyProblem(result, "unknown-predecessor", "x.xml",
                    PositionOf(text, "<INCOND NAME=\"BANKD09-ENDED-OK\""));
  EXPECT_TRUE(result.graph.Successors("BANKD02").empty());
}

TEST(ControlMFlowTest, MissingJobNameAndUnsupportedForms) {
  std::string text = OneJobTable("MEMNAME='A'");
  ExpectOnlyProblem(ReadSchedule(text, "x.xml"), "missing-attribute", "x.xml",
                    PositionOf(text, "<JOB"));
  text = OneJobTable("JOBNAME='A' MEMNAME='A'", "<INCOND NAME='C' AND_OR='O'/>");
  ExpectProblem(ReadSchedule(text, "x.xml"), "unsupported-condition", PositionOf(text, "AND_OR"));
  text = OneJobTable("JOBNAME='A' MEMNAME='A' WEEKDAYS='1-5'");
  ExpectOnlyProblem(ReadSchedule(text, "x.xml"), "unsupported-schedule", "x.xml",
                    PositionOf(text, "WEEKDAYS"));
  text = OneJobTable("JOBNAME='A' MEMNAME='A'", "<ON><DOCOND NAME='C' SIGN='+'/></ON>");
  ExpectOnlyProblem(ReadSchedule(text, "x.xml"), "unsupported-element", "x.xml",
                    PositionOf(text, "<DOCOND"));
  text = OneJobTable("JOBNAME='A' MEMNAME='A'", "<STEP/>");
  ExpectOnlyProblem(ReadSchedule(text, "x.xml"), "unknown-element", "x.xml",
                    PositionOf(text, "<STEP"));
}

TEST(ControlMFlowTest, CycleHasNoRunOrder) {
  std::string text = ReplaceOnce(
      ReadCorpus(kControlMFile), "<OUTCOND NAME=\"BANKD01-ENDED-OK\" ODATE=\"ODAT\" SIGN=\"+\"/>",
      "<INCOND NAME=\"BANKD03-ENDED-OK\" ODATE=\"ODAT\" AND_OR=\"A\"/>\n"
      "      <OUTCOND NAME=\"BANKD01-ENDED-OK\" ODATE=\"ODAT\" SIGN=\"+\"/>");
  ScheduleReadResult result = ReadSchedule(text, "loop.xml");
  ASSERT_TRUE(result.ok()) << Describe(result.problems);  // a cycle is well-formed input
  std::vector<ScheduleProblem> problems;
  EXPECT_TRUE(result.graph.RunOrder(problems).empty());
  ASSERT_EQ(problems.size(), 1u) << Describe(problems);
  EXPECT_EQ(problems[0].code, "cycle");
  EXPECT_EQ(problems[0].file, "loop.xml");
  Position first_job = PositionOf(text, "<JOB JOBISN=\"1\"");
  EXPECT_EQ(problems[0].line, first_job.line);
  EXPECT_EQ(problems[0].column, first_job.column);
  EXPECT_NE(problems[0].message.find("BANKD01 -> BANKD02 -> BANKD03 -> BANKD01"), std::string::npos)
      << problems[0].message;
}

TEST(ControlMFlowTest, SelfRequirementIsACycleToo) {
  JobFlowGraph graph;
  graph.file = "hand";
  ScheduledJob a, b;
  a.name = "A";
  a.line = 3;
  b.name = "B";
  b.requirements = {{"B", "X"}};
  b.line = 7;
  graph.jobs = {a, b};
  std::vector<ScheduleProblem> problems;
  EXPECT_TRUE(graph.RunOrder(problems).empty());
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].code, "cycle");
  EXPECT_EQ(problems[0].line, 7u);
}

// --- format detection ---------------------------------------------------------------------------

TEST(ReadScheduleTest, EmptyFileIsAProblemAtItsStart) {
  for (std::string_view text : {"", " \n\t\r\n", "\xEF\xBB\xBF"}) {
    ExpectOnlyProblem(ReadSchedule(text, "e.txt"), "empty-file", "e.txt", {1, 1});
  }
}

TEST(ReadScheduleTest, UnknownFormatIsLocatedAtTheFirstContent) {
  ExpectOnlyProblem(ReadSchedule("HELLO\n", "u.txt"), "unknown-format", "u.txt", {1, 1});
  ExpectOnlyProblem(ReadSchedule("\n\n  //JOB1 JOB\n", "u.txt"), "unknown-format", "u.txt", {3, 3});
  ExpectOnlyProblem(ReadSchedule("** NOTE\n LJOB\n", "u.txt"), "unknown-format", "u.txt", {2, 2});
  EXPECT_EQ(DetectScheduleFormat(ReadCorpus(kCa7File)), ScheduleFormat::kCa7);
  EXPECT_EQ(DetectScheduleFormat(ReadCorpus(kControlMFile)), ScheduleFormat::kControlM);
}

// --- CA 7 listing problems ----------------------------------------------------------------------

// The listing up to and including the line holding the n-th occurrence of `needle`.
auto CutAfterLine(const std::string& text, std::string_view needle, int occurrence) -> std::string {
  size_t at = std::string::npos;
  for (int i = 0; i < occurrence; ++i) at = text.find(needle, at + 1);
  EXPECT_NE(at, std::string::npos);
  return text.substr(0, text.find('\n', at) + 1);
}

TEST(Ca7ListingTest, SectionCutShortIsTruncated) {
  std::string text = CutAfterLine(ReadCorpus(kCa7File), "- REQUIREMENTS -", 4);
  auto title_line = static_cast<uint32_t>(std::count(text.begin(), text.end(), '\n'));
  ScheduleReadResult result = ReadSchedule(text, "cut.txt");
  ExpectOnlyProblem(result, "ca7-truncated", "cut.txt", {title_line, 9});
  EXPECT_EQ(result.graph.jobs.size(), 4u);
}

TEST(Ca7ListingTest, PageCutBeforeItsDataLineIsTruncated) {
  std::string text = CutAfterLine(ReadCorpus(kCa7File), "PAGE 0003", 1);
  ScheduleReadResult result = ReadSchedule(text, "cut.txt");
  ASSERT_FALSE(result.problems.empty());
  ExpectProblem(result, "ca7-truncated", {PositionOf(text, "PAGE 0003").line, 0});
}

TEST(Ca7ListingTest, RequirementOnAnUnlistedJob) {
  std::string text =
      ReplaceOnce(ReadCorpus(kCa7File), "JOB=BANKD01   SCHID=000", "JOB=BANKD09   SCHID=000");
  Position at = PositionOf(text, "BANKD09");
  ExpectOnlyProblem(ReadSchedule(text, "r.txt"), "unknown-predecessor", "r.txt", at);
  EXPECT_EQ(at.column, 16u);
}

TEST(Ca7ListingTest, TriggerViewsMustAgree) {
  std::string original = ReadCorpus(kCa7File);
  std::string text = ReplaceOnce(
      original,
      "        ----------------- TRIGGERED BY JOBS/DATASETS/NETWORKS -----------------\n"
      "           JOB=BANKD01  SCHID=001      QTM=0030 LEADTM=0000 SUBMTM=0000\n",
      "");
  ScheduleReadResult result = ReadSchedule(text, "t.txt");
  Position entry = PositionOf(text, "JOB=BANKD02  SCHID=001");
  entry.column += 4;
  ExpectOnlyProblem(result, "ca7-trigger-mismatch", "t.txt", entry);

  // BANKD03 claims to trigger jobs, but lists none.
  text = ReplaceAfter(original, "PAGE 0003", "N -- COMP TRIGGERS", "Y -- COMP TRIGGERS");
  ExpectOnlyProblem(ReadSchedule(text, "t.txt"), "ca7-trigger-mismatch", "t.txt",
                    PositionOf(text, "Y -- COMP TRIGGERS", "PAGE 0003"));
}

TEST(Ca7ListingTest, DuplicateJobAndBadDataLine) {
  std::string original = ReadCorpus(kCa7File);
  std::string text = ReplaceOnce(original, " BANKD04  010 BANKD04", " BANKD01  010 BANKD04");
  ExpectProblem(ReadSchedule(text, "d.txt"), "duplicate-job",
                {PositionOf(text, " BANKD01  010 BANKD04").line, 2});
  text = ReplaceOnce(original, " BANKD04  010 BANKD04", " BANKD04  0X0 BANKD04");
  ExpectProblem(ReadSchedule(text, "d.txt"), "ca7-bad-line",
                {PositionOf(text, " BANKD04  0X0").line, 11});
}

TEST(Ca7ListingTest, AbnormalEndTestGivesTheHighestOkCode) {
  std::string text =
      ReplaceAfter(ReadCorpus(kCa7File), "PAGE 0004", "COND-CODE 0004", "COND-CODE 0008");
  ScheduleReadResult result = ReadSchedule(text, "rc.txt");
  ASSERT_TRUE(result.ok()) << Describe(result.problems);
  EXPECT_EQ(result.graph.Find("BANKD04")->max_ok_return_code, 8);
  EXPECT_EQ(result.graph.Find("BANKD03")->max_ok_return_code, 4);
}

// --- robustness ---------------------------------------------------------------------------------

// One random damage: a byte set to any value, a short run deleted, or the text cut.
void Mutate(std::string& text, std::mt19937& random) {
  if (text.empty()) return;
  auto pick = [&](size_t bound) { return std::uniform_int_distribution<size_t>(0, bound)(random); };
  switch (pick(2)) {
    case 0:
      text[pick(text.size() - 1)] = static_cast<char>(pick(255));
      break;
    case 1: {
      size_t at = pick(text.size() - 1);
      text.erase(at, 1 + pick(15));
      break;
    }
    default:
      text.resize(pick(text.size()));
      break;
  }
}

void ExpectWellFormedResult(const ScheduleReadResult& result, std::string_view file,
                            size_t line_count) {
  for (const ScheduleProblem& problem : result.problems) {
    EXPECT_EQ(problem.file, file);
    EXPECT_FALSE(problem.code.empty());
    EXPECT_FALSE(problem.message.empty());
    EXPECT_LE(problem.line, line_count + 1) << FormatScheduleProblem(problem);
  }
  const std::vector<ScheduledJob>& jobs = result.graph.jobs;
  EXPECT_TRUE(std::is_sorted(jobs.begin(), jobs.end(),
                             [](const auto& a, const auto& b) { return a.name < b.name; }));
}

TEST(ScheduleRobustnessTest, SeededMutationsNeitherCrashNorHang) {
  for (std::string_view file : {kControlMFile, kCa7File}) {
    const std::string original = ReadCorpus(file);
    std::mt19937 random(20240229);
    int with_problems = 0;
    auto slowest = std::chrono::steady_clock::duration::zero();
    for (int i = 0; i < 1000; ++i) {
      std::string text = original;
      for (int edits = 1 + static_cast<int>(random() % 3); edits > 0; --edits) {
        Mutate(text, random);
      }
      auto start = std::chrono::steady_clock::now();
      ScheduleReadResult result = ReadSchedule(text, file);
      ScheduleReadResult direct =
          file == kCa7File ? ReadCa7Listing(text, file) : ReadControlMDeftable(text, file);
      std::vector<ScheduleProblem> order_problems;
      result.graph.RunOrder(order_problems);
      FormatJobFlowGraph(direct.graph);
      slowest = std::max(slowest, std::chrono::steady_clock::now() - start);
      size_t line_count = static_cast<size_t>(std::count(text.begin(), text.end(), '\n'));
      ExpectWellFormedResult(result, file, line_count);
      ExpectWellFormedResult(direct, file, line_count);
      with_problems += result.ok() ? 0 : 1;
    }
    // Most damage is noticed; a flipped byte inside a comment or a description is not.
    EXPECT_GT(with_problems, 500) << file;
    EXPECT_LT(std::chrono::duration_cast<std::chrono::milliseconds>(slowest).count(), 2000);
  }
}

}  // namespace
}  // namespace remint::schedule::testing
