// `remint migrate` and `remint verify` end to end on a two-program payroll (tests/migrate/
// payroll): cases recorded from cobc, C++ emitted and proved equivalent; a second run that does
// no work; a copybook edit that redoes exactly its users; a mutant the cases catch, named down
// to the field; runs killed with SIGKILL that the next run completes. The tests run in order in
// one process (they share the project): CMake registers the executable as one test.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <thread>

#include "base/diagnostics/diagnostic_emitter.h"
#include "base/source_manager.h"
#include "store/project_store.h"
#include "tests/support/availability.h"
#include "tests/support/cli_runner.h"

extern char** environ;

namespace remint::testing {
namespace {

namespace fs = std::filesystem;

const std::string kPayroll = std::string(REMINT_SOURCE_DIR) + "/tests/migrate/payroll";

// Three employees: under 40 hours, over (overtime), and exactly 40 (the boundary).
auto EmployeeFile() -> std::string {
  return std::string(
             "E0001"
             "0380"
             "\x02\x50\x0C",
             12) +  // 38.0 h at 25.00
         std::string(
             "E0002"
             "0455"
             "\x03\x05\x0C",
             12) +  // 45.5 h at 30.50
         std::string(
             "E0003"
             "0400"
             "\x01\x27\x5C",
             12);  // 40.0 h at 12.75
}

auto ReadText(const std::string& path) -> std::string {
  ErrorOr<std::string> bytes = ReadFileBytes(path);
  return bytes ? *bytes : std::string();
}

void Append(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::app) << text;
}

auto Contains(const std::string& text, const std::string& what) -> bool {
  return text.find(what) != std::string::npos;
}

class MigrateCommandTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    root_ = new std::string(FreshDirectory("migrate-command"));
    CopyTree(kPayroll, *root_);
    fs::create_directories(*root_ + "/data");
    std::ofstream(*root_ + "/data/EMPIN", std::ios::binary) << EmployeeFile();
  }
  static void TearDownTestSuite() {
    delete root_;
    root_ = nullptr;
  }
  void SetUp() override {
    REMINT_REQUIRE_OR_SKIP(std::system("cobc --version > /dev/null 2>&1") == 0,
                           "cobc not found in PATH");
  }

  // Without case synthesis: these tests count the project's own cases (MigrateSynthesisTest
  // covers synthesis).
  static auto Migrate(const std::string& work, const std::vector<std::string>& environment = {})
      -> CliResult {
    return RunRemint(
        {"migrate", *root_, "--work", work, "--junit", *root_ + "/junit.xml", "--no-synthesize"},
        *root_, environment);
  }
  static auto CaseCount(const std::string& work) -> size_t {
    DiagnosticCollector collector;
    DiagnosticEmitter emitter(nullptr, collector);
    std::unique_ptr<store::ProjectStore> db =
        store::ProjectStore::Open(work + "/remint.db", emitter);
    if (db == nullptr) return 0;
    ErrorOr<std::vector<std::pair<std::string, std::string>>> cases = db->ListCases();
    return cases ? cases->size() : 0;
  }

  static std::string* root_;
};

std::string* MigrateCommandTest::root_ = nullptr;

TEST_F(MigrateCommandTest, FirstRunRecordsEmitsAndVerifies) {
  const CliResult result = Migrate(*root_ + "/work");
  ASSERT_EQ(result.exit_code, 0) << result.out << result.err;
  EXPECT_TRUE(Contains(result.out, "translate: 2 programs, 2 translated now")) << result.out;
  EXPECT_TRUE(Contains(result.out, "record: 2 cases, 2 recorded now")) << result.out;
  EXPECT_TRUE(Contains(result.out, "verify: 2 of 2 cases equivalent")) << result.out;
  const std::string junit = ReadText(*root_ + "/junit.xml");
  EXPECT_TRUE(Contains(junit, "tests=\"2\" failures=\"0\" skipped=\"0\" errors=\"0\"")) << junit;
  EXPECT_TRUE(Contains(junit, "<testcase classname=\"PAYCALC\" name=\"week\"")) << junit;
  EXPECT_TRUE(Contains(junit, "<testcase classname=\"LISTER\" name=\"week\"")) << junit;
  // The recorded output is cobc's: overtime for E0002 only, 40 hours is not overtime.
  const std::string recorded =
      ReadText(*root_ + "/work/emitted/tests/cases/PAYCALC/week/output/PAYOUT");
  ASSERT_EQ(recorded.size(), 33u);
  EXPECT_EQ(recorded.substr(10, 1), "R");
  EXPECT_EQ(recorded.substr(21, 1), "O");
  EXPECT_EQ(recorded.substr(32, 1), "R");
}

