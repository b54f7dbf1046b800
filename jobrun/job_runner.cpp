// The job walk: steps in order through procedure calls and IF/THEN/ELSE constructs, each checked
// against COND= and the conditions around it, then allocated, run and disposed of; the job log
// and rc.tsv.
#include "jobrun/job_runner.h"

#include <fmt/format.h>

#include <filesystem>
#include <fstream>

#include "jobrun/step_conditions.h"
#include "jobrun/step_context.h"

namespace remint::jobrun {
namespace fs = std::filesystem;
namespace {

// Why the steps under an IF/THEN/ELSE part do not run (empty: they may).
struct Gate {
  std::string closed_by;  // "IF=(...)" or "ELSE=(...)"
  bool tests_abend = false;
};

auto WriteText(const std::string& path, const std::vector<std::string>& lines) -> ErrorOr<Success> {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  for (const std::string& line : lines) out << line << '\n';
  out.close();
  if (!out) return Error(path + ": cannot be written");
  return Success{};
}

}  // namespace

class JobRunner::Impl {
 public:
  Impl(const ir::Module& module, Catalog& catalog, RunOptions options, DiagnosticEmitter& emitter)
      : module_(module), catalog_(catalog), options_(std::move(options)), emitter_(emitter) {}

  auto RunJob(ir::JobId id) -> JobResult {
    const ir::Job& job = module_.jobs().Get(id);
    JobState state;
    state.name = std::string(module_.str(job.name));
    state.work_dir = options_.output_dir + "/work/" + state.name;
    state.sysout_dir = options_.output_dir + "/sysout/" + state.name;
    std::error_code error;
    fs::remove_all(state.work_dir, error);
    fs::remove_all(state.sysout_dir, error);
    fs::create_directories(state.work_dir + "/temp", error);
    fs::create_directories(state.sysout_dir, error);
    // Relative generations mean what they meant when the job started, whatever it catalogs.
    for (const auto& [dsn, entry] : catalog_.entries()) {
      if (std::optional<GenerationOf> generation = ParseGenerationName(dsn)) {
        uint32_t& zero = state.generation_zero[std::string(generation->base)];
        zero = std::max(zero, generation->number);
      }
    }
    job_cond_ = &job.cond;
    Log(fmt::format("{:<8} JOB STARTED", state.name));
    Walk(job.steps, "", Gate{}, state);
    fs::remove_all(state.work_dir + "/temp", error);
    std::string ending = state.jcl_error        ? "  (JCL ERROR)"
                         : !state.abend.empty() ? "  ABEND=" + state.abend
                                                : "";
    Log(fmt::format("{:<8} JOB ENDED  MAXCC={:04}{}", state.name, state.max_condition_code,
                    ending));
    return JobResult{state.name, state.max_condition_code, state.jcl_error, state.abend};
  }

  void RecordJobNotRun(std::string_view job, std::string_view why) {
    Log(fmt::format("{:<8} JOB NOT RUN - {}", job, why));
  }

  auto Finish() -> ErrorOr<Success> {
    std::vector<std::string> rc_lines;
    for (const StepResult& step : steps_) {
      rc_lines.push_back(
          fmt::format("{}\t{}\t{}\t{}", step.job, step.step, step.program, step.result));
    }
    REMINT_TRY(WriteText(options_.output_dir + "/rc.tsv", rc_lines));
    return WriteText(options_.output_dir + "/joblog.txt", log_lines_);
  }

  const std::vector<StepResult>& steps() const { return steps_; }

 private:
  void Log(std::string line) {
    if (options_.on_log) options_.on_log(line);
    log_lines_.push_back(std::move(line));
  }

  void Walk(const std::vector<ir::StepId>& steps, const std::string& prefix, const Gate& gate,
            JobState& job) {
    for (ir::StepId id : steps) {
      const ir::JobStep& step = module_.steps().Get(id);
      switch (step.kind) {
        case ir::StepKind::kConditional: {
          if (!gate.closed_by.empty()) {
            Walk(step.steps, prefix, gate, job);
            Walk(step.else_steps, prefix, gate, job);
            break;
          }
          bool holds = ConditionHolds(module_, step.condition, job);
          std::string text = FormatCondition(module_, step.condition);
          bool tests_abend = MentionsAbend(module_, step.condition);
          Walk(step.steps, prefix, holds ? Gate{"", tests_abend} : Gate{"IF=" + text, false}, job);
          Walk(step.else_steps, prefix, holds ? Gate{"ELSE=" + text, false} : Gate{"", tests_abend},
               job);
          break;
        }
        case ir::StepKind::kProcedure:
          Walk(step.steps, std::string(module_.str(step.name)), gate, job);
          break;
        case ir::StepKind::kProgram: {
          std::string name(module_.str(step.name));
          RunStep(id, prefix.empty() ? name : prefix + "." + name, gate, job);
          break;
        }
      }
    }
  }

  // Why the step does not run, or empty.
  auto BypassReason(const ir::JobStep& step, const Gate& gate, JobState& job) -> std::string {
    if (!gate.closed_by.empty()) return gate.closed_by;
    if (job_cond_ != nullptr && !job_cond_->empty() && CondBypasses(module_, *job_cond_, job)) {
      return "JOB COND=" + FormatCond(module_, *job_cond_);
    }
    bool after_abend = !job.abend.empty();
    if (step.cond_mode == ir::CondMode::kOnly && !after_abend) return "COND=ONLY";
    if (after_abend && step.cond_mode == ir::CondMode::kNormal && !gate.tests_abend) {
      return "AFTER ABEND " + job.abend;
    }
    if (!step.cond.empty() && CondBypasses(module_, step.cond, job)) {
      return "COND=" + FormatCond(module_, step.cond);
    }
    return {};
  }

