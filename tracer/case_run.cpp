#include "tracer/case_run.h"

#include <algorithm>
#include <filesystem>
#include <set>
#include <system_error>

#include "base/source_manager.h"

namespace remint::tracer {
namespace {

namespace fs = std::filesystem;

auto Join(const std::vector<std::string>& parts, char separator) -> std::string {
  std::string joined;
  for (const std::string& part : parts) {
    if (!joined.empty()) joined += separator;
    joined += part;
  }
  return joined;
}

}  // namespace

auto RunCase(const CaseSpec& spec) -> ErrorOr<CaseRun> {
  std::error_code error;
  if (!fs::is_directory(spec.scratch_dir, error)) {
    return Error("the scratch directory " + spec.scratch_dir + " does not exist");
  }
  const fs::path scratch = fs::canonical(spec.scratch_dir, error);
  std::set<std::string> names;
  SandboxSpec run;
  run.argv = {spec.program};
  if (spec.parm) run.argv.push_back(*spec.parm);
  // libcob finds an ASSIGN name through DD_<name> (then dd_<name>, then <name>).
  for (const auto& [dd, path] : spec.inputs) {
    if (!names.insert(dd).second) return Error("DD " + dd + " is named twice");
    run.env["DD_" + dd] = fs::absolute(path, error).string();
  }
  for (const std::string& dd : spec.outputs) {
    if (!names.insert(dd).second) return Error("DD " + dd + " is named twice");
    run.env["DD_" + dd] = (scratch / dd).string();
  }
  run.env["PATH"] = "/usr/bin:/bin";
  run.env["LANG"] = "C";
  run.env["LC_ALL"] = "C";
  run.env["TZ"] = "UTC";
  run.env["TMPDIR"] = scratch.string();
  run.env["COB_CURRENT_DATE"] = spec.clock;
  if (!spec.module_dirs.empty()) run.env["COB_LIBRARY_PATH"] = Join(spec.module_dirs, ':');
  for (const auto& [name, value] : spec.extra_env) run.env[name] = value;
  run.scratch_dir = scratch.string();
  run.stdin_path = spec.stdin_path;
  run.wall_timeout = spec.wall_timeout;
  run.cpu_seconds = spec.cpu_seconds;
  run.memory_bytes = spec.memory_bytes;

  ErrorOr<SandboxOutcome> outcome = RunSandboxed(run);
  if (!outcome.ok()) return outcome.error();
  CaseRun result;
  result.outcome = std::move(*outcome);
  const std::set<std::string> outputs(spec.outputs.begin(), spec.outputs.end());
  for (const auto& entry : fs::recursive_directory_iterator(scratch, error)) {
    if (!entry.is_regular_file()) continue;
    const std::string relative = fs::relative(entry.path(), scratch).string();
    if (outputs.contains(relative)) {
      ErrorOr<std::string> bytes = ReadFileBytes(entry.path().string());
      if (!bytes.ok()) return bytes.error();
      result.outputs[relative] = std::move(*bytes);
    } else {
      result.other_files.push_back(relative);
    }
  }
  std::sort(result.other_files.begin(), result.other_files.end());
  return result;
}

}  // namespace remint::tracer
