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
#include "store/project_store.h"
#include "tracer/case_run.h"
#include "tracer/legacy_build.h"

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
};

// The program's name: the member's name without extension, as the cases are keyed.
auto ProgramName(const std::string& source) -> std::string {
  std::string name = fs::path(source).stem().string();
  for (char& c : name) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return name;
}

auto Record(const RecordOptions& options, const GlobalOptions& global) -> int {
  auto fail = [](const std::string& message) {
    std::cerr << "remint record: " << message << "\n";
    return kExitUsageOrIo;
  };
  const std::string db_path = global.EffectiveDbPath();
  const std::string cache = (fs::path(db_path).parent_path() / "legacy-builds").string();
  tracer::CaseSpec spec;
  for (const std::string& input : options.inputs) {
    const size_t equals = input.find('=');
    if (equals == std::string::npos || equals == 0) {
      return fail("--dd takes DD=PATH, not '" + input + "'");
    }
    spec.inputs[input.substr(0, equals)] = input.substr(equals + 1);
  }
  spec.outputs = options.outputs;
  // CALLed programs: built as modules, found through COB_LIBRARY_PATH.
  for (const std::string& module : options.modules) {
    tracer::LegacyBuildSpec module_spec{module, options.copy_dirs, options.dialect, {}, true,
                                        cache};
    ErrorOr<tracer::LegacyBuild> built = tracer::BuildLegacy(module_spec);
    if (!built.ok()) return fail(built.error().message());
    spec.module_dirs.push_back(fs::path(built->executable).parent_path().string());
  }
  tracer::LegacyBuildSpec build_spec{options.source, options.copy_dirs, options.dialect, {}, false,
                                     cache};
  ErrorOr<tracer::LegacyBuild> build = tracer::BuildLegacy(build_spec);
  if (!build.ok()) return fail(build.error().message());
  ErrorOr<tracer::TemporaryDirectory> scratch =
      tracer::TemporaryDirectory::Make(fs::temp_directory_path().string(), "remint-case-");
  if (!scratch.ok()) return fail(scratch.error().message());
  spec.program = build->executable;
  spec.scratch_dir = scratch->path();
  spec.clock = options.clock;
  if (options.has_parm) spec.parm = options.parm;
  if (!options.stdin_path.empty()) spec.stdin_path = options.stdin_path;
  spec.wall_timeout =
      std::chrono::milliseconds(static_cast<int64_t>(options.timeout_seconds * 1000));
  ErrorOr<tracer::CaseRun> run = tracer::RunCase(spec);
  if (!run.ok()) return fail(run.error().message());

  store::CaseRecord record;
  record.program = ProgramName(options.source);
  record.name = options.case_name;
  record.build_key = build->key;
  record.parm = spec.parm;
  record.clock = spec.clock;
  record.exit_code = run->outcome.exit_code;
  record.signal = run->outcome.signal;
  record.timed_out = run->outcome.timed_out;
  for (const auto& [dd, path] : spec.inputs) {
    ErrorOr<std::string> bytes = ReadFileBytes(path);
    if (!bytes.ok()) return fail(bytes.error().message() + " (DD " + dd + ")");
    record.datasets.push_back({"input", dd, std::move(*bytes)});
  }
  if (spec.stdin_path) {
    ErrorOr<std::string> bytes = ReadFileBytes(*spec.stdin_path);
    if (!bytes.ok()) return fail(bytes.error().message());
    record.datasets.push_back({"stdin", "stdin", std::move(*bytes)});
  }
  for (const auto& [dd, bytes] : run->outputs) record.datasets.push_back({"output", dd, bytes});
  record.datasets.push_back({"stdout", "stdout", run->outcome.stdout_bytes});
  record.datasets.push_back({"stderr", "stderr", run->outcome.stderr_bytes});

  DiagnosticCollector collector;
  DiagnosticEmitter emitter(nullptr, collector);
  std::unique_ptr<store::ProjectStore> project = store::ProjectStore::Open(db_path, emitter);
  if (project == nullptr) return fail("cannot open the project database " + db_path);
  if (ErrorOr<Success> written = project->WriteCase(record); !written.ok()) {
    return fail(written.error().message());
  }
  std::cout << "recorded " << record.program << " case " << record.name << ": ";
  if (record.timed_out) {
    std::cout << "timed out";
  } else if (record.signal != 0) {
    std::cout << "ended by signal " << record.signal;
  } else {
    std::cout << "return code " << record.exit_code;
  }
  std::cout << "; outputs";
  for (const auto& [dd, bytes] : run->outputs)
    std::cout << " " << dd << " (" << bytes.size() << " bytes)";
  if (run->outputs.empty()) std::cout << " none";
  std::cout << (build->from_cache ? "; legacy build from cache\n" : "; legacy build compiled\n");
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
  command->add_option("source", options.source, "The program's COBOL source")->required();
  command->add_option("--case", options.case_name, "The case's name (replaces one of that name)")
      ->required();
  command->add_option("--dd", options.inputs, "An input dataset: DD=PATH (repeatable)");
  command->add_option("--out", options.outputs, "An output DD the program writes (repeatable)");
  command->add_option("-I,--copy-dir", options.copy_dirs, "Copybook directory (repeatable)");
  command->add_option("--module", options.modules,
                      "The source of a program it CALLs, built as a module (repeatable)");
  command->add_option("--dialect", options.dialect, "cobc -std (default ibm)");
  command->add_option("--stdin", options.stdin_path, "A file fed to the program's stdin");
  command->add_option("--parm", options.parm, "The program's PARM (its command-line argument)")
      ->each([&options](const std::string&) { options.has_parm = true; });
  command->add_option("--clock", options.clock,
                      "COB_CURRENT_DATE for the run (default 2024/02/29 23:59:00.00)");
  command->add_option("--timeout", options.timeout_seconds, "Wall-clock limit in seconds");
  command->callback([&global, &exit_code, &options] { exit_code = Record(options, global); });
}

}  // namespace remint::cli
