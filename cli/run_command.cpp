#include "cli/run_command.h"

#include <csignal>
#include <filesystem>
#include <iostream>
#include <map>
#include <set>

#include "cli/jcl_inputs.h"
#include "cli/run_programs.h"
#include "frontends/schedule/read_schedule.h"
#include "jobrun/catalog.h"
#include "jobrun/job_runner.h"
#include "migrate/case_recorder.h"
#include "migrate/project_config.h"
#include "store/project_store.h"

namespace remint::cli {
namespace {

namespace fs = std::filesystem;

// A job given by name is looked up in the project's job libraries.
auto ResolveMember(const std::string& job, const migrate::ProjectConfig* project)
    -> std::optional<std::string> {
  if (fs::is_regular_file(job)) return job;
  if (project != nullptr) {
    for (const std::string& library : project->run.job_libraries) {
      fs::path candidate = fs::path(library) / job;
      if (fs::is_regular_file(candidate)) return candidate.string();
    }
  }
  return std::nullopt;
}

// The signal a case records for an abend: the one that causes it on this machine (S322, a time
// limit, is recorded as a timeout; S806, no program, as the shell's 127).
auto SignalForAbend(const std::string& abend) -> int {
  if (abend == "S0C4") return SIGSEGV;
  if (abend == "S0C1") return SIGILL;
  if (abend == "S0C9") return SIGFPE;
  if (abend == "S222") return SIGKILL;
  if (abend == "U4038") return SIGABRT;
  return 0;
}

// A step that ran, as a case of its program: `JOB.STEP` with what it read and wrote.
auto StepCase(const jobrun::StepDatasets& step, const std::string& clock) -> store::CaseRecord {
  store::CaseRecord record;
  record.program = step.program;
  record.name = step.job + "." + step.step;
  record.build_key = step.build_key;
  if (!step.parm.empty()) record.parm = step.parm;
  record.clock = clock;
  record.exit_code = step.abend == "S806" ? 127 : step.return_code;
  record.signal = SignalForAbend(step.abend);
  record.timed_out = step.abend == "S322";
  for (const auto& [dd, bytes] : step.inputs) record.datasets.push_back({"input", dd, bytes});
  for (const auto& [dd, bytes] : step.outputs) record.datasets.push_back({"output", dd, bytes});
  record.datasets.push_back({"stdout", "stdout", step.stdout_bytes});
  record.datasets.push_back({"stderr", "stderr", step.stderr_bytes});
  return record;
}

class RunCommand {
 public:
  RunCommand(const RunArguments& arguments, const GlobalOptions& global,
             const JobRecording* recording)
      : arguments_(arguments),
        global_(global),
        recording_(recording),
        emitter_(&sources_, collector_) {}

  auto Run() -> int {
    if (!LoadProject()) return Finish(kExitUsageOrIo);
    std::optional<std::vector<ScheduledRun>> scheduled;
    if (!arguments_.schedule.empty()) {
      scheduled = ReadSchedule();
      if (!scheduled) return Finish(kExitErrorsFound);
    }
    std::vector<std::string> members;
    for (const std::string& job : arguments_.jobs) {
      std::optional<std::string> member = ResolveMember(job, project_ ? &*project_ : nullptr);
      if (!member) {
        emitter_.EmitForPath(DiagnosticKind::kDriverPathNotFound, job, job);
        return Finish(kExitUsageOrIo);
      }
      members.push_back(*member);
    }
    if (members.empty() && !scheduled) {
      std::cerr << "remint run: name at least one job (a JCL member), or a --schedule\n";
      return Finish(kExitUsageOrIo);
    }
    std::optional<jobrun::Catalog> catalog = OpenCatalog();
    if (!catalog) return Finish(kExitUsageOrIo);
    std::optional<jobrun::ProgramLocator> locator = MakeLocator();
    if (!locator) return Finish(kExitUsageOrIo);
    jobrun::RunOptions options;
    options.output_dir = arguments_.output;
    options.programs = *locator;
    options.step_timeout = std::chrono::seconds(arguments_.step_timeout);
    options.on_log = [](std::string_view line) { std::cout << line << '\n' << std::flush; };
    std::unique_ptr<store::ProjectStore> database;
    bool stored = true;
    if (recording_ != nullptr) {
      database = store::ProjectStore::Open(recording_->db_path, emitter_);
      if (database == nullptr) return Finish(kExitUsageOrIo);
      options.on_step = [&](const jobrun::StepDatasets& step) {
        store::CaseRecord record = StepCase(step, recording_->clock);
        if (ErrorOr<Success> written = database->WriteCase(record); !written) {
          std::cerr << "remint record: " << written.error().message() << '\n';
          stored = false;
          return;
        }
        std::cout << "recorded " << record.program << " case " << record.name << ": "
                  << migrate::DescribeOutcome(record) << "; " << step.inputs.size() << " inputs, "
                  << step.outputs.size() << " outputs\n";
      };
    }
    ErrorOr<std::unique_ptr<jobrun::JobRunner>> runner =
        jobrun::JobRunner::Create(module_, *catalog, std::move(options), emitter_);
    if (!runner) {
      std::cerr << "remint run: " << runner.error().message() << '\n';
      return Finish(kExitUsageOrIo);
    }
    bool all_ok = true;
    if (scheduled) {
      all_ok = RunScheduled(*scheduled, **runner);
    } else {
      for (const std::string& member : members) {
        all_ok &= EndedOk(RunMember(member, **runner), kAnyReturnCode);
      }
    }
    ErrorOr<Success> written = (*runner)->Finish();
    if (!written) {
      std::cerr << "remint run: " << written.error().message() << '\n';
      return Finish(kExitUsageOrIo);
    }
    if (!stored) return Finish(kExitUsageOrIo);
    return Finish(all_ok ? kExitOk : kExitErrorsFound);
  }

