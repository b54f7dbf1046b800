// `remint migrate`: a project (remint.toml) from its COBOL to a verified C++ translation.
// Stages, each redone only for what changed since the last run (the project database keeps a
// key per item: a digest of everything the item read):
//   1. translate: parse, lower, verify and emit each program (a program's key covers its source
//      and every copybook it copied, so touching a copybook redoes exactly its users);
//   2. record: run each case with the legacy build (cobc) and store what it did;
//   3. tests: write the emitted project with its equivalence tests (file by file: unchanged
//      files keep their time stamps, so the build recompiles only what changed);
//   4. verify: build the project and replay every case (skipped when nothing it reads changed
//      since a verification that passed).
// Every item's results are stored before its key, so a run that is killed resumes where it
// stopped: nothing recorded is lost or recorded twice.
#ifndef REMINT_MIGRATE_MIGRATE_H_
#define REMINT_MIGRATE_MIGRATE_H_

#include <functional>
#include <string>
#include <vector>

#include "base/diagnostics/diagnostic.h"
#include "base/error_or.h"
#include "migrate/coverage_table.h"
#include "migrate/verify.h"

namespace remint::migrate {

// The search's budget per program unless the user gives another: what `make demo` spends.
constexpr int kDefaultSynthesisRuns = 20000;

struct MigrateOptions {
  std::string config_path;  // remint.toml
  std::string work_dir;     // the database, legacy builds, emitted project and its build
  bool verify = true;
  bool synthesize = true;
  int synthesis_runs = kDefaultSynthesisRuns;  // per program
  int jobs = 2;
  // Progress of the current stage: (stage, done, total).
  std::function<void(std::string_view, size_t, size_t)> progress;
  // A line for the user per stage and per item redone.
  std::function<void(std::string_view)> log;
};

struct StageCounts {
  size_t total = 0;
  size_t redone = 0;  // done now
  size_t reused = 0;  // unchanged since the last run
  size_t failed = 0;
};

struct MigrateSummary {
  StageCounts programs;
  StageCounts cases;
  std::vector<std::string> programs_redone;  // by name
  std::vector<std::string> cases_redone;     // PROGRAM/case
  int files_written = 0;                     // emitted project files new or changed
  StageCounts synthesized;  // total: cases synthesized; redone/reused: programs searched
  // Decision coverage: a row per main program and each program it CALLs, then a row per CALLed
  // program for all its callers together.
  std::vector<CoverageRow> coverage;
  bool verified = false;  // verify ran (or was reused)
  bool verify_reused = false;
  VerifyResult verify;
  std::string project_dir;                     // the emitted project
  std::string junit_xml;                       // the last verification's JUnit report
  std::map<std::string, std::string> sources;  // program -> legacy source
  std::vector<Diagnostic> diagnostics;
};

// Errors: the project file, the database or the work directory could not be used. Programs
// that do not translate and cases that cannot be recorded are diagnostics of the summary.
auto RunMigrate(const MigrateOptions& options) -> ErrorOr<MigrateSummary>;

}  // namespace remint::migrate

#endif  // REMINT_MIGRATE_MIGRATE_H_
