// `remint scan` over changing dumps and interrupted runs: a second scan reads only what
// changed, and a scan killed with SIGKILL and run again ends with the same inventory as an
// uninterrupted one.
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include <nlohmann/json.hpp>

#include "store/sqlite_database.h"
#include "tests/support/cli_runner.h"

extern char** environ;

namespace remint::testing {
namespace {

const std::string kFixtureDump = std::string(REMINT_SOURCE_DIR) + "/tests/golden/scan/fixture-dump";

auto ScanJson(const std::string& directory, const std::string& db) -> nlohmann::json {
  CliResult result = RunRemint({"--db", db, "--json", "scan", "dump"}, directory);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  return nlohmann::json::parse(result.out);
}

TEST(ScanIncrementalTest, SecondScanReadsOnlyWhatChanged) {
  std::string directory = FreshDirectory("scan-incremental");
  CopyTree(kFixtureDump, directory + "/dump");
  nlohmann::json first = ScanJson(directory, "remint.db");
  EXPECT_EQ(first["run"]["new"], 11);
  EXPECT_EQ(first["run"]["read"], 11);

  nlohmann::json second = ScanJson(directory, "remint.db");
  EXPECT_EQ(second["run"]["read"], 0);
  EXPECT_EQ(second["run"]["unchanged"], 11);
  EXPECT_EQ(second["members"], first["members"]);

  // Change one member (new size), add one, remove one.
  std::ofstream(directory + "/dump/PROD.DATA/RATES.txt", std::ios::app) << "TIER04 X\n";
  std::ofstream(directory + "/dump/PROD.PROCLIB/NEWPROC") << "//NEWPROC PROC\n//S EXEC PGM=A\n";
  std::filesystem::remove(directory + "/dump/PROD.FORTRAN/rates.f90");
  nlohmann::json third = ScanJson(directory, "remint.db");
  EXPECT_EQ(third["run"]["read"], 2);
  EXPECT_EQ(third["run"]["new"], 1);
  EXPECT_EQ(third["run"]["changed"], 1);
  EXPECT_EQ(third["run"]["removed"], 1);
  EXPECT_EQ(third["run"]["unchanged"], 9);

  // The incremental inventory equals a from-scratch scan of the same state.
  nlohmann::json fresh = ScanJson(directory, "fresh.db");
  EXPECT_EQ(third["members"], fresh["members"]);
}

// Starts remint in the background; returns its pid.
auto SpawnRemint(const std::vector<std::string>& args, const std::string& directory) -> pid_t {
  std::vector<std::string> storage = {RemintBinary()};
  storage.insert(storage.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& arg : storage) argv.push_back(arg.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addchdir_np(&actions, directory.c_str());
  pid_t pid = 0;
  EXPECT_EQ(posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ), 0);
  posix_spawn_file_actions_destroy(&actions);
  return pid;
}

auto StoredMemberCount(const std::string& db_path) -> int64_t {
  if (!std::filesystem::exists(db_path)) return 0;
  ErrorOr<std::unique_ptr<store::Database>> db = store::Database::OpenReadOnly(db_path);
  if (!db) return 0;
  ErrorOr<store::Statement> count = (*db)->Prepare("SELECT count(*) FROM sources");
  if (!count || !count->Step().ok()) return 0;  // Schema not created yet.
  return count->ColumnInt(0);
}

TEST(ScanKillTest, KilledScanResumesToTheSameInventory) {
  std::string directory = FreshDirectory("scan-kill");
  // Enough members that the scan is still running when the test sees its first commits.
  for (int copy = 0; copy < 120; ++copy) {
    CopyTree(kFixtureDump, directory + "/dump/COPY" + std::to_string(copy), /*hard_links=*/true);
  }
  int64_t total = 120 * 11;
  nlohmann::json reference = ScanJson(directory, "reference.db");
  ASSERT_EQ(reference["members"].size(), static_cast<size_t>(total));

  std::string db = directory + "/killed.db";
  int kills_mid_scan = 0;
  // Kill at several points of one database's life: each rerun resumes what the last left.
  for (int64_t kill_after : {50, 400, 900}) {
    pid_t pid = SpawnRemint(
        {"--db", "killed.db", "-j", "1", "scan", "dump", "--batch-size", "7"}, directory);
    bool killed = false;
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (std::chrono::steady_clock::now() < deadline) {
      int status = 0;
      if (waitpid(pid, &status, WNOHANG) == pid) break;  // Finished before we struck.
      if (StoredMemberCount(db) >= kill_after) {
        kill(pid, SIGKILL);
        waitpid(pid, &status, 0);
        killed = true;
        break;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    if (killed) ++kills_mid_scan;
  }
  EXPECT_GE(kills_mid_scan, 1) << "no run was killed mid-scan: make the dump larger";

  nlohmann::json resumed = ScanJson(directory, "killed.db");
  EXPECT_LT(resumed["run"]["read"].get<int64_t>(), total)
      << "the resumed scan must not start over";
  EXPECT_EQ(resumed["members"], reference["members"]);
}

}  // namespace
}  // namespace remint::testing
