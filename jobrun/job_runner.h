// `remint run`: executes lowered jobs (ir::Job, frontends/jcl/lower) on this machine, as JES and
// z/OS would run them: steps in order with COND= and IF/THEN/ELSE tests over the return codes,
// dataset allocation from the catalog (jobrun/catalog.h) with DISP status and normal/abnormal
// dispositions, temporary and passed datasets, GDG relative generations (resolved when the job
// starts), programs from a load library (the reference build or the emitted C++ build) and the
// utilities IEFBR14, IEBGENER, IDCAMS and SORT emulated. Each step's dispositions are committed to
// the catalog as one update, so a killed run leaves it as the last completed step did.
//
// Output folder: joblog.txt (a line per job start, step and job end), rc.tsv (job, step, program,
// result), sysout/<JOB>/<STEP>.<DD> for SYSOUT datasets and <STEP>.STDOUT / .STDERR for what a
// program writes to its standard streams; work/ holds step folders and temporaries.
#ifndef REMINT_JOBRUN_JOB_RUNNER_H_
#define REMINT_JOBRUN_JOB_RUNNER_H_

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics/diagnostic_emitter.h"
#include "ir/module.h"
#include "jobrun/catalog.h"

namespace remint::jobrun {

// An executable a step's PGM= names: its path and what its runtime needs in the environment.
struct ProgramImage {
  std::string path;
  std::vector<std::string> environment;  // "NAME=value"
  std::string build_key;                 // What the build was made from (a content hash).
};
using ProgramLocator = std::function<std::optional<ProgramImage>(std::string_view program)>;

// What a step that ran read and wrote: a job-level trace (`remint record --job`).
struct StepDatasets {
  std::string job;
  std::string step;  // STEP, or STEP.PROCSTEP for a procedure's step
  std::string program;
  std::string build_key;  // the program's (empty for a utility)
  std::string parm;
  int return_code = 0;
  std::string abend;  // empty: ended normally
  // By DD name. Inputs as the step started: the datasets it found (cataloged, passed, OLD and
  // MOD ones included, a concatenation as the one dataset the program reads) and in-stream data.
  // Outputs as the step ended, before its dispositions: the datasets it created, the existing
  // ones it changed (whatever their DISP) and the SYSOUT it wrote.
  std::map<std::string, std::string> inputs;
  std::map<std::string, std::string> outputs;
  std::string stdout_bytes;  // what the program wrote to its standard streams
  std::string stderr_bytes;
};

struct RunOptions {
  std::string output_dir;
  ProgramLocator programs;
  std::chrono::seconds step_timeout{3600};       // a step running longer abends S322
  std::function<void(std::string_view)> on_log;  // each job log line as it is written
  // When set, called for every step that ran (not for a flushed step or one with a JCL error).
  std::function<void(const StepDatasets&)> on_step;
};

struct StepResult {
  std::string job;
  std::string step;  // STEP, or STEP.PROCSTEP for a procedure's step
  std::string program;
  // "4": ended with that return code; "FLUSH": bypassed by COND= or IF; "S806", "S0C4",
  // "U4038"...: abended; "JCLERR": stopped by a JCL error; "NOTRUN": after a JCL error.
  std::string result;
};

struct JobResult {
  std::string name;
  int max_condition_code = 0;
  bool jcl_error = false;
  std::string abend;  // the first abend code, if a step abended
  // Ended OK for a scheduler: no JCL error, no abend, highest condition code <= `max_ok`.
  auto EndedOk(int max_ok) const -> bool {
    return !jcl_error && abend.empty() && max_condition_code <= max_ok;
  }
};

class JobRunner {
 public:
  // Clears the output folder's results from an earlier run.
  static auto Create(const ir::Module& module, Catalog& catalog, RunOptions options,
                     DiagnosticEmitter& emitter) -> ErrorOr<std::unique_ptr<JobRunner>>;
  ~JobRunner();

  auto RunJob(ir::JobId job) -> JobResult;
  // A job that cannot run at all (JCL errors found before it starts): logged as such.
  void RecordJobNotRun(std::string_view job, std::string_view why);
  // Writes joblog.txt and rc.tsv.
  auto Finish() -> ErrorOr<Success>;
  auto steps() const -> const std::vector<StepResult>&;

 private:
  class Impl;
  explicit JobRunner(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace remint::jobrun

#endif  // REMINT_JOBRUN_JOB_RUNNER_H_