 private:
  auto LoadProject() -> bool {
    if (arguments_.project.empty()) return true;
    ErrorOr<migrate::ProjectConfig> project = migrate::LoadProjectConfig(arguments_.project);
    if (!project) {
      emitter_.EmitForPath(DiagnosticKind::kMigrateProjectFile, arguments_.project,
                           project.error().message());
      return false;
    }
    project_ = std::move(*project);
    return true;
  }

  auto OpenCatalog() -> std::optional<jobrun::Catalog> {
    std::string directory =
        arguments_.catalog.empty() ? arguments_.output + "/catalog" : arguments_.catalog;
    std::error_code error;
    if (arguments_.fresh) fs::remove_all(directory, error);
    std::vector<std::string> recovered;
    ErrorOr<jobrun::Catalog> catalog = jobrun::Catalog::Open(directory, &recovered);
    if (!catalog) {
      emitter_.EmitForPath(DiagnosticKind::kRunCatalogUnusable, directory, directory,
                           catalog.error().message());
      return std::nullopt;
    }
    for (const std::string& name : recovered) {
      emitter_.EmitForPath(DiagnosticKind::kRunCatalogRecovered, directory, directory, name);
    }
    std::string seed = arguments_.catalog_seed;
    if (seed.empty() && project_) seed = project_->run.catalog_seed;
    if (!seed.empty()) {
      ErrorOr<Success> seeded = catalog->Seed(seed);
      if (!seeded) {
        emitter_.EmitForPath(DiagnosticKind::kRunCatalogUnusable, seed, directory,
                             seeded.error().message());
        return std::nullopt;
      }
    }
    return std::move(*catalog);
  }

  auto MakeLocator() -> std::optional<jobrun::ProgramLocator> {
    if (!arguments_.load_library.empty()) {
      std::string directory = fs::absolute(arguments_.load_library).string();
      return [directory](std::string_view program) -> std::optional<jobrun::ProgramImage> {
        std::string path = directory + "/" + std::string(program);
        if (!fs::is_regular_file(path)) return std::nullopt;
        return jobrun::ProgramImage{path, {"COB_LIBRARY_PATH=" + directory}, ""};
      };
    }
    if (!project_) return jobrun::ProgramLocator();  // utilities only
    ProgramBuildKind kind =
        arguments_.use == "emitted" ? ProgramBuildKind::kEmitted : ProgramBuildKind::kReference;
    std::string build_dir = fs::absolute(arguments_.output + "/build").string();
    std::cout << "building the load library (" << arguments_.use << ") in " << build_dir << '\n'
              << std::flush;
    ErrorOr<LoadLibrary> library = BuildLoadLibrary(*project_, kind, build_dir);
    if (!library) {
      std::cerr << "remint run: the load library does not build: " << library.error().message()
                << '\n';
      return std::nullopt;
    }
    if (recording_ != nullptr) {
      // A recorded case must replay: every program sees the case's clock.
      for (auto& [name, image] : library->programs) {
        image.environment.push_back("COB_CURRENT_DATE=" + recording_->clock);
      }
    }
    auto programs =
        std::make_shared<std::map<std::string, jobrun::ProgramImage>>(std::move(library->programs));
    return [programs](std::string_view program) -> std::optional<jobrun::ProgramImage> {
      auto it = programs->find(std::string(program));
      if (it == programs->end()) return std::nullopt;
      return it->second;
    };
  }

