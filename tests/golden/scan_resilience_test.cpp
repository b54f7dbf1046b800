// `remint scan` over changing dumps and interrupted runs: a second scan reads only what
// changed, and reads again every member whose stored result another code page, analyzer
// version or schema computed, or whose content its size and mtime cannot vouch for; a scan
// killed with SIGKILL and run again ends with the same inventory as an uninterrupted one.
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <thread>

#include <nlohmann/json.hpp>

#include "base/encoding.h"
#include "store/project_store.h"
#include "store/schema.h"
#include "store/sqlite_database.h"
#include "tests/support/cli_runner.h"

extern char** environ;

namespace remint::testing {
namespace {

const std::string kFixtureDump = std::string(REMINT_SOURCE_DIR) + "/tests/golden/scan/fixture-dump";

auto ScanJson(const std::string& directory, const std::string& db,
              const std::vector<std::string>& options = {}) -> nlohmann::json {
  std::vector<std::string> args = {"--db", db, "--json", "scan", "dump"};
  args.insert(args.end(), options.begin(), options.end());
  CliResult result = RunRemint(args, directory);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  return nlohmann::json::parse(result.out, nullptr, /*allow_exceptions=*/false);
}

// The run counts of a scan as one comparable value.
auto RunCounts(const nlohmann::json& scan) -> std::map<std::string, int64_t> {
  std::map<std::string, int64_t> counts;
  if (!scan.is_object() || !scan.contains("run")) return counts;  // Output was no scan report.
  for (const auto& [name, value] : scan["run"].items()) counts[name] = value.get<int64_t>();
  return counts;
}

auto Counts(int64_t added, int64_t changed, int64_t reanalyzed, int64_t unchanged, int64_t read)
    -> std::map<std::string, int64_t> {
  return {{"new", added},           {"changed", changed}, {"reanalyzed", reanalyzed},
          {"unchanged", unchanged}, {"removed", 0},       {"read", read}};
}

// Dates every file below `root` an hour back: a dump restored long ago, whose mtimes are well
// outside the racy window, so size and mtime alone decide whether a member is read again.
void AgeTree(const std::string& root) {
  auto old = std::filesystem::file_time_type::clock::now() - std::chrono::hours(1);
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    if (entry.is_regular_file()) std::filesystem::last_write_time(entry.path(), old);
  }
}

// The member as the project database holds it (`directory`/dump is the scan root).
auto StoredMember(const std::string& directory, const std::string& db, const std::string& path)
    -> store::SourceRecord {
  DiagnosticCollector collector;
  DiagnosticEmitter emitter(nullptr, collector);
  std::unique_ptr<store::ProjectStore> project =
      store::ProjectStore::Open(directory + "/" + db, emitter);
  if (project == nullptr) {
    ADD_FAILURE() << "cannot open " << db;
    return {};
  }
  std::string root = std::filesystem::canonical(directory + "/dump").string();
  ErrorOr<std::vector<store::SourceRecord>> members =
      project->LoadSources(*project->GetOrCreateRoot(root));
  if (members.ok()) {
    for (store::SourceRecord& member : *members) {
      if (member.path == path) return member;
    }
  }
  ADD_FAILURE() << path << " is not stored in " << db;
  return {};
}

// Rewrites `path` with `content` of the same length and puts its modification time back, as
// a restored backup or `touch -d` leaves a member: only the bytes tell it changed.
void RewriteKeepingSizeAndMtime(const std::string& path, const std::string& content) {
  auto mtime = std::filesystem::last_write_time(path);
  ASSERT_EQ(std::filesystem::file_size(path), content.size());
  std::ofstream(path, std::ios::binary | std::ios::trunc) << content;
  std::filesystem::last_write_time(path, mtime);
  ASSERT_EQ(std::filesystem::last_write_time(path), mtime);
}

TEST(ScanIncrementalTest, SecondScanReadsOnlyWhatChanged) {
  std::string directory = FreshDirectory("scan-incremental");
  CopyTree(kFixtureDump, directory + "/dump");
  AgeTree(directory + "/dump");
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

// 80-column card images of `lines`, encoded in an EBCDIC code page, as a PDS member comes off
// a mainframe.
auto EbcdicCards(const std::vector<std::string>& lines, const std::string& code_page)
    -> std::string {
  std::string text;
  for (const std::string& line : lines) text += line + std::string(80 - line.size(), ' ');
  ErrorOr<std::string> bytes = EncodeEbcdic(text, code_page);
  EXPECT_TRUE(bytes.ok());
  return bytes.ok() ? *bytes : "";
}

// Issue 8, defect 6: a rescan with another --code-page reported the first decoding, because
// size and mtime were all that was compared.
TEST(ScanIncrementalTest, CodePageChangeReadsEbcdicMembersAgain) {
  std::string directory = FreshDirectory("scan-code-page-change");
  std::filesystem::create_directories(directory + "/dump/PROD.COBOL");
  // '[' and ']' are 0xAD and 0xBD in IBM-1047 but other letters in IBM-037.
  std::ofstream(directory + "/dump/PROD.COBOL/CPTEST", std::ios::binary) << EbcdicCards(
      {"       IDENTIFICATION DIVISION.", "       PROGRAM-ID. CPTEST.",
       "       PROCEDURE DIVISION.", "           CALL 'SUB[1]'.", "           STOP RUN."},
      "IBM-1047");
  AgeTree(directory + "/dump");

  nlohmann::json first = ScanJson(directory, "remint.db");
  EXPECT_EQ(RunCounts(first), Counts(1, 0, 0, 0, 1));
  store::SourceRecord as_037 = StoredMember(directory, "remint.db", "PROD.COBOL/CPTEST");
  EXPECT_EQ(as_037.encoding, "ebcdic");
  EXPECT_EQ(as_037.code_page, "IBM037");
  ASSERT_EQ(as_037.dependencies.size(), 1u);
  EXPECT_NE(as_037.dependencies[0].target, "SUB[1]");

  nlohmann::json second = ScanJson(directory, "remint.db", {"--code-page", "IBM-1047"});
  EXPECT_EQ(RunCounts(second), Counts(0, 0, 1, 0, 1)) << second["run"];
  store::SourceRecord as_1047 = StoredMember(directory, "remint.db", "PROD.COBOL/CPTEST");
  EXPECT_EQ(as_1047.code_page, "IBM1047");
  ASSERT_EQ(as_1047.dependencies.size(), 1u);
  EXPECT_EQ(as_1047.dependencies[0].kind, "call");
  EXPECT_EQ(as_1047.dependencies[0].target, "SUB[1]");
  EXPECT_EQ(as_1047.sha256, as_037.sha256);
  // What a first scan with IBM-1047 stores.
  EXPECT_EQ(second["members"],
            ScanJson(directory, "fresh.db", {"--code-page", "IBM-1047"})["members"]);

  // Another spelling of the same code page reuses the result.
  nlohmann::json third = ScanJson(directory, "remint.db", {"--code-page", "1047"});
  EXPECT_EQ(RunCounts(third), Counts(0, 0, 0, 1, 0)) << third["run"];
}

// Runs SQL on a project database, as a test's stand-in for what another remint left in it.
void ExecuteSql(const std::string& db_path, const std::vector<std::string>& statements) {
  ErrorOr<std::unique_ptr<store::Database>> db = store::Database::Open(db_path);
  ASSERT_TRUE(db.ok()) << db.error().message();
  for (const std::string& sql : statements) {
    ErrorOr<Success> done = (*db)->Execute(sql);
    ASSERT_TRUE(done.ok()) << sql << ": " << done.error().message();
  }
}

// Issue 8, defect 6: results of another analyzer version were reused. The hidden
// --analyzer-version stands in for another remint release (0: versions start at 1).
TEST(ScanIncrementalTest, AnalyzerVersionChangeReadsEveryMemberAgain) {
  std::string directory = FreshDirectory("scan-analyzer-version");
  CopyTree(kFixtureDump, directory + "/dump");
  AgeTree(directory + "/dump");
  nlohmann::json first = ScanJson(directory, "remint.db");
  EXPECT_EQ(RunCounts(first), Counts(11, 0, 0, 0, 11));
  // Results that only the analyzer which wrote them would give, so a reuse shows.
  ExecuteSql(directory + "/remint.db", {"UPDATE sources SET kind = 'stale-kind'"});

  // The same analyzer and options trust size and mtime, as they should.
  nlohmann::json same = ScanJson(directory, "remint.db");
  EXPECT_EQ(RunCounts(same), Counts(0, 0, 0, 11, 0)) << same["run"];
  EXPECT_EQ(StoredMember(directory, "remint.db", "PROD.JCL/NIGHTLY.jcl").kind, "stale-kind");

  nlohmann::json other = ScanJson(directory, "remint.db", {"--analyzer-version", "0"});
  EXPECT_EQ(RunCounts(other), Counts(0, 0, 11, 0, 11)) << other["run"];
  EXPECT_EQ(StoredMember(directory, "remint.db", "PROD.JCL/NIGHTLY.jcl").kind, "jcl-job");
  EXPECT_EQ(other["members"], first["members"]);
  nlohmann::json again = ScanJson(directory, "remint.db", {"--analyzer-version", "0"});
  EXPECT_EQ(RunCounts(again), Counts(0, 0, 0, 11, 0)) << again["run"];

  // Back to this build's analyzer is a change too.
  nlohmann::json back = ScanJson(directory, "remint.db");
  EXPECT_EQ(RunCounts(back), Counts(0, 0, 11, 0, 11)) << back["run"];
  // --full reads everything; bytes as stored count as unchanged.
  nlohmann::json full = ScanJson(directory, "remint.db", {"--full"});
  EXPECT_EQ(RunCounts(full), Counts(0, 0, 0, 11, 11)) << full["run"];
  EXPECT_EQ(full["members"], first["members"]);
}

// Issue 8, defect 6: content rewritten with its size and mtime restored. Within the racy window
// (mtime not older than 5 s before the scan that read the member started, the case of a member
// written in the same second it was scanned) the member is read again and its SHA-256
// compared, so the change is found.
TEST(ScanIncrementalTest, RacyMtimeContentChangeIsDetected) {
  std::string directory = FreshDirectory("scan-racy-mtime");
  std::filesystem::create_directories(directory + "/dump/PROD.DATA");
  std::string rates = directory + "/dump/PROD.DATA/RATES";
  std::ofstream(rates) << "TIER01 0.0125\n";  // Written now: the scan below is racy.
  auto written = std::filesystem::last_write_time(rates);

  nlohmann::json first = ScanJson(directory, "remint.db");
  EXPECT_EQ(RunCounts(first), Counts(1, 0, 0, 0, 1));
  ASSERT_LT(std::filesystem::file_time_type::clock::now() - written, std::chrono::seconds(5))
      << "the first scan ended more than 5 s after the member was written: not racy";
  store::SourceRecord before = StoredMember(directory, "remint.db", "PROD.DATA/RATES");

  RewriteKeepingSizeAndMtime(rates, "TIER01 0.0175\n");
  nlohmann::json second = ScanJson(directory, "remint.db");
  EXPECT_EQ(RunCounts(second), Counts(0, 1, 0, 0, 1)) << second["run"];
  store::SourceRecord after = StoredMember(directory, "remint.db", "PROD.DATA/RATES");
  EXPECT_EQ(after.size, before.size);
  EXPECT_EQ(after.mtime_ns, before.mtime_ns);
  EXPECT_NE(after.sha256, before.sha256);
  EXPECT_EQ(second["members"], ScanJson(directory, "fresh.db")["members"]);
}

// The other side of the trade-off (see kRacyWindowNs in cli/scan_command.cpp): a member whose
// mtime was well before the scan that read it is trusted on size and mtime, so content
// rewritten with both restored keeps its stored result until --full reads it.
TEST(ScanIncrementalTest, OldMtimeContentChangeNeedsFull) {
  std::string directory = FreshDirectory("scan-old-mtime");
  std::filesystem::create_directories(directory + "/dump/PROD.DATA");
  std::string rates = directory + "/dump/PROD.DATA/RATES";
  std::ofstream(rates) << "TIER01 0.0125\n";
  AgeTree(directory + "/dump");

  ScanJson(directory, "remint.db");
  store::SourceRecord before = StoredMember(directory, "remint.db", "PROD.DATA/RATES");
  RewriteKeepingSizeAndMtime(rates, "TIER01 0.0175\n");
  nlohmann::json trusted = ScanJson(directory, "remint.db");
  EXPECT_EQ(RunCounts(trusted), Counts(0, 0, 0, 1, 0)) << trusted["run"];
  EXPECT_EQ(StoredMember(directory, "remint.db", "PROD.DATA/RATES").sha256, before.sha256);

  nlohmann::json full = ScanJson(directory, "remint.db", {"--full"});
  EXPECT_EQ(RunCounts(full), Counts(0, 1, 0, 0, 1)) << full["run"];
  EXPECT_NE(StoredMember(directory, "remint.db", "PROD.DATA/RATES").sha256, before.sha256);
  EXPECT_EQ(full["members"], ScanJson(directory, "fresh.db")["members"]);
}

// Issue 8, defect 6: a project database of schema version 1 (before analysis keys) opens,
// migrates, and has every member read again once, replacing results an older remint stored.
TEST(ScanIncrementalTest, SchemaOneDatabaseIsMigratedAndReadAgainOnce) {
  std::string directory = FreshDirectory("scan-schema-one");
  CopyTree(kFixtureDump, directory + "/dump");
  AgeTree(directory + "/dump");
  nlohmann::json current = ScanJson(directory, "current.db");
  ASSERT_EQ(current["members"].size(), 11u);

  // The database an older remint left: migration 1 only, holding the same members (as an older
  // analyzer may have classified them: with a kind this one never gives).
  ExecuteSql(directory + "/old.db",
             {std::string(store::SchemaMigrations()[0]), "PRAGMA user_version = 1",
              "ATTACH '" + directory + "/current.db' AS current",
              "INSERT INTO scan_roots SELECT * FROM current.scan_roots",
              "INSERT INTO sources SELECT id, root_id, path, size, mtime_ns, sha256, "
              "'stale-kind', form, encoding, code_page, record_format, line_count, reason, "
              "status FROM current.sources",
              "INSERT INTO dependencies SELECT * FROM current.dependencies",
              "INSERT INTO diagnostics SELECT * FROM current.diagnostics"});

  nlohmann::json migrated = ScanJson(directory, "old.db");
  EXPECT_EQ(RunCounts(migrated), Counts(0, 0, 11, 0, 11)) << migrated["run"];
  EXPECT_EQ(migrated["members"], current["members"]);
  {
    ErrorOr<std::unique_ptr<store::Database>> db =
        store::Database::OpenReadOnly(directory + "/old.db");
    ASSERT_TRUE(db.ok());
    EXPECT_EQ(*(*db)->UserVersion(), static_cast<int64_t>(store::SchemaMigrations().size()));
  }

  nlohmann::json again = ScanJson(directory, "old.db");
  EXPECT_EQ(RunCounts(again), Counts(0, 0, 0, 11, 0)) << again["run"];
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
