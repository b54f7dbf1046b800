// Records one case of a legacy program: builds it and the programs it may CALL with the
// reference toolchain (tracer/legacy_build.h, cached by content), runs it on the case's
// datasets in the sandbox (tracer/case_run.h), and turns the run into the project database's
// CaseRecord. Shared by `remint record` and `remint migrate`.
#ifndef REMINT_MIGRATE_CASE_RECORDER_H_
#define REMINT_MIGRATE_CASE_RECORDER_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/error_or.h"
#include "store/project_store.h"

namespace remint::migrate {

struct LegacyToolchain {
  std::vector<std::string> copy_dirs;
  std::string dialect = "ibm";
  std::vector<std::string> flags;
  std::string cache_dir;  // where legacy builds are kept
};

struct CaseRequest {
  std::string source;                       // the program's member
  std::vector<std::string> module_sources;  // members it may CALL, built as modules
  std::string program;                      // the name the case is stored under
  std::string name;
  std::map<std::string, std::string> input_files;  // DD -> a file to read in place
  std::map<std::string, std::string> input_bytes;  // DD -> bytes (another case's output)
  std::vector<std::string> outputs;
  std::optional<std::string> stdin_path;
  std::optional<std::string> parm;
  std::string clock = "2024/02/29 23:59:00.00";
  double timeout_seconds = 60;
};

struct RecordedRun {
  store::CaseRecord record;
  bool built_from_cache = true;          // no legacy build was compiled
  std::vector<std::string> other_files;  // files written under no output DD
};

// Errors are the recorder's (cobc failed, a file cannot be read, the sandbox cannot be set up);
// whatever the program does is the record's outcome.
auto RecordCase(const CaseRequest& request, const LegacyToolchain& toolchain)
    -> ErrorOr<RecordedRun>;

// What the outcome was, in words: "return code 4", "ended by signal 11", "timed out".
auto DescribeOutcome(const store::CaseRecord& record) -> std::string;

}  // namespace remint::migrate

#endif  // REMINT_MIGRATE_CASE_RECORDER_H_
