// The job runner on small jobs: step order and COND=/IF semantics, dispositions and the catalog,
// temporaries, generations, the utilities, abends and JCL errors. Programs are shell scripts.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>

#include "tests/jobrun/runner_fixture.h"

namespace remint::jobrun::testing {
namespace {

using ::testing::Contains;
using ::testing::HasSubstr;

// Exits with the return code given as PARM.
constexpr const char* kExitWithParm = "exit ${1:-0}";
// Copies DD IN to DD OUT and writes a line to standard output.
constexpr const char* kCopy = "cat \"$DD_IN\" > \"$DD_OUT\"; echo copied";

TEST(JobRunnerTest, CondBypassesAStepWhenATestHolds) {
  RunnerFixture fixture("cond");
  fixture.AddProgram("RC", kExitWithParm);
  RunResult result = fixture.Run(
      "//J1       JOB (A),'T'\n"
      "//S1       EXEC PGM=RC,PARM='4'\n"
      "//S2       EXEC PGM=RC,PARM='0',COND=(4,EQ,S1)\n"
      "//S3       EXEC PGM=RC,PARM='8',COND=(4,LT,S1)\n"
      "//S4       EXEC PGM=RC,COND=((9,LT),(0,EQ,S3))\n"
      "//S5       EXEC PGM=RC,COND=(8,GT)\n");
  // S2: 4 EQ 4 holds -> bypassed. S3: 4 LT 4 does not -> runs, RC 8. S4: (9,LT) is false for
  // every RC so far and (0,EQ,S3) is false -> runs. S5: 8 GT 4 holds for S1 -> bypassed.
  EXPECT_EQ(result.Summary(), "S1=4 S2=FLUSH S3=8 S4=0 S5=FLUSH");
  ASSERT_EQ(result.jobs.size(), 1u);
  EXPECT_EQ(result.jobs[0].max_condition_code, 8);
  EXPECT_THAT(result.joblog, HasSubstr("S2             RC       FLUSHED   COND=(4,EQ,S1)"));
  EXPECT_THAT(result.joblog, HasSubstr("J1       JOB ENDED  MAXCC=0008"));
}

TEST(JobRunnerTest, IfThenElseChoosesOnePartAndProcedureStepsAreQualified) {
  RunnerFixture fixture("if");
  fixture.AddProgram("RC", kExitWithParm);
  RunResult result = fixture.Run(
      "//J1       JOB (A),'T'\n"
      "//P        PROC CODE=0\n"
      "//RUN      EXEC PGM=RC,PARM='&CODE'\n"
      "//         PEND\n"
      "//A        EXEC P,CODE=12\n"
      "//         IF (A.RUN.RC <= 4) THEN\n"
      "//B        EXEC PGM=RC\n"
      "//         ELSE\n"
      "//C        EXEC PGM=RC,PARM='3'\n"
      "//         IF (C.RC = 3 & ¬A.RUN.ABEND) THEN\n"
      "//D        EXEC PGM=RC\n"
      "//         ENDIF\n"
      "//         ENDIF\n"
      "//E        EXEC PGM=RC,COND=(12,EQ,A.RUN)\n");
  EXPECT_EQ(result.Summary(), "A.RUN=12 B=FLUSH C=3 D=0 E=FLUSH");
  EXPECT_THAT(result.joblog, HasSubstr("FLUSHED   IF=(A.RUN.RC <= 4)"));
}

TEST(JobRunnerTest, NewDatasetIsCatalogedAndReadByALaterStep) {
  RunnerFixture fixture("catalog");
  fixture.AddProgram("COPY", kCopy);
  fixture.AddDataset("T.INPUT", "ABCDEFGH");
  RunResult result = fixture.Run(
      "//J1       JOB (A),'T'\n"
      "//S1       EXEC PGM=COPY\n"
      "//IN       DD DSN=T.INPUT,DISP=SHR\n"
      "//OUT      DD DSN=T.OUTPUT,DISP=(NEW,CATLG,DELETE),DCB=(RECFM=FB,LRECL=4)\n"
      "//SYSOUT   DD SYSOUT=*\n"
      "//S2       EXEC PGM=COPY\n"
      "//IN       DD DSN=T.OUTPUT,DISP=OLD\n"
      "//OUT      DD DSN=&&TEMP,DISP=(NEW,PASS)\n"
      "//S3       EXEC PGM=COPY\n"
      "//IN       DD DSN=&&TEMP,DISP=(OLD,DELETE)\n"
      "//OUT      DD DSN=T.FINAL,DISP=(NEW,CATLG)\n");
  EXPECT_EQ(result.Summary(), "S1=0 S2=0 S3=0");
  EXPECT_EQ(fixture.Read(fixture.CatalogFile("T.OUTPUT")), "ABCDEFGH");
  EXPECT_EQ(fixture.Read(fixture.CatalogFile("T.FINAL")), "ABCDEFGH");
  EXPECT_EQ(result.Sysout("J1", "S1.STDOUT"), "copied\n");
  EXPECT_FALSE(std::filesystem::exists(result.output + "/work/J1/temp"))
      << "temporaries are deleted when the job ends";
  EXPECT_FALSE(std::filesystem::exists(result.output + "/work/J1/S3/new.T.FINAL"))
      << "the cataloged dataset moved into the catalog";
}

TEST(JobRunnerTest, NewDatasetAlreadyCatalogedIsAJclErrorAndLaterStepsDoNotRun) {
  RunnerFixture fixture("dup");
  fixture.AddProgram("RC", kExitWithParm);
  fixture.AddDataset("T.EXISTS", "X");
  RunResult result = fixture.Run(
      "//J1       JOB (A),'T'\n"
      "//S1       EXEC PGM=RC\n"
      "//S2       EXEC PGM=RC\n"
      "//OUT      DD DSN=T.EXISTS,DISP=(NEW,CATLG)\n"
      "//S3       EXEC PGM=RC\n");
  EXPECT_EQ(result.Summary(), "S1=0 S2=JCLERR S3=NOTRUN");
  EXPECT_THAT(result.codes(), Contains("RM3202"));
  EXPECT_TRUE(result.jobs[0].jcl_error);
  EXPECT_THAT(result.joblog, HasSubstr("(JCL ERROR)"));
}

TEST(JobRunnerTest, MissingDatasetAndUnpassedTemporaryAreJclErrors) {
  RunnerFixture fixture("missing");
  fixture.AddProgram("RC", kExitWithParm);
  RunResult missing = fixture.Run(
      "//J1       JOB (A),'T'\n"
      "//S1       EXEC PGM=RC\n"
      "//IN       DD DSN=T.NOWHERE,DISP=SHR\n");
  EXPECT_EQ(missing.Summary(), "S1=JCLERR");
  EXPECT_THAT(missing.codes(), Contains("RM3201"));
  RunResult temporary = fixture.Run(
      "//J2       JOB (A),'T'\n"
      "//S1       EXEC PGM=RC\n"
      "//IN       DD DSN=&&NEVER,DISP=(OLD,DELETE)\n");
  EXPECT_EQ(temporary.Summary(), "S1=JCLERR");
  EXPECT_THAT(temporary.codes(), Contains("RM3206"));
}

TEST(JobRunnerTest, MissingProgramAbendsS806AndAbnormalDispositionsApply) {
  RunnerFixture fixture("s806");
  fixture.AddProgram("RC", kExitWithParm);
  RunResult result = fixture.Run(
      "//J1       JOB (A),'T'\n"
      "//S1       EXEC PGM=NOSUCH\n"
      "//OUT      DD DSN=T.KEPT,DISP=(NEW,DELETE,CATLG)\n"
      "//S2       EXEC PGM=RC\n"
      "//S3       EXEC PGM=RC,COND=EVEN\n"
      "//S4       EXEC PGM=RC,COND=ONLY\n");
  EXPECT_EQ(result.Summary(), "S1=S806 S2=FLUSH S3=0 S4=0");
  EXPECT_THAT(result.codes(), Contains("RM3205"));
  EXPECT_EQ(result.jobs[0].abend, "S806");
  EXPECT_NE(fixture.CatalogFile("T.KEPT"), "") << "the abnormal disposition CATLG applied";
}

TEST(JobRunnerTest, ASignalIsAnAbendWithTheSystemCode) {
  RunnerFixture fixture("signal");
  fixture.AddProgram("CRASH", "kill -SEGV $$");
  fixture.AddProgram("RC", kExitWithParm);
  RunResult result = fixture.Run(
      "//J1       JOB (A),'T'\n"
      "//S1       EXEC PGM=CRASH\n"
      "//OUT      DD DSN=T.GONE,DISP=(NEW,CATLG,DELETE)\n"
      "//         IF (S1.ABEND) THEN\n"
      "//S2       EXEC PGM=RC\n"
      "//         ENDIF\n");
  EXPECT_EQ(result.Summary(), "S1=S0C4 S2=0");
  EXPECT_THAT(result.codes(), Contains("RM3208"));
  EXPECT_EQ(fixture.CatalogFile("T.GONE"), "") << "the abnormal disposition DELETE applied";
}

TEST(JobRunnerTest, GenerationsResolveAtJobStartAndRollOffAtTheLimit) {
  RunnerFixture fixture("gdg");
  fixture.AddProgram("COPY", kCopy);
  fixture.AddGdg("T.G", 2);
  fixture.AddDataset("T.G.G0001V00", "ONE");
  std::string jcl =
      "//J1       JOB (A),'T'\n"
      "//S1       EXEC PGM=COPY\n"
      "//IN       DD DSN=T.G(0),DISP=SHR\n"
      "//OUT      DD DSN=T.G(+1),DISP=(NEW,CATLG)\n"
      "//S2       EXEC PGM=COPY\n"
      "//IN       DD DSN=T.G(+1),DISP=SHR\n"
      "//OUT      DD DSN=&&X,DISP=(NEW,DELETE)\n";
  RunResult first = fixture.Run(jcl);
  EXPECT_EQ(first.Summary(), "S1=0 S2=0") << first.joblog;
  EXPECT_EQ(fixture.Read(fixture.CatalogFile("T.G.G0002V00")), "ONE");
  RunResult second = fixture.Run(jcl);
  EXPECT_EQ(second.Summary(), "S1=0 S2=0");
  EXPECT_NE(fixture.CatalogFile("T.G.G0003V00"), "");
  EXPECT_EQ(fixture.CatalogFile("T.G.G0001V00"), "") << "limit 2: the oldest rolled off";
  RunResult beyond = fixture.Run(
      "//J3       JOB (A),'T'\n"
      "//S1       EXEC PGM=COPY\n"
      "//IN       DD DSN=T.G(-2),DISP=SHR\n"
      "//OUT      DD DUMMY\n");
  EXPECT_EQ(beyond.Summary(), "S1=JCLERR");
  EXPECT_THAT(beyond.codes(), Contains("RM3204"));
  RunResult undefined = fixture.Run(
      "//J4       JOB (A),'T'\n"
      "//S1       EXEC PGM=COPY\n"
      "//IN       DD DUMMY\n"
      "//OUT      DD DSN=T.NOBASE(+1),DISP=(NEW,CATLG)\n");
  EXPECT_EQ(undefined.Summary(), "S1=JCLERR");
  EXPECT_THAT(undefined.codes(), Contains("RM3203"));
}

TEST(JobRunnerTest, UtilitiesCopyDeleteDefineAndSort) {
  RunnerFixture fixture("utilities");
  fixture.AddDataset("T.OLD", "X");
  fixture.AddDataset("T.UNSORTED", "CCC2BBB1AAA3", "FB4");
  RunResult result = fixture.Run(
      "//J1       JOB (A),'T'\n"
      "//GEN      EXEC PGM=IEBGENER\n"
      "//SYSPRINT DD SYSOUT=*\n"
      "//SYSIN    DD DUMMY\n"
      "//SYSUT1   DD *\n"
      "HELLO   \n"
      "/*\n"
      "//SYSUT2   DD SYSOUT=*\n"
      "//AMS      EXEC PGM=IDCAMS\n"
      "//SYSPRINT DD SYSOUT=*\n"
      "//SYSIN    DD *\n"
      "  DELETE T.OLD NONVSAM\n"
      "  DELETE T.NOTTHERE\n"
      "  IF LASTCC = 8 THEN -\n"
      "     SET MAXCC = 0\n"
      "  DEFINE GDG (NAME(T.NEWGDG) LIMIT(3) SCRATCH)\n"
      "/*\n"
      "//SRT      EXEC PGM=SORT\n"
      "//SYSOUT   DD SYSOUT=*\n"
      "//SORTIN   DD DSN=T.UNSORTED,DISP=SHR\n"
      "//SORTOUT  DD DSN=T.SORTED,DISP=(NEW,CATLG),DCB=(RECFM=FB,LRECL=4)\n"
      "//SYSIN    DD *\n"
      "  SORT FIELDS=(4,1,CH,A)\n"
      "/*\n"
      "//BAD      EXEC PGM=IDCAMS\n"
      "//SYSPRINT DD SYSOUT=*\n"
      "//SYSIN    DD *\n"
      "  EXPORT T.SORTED\n"
      "/*\n");
  EXPECT_EQ(result.Summary(), "GEN=0 AMS=0 SRT=0 BAD=12");
  EXPECT_EQ(result.Sysout("J1", "GEN.SYSUT2"), "HELLO\n");
  EXPECT_EQ(fixture.CatalogFile("T.OLD"), "");
  EXPECT_EQ(fixture.Read(fixture.CatalogFile("T.SORTED")), "BBB1CCC2AAA3");
  std::string ams = result.Sysout("J1", "AMS.SYSPRINT");
  EXPECT_THAT(ams, HasSubstr("IDC0550I ENTRY (A) T.OLD DELETED"));
  EXPECT_THAT(ams, HasSubstr("IDC3012I ENTRY T.NOTTHERE NOT FOUND"));
  EXPECT_THAT(ams, HasSubstr("MAXIMUM CONDITION CODE WAS 0"));
  EXPECT_THAT(result.Sysout("J1", "SRT.SYSOUT"), HasSubstr("ICE054I 0 RECORDS - IN: 3, OUT: 3"));
  EXPECT_THAT(result.codes(), Contains("RM3207"));
}

TEST(JobRunnerTest, ConcatenationIsReadAsOneDatasetAndReferbackFindsAnEarlierDd) {
  RunnerFixture fixture("concat");
  fixture.AddProgram("COPY", kCopy);
  fixture.AddDataset("T.A", "AAAA");
  fixture.AddDataset("T.B", "BBBB");
  RunResult result = fixture.Run(
      "//J1       JOB (A),'T'\n"
      "//S1       EXEC PGM=COPY\n"
      "//IN       DD DSN=T.A,DISP=SHR\n"
      "//         DD DSN=T.B,DISP=SHR\n"
      "//OUT      DD DSN=T.AB,DISP=(NEW,CATLG)\n"
      "//S2       EXEC PGM=COPY\n"
      "//IN       DD DSN=*.S1.OUT,DISP=SHR\n"
      "//OUT      DD DSN=T.AB2,DISP=(NEW,CATLG)\n");
  EXPECT_EQ(result.Summary(), "S1=0 S2=0");
  EXPECT_EQ(fixture.Read(fixture.CatalogFile("T.AB")), "AAAABBBB");
  EXPECT_EQ(fixture.Read(fixture.CatalogFile("T.AB2")), "AAAABBBB");
}

TEST(JobRunnerTest, UtilityWithoutItsDdAndANewDatasetInAConcatenation) {
  RunnerFixture fixture("missing-dd");
  fixture.AddProgram("COPY", kCopy);
  fixture.AddDataset("T.A", "AAAA");
  RunResult result = fixture.Run(
      "//J1       JOB (A),'T'\n"
      "//GEN      EXEC PGM=IEBGENER\n"
      "//SYSPRINT DD SYSOUT=*\n"
      "//SYSUT2   DD SYSOUT=*\n"
      "//S2       EXEC PGM=COPY\n"
      "//IN       DD DSN=T.A,DISP=SHR\n"
      "//         DD DSN=T.NEW,DISP=(NEW,CATLG)\n"
      "//OUT      DD DUMMY\n");
  EXPECT_EQ(result.Summary(), "GEN=12 S2=JCLERR");
  EXPECT_THAT(result.codes(), Contains("RM3211"));
  EXPECT_THAT(result.codes(), Contains("RM3212"));
  EXPECT_THAT(result.Sysout("J1", "GEN.SYSPRINT"), HasSubstr("SYSUT1"));
}

TEST(JobRunnerTest, JobCondEndsTheJob) {
  RunnerFixture fixture("jobcond");
  fixture.AddProgram("RC", kExitWithParm);
  RunResult result = fixture.Run(
      "//J1       JOB (A),'T',COND=(8,LE)\n"
      "//S1       EXEC PGM=RC,PARM='8'\n"
      "//S2       EXEC PGM=RC\n");
  EXPECT_EQ(result.Summary(), "S1=8 S2=FLUSH");
  EXPECT_THAT(result.joblog, HasSubstr("JOB COND=(8,LE)"));
}

// Job-level traces: each step that ran reports the datasets it found (in-stream data included)
// and those it left, before its dispositions; a flushed step reports nothing.
TEST(JobRunnerTest, StepDatasetsAreWhatEachStepFoundAndLeft) {
  RunnerFixture fixture("traced");
  fixture.AddDataset("T.IN", "ALPHA\n");
  fixture.AddDataset("T.OLD", "OLD\n");
  fixture.AddDataset("T.SHR", "SHR\n");
  fixture.AddDataset("T.KEPT", "KEPT\n");
  fixture.AddProgram("COPY",
                     "cat \"$DD_IN\" > \"$DD_OUT\"; printf 'X' >> \"$DD_OLD\"\n"
                     "echo line > \"$DD_REPORT\"; echo done; echo warn >&2; exit 3");
  RunResult result = fixture.Run(
      "//J1       JOB (A),'T'\n"
      "//S1       EXEC PGM=COPY,PARM='P1'\n"
      "//IN       DD DSN=T.IN,DISP=SHR\n"
      "//OUT      DD DSN=T.NEW,DISP=(NEW,DELETE),DCB=(RECFM=FB,LRECL=6)\n"
      "//OLD      DD DSN=T.OLD,DISP=OLD\n"
      "//UNUSED   DD DSN=T.SHR,DISP=SHR\n"
      "//KEPT     DD DSN=T.KEPT,DISP=OLD\n"
      "//NOTSEEN  DD SYSOUT=*\n"
      "//REPORT   DD SYSOUT=*\n"
      "//WORK     DD UNIT=SYSDA\n"
      "//CARDS    DD *\n"
      "HELLO\n"
      "/*\n"
      "//S2       EXEC PGM=COPY,COND=(0,LE)\n");
  EXPECT_EQ(result.Summary(), "S1=3 S2=FLUSH");
  ASSERT_EQ(result.traced.size(), 1u);
  const StepDatasets& step = result.traced[0];
  EXPECT_EQ(step.job, "J1");
  EXPECT_EQ(step.step, "S1");
  EXPECT_EQ(step.program, "COPY");
  EXPECT_EQ(step.parm, "P1");
  EXPECT_EQ(step.return_code, 3);
  EXPECT_EQ(step.abend, "");
  std::vector<std::string> input_names;
  for (const auto& [dd, bytes] : step.inputs) input_names.push_back(dd);
  EXPECT_THAT(input_names, ::testing::ElementsAre("CARDS", "IN", "KEPT", "OLD", "UNUSED"));
  EXPECT_THAT(step.inputs.at("CARDS"), HasSubstr("HELLO"));
  EXPECT_EQ(step.inputs.at("IN"), "ALPHA\n");
  EXPECT_EQ(step.inputs.at("OLD"), "OLD\n");
  // Outputs: the new dataset (deleted afterwards by its DISP, reported all the same), the OLD
  // one the step changed, the SYSOUT it wrote; not the unchanged SHR and OLD ones, the SYSOUT
  // never written, the work file or the cards.
  std::vector<std::string> output_names;
  for (const auto& [dd, bytes] : step.outputs) output_names.push_back(dd);
  EXPECT_THAT(output_names, ::testing::ElementsAre("OLD", "OUT", "REPORT"));
  EXPECT_EQ(step.outputs.at("OUT"), "ALPHA\n");
  EXPECT_EQ(step.outputs.at("OLD"), "OLD\nX");
  EXPECT_EQ(step.outputs.at("REPORT"), "line\n");
  EXPECT_EQ(step.stdout_bytes, "done\n");
  EXPECT_EQ(step.stderr_bytes, "warn\n");
  EXPECT_EQ(fixture.CatalogFile("T.NEW"), "");
}

}  // namespace
}  // namespace remint::jobrun::testing
