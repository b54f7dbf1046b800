#include "tracer/legacy_build.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string_view>
#include <system_error>

#include "base/sha256.h"
#include "tracer/sandbox.h"

namespace remint::tracer {
namespace {

namespace fs = std::filesystem;

// `name` itself when it holds a slash, else its first executable match in PATH.
auto FindProgram(const std::string& name) -> ErrorOr<std::string> {
  if (name.find('/') != std::string::npos) return name;
  const char* path = std::getenv("PATH");
  std::string_view rest = path != nullptr ? path : "/usr/bin:/bin";
  while (!rest.empty()) {
    const size_t colon = rest.find(':');
    const std::string directory(rest.substr(0, colon));
    rest = colon == std::string_view::npos ? std::string_view() : rest.substr(colon + 1);
    const std::string candidate = (directory.empty() ? "." : directory) + "/" + name;
    if (access(candidate.c_str(), X_OK) == 0) return candidate;
  }
  return Error(name + " not found in PATH");
}

// cobc run confined to `directory` (its temporary files go there too).
auto RunCobc(const std::string& cobc, std::vector<std::string> arguments,
             const std::string& directory) -> ErrorOr<SandboxOutcome> {
  SandboxSpec spec;
  spec.argv = {cobc};
  spec.argv.insert(spec.argv.end(), arguments.begin(), arguments.end());
  const char* path = std::getenv("PATH");
  spec.env = {{"PATH", path != nullptr ? path : "/usr/bin:/bin"},
              {"TMPDIR", directory},
              {"LANG", "C"},
              {"LC_ALL", "C"}};
  spec.scratch_dir = directory;
  spec.wall_timeout = std::chrono::minutes(5);
  spec.cpu_seconds = 300;
  return RunSandboxed(spec);
}

auto Absolute(const std::string& path) -> std::string {
  std::error_code error;
  const fs::path absolute = fs::absolute(path, error);
  return error ? path : absolute.lexically_normal().string();
}

}  // namespace

auto BuildLegacy(const LegacyBuildSpec& spec) -> ErrorOr<LegacyBuild> {
  ErrorOr<std::string> cobc = FindProgram(spec.cobc);
  if (!cobc.ok()) return cobc.error();
  std::error_code error;
  if (!fs::is_regular_file(spec.source, error)) return Error("no such member: " + spec.source);
  fs::create_directories(spec.cache_dir, error);
  if (error) return Error("cannot create " + spec.cache_dir + ": " + error.message());
  // A directory of this build's own for cobc's work; removed whatever happens.
  ErrorOr<TemporaryDirectory> work_directory = TemporaryDirectory::Make(spec.cache_dir, ".build-");
  if (!work_directory.ok()) return work_directory.error();
  const std::string& work = work_directory->path();

  std::vector<std::string> common = {"-std=" + spec.dialect};
  for (const std::string& directory : spec.copy_dirs) common.push_back("-I" + Absolute(directory));
  common.insert(common.end(), spec.flags.begin(), spec.flags.end());
  ErrorOr<SandboxOutcome> version = RunCobc(*cobc, {"--version"}, work);
  if (!version.ok()) return version.error();
  std::vector<std::string> preprocess = common;
  preprocess.push_back("-E");
  preprocess.push_back(Absolute(spec.source));
  ErrorOr<SandboxOutcome> expanded = RunCobc(*cobc, preprocess, work);
  if (!expanded.ok()) return expanded.error();
  if (expanded->exit_code != 0 || expanded->signal != 0) {
    return Error("cobc cannot preprocess " + spec.source + ":\n" + expanded->stderr_bytes);
  }
  Sha256 hash;
  for (const std::string& part :
       {version->stdout_bytes, std::string(spec.subprogram ? "-m" : "-x")}) {
    hash.Update(part);
    hash.Update(std::string_view("\0", 1));
  }
  for (const std::string& flag : common) {
    hash.Update(flag);
    hash.Update(std::string_view("\0", 1));
  }
  hash.Update(expanded->stdout_bytes);

  LegacyBuild build;
  build.key = hash.FinishHex();
  const std::string name = fs::path(spec.source).stem().string();
  const fs::path home = fs::path(spec.cache_dir) / build.key;
  build.executable = Absolute((home / (spec.subprogram ? name + ".so" : name)).string());
  if (fs::is_regular_file(build.executable, error)) {
    build.from_cache = true;
    return build;
  }
  std::vector<std::string> compile = common;
  compile.push_back(spec.subprogram ? "-m" : "-x");
  compile.push_back("-o");
  const std::string built = work + "/" + fs::path(build.executable).filename().string();
  compile.push_back(built);
  compile.push_back(Absolute(spec.source));
  ErrorOr<SandboxOutcome> compiled = RunCobc(*cobc, compile, work);
  if (!compiled.ok()) return compiled.error();
  build.log = compiled->stderr_bytes;
  if (compiled->exit_code != 0 || compiled->signal != 0 || !fs::is_regular_file(built, error)) {
    return Error("cobc cannot build " + spec.source + ":\n" + compiled->stderr_bytes);
  }
  fs::create_directories(home, error);
  if (error) return Error("cannot create " + home.string() + ": " + error.message());
  // rename(2) within one file system is atomic: the cache holds a whole program or none.
  fs::rename(built, build.executable, error);
  if (error) return Error("cannot store the build of " + spec.source + ": " + error.message());
  return build;
}

}  // namespace remint::tracer