  // Lowers a member's jobs and runs them; a member with JCL errors runs none of its jobs, as
  // the converter would stop them before execution.
  auto RunMember(const std::string& member, jobrun::JobRunner& runner)
      -> std::vector<jobrun::JobResult> {
    std::optional<jcl::LibraryOptions> libraries = MakeLibraryOptions(arguments_.libraries, member);
    if (!libraries) return {};
    size_t errors_before = collector_.error_count();
    std::optional<std::vector<ir::JobId>> jobs =
        LowerJclMember(member, *libraries, sources_, module_, emitter_);
    if (!jobs) return {};
    if (collector_.error_count() > errors_before) {
      std::string name = fs::path(member).filename().string();
      for (ir::JobId job : *jobs) name = std::string(module_.str(module_.jobs().Get(job).name));
      emitter_.EmitForPath(DiagnosticKind::kRunJobNotRun, member, name,
                           "its JCL has errors (above)");
      runner.RecordJobNotRun(name, "JCL ERROR");
      return {};
    }
    std::vector<jobrun::JobResult> results;
    for (ir::JobId job : *jobs) results.push_back(runner.RunJob(job));
    return results;
  }

  // A job run from the command line ended OK whatever its return codes (the largest z/OS has).
  static constexpr int kAnyReturnCode = 4095;

  // Every job of a member ran to its end without a JCL error or an abend, with no condition
  // code above `max_ok` (a schedule's limit; a limit of 0 means only RC 0 ends OK).
  static auto EndedOk(const std::vector<jobrun::JobResult>& results, int max_ok) -> bool {
    if (results.empty()) return false;
    for (const jobrun::JobResult& result : results) {
      if (!result.EndedOk(max_ok)) return false;
    }
    return true;
  }

  struct ScheduledRun {
    std::string job;
    std::string member;  // the JCL member's path
    int max_ok = 4;
    std::vector<std::string> predecessors;  // among the jobs run
  };

  // The schedule's jobs in the order its requirements allow, restricted to the jobs named on the
  // command line if any (their other predecessors count as done). Problems are reported at their
  // place in the schedule file.
  auto ReadSchedule() -> std::optional<std::vector<ScheduledRun>> {
    const std::string& path = arguments_.schedule;
    schedule::ScheduleReadResult read = schedule::ReadScheduleFile(path);
    std::vector<schedule::ScheduleProblem> problems = read.problems;
    std::vector<std::string> order;
    if (problems.empty()) order = read.graph.RunOrder(problems);
    ErrorOr<FileId> file = sources_.Load(path, path);
    for (const schedule::ScheduleProblem& problem : problems) ReportScheduleProblem(problem, file);
    if (!problems.empty()) return std::nullopt;
    std::set<std::string> wanted(arguments_.jobs.begin(), arguments_.jobs.end());
    std::vector<ScheduledRun> runs;
    bool all_found = true;
    for (const std::string& name : order) {
      if (!wanted.empty() && !wanted.contains(name)) continue;
      const schedule::ScheduledJob* job = read.graph.Find(name);
      std::string member_name = job->member.empty() ? name : job->member;
      std::optional<std::string> member =
          ResolveMember(member_name, project_ ? &*project_ : nullptr);
      // Else the schedule's library, as a folder under a library root (a dump's layout).
      std::vector<std::string> roots = arguments_.libraries.library_roots;
      roots.push_back(".");
      for (const std::string& root : roots) {
        fs::path candidate = fs::path(root) / job->library / member_name;
        if (!member && !job->library.empty() && fs::is_regular_file(candidate)) {
          member = candidate.string();
        }
      }
      if (!member) {
        SourceLoc loc = file ? SourceLoc{*file, job->line, job->column, {}} : SourceLoc{};
        emitter_.Emit(DiagnosticKind::kScheduleJobWithoutJcl, loc, name, job->member,
                      job->library.empty() ? "no library named" : job->library);
        all_found = false;
        continue;
      }
      ScheduledRun run{name, *member, job->max_ok_return_code, {}};
      for (const schedule::JobRequirement& requirement : job->requirements) {
        if (wanted.empty() || wanted.contains(requirement.predecessor)) {
          run.predecessors.push_back(requirement.predecessor);
        }
      }
      runs.push_back(std::move(run));
    }
    if (!all_found) return std::nullopt;
    return runs;
  }

  void ReportScheduleProblem(const schedule::ScheduleProblem& problem, ErrorOr<FileId>& file) {
    SourceLoc loc =
        file && problem.line > 0 ? SourceLoc{*file, problem.line, problem.column, {}} : SourceLoc{};
    auto emit = [&](DiagnosticKind kind, auto&&... args) {
      if (loc.is_valid()) {
        emitter_.Emit(kind, loc, args...);
      } else {
        emitter_.EmitForPath(kind, problem.file.empty() ? arguments_.schedule : problem.file,
                             args...);
      }
    };
    if (problem.code == "unknown-predecessor" || problem.code == "unknown-successor") {
      emit(DiagnosticKind::kScheduleUnknownPredecessor, problem.message);
    } else if (problem.code == "duplicate-job") {
      emit(DiagnosticKind::kScheduleDuplicateJob, problem.message);
    } else if (problem.code == "cycle") {
      emit(DiagnosticKind::kScheduleCycle, problem.message);
    } else {
      emit(DiagnosticKind::kScheduleSyntax, problem.code, problem.message);
    }
  }

