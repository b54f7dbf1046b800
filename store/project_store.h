// The project database: what remint knows of an estate, kept between runs. Every write happens
// inside a transaction, so a run killed at any instant leaves the database as it was after the
// last committed batch.
#ifndef REMINT_STORE_PROJECT_STORE_H_
#define REMINT_STORE_PROJECT_STORE_H_

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "base/diagnostics/diagnostic.h"
#include "base/diagnostics/diagnostic_emitter.h"
#include "base/error_or.h"
#include "store/sqlite_database.h"

namespace remint::store {

struct DependencyRecord {
  std::string kind;
  std::string target;
  std::string library;
  int64_t line = 0;
};

// One scanned member, as stored.
struct SourceRecord {
  std::string path;  // Relative to its scan root, escaped for display.
  int64_t size = 0;
  int64_t mtime_ns = 0;
  std::string sha256;  // Empty when the member could not be read.
  std::string kind;
  std::string form;
  std::string encoding;
  std::string code_page;
  std::string record_format;
  int64_t line_count = 0;
  std::string reason;
  // "ok", or "error" for members to look at again on every scan (unreadable, walk problems).
  std::string status = "ok";
  // What the result was computed with (see SourceStamp); not part of any report.
  std::string analysis_key;
  int64_t scan_started_ns = 0;
  std::vector<DependencyRecord> dependencies;
  std::vector<Diagnostic> diagnostics;
};

// What a later scan needs to decide whether a member's stored result is still current without
// reading it, and what it changed from when it was read again.
struct SourceStamp {
  int64_t size = 0;
  int64_t mtime_ns = 0;
  std::string status;
  std::string sha256;
  // The analyzer version and options the result was computed with; empty for rows written
  // before schema version 2.
  std::string analysis_key;
  // Wall-clock time (ns since the epoch) at which the scan that read the content started.
  int64_t scan_started_ns = 0;
};

// One recorded case of a program: how it ran and every dataset and stream by role ("input",
// "output", "stdin", "stdout", "stderr") and name (the DD name; the stream's own name).
struct CaseDataset {
  std::string role;
  std::string name;
  std::string bytes;
};

struct CaseRecord {
  std::string program;  // PROGRAM-ID or member name
  std::string name;     // the case's name, unique per program
  std::string build_key;
  std::optional<std::string> parm;
  std::string clock;
  int64_t exit_code = 0;
  int64_t signal = 0;
  bool timed_out = false;
  std::vector<CaseDataset> datasets;  // sorted by role, then name, when loaded
};

struct StageState {
  std::string input_key;
  std::string detail;
};

// The rules of one program as the database keeps them.
struct StoredProgramRules {
  std::string program;  // PROGRAM-ID, upper case
  std::string member;   // its source member, as shown to users
  // Each file it was read from: absolute path -> SHA-256 of its decoded text.
  std::map<std::string, std::string> files;
  bool has_errors = false;          // it lowered with errors: its rules may be incomplete
  std::vector<std::string> rules;   // one JSON object per rule (analysis::RuleToJson), in order
  std::vector<std::string> rule_ids;  // the same rules' ids
};

class ProjectStore {
 public:
  // Opens or creates the database at `path` (creating its directory), migrating it forward.
  // A schema newer than the newest migration is refused. Failures are reported through `emitter`
  // (RM8001, RM8002) and yield null.
  static auto Open(const std::string& path, DiagnosticEmitter& emitter)
      -> std::unique_ptr<ProjectStore>;

  auto path() const -> const std::string& { return db_->path(); }

  auto GetOrCreateRoot(const std::string& root_path) -> ErrorOr<int64_t>;
  auto LoadStamps(int64_t root_id) -> ErrorOr<std::map<std::string, SourceStamp>>;
  // Replaces the rows of these members (with their dependencies and diagnostics), in one
  // transaction.
  auto WriteSources(int64_t root_id, std::span<const SourceRecord> sources) -> ErrorOr<Success>;
  // Deletes members of the root whose paths are not in `present` (sorted); returns how many.
  auto RemoveSourcesNotIn(int64_t root_id, const std::vector<std::string>& present)
      -> ErrorOr<int64_t>;
  // Every member of the root, sorted by path, with dependencies and diagnostics.
  auto LoadSources(int64_t root_id) -> ErrorOr<std::vector<SourceRecord>>;

  // Stores a case, replacing one of the same program and name, in one transaction; bytes go
  // into content-addressed blobs (stored once however many cases share them).
  auto WriteCase(const CaseRecord& record) -> ErrorOr<Success>;
  // The case, or nullopt when none has that program and name.
  auto LoadCase(const std::string& program, const std::string& name)
      -> ErrorOr<std::optional<CaseRecord>>;
  // How many distinct blobs the database holds.
  auto BlobCount() -> ErrorOr<int64_t>;
  // Every case as (program, name), sorted.
  auto ListCases() -> ErrorOr<std::vector<std::pair<std::string, std::string>>>;
  auto RemoveCase(const std::string& program, const std::string& name) -> ErrorOr<Success>;

  // Content-addressed bytes: PutBlob returns the SHA-256 (hex) under which GetBlob finds them.
  auto PutBlob(std::string_view bytes) -> ErrorOr<std::string>;
  auto GetBlob(const std::string& sha256) -> ErrorOr<std::optional<std::string>>;

  // remint migrate's memory of each stage: item -> (input key, detail), sorted by item.
  // Replaces everything kept for each program of `programs`, in one transaction.
  auto WriteProgramRules(std::span<const StoredProgramRules> programs) -> ErrorOr<Success>;
  // nullopt when nothing is kept for `program` (upper case).
  auto LoadProgramRules(const std::string& program)
      -> ErrorOr<std::optional<StoredProgramRules>>;
  // The programs that have rules kept, sorted.
  auto ListRulePrograms() -> ErrorOr<std::vector<std::string>>;

  auto LoadStageState(const std::string& stage) -> ErrorOr<std::map<std::string, StageState>>;
  auto WriteStageState(const std::string& stage, const std::string& item, const StageState& state)
      -> ErrorOr<Success>;
  auto RemoveStageState(const std::string& stage, const std::string& item) -> ErrorOr<Success>;

  auto BeginRun(const std::string& command, const std::string& arguments) -> ErrorOr<int64_t>;
  auto FinishRun(int64_t run_id, const std::string& status, const std::string& summary_json)
      -> ErrorOr<Success>;

 private:
  explicit ProjectStore(std::unique_ptr<Database> db) : db_(std::move(db)) {}
  // The case's rows, inside the caller's transaction.
  auto DeleteCaseRows(const std::string& program, const std::string& name) -> ErrorOr<Success>;
  // Returns the version found when it is newer than this build supports.
  auto Migrate() -> ErrorOr<std::optional<int64_t>>;

  std::unique_ptr<Database> db_;
};

}  // namespace remint::store

#endif  // REMINT_STORE_PROJECT_STORE_H_