TEST_F(MigrateCommandTest, SecondRunWithNothingChangedDoesNoWork) {
  const CliResult result = Migrate(*root_ + "/work");
  ASSERT_EQ(result.exit_code, 0) << result.out << result.err;
  EXPECT_TRUE(Contains(result.out, "translate: 2 programs, 0 translated now, 2 unchanged"))
      << result.out;
  EXPECT_TRUE(Contains(result.out, "record: 2 cases, 0 recorded now, 2 unchanged")) << result.out;
  EXPECT_TRUE(Contains(result.out, "(0 files written)")) << result.out;
  EXPECT_TRUE(Contains(result.out, "verify: nothing changed since the last verification"))
      << result.out;
  // The report is written again, the same.
  EXPECT_TRUE(Contains(ReadText(*root_ + "/junit.xml"), "tests=\"2\" failures=\"0\""));
}

TEST_F(MigrateCommandTest, EditingACopybookRedoesExactlyTheProgramsThatCopyIt) {
  Append(*root_ + "/COPY/PAYREC", "      * PAY-FLAG: O overtime, R regular.\n");
  CliResult result = Migrate(*root_ + "/work");
  ASSERT_EQ(result.exit_code, 0) << result.out << result.err;
  EXPECT_TRUE(Contains(result.out, "translate: 2 programs, 1 translated now, 1 unchanged"))
      << result.out;
  EXPECT_TRUE(Contains(result.out, "  redone: PAYCALC\n")) << result.out;
  EXPECT_TRUE(Contains(result.out, "record: 2 cases, 1 recorded now, 1 unchanged")) << result.out;
  EXPECT_TRUE(Contains(result.out, "  redone: PAYCALC/week\n")) << result.out;
  // A comment changes neither the C++ nor what the legacy build did: nothing to verify again.
  EXPECT_TRUE(Contains(result.out, "(0 files written)")) << result.out;
  EXPECT_TRUE(Contains(result.out, "verify: nothing changed since the last verification"))
      << result.out;

  Append(*root_ + "/COPY/EMPREC", "      * EMP-HOURS in tenths.\n");
  result = Migrate(*root_ + "/work");
  ASSERT_EQ(result.exit_code, 0) << result.out << result.err;
  EXPECT_TRUE(Contains(result.out, "translate: 2 programs, 2 translated now")) << result.out;
  EXPECT_TRUE(Contains(result.out, "  redone: LISTER PAYCALC\n")) << result.out;
}

