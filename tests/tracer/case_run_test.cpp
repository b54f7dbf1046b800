// tracer/case_run.h: a legacy program run as a recorded case, DDs, PARM and clock included.
#include "tracer/case_run.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "tests/support/availability.h"
#include "tests/support/scratch.h"
#include "tracer/legacy_build.h"

namespace remint::tracer {
namespace {

namespace fs = std::filesystem;

// Copies its input to its output with a date stamp, shows its PARM and the date it sees, and
// ends with RETURN-CODE 4.
constexpr const char* kCopier =
    "       IDENTIFICATION DIVISION.\n"
    "       PROGRAM-ID. COPIER.\n"
    "       ENVIRONMENT DIVISION.\n"
    "       INPUT-OUTPUT SECTION.\n"
    "       FILE-CONTROL.\n"
    "           SELECT IN-FILE ASSIGN TO INFILE\n"
    "               ORGANIZATION LINE SEQUENTIAL.\n"
    "           SELECT OUT-FILE ASSIGN TO OUTFILE\n"
    "               ORGANIZATION LINE SEQUENTIAL.\n"
    "       DATA DIVISION.\n"
    "       FILE SECTION.\n"
    "       FD  IN-FILE.\n"
    "       01  IN-REC PIC X(10).\n"
    "       FD  OUT-FILE.\n"
    "       01  OUT-REC.\n"
    "           05 OUT-DATE PIC 9(8).\n"
    "           05 FILLER   PIC X VALUE SPACE.\n"
    "           05 OUT-TEXT PIC X(10).\n"
    "       WORKING-STORAGE SECTION.\n"
    "       01  WS-EOF   PIC X VALUE 'N'.\n"
    "       01  WS-DATE  PIC 9(8).\n"
    "       01  WS-PARM  PIC X(20).\n"
    "       PROCEDURE DIVISION.\n"
    "           ACCEPT WS-PARM FROM COMMAND-LINE\n"
    "           ACCEPT WS-DATE FROM DATE YYYYMMDD\n"
    "           DISPLAY 'PARM ' WS-PARM ' DATE ' WS-DATE\n"
    "           OPEN INPUT IN-FILE OUTPUT OUT-FILE\n"
    "           PERFORM UNTIL WS-EOF = 'Y'\n"
    "               READ IN-FILE\n"
    "                   AT END MOVE 'Y' TO WS-EOF\n"
    "                   NOT AT END\n"
    "                       MOVE SPACES TO OUT-REC\n"
    "                       MOVE WS-DATE TO OUT-DATE\n"
    "                       MOVE IN-REC TO OUT-TEXT\n"
    "                       WRITE OUT-REC\n"
    "               END-READ\n"
    "           END-PERFORM\n"
    "           CLOSE IN-FILE OUT-FILE\n"
    "           MOVE 4 TO RETURN-CODE\n"
    "           STOP RUN.\n";

TEST(CaseRunTest, MapsDatasetsFixesTheClockAndCollectsOutputs) {
  REMINT_REQUIRE_OR_SKIP(std::system("cobc --version > /dev/null 2>&1") == 0,
                         "cobc not found in PATH");
  const std::string root = testing::FreshDirectory("case-run");
  std::ofstream(root + "/COPIER.cbl") << kCopier;
  std::ofstream(root + "/input.txt") << "ALPHA\nBETA\n";
  LegacyBuildSpec build_spec;
  build_spec.source = root + "/COPIER.cbl";
  build_spec.cache_dir = root + "/cache";
  ErrorOr<LegacyBuild> build = BuildLegacy(build_spec);
  ASSERT_TRUE(build.ok()) << build.error().message();

  std::string first_output;
  for (int run = 0; run < 2; ++run) {
    const std::string scratch = testing::FreshDirectory("case-run-scratch");
    CaseSpec spec;
    spec.program = build->executable;
    spec.inputs = {{"INFILE", root + "/input.txt"}};
    spec.outputs = {"OUTFILE", "UNUSED"};
    spec.parm = "NIGHTLY";
    spec.scratch_dir = scratch;
    ErrorOr<CaseRun> result = RunCase(spec);
    ASSERT_TRUE(result.ok()) << result.error().message();
    EXPECT_EQ(result->outcome.exit_code, 4) << result->outcome.stderr_bytes;
    EXPECT_EQ(result->outcome.stdout_bytes, "PARM NIGHTLY              DATE 20240229\n");
    ASSERT_TRUE(result->outputs.contains("OUTFILE"));
    EXPECT_EQ(result->outputs.at("OUTFILE"), "20240229 ALPHA\n20240229 BETA\n");
    EXPECT_FALSE(result->outputs.contains("UNUSED"));  // a DD it never opened
    EXPECT_TRUE(result->other_files.empty());
    // Replayable: the same case gives the same bytes.
    if (run == 0) {
      first_output = result->outputs.at("OUTFILE");
    } else {
      EXPECT_EQ(result->outputs.at("OUTFILE"), first_output);
    }
  }
}

TEST(CaseRunTest, ADdNamedTwiceIsAnError) {
  const std::string scratch = testing::FreshDirectory("case-run-twice");
  CaseSpec spec;
  spec.program = "/bin/true";
  spec.inputs = {{"SAME", "/dev/null"}};
  spec.outputs = {"SAME"};
  spec.scratch_dir = scratch;
  EXPECT_FALSE(RunCase(spec).ok());
}

}  // namespace
}  // namespace remint::tracer
