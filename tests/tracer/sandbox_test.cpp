// tracer/sandbox.h: how a confined run ends, what it can see and where it can write.
#include "tracer/sandbox.h"

#include <gtest/gtest.h>

#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "tests/support/availability.h"
#include "tests/support/scratch.h"

namespace remint::tracer {
namespace {

namespace fs = std::filesystem;

auto Shell(const std::string& scratch, const std::string& script) -> SandboxSpec {
  SandboxSpec spec;
  spec.argv = {"/bin/sh", "-c", script};
  spec.env = {{"PATH", "/usr/bin:/bin"}, {"CASE_NAME", "one"}};
  spec.scratch_dir = scratch;
  return spec;
}

auto RunCase(const SandboxSpec& spec) -> SandboxOutcome {
  ErrorOr<SandboxOutcome> outcome = RunSandboxed(spec);
  EXPECT_TRUE(outcome.ok()) << (outcome.ok() ? "" : outcome.error().message());
  return outcome.ok() ? *outcome : SandboxOutcome{};
}

TEST(SandboxTest, CollectsStreamsAndTheExitCode) {
  const std::string scratch = testing::FreshDirectory("sandbox-streams");
  const SandboxOutcome outcome = RunCase(Shell(scratch, "echo out; echo err >&2; pwd; exit 3"));
  EXPECT_EQ(outcome.exit_code, 3);
  EXPECT_EQ(outcome.signal, 0);
  EXPECT_FALSE(outcome.timed_out);
  EXPECT_EQ(outcome.stdout_bytes, "out\n" + fs::canonical(scratch).string() + "\n");
  EXPECT_EQ(outcome.stderr_bytes, "err\n");
}

TEST(SandboxTest, TheEnvironmentIsOnlyWhatTheCaseGives) {
  setenv("REMINT_SANDBOX_LEAK", "visible", 1);
  const std::string scratch = testing::FreshDirectory("sandbox-env");
  const SandboxOutcome outcome =
      RunCase(Shell(scratch, "echo \"[$CASE_NAME][$REMINT_SANDBOX_LEAK][$HOME]\""));
  EXPECT_EQ(outcome.stdout_bytes, "[one][][]\n");
}

TEST(SandboxTest, WritesOutsideTheScratchDirectoryFailAndLeaveNothing) {
  const std::string scratch = testing::FreshDirectory("sandbox-inside");
  const std::string outside = testing::FreshDirectory("sandbox-outside");
  const SandboxOutcome outcome = RunCase(Shell(
      scratch, "echo kept > inside.txt; echo lost > " + outside + "/outside.txt; echo $?; " +
                   "rm -f " + outside + "/../sandbox-outside/x; mkdir " + outside + "/d; echo $?"));
  EXPECT_TRUE(fs::exists(fs::path(scratch) / "inside.txt"));
  EXPECT_FALSE(fs::exists(fs::path(outside) / "outside.txt"));
  EXPECT_FALSE(fs::exists(fs::path(outside) / "d"));
  // Both refused: the shell's redirection and mkdir report failure.
  EXPECT_EQ(outcome.stdout_bytes, "2\n1\n");
  EXPECT_NE(outcome.stderr_bytes.find("Read-only file system"), std::string::npos)
      << outcome.stderr_bytes;
}

TEST(SandboxTest, AProgramThatRunsForeverIsKilledAtTheTimeout) {
  const std::string scratch = testing::FreshDirectory("sandbox-timeout");
  SandboxSpec spec = Shell(scratch, "echo started; sleep 30 & wait");
  spec.wall_timeout = std::chrono::milliseconds(300);
  const SandboxOutcome outcome = RunCase(spec);
  EXPECT_TRUE(outcome.timed_out);
  EXPECT_EQ(outcome.signal, SIGKILL);
  EXPECT_EQ(outcome.stdout_bytes, "started\n");
  EXPECT_LT(outcome.wall.count(), 10'000);
}

TEST(SandboxTest, TheCpuLimitEndsABusyLoop) {
  const std::string scratch = testing::FreshDirectory("sandbox-cpu");
  SandboxSpec spec = Shell(scratch, "while :; do :; done");
  spec.cpu_seconds = 1;
  spec.wall_timeout = std::chrono::milliseconds(30'000);
  const SandboxOutcome outcome = RunCase(spec);
  EXPECT_FALSE(outcome.timed_out);
  EXPECT_EQ(outcome.signal, SIGXCPU);
}

TEST(SandboxTest, ACrashIsItsSignalAndAMissingProgramIs127) {
  const std::string scratch = testing::FreshDirectory("sandbox-crash");
  EXPECT_EQ(RunCase(Shell(scratch, "kill -SEGV $$")).signal, SIGSEGV);
  SandboxSpec missing;
  missing.argv = {scratch + "/no-such-program"};
  missing.scratch_dir = scratch;
  const SandboxOutcome outcome = RunCase(missing);
  EXPECT_EQ(outcome.exit_code, 127);
  EXPECT_NE(outcome.stderr_bytes.find("no-such-program"), std::string::npos);
}

TEST(SandboxTest, AMissingScratchDirectoryIsAnError) {
  SandboxSpec spec = Shell("/nonexistent/remint-scratch", "true");
  EXPECT_FALSE(RunSandboxed(spec).ok());
}

// The legacy side as the tracer will run it: a program built by cobc that writes one file in
// its directory and tries another at an absolute path outside; the second OPEN fails with a
// permanent error status and no file appears.
TEST(SandboxTest, ACobolProgramCannotWriteOutsideItsDirectory) {
  REMINT_REQUIRE_OR_SKIP(std::system("cobc --version > /dev/null 2>&1") == 0,
                         "cobc not found in PATH");
  const std::string build = testing::FreshDirectory("sandbox-cobol-build");
  const std::string scratch = testing::FreshDirectory("sandbox-cobol-run");
  const std::string outside = testing::FreshDirectory("sandbox-cobol-outside");
  const std::string target = outside + "/STOLEN.DAT";
  ASSERT_LT(target.size(), 60u) << "the path must fit the program's literal";
  std::ofstream(build + "/escape.cbl")
      << "       IDENTIFICATION DIVISION.\n"
         "       PROGRAM-ID. ESCAPE.\n"
         "       ENVIRONMENT DIVISION.\n"
         "       INPUT-OUTPUT SECTION.\n"
         "       FILE-CONTROL.\n"
         "           SELECT INSIDE-FILE ASSIGN TO 'INSIDE.DAT'\n"
         "               ORGANIZATION LINE SEQUENTIAL FILE STATUS IS IN-STATUS.\n"
         "           SELECT OUTSIDE-FILE ASSIGN TO OUTSIDE-NAME\n"
         "               ORGANIZATION LINE SEQUENTIAL FILE STATUS IS OUT-STATUS.\n"
         "       DATA DIVISION.\n"
         "       FILE SECTION.\n"
         "       FD  INSIDE-FILE.\n"
         "       01  INSIDE-REC PIC X(10).\n"
         "       FD  OUTSIDE-FILE.\n"
         "       01  OUTSIDE-REC PIC X(10).\n"
         "       WORKING-STORAGE SECTION.\n"
         "       01  IN-STATUS PIC XX.\n"
         "       01  OUT-STATUS PIC XX.\n"
         "       01  OUTSIDE-NAME PIC X(60) VALUE\n"
         "           '"
      << target
      << "'.\n"
         "       PROCEDURE DIVISION.\n"
         "           OPEN OUTPUT INSIDE-FILE\n"
         "           MOVE 'KEPT' TO INSIDE-REC\n"
         "           WRITE INSIDE-REC\n"
         "           CLOSE INSIDE-FILE\n"
         "           OPEN OUTPUT OUTSIDE-FILE\n"
         "           DISPLAY 'INSIDE ' IN-STATUS ' OUTSIDE ' OUT-STATUS\n"
         "           STOP RUN.\n";
  ASSERT_EQ(std::system(("cobc -x -o " + build + "/escape " + build + "/escape.cbl").c_str()), 0);
  SandboxSpec spec;
  spec.argv = {build + "/escape"};
  spec.env = {{"PATH", "/usr/bin:/bin"}, {"TMPDIR", scratch}};
  spec.scratch_dir = scratch;
  const SandboxOutcome outcome = RunCase(spec);
  EXPECT_EQ(outcome.exit_code, 0) << outcome.stderr_bytes;
  // libcob maps EROFS to 37 (permission denied), as EACCES.
  EXPECT_EQ(outcome.stdout_bytes, "INSIDE 00 OUTSIDE 37\n");
  EXPECT_TRUE(fs::exists(fs::path(scratch) / "INSIDE.DAT"));
  EXPECT_FALSE(fs::exists(target));
}

}  // namespace
}  // namespace remint::tracer
