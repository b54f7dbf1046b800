// What the parts of the job runner share while a job runs: the job's state (return codes,
// passed temporaries, GDG generation 0 as of the job's start) and a step's allocations. Private to
// jobrun/.
#ifndef REMINT_JOBRUN_STEP_CONTEXT_H_
#define REMINT_JOBRUN_STEP_CONTEXT_H_

#include <map>
#include <string>
#include <vector>

#include "base/diagnostics/diagnostic_emitter.h"
#include "ir/module.h"
#include "jobrun/catalog.h"
#include "jobrun/job_runner.h"

namespace remint::jobrun {

struct Allocation {
  enum class Kind { kSysout, kDummy, kInStream, kTemporary, kCataloged, kScratch };
  Kind kind = Kind::kScratch;
  std::string dd;
  SourceLoc loc;
  std::string path;  // the data (a concatenation: all members copied together)
  std::string dsn;   // kCataloged: the DSN (generation resolved); kTemporary: &&NAME
  DatasetAttributes attributes;
  bool is_new = false;  // the step creates it
  ir::DispositionStatus status = ir::DispositionStatus::kDefault;
  ir::DispositionAction normal = ir::DispositionAction::kDefault;
  ir::DispositionAction abnormal = ir::DispositionAction::kDefault;
  std::vector<std::string> cards;         // kInStream: the card images
  std::vector<Allocation> concatenation;  // the members after the first, when concatenated
};

struct PassedDataset {
  std::string path;
  DatasetAttributes attributes;
};

struct StepStatus {
  bool ran = false;
  int return_code = 0;
  std::string abend;  // "S806", "U4038" ...
};

struct JobState {
  std::string name;
  std::string work_dir;                             // OUT/work/<JOB>
  std::string sysout_dir;                           // OUT/sysout/<JOB>
  std::map<std::string, PassedDataset> passed;      // by &&NAME (or a passed DSN)
  std::map<std::string, uint32_t> generation_zero;  // by GDG base, as of the job's start
  std::map<std::string, StepStatus> steps;          // by STEP and STEP.PROCSTEP
  std::vector<std::string> run_order;               // step names in the order they ran
  // By STEP.DD and STEP.PROCSTEP.DD: the dataset a DD allocated, for referbacks.
  std::map<std::string, Allocation> allocated;
  int max_condition_code = 0;
  bool jcl_error = false;
  std::string abend;
};

struct StepRun {
  std::string name;  // STEP or STEP.PROCSTEP
  std::string program;
  ir::StepId step;
  SourceLoc loc;
  std::string work_dir;
  std::vector<Allocation> allocations;
  auto Find(std::string_view dd) const -> const Allocation* {
    for (const Allocation& allocation : allocations) {
      if (allocation.dd == dd) return &allocation;
    }
    return nullptr;
  }
};

struct StepOutcome {
  int return_code = 0;
  std::string abend;  // empty: ended normally
};

// allocation.cpp. An error is a JCL error (reported; the message is the job log's line): the
// step and the rest of the job do not run.
auto AllocateStep(const ir::Module& module, Catalog& catalog, JobState& job, StepRun& step,
                  DiagnosticEmitter& emitter) -> ErrorOr<Success>;
// Applies the normal (or, after an abend, the abnormal) dispositions as one catalog update.
auto DisposeStep(Catalog& catalog, JobState& job, const StepRun& step, bool abended,
                 DiagnosticEmitter& emitter) -> ErrorOr<Success>;
// In-stream card images as a dataset: each card padded or cut to 80 bytes, no line ends.
auto CardImages(const std::vector<std::string>& cards) -> std::string;

// step_datasets.cpp: a step's datasets for RunOptions::on_step, read before it runs (inputs)
// and after it ended but before its dispositions (outputs, standard streams).
auto ReadStepInputs(const StepRun& step) -> std::map<std::string, std::string>;
void ReadStepOutputs(const StepRun& step, const JobState& job, StepDatasets& datasets);

// program_step.cpp
auto RunProgramStep(const ProgramImage& image, const std::string& parm, const StepRun& step,
                    const JobState& job, std::chrono::seconds timeout, DiagnosticEmitter& emitter)
    -> StepOutcome;

// utilities/*.cpp: IEFBR14, IEBGENER, IDCAMS and SORT (also named ICEMAN, DFSORT, SYNCSORT).
auto IsUtility(std::string_view program) -> bool;
auto RunUtility(std::string_view program, Catalog& catalog, const StepRun& step,
                DiagnosticEmitter& emitter) -> StepOutcome;

}  // namespace remint::jobrun

#endif  // REMINT_JOBRUN_STEP_CONTEXT_H_