TEST_F(MigrateCommandTest, AMutantInADecisionFailsVerifyNamingCaseDatasetRecordAndField) {
  const std::string source = *root_ + "/work/emitted/src/paycalc.cpp";
  const std::string original = ReadText(source);
  // IF EMP-HOURS > 40 becomes >= 40: only the employee with exactly 40 hours tells them apart.
  const size_t decision = original.find("// IF PAYCALC:");
  ASSERT_NE(decision, std::string::npos) << original;
  const size_t comparison = original.find(") > 0)", decision);
  ASSERT_NE(comparison, std::string::npos);
  std::string mutant = original;
  mutant.replace(comparison, 6, ") >= 0)");
  std::ofstream(source, std::ios::trunc) << mutant;
  const std::string junit = *root_ + "/mutant.xml";
  const std::string sarif = *root_ + "/mutant.sarif";
  CliResult result = RunRemint({"verify", "--project", *root_, "--work", *root_ + "/work",
                                "--junit", junit, "--sarif", sarif},
                               *root_);
  std::ofstream(source, std::ios::trunc) << original;
  EXPECT_EQ(result.exit_code, 1) << result.out << result.err;
  EXPECT_TRUE(Contains(result.out, "verify: 1 of 2 cases equivalent")) << result.out;
  const std::string report = ReadText(junit);
  EXPECT_TRUE(Contains(report, "failures=\"1\"")) << report;
  EXPECT_TRUE(Contains(report,
                       "dataset PAYOUT: record 3 (byte offset 22): field PAY-FLAG (PAY-RECORD "
                       "offset 10, 1 bytes): expected &quot;R&quot;, got &quot;O&quot;"))
      << report;
  EXPECT_TRUE(Contains(ReadText(sarif), "RM9101")) << ReadText(sarif);
  EXPECT_TRUE(Contains(result.err, "COBOL/PAYCALC: error: case week of PAYCALC differs"))
      << result.err;
  // With the original back, equivalent again.
  result = RunRemint({"verify", "--project", *root_, "--work", *root_ + "/work"}, *root_);
  EXPECT_EQ(result.exit_code, 0) << result.out << result.err;
}

TEST_F(MigrateCommandTest, KilledBetweenStoringACaseAndRememberingItTheNextRunCompletes) {
  const std::string work = *root_ + "/work-killed";
  CliResult result = Migrate(work, {"REMINT_FAULT_INJECTION=migrate-kill:record:LISTER/week"});
  EXPECT_NE(result.exit_code, 0) << result.out << result.err;
  result = Migrate(work);
  ASSERT_EQ(result.exit_code, 0) << result.out << result.err;
  // PAYCALC's case was complete; LISTER's was stored but not remembered: recorded again.
  EXPECT_TRUE(Contains(result.out, "record: 2 cases, 1 recorded now, 1 unchanged")) << result.out;
  EXPECT_TRUE(Contains(result.out, "  redone: LISTER/week\n")) << result.out;
  EXPECT_TRUE(Contains(result.out, "verify: 2 of 2 cases equivalent")) << result.out;
  EXPECT_EQ(CaseCount(work), 2u);
}

TEST_F(MigrateCommandTest, KilledAtAnyMomentTheNextRunCompletes) {
  // SIGKILL from outside at moments spread over a run (translation, recording, the build).
  for (const int milliseconds : {300, 2000, 5000}) {
    SCOPED_TRACE(milliseconds);
    const std::string work = *root_ + "/work-kill-" + std::to_string(milliseconds);
    std::vector<std::string> arguments = {RemintBinary(), "migrate", *root_,
                                          "--work",       work,      "--no-synthesize"};
    std::vector<char*> argv;
    for (std::string& argument : arguments) argv.push_back(argument.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    // Its own group, so that the kill reaches cmake and the compilers too.
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);
    posix_spawnattr_setpgroup(&attributes, 0);
    pid_t pid = 0;
    ASSERT_EQ(posix_spawn(&pid, argv[0], &actions, &attributes, argv.data(), environ), 0);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    std::this_thread::sleep_for(std::chrono::milliseconds(milliseconds));
    kill(-pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
    const CliResult result = Migrate(work);
    ASSERT_EQ(result.exit_code, 0) << result.out << result.err;
    EXPECT_TRUE(Contains(result.out, "verify: 2 of 2 cases equivalent") ||
                Contains(result.out, "verify: nothing changed"))
        << result.out;
    EXPECT_EQ(CaseCount(work), 2u);
    // And a third run has nothing left to do.
    const CliResult again = Migrate(work);
    EXPECT_TRUE(Contains(again.out, "0 translated now") && Contains(again.out, "0 recorded now"))
        << again.out;
  }
}

}  // namespace
}  // namespace remint::testing