  // A job runs when every predecessor ended OK (its highest condition code within the
  // predecessor's own limit); otherwise it is not run, and neither are the jobs waiting for it.
  auto RunScheduled(const std::vector<ScheduledRun>& runs, jobrun::JobRunner& runner) -> bool {
    std::map<std::string, bool> ended_ok;
    bool all_ok = true;
    for (const ScheduledRun& run : runs) {
      std::string blocked;
      for (const std::string& predecessor : run.predecessors) {
        if (!ended_ok[predecessor]) blocked += (blocked.empty() ? "" : ", ") + predecessor;
      }
      if (!blocked.empty()) {
        emitter_.EmitForPath(DiagnosticKind::kRunJobNotRun, arguments_.schedule, run.job,
                             "it waits for " + blocked + ", which did not end OK");
        runner.RecordJobNotRun(run.job, "WAITING FOR " + blocked);
        ended_ok[run.job] = false;
        all_ok = false;
        continue;
      }
      ended_ok[run.job] = EndedOk(RunMember(run.member, runner), run.max_ok);
      all_ok &= ended_ok[run.job];
    }
    return all_ok;
  }

  auto Finish(int code) -> int {
    std::vector<Diagnostic> diagnostics = collector_.TakeSorted();
    PrintDiagnostics(global_, diagnostics);
    return code;
  }

  const RunArguments& arguments_;
  const GlobalOptions& global_;
  const JobRecording* recording_;
  SourceManager sources_;
  DiagnosticCollector collector_;
  DiagnosticEmitter emitter_;
  ir::Module module_;
  std::optional<migrate::ProjectConfig> project_;
};

}  // namespace

void RegisterRunCommand(CLI::App& app, OptionStorage& storage, const GlobalOptions& global,
                        int& exit_code) {
  RunArguments& arguments = storage.Make<RunArguments>();
  CLI::App* command = app.add_subcommand(
      "run",
      "Run job streams from their JCL on this machine: steps in order with COND= and "
      "IF/THEN/ELSE, datasets from a catalog folder with their dispositions, temporary and "
      "generation datasets, the programs from the reference or the emitted build, and IEFBR14, "
      "IEBGENER, IDCAMS and SORT emulated. Writes OUT/joblog.txt, OUT/rc.tsv and OUT/sysout/; "
      "exit status 1 when a job stopped on a JCL error or an abend");
  command->add_option("job", arguments.jobs,
                      "JCL members to run, in order (paths, or names in the project's [run] "
                      "jcl libraries)");
  command->add_option("--project", arguments.project,
                      "remint.toml: the programs to build ([project] sources, [run] fortran), "
                      "the job libraries and the catalog seed ([run])");
  command->add_option("--use", arguments.use, "reference (cobc, gfortran; default) or emitted")
      ->check(CLI::IsMember({"reference", "emitted"}));
  command->add_option("-o,--output", arguments.output,
                      "The results folder (default remint-run); builds are cached in OUT/build");
  command->add_option("--catalog", arguments.catalog,
                      "The catalog folder (default OUT/catalog); kept from run to run");
  command->add_option("--catalog-seed", arguments.catalog_seed,
                      "Entries an empty catalog starts with (default: the project's [run] "
                      "catalog)");
  command->add_option("--schedule", arguments.schedule,
                      "A batch schedule (Control-M DEFTABLE XML or CA 7 LJOB listing): run its "
                      "jobs in the order it allows, each only after its predecessors ended OK "
                      "(only the jobs named, if any)");
  command->add_flag("--fresh", arguments.fresh,
                    "Start from an empty catalog (then the seed) instead of the last run's");
  command->add_option("--loadlib", arguments.load_library,
                      "A folder of executables named like the programs, instead of building "
                      "the project's");
  command->add_option("--step-timeout", arguments.step_timeout,
                      "Seconds a program step may run before it abends S322 (default 3600)");
  AddJclLibraryOptions(*command, arguments.libraries);
  command->callback(
      [&arguments, &global, &exit_code] { exit_code = RunJobs(arguments, global, nullptr); });
}

auto RunJobs(const RunArguments& arguments, const GlobalOptions& global,
             const JobRecording* recording) -> int {
  return RunCommand(arguments, global, recording).Run();
}

}  // namespace remint::cli
