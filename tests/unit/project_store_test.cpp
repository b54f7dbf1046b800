#include "store/project_store.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "base/diagnostics/diagnostic_emitter.h"
#include "store/schema.h"
#include "tests/support/scratch.h"

namespace remint::store {
namespace {

class ProjectStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    directory_ = remint::testing::FreshDirectory(
        "store-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    path_ = (directory_ / "sub" / "remint.db").string();
  }

  auto Open() -> std::unique_ptr<ProjectStore> {
    DiagnosticEmitter emitter(nullptr, collector_);
    return ProjectStore::Open(path_, emitter);
  }

  std::filesystem::path directory_;
  std::string path_;
  DiagnosticCollector collector_;
};

auto Member(std::string path, std::string kind) -> SourceRecord {
  SourceRecord record;
  record.path = std::move(path);
  record.size = 10;
  record.mtime_ns = 42;
  record.sha256 = "abc";
  record.kind = std::move(kind);
  record.encoding = "ascii";
  record.record_format = "lines";
  record.line_count = 3;
  record.reason = "because";
  record.analysis_key = "analyzer=1;code-page=IBM037";
  record.scan_started_ns = 1'700'000'000'000'000'000;
  return record;
}

TEST_F(ProjectStoreTest, CreatesMigratesAndRoundTripsMembers) {
  std::unique_ptr<ProjectStore> store = Open();
  ASSERT_NE(store, nullptr);
  ErrorOr<int64_t> root = store->GetOrCreateRoot("/dump");
  ASSERT_TRUE(root.ok());
  EXPECT_EQ(*store->GetOrCreateRoot("/dump"), *root);

  SourceRecord program = Member("B/PROG", "cobol-program");
  program.dependencies.push_back({"copy", "BOOK", "LIB", 5});
  DiagnosticCollector collector;
  DiagnosticEmitter(nullptr, collector).EmitForPath(DiagnosticKind::kScanEmptyMember, "B/PROG");
  program.diagnostics = collector.TakeSorted();
  SourceRecord book = Member("A/BOOK", "cobol-copybook");
  std::vector<SourceRecord> batch = {program, book};
  ASSERT_TRUE(store->WriteSources(*root, batch).ok());

  ErrorOr<std::vector<SourceRecord>> loaded = store->LoadSources(*root);
  ASSERT_TRUE(loaded.ok());
  ASSERT_EQ(loaded->size(), 2u);
  EXPECT_EQ((*loaded)[0].path, "A/BOOK");  // Sorted by path.
  EXPECT_EQ((*loaded)[0].analysis_key, "analyzer=1;code-page=IBM037");
  EXPECT_EQ((*loaded)[0].scan_started_ns, 1'700'000'000'000'000'000);
  ErrorOr<std::map<std::string, SourceStamp>> stamps = store->LoadStamps(*root);
  ASSERT_TRUE(stamps.ok());
  const SourceStamp& stamp = stamps->at("B/PROG");
  EXPECT_EQ(stamp.size, 10);
  EXPECT_EQ(stamp.mtime_ns, 42);
  EXPECT_EQ(stamp.status, "ok");
  EXPECT_EQ(stamp.sha256, "abc");
  EXPECT_EQ(stamp.analysis_key, "analyzer=1;code-page=IBM037");
  EXPECT_EQ(stamp.scan_started_ns, 1'700'000'000'000'000'000);
  const SourceRecord& loaded_program = (*loaded)[1];
  ASSERT_EQ(loaded_program.dependencies.size(), 1u);
  EXPECT_EQ(loaded_program.dependencies[0].library, "LIB");
  ASSERT_EQ(loaded_program.diagnostics.size(), 1u);
  EXPECT_EQ(loaded_program.diagnostics[0], program.diagnostics[0]);

  // Rewriting a member replaces it, with its dependencies.
  program.dependencies.clear();
  ASSERT_TRUE(store->WriteSources(*root, std::vector<SourceRecord>{program}).ok());
  EXPECT_TRUE((*store->LoadSources(*root))[1].dependencies.empty());

  ErrorOr<int64_t> removed = store->RemoveSourcesNotIn(*root, {"B/PROG"});
  ASSERT_TRUE(removed.ok());
  EXPECT_EQ(*removed, 1);
  EXPECT_EQ(store->LoadStamps(*root)->size(), 1u);

  ErrorOr<int64_t> run = store->BeginRun("scan", "/dump");
  ASSERT_TRUE(run.ok());
  EXPECT_TRUE(store->FinishRun(*run, "ok", "{}").ok());
}

TEST_F(ProjectStoreTest, ReopeningKeepsDataAndSchema) {
  {
    std::unique_ptr<ProjectStore> store = Open();
    ASSERT_NE(store, nullptr);
    int64_t root = *store->GetOrCreateRoot("/d");
    ASSERT_TRUE(store->WriteSources(root, std::vector<SourceRecord>{Member("X", "unknown")}).ok());
  }
  std::unique_ptr<ProjectStore> store = Open();
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(store->LoadSources(*store->GetOrCreateRoot("/d"))->size(), 1u);
}

// A database an older remint created (schema version 1, no analysis keys) opens and migrates;
// its rows keep their data and get the empty key, which no scan uses, so each is read again.
TEST_F(ProjectStoreTest, MigratesSchemaOneDatabase) {
  std::filesystem::create_directories(directory_ / "sub");
  {
    ErrorOr<std::unique_ptr<Database>> db = Database::Open(path_);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE((*db)->Execute(SchemaMigrations()[0]).ok());
    ASSERT_TRUE((*db)->Execute("PRAGMA user_version = 1").ok());
    ASSERT_TRUE((*db)->Execute("INSERT INTO scan_roots (id, path) VALUES (1, '/d')").ok());
    ASSERT_TRUE((*db)
                    ->Execute("INSERT INTO sources (root_id, path, size, mtime_ns, sha256, kind, "
                              "form, encoding, code_page, record_format, line_count, reason, "
                              "status) VALUES (1, 'OLD', 7, 99, 'f00d', 'jcl-job', '', 'ascii', "
                              "'', 'lines', 2, 'JOB statement at line 1', 'ok')")
                    .ok());
  }
  std::unique_ptr<ProjectStore> store = Open();
  ASSERT_NE(store, nullptr) << collector_.TakeSorted().size() << " diagnostics";
  {
    ErrorOr<std::unique_ptr<Database>> db = Database::OpenReadOnly(path_);
    ASSERT_TRUE(db.ok());
    EXPECT_EQ(*(*db)->UserVersion(), static_cast<int64_t>(SchemaMigrations().size()));
  }
  ErrorOr<std::map<std::string, SourceStamp>> stamps = store->LoadStamps(1);
  ASSERT_TRUE(stamps.ok());
  ASSERT_EQ(stamps->size(), 1u);
  const SourceStamp& stamp = stamps->at("OLD");
  EXPECT_EQ(stamp.size, 7);
  EXPECT_EQ(stamp.mtime_ns, 99);
  EXPECT_EQ(stamp.sha256, "f00d");
  EXPECT_EQ(stamp.analysis_key, "");
  EXPECT_EQ(stamp.scan_started_ns, 0);
  ErrorOr<std::vector<SourceRecord>> loaded = store->LoadSources(1);
  ASSERT_TRUE(loaded.ok());
  ASSERT_EQ(loaded->size(), 1u);
  EXPECT_EQ((*loaded)[0].kind, "jcl-job");
  EXPECT_EQ((*loaded)[0].reason, "JOB statement at line 1");

  // New rows carry their key.
  ASSERT_TRUE(store->WriteSources(1, std::vector<SourceRecord>{Member("OLD", "jcl-job")}).ok());
  EXPECT_EQ(store->LoadStamps(1)->at("OLD").analysis_key, "analyzer=1;code-page=IBM037");
}

TEST_F(ProjectStoreTest, RefusesNewerSchemaAndNonFiles) {
  {
    std::unique_ptr<ProjectStore> store = Open();
    ASSERT_NE(store, nullptr);
  }
  {
    ErrorOr<std::unique_ptr<Database>> db = Database::Open(path_);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE((*db)->Execute("PRAGMA user_version = 999").ok());
  }
  EXPECT_EQ(Open(), nullptr);
  std::vector<Diagnostic> diagnostics = collector_.TakeSorted();
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].kind, DiagnosticKind::kStoreSchemaTooNew);

  path_ = directory_.string();  // A directory is no database.
  EXPECT_EQ(Open(), nullptr);
  EXPECT_EQ(collector_.TakeSorted()[0].kind, DiagnosticKind::kStoreOpenFailed);
}