namespace remint::testing {
namespace {

// A program that never ends, a case of a program that is not there, a CALLed program given a
// case, a project file with a typo, an emitted project that does not build: each reported
// with its own diagnostic, the rest of the run going on.
TEST(MigrateAbnormalTest, ReportsEachProblemAndGoesOn) {
  REMINT_REQUIRE_OR_SKIP(std::system("cobc --version > /dev/null 2>&1") == 0,
                         "cobc not found in PATH");
  const std::string root = FreshDirectory("migrate-abnormal");
  fs::create_directories(root + "/COBOL");
  std::ofstream(root + "/COBOL/LOOPER") << R"(       IDENTIFICATION DIVISION.
       PROGRAM-ID. LOOPER.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  WS-N PIC 9(4) VALUE 0.
       PROCEDURE DIVISION.
           DISPLAY "STARTED"
           PERFORM UNTIL WS-N > 9999
               MOVE 1 TO WS-N
           END-PERFORM
           STOP RUN.
)";
  std::ofstream(root + "/COBOL/HELPER") << R"(       IDENTIFICATION DIVISION.
       PROGRAM-ID. HELPER.
       DATA DIVISION.
       LINKAGE SECTION.
       01  LK-N PIC 9(4).
       PROCEDURE DIVISION USING LK-N.
           ADD 1 TO LK-N
           GOBACK.
)";
  std::ofstream(root + "/remint.toml") << R"([project]
sources = ["COBOL"]
timeout = 2

[[case]]
program = "LOOPER"
name = "forever"

[[case]]
program = "GHOST"
name = "none"

[[case]]
program = "HELPER"
name = "called"
)";
  const std::string work = root + "/work";
  CliResult result = RunRemint({"migrate", root, "--work", work}, root);
  EXPECT_EQ(result.exit_code, 1) << result.out << result.err;
  // A seed that never ends is no place to search from: nothing synthesized, nothing waited for.
  EXPECT_TRUE(Contains(result.out, "synthesize: 0 cases synthesized")) << result.out;
  EXPECT_TRUE(Contains(result.err,
                       "case forever of LOOPER: the legacy run timed out; that is "
                       "the outcome recorded [RM9003]"))
      << result.err;
  EXPECT_TRUE(Contains(result.err,
                       "case none of GHOST was not recorded: no member of the "
                       "sources is named GHOST [RM9002]"))
      << result.err;
  EXPECT_TRUE(Contains(result.err,
                       "case called of HELPER was not recorded: HELPER is a CALLed "
                       "program"))
      << result.err;
  EXPECT_TRUE(Contains(result.out, "record: 3 cases, 1 recorded now, 0 unchanged, 2 not recorded"))
      << result.out;
  // No outcome to compare a program that never ends with: not compared, never passed.
  EXPECT_TRUE(Contains(result.out,
                       "verify: 0 of 1 cases equivalent to the legacy runs, 0 "
                       "differ, 1 not compared"))
      << result.out;
  EXPECT_TRUE(Contains(result.err,
                       "case forever of LOOPER was not compared: the legacy run of "
                       "case forever timed out"))
      << result.err;

  // An emitted project that does not build.
  std::ofstream(work + "/emitted/src/looper.cpp", std::ios::app) << "\nthis is not C++\n";
  result = RunRemint({"verify", "--project", root, "--work", work}, root);
  EXPECT_EQ(result.exit_code, 1) << result.out << result.err;
  EXPECT_TRUE(Contains(result.err, "the emitted project or its tests do not build")) << result.err;
  EXPECT_TRUE(Contains(result.err, "RM9103")) << result.err;

  // A typo in the project file.
  std::ofstream(root + "/remint.toml", std::ios::app) << "timeuot = 3\n";
  result = RunRemint({"migrate", root, "--work", work}, root);
  EXPECT_EQ(result.exit_code, 2) << result.out << result.err;
  EXPECT_TRUE(Contains(result.err, "remint.toml:16:11: unknown key 'timeuot' in the case"))
      << result.err;
  EXPECT_TRUE(Contains(result.err, "RM9001")) << result.err;
}

