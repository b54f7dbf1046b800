#include "cli/record_command.h"

#include <cctype>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "base/diagnostics/diagnostic_emitter.h"
#include "base/source_manager.h"
#include "cli/run_command.h"
#include "migrate/case_recorder.h"
#include "migrate/program_build.h"
#include "store/project_store.h"

namespace remint::cli {
namespace {

namespace fs = std::filesystem;

struct RecordOptions {
  std::string source;
  std::string case_name;
  std::vector<std::string> inputs;   // DD=PATH
  std::vector<std::string> outputs;  // DD
  std::vector<std::string> copy_dirs;
  std::vector<std::string> modules;  // sources of CALLed programs
  std::string dialect = "ibm";
  std::string stdin_path;
  std::string parm;
  bool has_parm = false;
  std::string clock = "2024/02/29 23:59:00.00";
  double timeout_seconds = 60;
  // --job: job-level traces through `remint run`.
  RunArguments job_run;
};

// Runs the jobs from a fresh catalog (the seed only) with the reference build, storing each step
// that ran as a case of its program.
auto RecordJobs(RecordOptions& options, const GlobalOptions& global) -> int {
  if (!options.source.empty() || !options.case_name.empty()) {
    std::cerr << "remint record: --job records the cases of a job's steps; name no program "
                 "source and no --case with it\n";
    return kExitUsageOrIo;
  }
  RunArguments& run = options.job_run;
  run.use = "reference";
  run.fresh = true;
  run.step_timeout = static_cast<int>(options.timeout_seconds);
  JobRecording recording{global.EffectiveDbPath(), options.clock};
  return RunJobs(run, global, &recording);
}

auto Record(const RecordOptions& options, const GlobalOptions& global) -> int {
  auto fail = [](const std::string& message) {
    std::cerr << "remint record: " << message << "\n";
    return kExitUsageOrIo;
  };
  const std::string db_path = global.EffectiveDbPath();
  migrate::LegacyToolchain toolchain;
  toolchain.copy_dirs = options.copy_dirs;
  toolchain.dialect = options.dialect;
  toolchain.cache_dir = (fs::path(db_path).parent_path() / "legacy-builds").string();
  migrate::CaseRequest request;
  request.source = options.source;
  request.module_sources = options.modules;
  request.program = migrate::ProgramNameOf(options.source);
  request.name = options.case_name;
  for (const std::string& input : options.inputs) {
    const size_t equals = input.find('=');
    if (equals == std::string::npos || equals == 0) {
      return fail("--dd takes DD=PATH, not '" + input + "'");
    }
    request.input_files[input.substr(0, equals)] = input.substr(equals + 1);
  }
  request.outputs = options.outputs;
  request.clock = options.clock;
  if (options.has_parm) request.parm = options.parm;
  if (!options.stdin_path.empty()) request.stdin_path = options.stdin_path;
  request.timeout_seconds = options.timeout_seconds;
  ErrorOr<migrate::RecordedRun> run = migrate::RecordCase(request, toolchain);
  if (!run.ok()) return fail(run.error().message());
  const store::CaseRecord& record = run->record;

  DiagnosticCollector collector;
  DiagnosticEmitter emitter(nullptr, collector);
  std::unique_ptr<store::ProjectStore> project = store::ProjectStore::Open(db_path, emitter);
  if (project == nullptr) return fail("cannot open the project database " + db_path);
  if (ErrorOr<Success> written = project->WriteCase(record); !written.ok()) {
    return fail(written.error().message());
  }
  std::cout << "recorded " << record.program << " case " << record.name << ": "
            << migrate::DescribeOutcome(record) << "; outputs";
  bool any_output = false;
  for (const store::CaseDataset& dataset : record.datasets) {
    if (dataset.role != "output") continue;
    std::cout << " " << dataset.name << " (" << dataset.bytes.size() << " bytes)";
    any_output = true;
  }
  if (!any_output) std::cout << " none";
  std::cout << (run->built_from_cache ? "; legacy build from cache\n"
                                      : "; legacy build compiled\n");
  for (const std::string& file : run->other_files) {
    std::cout << "note: the program also wrote " << file << ", which no --out names\n";
  }
  return kExitOk;
}

}  // namespace

void RegisterRecordCommand(CLI::App& app, OptionStorage& storage, const GlobalOptions& global,
                           int& exit_code) {
  RecordOptions& options = storage.Make<RecordOptions>();
  CLI::App* command = app.add_subcommand(
      "record",
      "Build a COBOL program with cobc (cached by content), run it confined to a scratch "
      "directory on a case's datasets with a fixed clock, and store the case (inputs, outputs, "
      "stdout, stderr, return code) in the project database. Datasets are stored once however "
      "many cases share them.");
  command->add_option("source", options.source, "The program's COBOL source (not with --job)");
  command->add_option("--case", options.case_name,
                      "The case's name (replaces one of that name; not with --job)");
  command->add_option("--job", options.job_run.jobs,
                      "Record a job stream instead: run these JCL members (in order) as `remint "
                      "run` would, from a fresh catalog with the reference build, and store each "
                      "step that ran as a case of its program named JOB.STEP, with every dataset "
                      "it read and wrote (repeatable)");
  command->add_option("--project", options.job_run.project,
                      "With --job: remint.toml (the programs, job libraries, catalog seed)");
  command->add_option("-o,--output", options.job_run.output,
                      "With --job: the run's folder (default remint-run)");
  command->add_option("--catalog-seed", options.job_run.catalog_seed,
                      "With --job: entries the catalog starts with (default: the project's)");
  command->add_option("--dd", options.inputs, "An input dataset: DD=PATH (repeatable)");
  command->add_option("--out", options.outputs, "An output DD the program writes (repeatable)");
  command->add_option("-I,--copy-dir", options.copy_dirs, "Copybook directory (repeatable)")
      ->allow_extra_args(false);
  command->add_option("--module", options.modules,
                      "The source of a program it CALLs, built as a module (repeatable)");
  command->add_option("--dialect", options.dialect, "cobc -std (default ibm)");
  command->add_option("--stdin", options.stdin_path, "A file fed to the program's stdin");
  command->add_option("--parm", options.parm, "The program's PARM (its command-line argument)")
      ->each([&options](const std::string&) { options.has_parm = true; });
  command->add_option("--clock", options.clock,
                      "COB_CURRENT_DATE for the run (default 2024/02/29 23:59:00.00)");
  command->add_option("--timeout", options.timeout_seconds,
                      "Wall-clock limit in seconds (with --job: per step)");
  command->callback([&global, &exit_code, &options] {
    if (!options.job_run.jobs.empty()) {
      exit_code = RecordJobs(options, global);
    } else if (options.source.empty() || options.case_name.empty()) {
      std::cerr << "remint record: name a program source and its --case, or --job\n";
      exit_code = kExitUsageOrIo;
    } else {
      exit_code = Record(options, global);
    }
  });
}

}  // namespace remint::cli
