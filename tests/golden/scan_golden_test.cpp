// Golden tests of `remint scan` over the fixture dump and over a dump of bad inputs.
#include <sys/stat.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "tests/support/cli_runner.h"
#include "tests/support/golden.h"

namespace remint::testing {
namespace {

const std::string kScanGoldens = std::string(REMINT_SOURCE_DIR) + "/tests/golden/scan";

TEST(ScanGoldenTest, FixtureDumpListing) {
  std::string db = FreshDirectory("scan-fixture-listing") + "/remint.db";
  CliResult result = RunRemint({"--db", db, "-v", "scan", "fixture-dump", "--list"}, kScanGoldens);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(MatchesGolden(kScanGoldens + "/fixture-dump.expected.out", result.out));
  EXPECT_EQ(result.err, "");
}

TEST(ScanGoldenTest, FixtureDumpJson) {
  std::string db = FreshDirectory("scan-fixture-json") + "/remint.db";
  CliResult result = RunRemint({"--db", db, "--json", "scan", "fixture-dump"}, kScanGoldens);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(MatchesGolden(kScanGoldens + "/fixture-dump.expected.json", result.out));
}

// Deterministic "random" bytes: garbage that is the same on every machine.
auto Garbage(size_t size) -> std::string {
  std::string bytes(size, '\0');
  uint32_t state = 12345;
  for (char& byte : bytes) {
    state = state * 1103515245 + 12345;
    byte = static_cast<char>(state >> 16);
  }
  return bytes;
}

// Builds a dump holding one of each kind of bad input next to a good member.
auto MakeBadInputDump(const std::string& name) -> std::string {
  std::string directory = FreshDirectory(name);
  std::filesystem::path dump = std::filesystem::path(directory) / "dump";
  std::filesystem::create_directories(dump / "PROD.COBOL");
  std::ofstream(dump / "PROD.COBOL" / "GOOD") << "000100 IDENTIFICATION DIVISION.\n"
                                                 "000200 PROGRAM-ID. GOOD.\n";
  std::ofstream(dump / "EMPTY");
  std::ofstream(dump / "GARBAGE", std::ios::binary) << Garbage(4096);
  std::ofstream(dump / std::string("NAME\xff\xfe")) << "//J JOB 1\n//S EXEC PGM=X\n";
  std::ofstream(dump / "UNREADABLE") << "       01 X PIC 9.\n";
  std::ofstream(dump / "UNDECODABLE") << "       01 Y PIC 9.\n";
  // Over the 100 MB member limit; sparse, so it costs no disk.
  std::ofstream(dump / "HUGE").close();
  std::filesystem::resize_file(dump / "HUGE", (uint64_t{100} << 20) + 4096);
  std::filesystem::create_directory_symlink("..", dump / "PROD.COBOL" / "LOOP");
  std::filesystem::create_symlink("NOWHERE", dump / "BROKEN");
  EXPECT_EQ(mkfifo((dump / "PIPE").c_str(), 0600), 0);
  std::filesystem::create_directories(dump / "LOCKED");
  std::ofstream(dump / "LOCKED" / "HIDDEN") << "x\n";
  return directory;
}

const std::vector<std::string> kBadInputFaults = {
    "REMINT_FAULT_INJECTION=read:UNREADABLE;decode:UNDECODABLE;list-directory:LOCKED"};

TEST(ScanGoldenTest, BadInputsAreDiagnosedAndTheScanGoesOn) {
  std::string directory = MakeBadInputDump("scan-bad-inputs");
  CliResult result = RunRemint({"--db", "remint.db", "scan", "dump", "--list"}, directory,
                               kBadInputFaults);
  EXPECT_EQ(result.exit_code, 1) << "errors in the input give exit code 1";
  EXPECT_TRUE(MatchesGolden(kScanGoldens + "/bad-inputs.expected.out", result.out));
  EXPECT_TRUE(MatchesGolden(kScanGoldens + "/bad-inputs.expected.err", result.err));
}

TEST(ScanGoldenTest, BadInputsAsSarif) {
  std::string directory = MakeBadInputDump("scan-bad-inputs-sarif");
  CliResult result = RunRemint(
      {"--db", "remint.db", "--diagnostics-format", "sarif", "-q", "scan", "dump"}, directory,
      kBadInputFaults);
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.out, "");
  EXPECT_TRUE(MatchesGolden(kScanGoldens + "/bad-inputs.expected.sarif", result.err));
}

TEST(ScanGoldenTest, UsageAndDriverErrors) {
  std::string directory = FreshDirectory("scan-usage");
  std::ofstream(directory + "/FILE") << "x";
  std::string transcript;
  for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
           {"scan"},
           {"--db", "remint.db", "scan", "MISSING"},
           {"--db", "remint.db", "scan", "FILE"},
           {"--db", "remint.db", "scan", ".", "--code-page", "IBM-285"},
           {"--db", ".", "scan", "."},
           {"--bogus-flag"}}) {
    CliResult result = RunRemint(args, directory);
    transcript += "$ remint";
    for (const std::string& arg : args) transcript += " " + arg;
    transcript += "\nexit " + std::to_string(result.exit_code) + "\n" + result.out + result.err;
  }
  EXPECT_TRUE(MatchesGolden(kScanGoldens + "/usage-errors.expected", transcript));
}

TEST(ScanGoldenTest, StoreFailuresAreReported) {
  std::string directory = FreshDirectory("scan-store-failures");
  std::filesystem::create_directories(directory + "/dump");
  std::ofstream(directory + "/dump/MEMBER") << "x\n";
  CliResult write_failure = RunRemint({"--db", "remint.db", "scan", "dump"}, directory,
                                      {"REMINT_FAULT_INJECTION=store-write"});
  EXPECT_EQ(write_failure.exit_code, 2);
  EXPECT_NE(write_failure.err.find("[RM8003]"), std::string::npos) << write_failure.err;
  // A database from a newer remint is refused, not damaged.
  CliResult ok = RunRemint({"--db", "remint.db", "scan", "dump"}, directory);
  ASSERT_EQ(ok.exit_code, 0) << ok.err;
  CliResult bumped = RunRemint({"--db", "remint.db", "scan", "dump"}, directory);
  ASSERT_EQ(bumped.exit_code, 0);
  {
    std::string sql = "sqlite3 " + directory + "/remint.db 'PRAGMA user_version = 99'";
    ASSERT_EQ(std::system(sql.c_str()), 0);
  }
  CliResult too_new = RunRemint({"--db", "remint.db", "scan", "dump"}, directory);
  EXPECT_EQ(too_new.exit_code, 2);
  EXPECT_NE(too_new.err.find("[RM8002]"), std::string::npos) << too_new.err;
}

// The catalogue in docs/ is the registry's own rendering, so it cannot drift from the code.
TEST(DiagnosticsCatalogueTest, DocsMatchTheRegistry) {
  CliResult result = RunRemint({"diagnostics", "--markdown"}, ".");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(MatchesGolden(std::string(REMINT_SOURCE_DIR) + "/docs/diagnostics.md", result.out));
}

}  // namespace
}  // namespace remint::testing