// The week's data has no employee at exactly 40 hours: the recorded case alone cannot tell
// `> 40` from `>= 40`. Synthesis puts EMP-HOURS just below, at and just above the literal the
// decision compares it with, records what cobc does, and the mutant no longer survives.
TEST(MigrateSynthesisTest, BoundaryCasesKillAMutantTheRecordedCaseMisses) {
  REMINT_REQUIRE_OR_SKIP(std::system("cobc --version > /dev/null 2>&1") == 0,
                         "cobc not found in PATH");
  const std::string root = FreshDirectory("migrate-synthesis");
  CopyTree(kPayroll, root);
  fs::create_directories(root + "/data");
  std::ofstream(root + "/data/EMPIN", std::ios::binary) << EmployeeFile().substr(0, 24);
  const std::string source = root + "/work/emitted/src/paycalc.cpp";
  auto mutant_verify = [&]() {
    const std::string original = ReadText(source);
    const size_t decision = original.find("// IF PAYCALC:");
    const size_t comparison = original.find(") > 0)", decision);
    EXPECT_NE(comparison, std::string::npos);
    std::string mutant = original;
    mutant.replace(comparison, 6, ") >= 0)");
    std::ofstream(source, std::ios::trunc) << mutant;
    CliResult verified =
        RunRemint({"verify", "PAYCALC", "--project", root, "--work", root + "/work"}, root);
    std::ofstream(source, std::ios::trunc) << original;
    return verified;
  };

  CliResult result =
      RunRemint({"migrate", root, "--work", root + "/work", "--no-synthesize"}, root);
  ASSERT_EQ(result.exit_code, 0) << result.out << result.err;
  result = mutant_verify();
  EXPECT_EQ(result.exit_code, 0) << "the recorded case alone was expected to miss the mutant\n"
                                 << result.out << result.err;

  // A relative work directory, as `make demo` gives one.
  result = RunRemint({"migrate", ".", "--work", "work", "--synthesis-runs", "500"}, root);
  ASSERT_EQ(result.exit_code, 0) << result.out << result.err;
  EXPECT_TRUE(Contains(result.out, "synthesize: ")) << result.out;
  EXPECT_FALSE(Contains(result.out, "synthesize: 0 cases synthesized")) << result.out;
  // The coverage table: PAYCALC's one IF, both ways, by the recorded case and by synthesis.
  const size_t row = result.out.find("  PAYCALC ");
  ASSERT_NE(row, std::string::npos) << result.out;
  const std::string line = result.out.substr(row, result.out.find('\n', row) - row);
  EXPECT_TRUE(Contains(line, " 2 ") &&
              Contains(line, "2 (100.0%)       2 (100.0%)       2 (100.0%)"))
      << line;
  result = mutant_verify();
  EXPECT_EQ(result.exit_code, 1) << result.out << result.err;
  EXPECT_TRUE(Contains(result.err, "error: case synth")) << result.err;
  EXPECT_TRUE(Contains(result.err, "field PAY-FLAG")) << result.err;

  // A reviewer's declaration that a case contradicts: warned about at the declaration, and the
  // outcome still counts as reachable (and reached).
  std::ofstream(root + "/remint.toml", std::ios::app)
      << "\n[[unreachable]]\ndecision = \"IF PAYCALC:36\"\noutcome = true\n"
         "reason = \"a mistaken review\"\n";
  result = RunRemint({"migrate", ".", "--work", "work", "--synthesis-runs", "500"}, root);
  ASSERT_EQ(result.exit_code, 0) << result.out << result.err;
  EXPECT_TRUE(Contains(result.err,
                       "remint.toml:20: warning: IF PAYCALC:36 true is declared "
                       "unreachable, but a case of PAYCALC reaches it [RM9004]"))
      << result.err;
  EXPECT_TRUE(Contains(result.out, "2 (100.0%)       2 (100.0%)       2 (100.0%)")) << result.out;
}

}  // namespace
}  // namespace remint::testing
