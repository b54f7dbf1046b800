#include "migrate/case_recorder.h"

#include <filesystem>
#include <fstream>

#include "base/source_manager.h"
#include "tracer/case_run.h"
#include "tracer/legacy_build.h"

namespace remint::migrate {
namespace {

namespace fs = std::filesystem;

auto WriteBytes(const fs::path& path, const std::string& bytes) -> bool {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return static_cast<bool>(out);
}

}  // namespace

auto RecordCase(const CaseRequest& request, const LegacyToolchain& toolchain)
    -> ErrorOr<RecordedRun> {
  RecordedRun recorded;
  tracer::CaseSpec spec;
  // CALLed programs: built as modules, found through COB_LIBRARY_PATH.
  std::string module_keys;
  for (const std::string& module : request.module_sources) {
    tracer::LegacyBuildSpec module_spec{
        module, toolchain.copy_dirs, toolchain.dialect, toolchain.flags, true, toolchain.cache_dir};
    ErrorOr<tracer::LegacyBuild> built = tracer::BuildLegacy(module_spec);
    if (!built.ok()) return built.error();
    recorded.built_from_cache = recorded.built_from_cache && built->from_cache;
    module_keys += " " + built->key;
    spec.module_dirs.push_back(fs::path(built->executable).parent_path().string());
  }
  tracer::LegacyBuildSpec build_spec{
      request.source, toolchain.copy_dirs, toolchain.dialect, toolchain.flags,
      false,          toolchain.cache_dir};
  ErrorOr<tracer::LegacyBuild> build = tracer::BuildLegacy(build_spec);
  if (!build.ok()) return build.error();
  recorded.built_from_cache = recorded.built_from_cache && build->from_cache;
  ErrorOr<tracer::TemporaryDirectory> scratch =
      tracer::TemporaryDirectory::Make(fs::temp_directory_path().string(), "remint-case-");
  if (!scratch.ok()) return scratch.error();
  ErrorOr<tracer::TemporaryDirectory> staged =
      tracer::TemporaryDirectory::Make(fs::temp_directory_path().string(), "remint-inputs-");
  if (!staged.ok()) return staged.error();
  spec.inputs = request.input_files;
  for (const auto& [dd, bytes] : request.input_bytes) {
    const fs::path path = fs::path(staged->path()) / dd;
    if (!WriteBytes(path, bytes)) return Error("cannot write " + path.string());
    spec.inputs[dd] = path.string();
  }
  spec.outputs = request.outputs;
  spec.program = build->executable;
  spec.scratch_dir = scratch->path();
  spec.clock = request.clock;
  spec.parm = request.parm;
  spec.stdin_path = request.stdin_path;
  spec.wall_timeout =
      std::chrono::milliseconds(static_cast<int64_t>(request.timeout_seconds * 1000));
  ErrorOr<tracer::CaseRun> run = tracer::RunCase(spec);
  if (!run.ok()) return run.error();

  store::CaseRecord& record = recorded.record;
  record.program = request.program;
  record.name = request.name;
  record.build_key = build->key + module_keys;
  record.parm = spec.parm;
  record.clock = spec.clock;
  record.exit_code = run->outcome.exit_code;
  record.signal = run->outcome.signal;
  record.timed_out = run->outcome.timed_out;
  for (const auto& [dd, path] : request.input_files) {
    ErrorOr<std::string> bytes = ReadFileBytes(path);
    if (!bytes.ok()) return Error(bytes.error().message() + " (DD " + dd + ")");
    record.datasets.push_back({"input", dd, std::move(*bytes)});
  }
  for (const auto& [dd, bytes] : request.input_bytes) {
    record.datasets.push_back({"input", dd, bytes});
  }
  if (spec.stdin_path) {
    ErrorOr<std::string> bytes = ReadFileBytes(*spec.stdin_path);
    if (!bytes.ok()) return bytes.error();
    record.datasets.push_back({"stdin", "stdin", std::move(*bytes)});
  }
  for (const auto& [dd, bytes] : run->outputs) record.datasets.push_back({"output", dd, bytes});
  record.datasets.push_back({"stdout", "stdout", run->outcome.stdout_bytes});
  record.datasets.push_back({"stderr", "stderr", run->outcome.stderr_bytes});
  recorded.other_files = run->other_files;
  return recorded;
}

auto DescribeOutcome(const store::CaseRecord& record) -> std::string {
  if (record.timed_out) return "timed out";
  if (record.signal != 0) return "ended by signal " + std::to_string(record.signal);
  return "return code " + std::to_string(record.exit_code);
}

}  // namespace remint::migrate
