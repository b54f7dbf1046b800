// One recorded case of a legacy program: its datasets mapped to DD names, its clock fixed, run
// in the sandbox (tracer/sandbox.h), and every output it wrote collected. What the emitted C++
// must reproduce byte for byte.
#ifndef REMINT_TRACER_CASE_RUN_H_
#define REMINT_TRACER_CASE_RUN_H_

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/error_or.h"
#include "tracer/sandbox.h"

namespace remint::tracer {

struct CaseSpec {
  std::string program;                        // an executable (BuildLegacy's)
  std::vector<std::string> module_dirs;       // where CALLed modules are (COB_LIBRARY_PATH)
  std::map<std::string, std::string> inputs;  // DD name -> dataset, read where it is
  std::vector<std::string> outputs;           // DD names the program writes, into the scratch dir
  std::optional<std::string> stdin_path;
  std::optional<std::string> parm;  // the program's argument, as JCL's PARM passes it
  // COB_CURRENT_DATE: every part down to the hundredths, so the clock stands still and a
  // replay sees the same date and time (runtime/io/clock.h for the format).
  std::string clock = "2024/02/29 23:59:00.00";
  std::map<std::string, std::string> extra_env;  // the dialect's runtime settings
  std::string scratch_dir;                       // empty, the program's only writable place
  std::chrono::milliseconds wall_timeout{60'000};
  uint64_t cpu_seconds = 60;
  uint64_t memory_bytes = uint64_t{2} << 30;
};

struct CaseRun {
  SandboxOutcome outcome;
  // Each output DD that was written, with its bytes; a DD the program did not write is absent.
  std::map<std::string, std::string> outputs;
  // Files the program left in its directory under no output DD (sorted), so that nothing it
  // wrote goes unnoticed.
  std::vector<std::string> other_files;
};

// Runs the case. Errors are the runner's (a DD named twice, no scratch directory, a sandbox that
// cannot be set up); whatever the program does is the outcome.
auto RunCase(const CaseSpec& spec) -> ErrorOr<CaseRun>;

}  // namespace remint::tracer

#endif  // REMINT_TRACER_CASE_RUN_H_