TEST_F(ProjectStoreTest, FailedBatchWritesNothing) {
  std::unique_ptr<ProjectStore> store = Open();
  ASSERT_NE(store, nullptr);
  int64_t root = *store->GetOrCreateRoot("/d");
  SourceRecord bad = Member("SECOND", "unknown");
  bad.dependencies.push_back({"copy", "X", "", 1});
  bad.dependencies.push_back({"copy", "Y", "", 2});
  std::vector<SourceRecord> batch = {Member("FIRST", "unknown"), bad};
  // A duplicate path inside one batch violates nothing (the second replaces the first), so
  // force a failure by closing the root: a foreign key violation on a missing root.
  ErrorOr<Success> result = store->WriteSources(root + 1000, batch);
  EXPECT_FALSE(result.ok());
  EXPECT_TRUE(store->LoadSources(root)->empty());
  EXPECT_TRUE(store->LoadSources(root + 1000)->empty());
}

}  // namespace
}  // namespace remint::store

namespace remint::store {
namespace {

// Recorded cases: datasets as content-addressed blobs (a dataset two cases share is stored
// once), bytes of any value kept exactly, a case replaced whole by one of the same name.
TEST(ProjectStoreCaseTest, CasesKeepTheirBytesAndShareEqualDatasets) {
  const std::string path = remint::testing::FreshDirectory("store-cases") + "/remint.db";
  DiagnosticCollector collector;
  DiagnosticEmitter emitter(nullptr, collector);
  std::unique_ptr<ProjectStore> store = ProjectStore::Open(path, emitter);
  ASSERT_NE(store, nullptr);
  const std::string binary("\x00\x01\xff\x0c packed\x00", 12);
  CaseRecord first{
      "INTACCR",
      "month-end",
      "key1",
      "PARM1",
      "2024/02/29 23:59:00.00",
      4,
      0,
      false,
      {{"input", "ACCTIN", binary}, {"output", "ACCTOUT", "out"}, {"stdout", "stdout", "hello\n"}}};
  CaseRecord second = first;
  second.name = "mid-month";
  second.parm.reset();
  second.datasets[1].bytes = "other";
  ASSERT_TRUE(store->WriteCase(first).ok());
  ASSERT_TRUE(store->WriteCase(second).ok());
  // ACCTIN and stdout are shared: 2 + 1 + 1 distinct blobs.
  EXPECT_EQ(*store->BlobCount(), 4);
  ErrorOr<std::optional<CaseRecord>> loaded = store->LoadCase("INTACCR", "month-end");
  ASSERT_TRUE(loaded.ok() && loaded->has_value());
  const CaseRecord& record = **loaded;
  EXPECT_EQ(record.exit_code, 4);
  EXPECT_EQ(record.parm, std::optional<std::string>("PARM1"));
  ASSERT_EQ(record.datasets.size(), 3u);
  EXPECT_EQ(record.datasets[0].role, "input");
  EXPECT_EQ(record.datasets[0].bytes, binary);
  EXPECT_EQ(record.datasets[1].bytes, "out");
  EXPECT_FALSE((*store->LoadCase("INTACCR", "mid-month"))->parm.has_value());
  // Recorded again under the same name: replaced, not duplicated.
  first.exit_code = 0;
  first.datasets.pop_back();
  ASSERT_TRUE(store->WriteCase(first).ok());
  EXPECT_EQ((*store->LoadCase("INTACCR", "month-end"))->exit_code, 0);
  EXPECT_EQ((*store->LoadCase("INTACCR", "month-end"))->datasets.size(), 2u);
  EXPECT_FALSE(store->LoadCase("INTACCR", "none")->has_value());
}

}  // namespace
}  // namespace remint::store
