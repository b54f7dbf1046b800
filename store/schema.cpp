#include "store/schema.h"

#include <array>

namespace remint::store {
namespace {

constexpr std::string_view kMigration1 = R"sql(
CREATE TABLE scan_roots (
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL UNIQUE
);
CREATE TABLE sources (
  id INTEGER PRIMARY KEY,
  root_id INTEGER NOT NULL REFERENCES scan_roots(id) ON DELETE CASCADE,
  path TEXT NOT NULL,
  size INTEGER NOT NULL,
  mtime_ns INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  kind TEXT NOT NULL,
  form TEXT NOT NULL,
  encoding TEXT NOT NULL,
  code_page TEXT NOT NULL,
  record_format TEXT NOT NULL,
  line_count INTEGER NOT NULL,
  reason TEXT NOT NULL,
  status TEXT NOT NULL,
  UNIQUE (root_id, path)
);
CREATE TABLE dependencies (
  source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  kind TEXT NOT NULL,
  target TEXT NOT NULL,
  library TEXT NOT NULL,
  line INTEGER NOT NULL,
  PRIMARY KEY (source_id, ordinal)
);
CREATE INDEX dependencies_by_target ON dependencies (kind, target);
CREATE TABLE diagnostics (
  source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  code TEXT NOT NULL,
  severity TEXT NOT NULL,
  path TEXT NOT NULL,
  line INTEGER NOT NULL,
  column_number INTEGER NOT NULL,
  message TEXT NOT NULL,
  source_line TEXT NOT NULL,
  notes_json TEXT NOT NULL,
  PRIMARY KEY (source_id, ordinal)
);
CREATE TABLE runs (
  id INTEGER PRIMARY KEY,
  command TEXT NOT NULL,
  arguments TEXT NOT NULL,
  started_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  finished_at TEXT,
  status TEXT NOT NULL DEFAULT 'running',
  summary_json TEXT NOT NULL DEFAULT '{}'
);
)sql";

// What a member's stored result was computed with, so that `remint scan` reuses a row only
// while everything that decided it is unchanged: analysis_key (analyzer version, options and
// schema version, see cli/scan_command.cpp) and scan_started_ns (wall-clock start of the scan
// that read the content, for the racy-mtime check). Rows from before this migration get an
// empty key, which matches no scan, so each of them is read again once.
constexpr std::string_view kMigration2 = R"sql(
ALTER TABLE sources ADD COLUMN analysis_key TEXT NOT NULL DEFAULT '';
ALTER TABLE sources ADD COLUMN scan_started_ns INTEGER NOT NULL DEFAULT 0;
)sql";

// Recorded cases (issue 10): what a legacy program did with given inputs. Datasets and streams
// are content-addressed blobs, so a dataset many cases share is stored once.
constexpr std::string_view kMigration3 = R"sql(
CREATE TABLE blobs (
  sha256 TEXT PRIMARY KEY,
  size INTEGER NOT NULL,
  bytes BLOB NOT NULL
);
CREATE TABLE cases (
  id INTEGER PRIMARY KEY,
  program TEXT NOT NULL,
  name TEXT NOT NULL,
  build_key TEXT NOT NULL,
  parm TEXT,
  clock TEXT NOT NULL,
  exit_code INTEGER NOT NULL,
  signal INTEGER NOT NULL,
  timed_out INTEGER NOT NULL,
  UNIQUE (program, name)
);
CREATE TABLE case_datasets (
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  role TEXT NOT NULL,
  name TEXT NOT NULL,
  sha256 TEXT NOT NULL REFERENCES blobs(sha256),
  PRIMARY KEY (case_id, role, name)
);
)sql";

// What `remint migrate` last did for each item of each stage (a program's parse and emission, a
// case's recording, the project's verification), keyed by a digest of everything it read, so
// that a run redoes only items whose key changed. A row is written only after the item's
// results are stored, so an interrupted run resumes where it stopped.
constexpr std::string_view kMigration4 = R"sql(
CREATE TABLE migrate_state (
  stage TEXT NOT NULL,
  item TEXT NOT NULL,
  input_key TEXT NOT NULL,
  detail TEXT NOT NULL,
  PRIMARY KEY (stage, item)
);
)sql";

// The business rules of each program as `remint rules` or `remint report` last extracted them
// (analyzers/rules), so that `remint rules PROGRAM` reads them back without the sources. A
// program's rows are replaced whole, in one transaction. `files` lists each file it was read
// from (member and copybooks: absolute path and SHA-256 of the decoded text), so that a reader
// can tell when they have changed since.
constexpr std::string_view kMigration5 = R"sql(
CREATE TABLE rule_programs (
  program TEXT PRIMARY KEY,
  member TEXT NOT NULL,
  files TEXT NOT NULL,
  has_errors INTEGER NOT NULL
);
CREATE TABLE rules (
  program TEXT NOT NULL,
  ordinal INTEGER NOT NULL,
  rule_id TEXT NOT NULL,
  rule TEXT NOT NULL,
  PRIMARY KEY (program, ordinal)
);
CREATE INDEX rules_by_id ON rules (rule_id);
)sql";

constexpr std::array<std::string_view, 5> kMigrations = {kMigration1, kMigration2, kMigration3,
                                                         kMigration4, kMigration5};

}  // namespace

auto SchemaMigrations() -> std::span<const std::string_view> { return kMigrations; }

}  // namespace remint::store