  void RunStep(ir::StepId id, const std::string& name, const Gate& gate, JobState& job) {
    const ir::JobStep& step = module_.steps().Get(id);
    std::string program(module_.str(step.program));
    std::string label = fmt::format("{:<8} {:<14} {:<8}", job.name, name, program);
    auto record = [&](std::string result) {
      steps_.push_back(StepResult{job.name, name, program, std::move(result)});
    };
    if (job.jcl_error) {
      record("NOTRUN");
      Log(label + " NOT RUN - EARLIER JCL ERROR");
      return;
    }
    if (std::string reason = BypassReason(step, gate, job); !reason.empty()) {
      record("FLUSH");
      Log(label + " FLUSHED   " + reason);
      return;
    }
    StepRun run;
    run.name = name;
    run.program = program;
    run.step = id;
    run.loc = step.loc;
    run.work_dir = job.work_dir + "/" + name;
    std::error_code error;
    fs::remove_all(run.work_dir, error);
    fs::create_directories(run.work_dir, error);
    ErrorOr<Success> allocated = AllocateStep(module_, catalog_, job, run, emitter_);
    if (!allocated) {
      job.jcl_error = true;
      record("JCLERR");
      Log(label + " JCL ERROR - " + allocated.error().message());
      return;
    }
    StepDatasets datasets;
    if (options_.on_step) datasets.inputs = ReadStepInputs(run);
    StepOutcome outcome = Execute(step, run, job);
    if (options_.on_step) {
      datasets.job = job.name;
      datasets.step = name;
      datasets.program = program;
      if (!IsUtility(program) && options_.programs) {
        if (std::optional<ProgramImage> image = options_.programs(program)) {
          datasets.build_key = image->build_key;
        }
      }
      datasets.parm = std::string(module_.str(step.parm));
      datasets.return_code = outcome.return_code;
      datasets.abend = outcome.abend;
      ReadStepOutputs(run, job, datasets);
      options_.on_step(datasets);
    }
    ErrorOr<Success> disposed = DisposeStep(catalog_, job, run, !outcome.abend.empty(), emitter_);
    if (!disposed) {
      // The catalog is as the previous step left it; nothing after this step can be trusted.
      job.jcl_error = true;
      record("JCLERR");
      Log(label + " CATALOG NOT UPDATED - " + disposed.error().message());
      return;
    }
    StepStatus& status = job.steps[name];
    status.ran = true;
    status.return_code = outcome.return_code;
    status.abend = outcome.abend;
    job.run_order.push_back(name);
    if (!outcome.abend.empty()) {
      if (job.abend.empty()) job.abend = outcome.abend;
      record(outcome.abend);
      Log(label + " ABEND " + outcome.abend);
      return;
    }
    job.max_condition_code = std::max(job.max_condition_code, outcome.return_code);
    record(std::to_string(outcome.return_code));
    Log(fmt::format("{} RC={:04}", label, outcome.return_code));
  }

  auto Execute(const ir::JobStep& step, const StepRun& run, const JobState& job) -> StepOutcome {
    if (IsUtility(run.program)) return RunUtility(run.program, catalog_, run, emitter_);
    std::optional<ProgramImage> image =
        options_.programs ? options_.programs(run.program) : std::nullopt;
    if (!image) {
      emitter_.Emit(DiagnosticKind::kRunProgramNotFound, run.loc, run.name, run.program);
      return StepOutcome{0, "S806"};
    }
    return RunProgramStep(*image, std::string(module_.str(step.parm)), run, job,
                          options_.step_timeout, emitter_);
  }

  const ir::Module& module_;
  Catalog& catalog_;
  RunOptions options_;
  DiagnosticEmitter& emitter_;
  const std::vector<ir::CondTest>* job_cond_ = nullptr;
  std::vector<std::string> log_lines_;
  std::vector<StepResult> steps_;
};

JobRunner::JobRunner(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
JobRunner::~JobRunner() = default;

auto JobRunner::Create(const ir::Module& module, Catalog& catalog, RunOptions options,
                       DiagnosticEmitter& emitter) -> ErrorOr<std::unique_ptr<JobRunner>> {
  std::error_code error;
  fs::create_directories(options.output_dir, error);
  if (error) return Error(options.output_dir + ": " + error.message());
  for (std::string_view name : {"sysout", "work", "rc.tsv", "joblog.txt"}) {
    fs::remove_all(options.output_dir + "/" + std::string(name), error);
  }
  return std::unique_ptr<JobRunner>(
      new JobRunner(std::make_unique<Impl>(module, catalog, std::move(options), emitter)));
}

auto JobRunner::RunJob(ir::JobId job) -> JobResult { return impl_->RunJob(job); }
void JobRunner::RecordJobNotRun(std::string_view job, std::string_view why) {
  impl_->RecordJobNotRun(job, why);
}
auto JobRunner::Finish() -> ErrorOr<Success> { return impl_->Finish(); }
auto JobRunner::steps() const -> const std::vector<StepResult>& { return impl_->steps(); }

}  // namespace remint::jobrun
