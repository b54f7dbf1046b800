#include "cli/run_programs.h"

#include <unistd.h>

#include <filesystem>
#include <regex>
#include <set>
#include <sstream>

#include "base/sha256.h"
#include "base/source_manager.h"
#include "migrate/process.h"
#include "migrate/program_build.h"
#include "tracer/legacy_build.h"

namespace remint::cli {
namespace fs = std::filesystem;
namespace {

// A member whose first program has PROCEDURE DIVISION USING is CALLed, not run: cobc builds it
// as a module (-m) that COB_LIBRARY_PATH finds.
auto IsSubprogram(const std::string& source) -> bool {
  static const std::regex kUsing("PROCEDURE\\s+DIVISION\\s+USING", std::regex::icase);
  std::istringstream lines(source);
  for (std::string line; std::getline(lines, line);) {
    if (line.size() > 6 && (line[6] == '*' || line[6] == '/')) continue;
    if (line.size() > 7 && std::regex_search(line.substr(7, 65), kUsing)) return true;
  }
  return false;
}

auto FirstLine(const std::string& text) -> std::string { return text.substr(0, text.find('\n')); }

auto ToolVersion(const std::string& tool) -> ErrorOr<std::string> {
  ErrorOr<migrate::ProcessResult> run = migrate::RunProcess({tool, "--version"});
  if (!run || run->exit_code != 0) return Error(tool + " is not installed");
  return FirstLine(run->output);
}

auto BuildCobolReference(const migrate::ProjectConfig& project, const std::string& build_dir,
                         LoadLibrary& library) -> ErrorOr<Success> {
  std::vector<std::string> mains;
  std::set<std::string> module_dirs;
  std::map<std::string, std::string> main_paths;
  std::map<std::string, std::string> main_keys;
  for (const std::string& member : migrate::ListMembers(project.sources)) {
    tracer::LegacyBuildSpec spec;
    spec.source = member;
    spec.copy_dirs = project.copybooks;
    spec.dialect = project.dialect;
    spec.flags = project.cobc_flags;
    ErrorOr<std::string> source = ReadFileBytes(member);
    if (!source) return Error(member + ": " + source.error().message());
    spec.subprogram = IsSubprogram(*source);
    spec.cache_dir = build_dir + "/cobc";
    ErrorOr<tracer::LegacyBuild> built = tracer::BuildLegacy(spec);
    if (!built) return Error(member + ": " + built.error().message());
    library.log += built->log;
    std::string name = migrate::ProgramNameOf(member);
    if (spec.subprogram) {
      module_dirs.insert(fs::path(built->executable).parent_path().string());
    } else {
      main_paths[name] = built->executable;
      main_keys[name] = built->key;
    }
  }
  std::string library_path;
  for (const std::string& directory : module_dirs) {
    library_path += (library_path.empty() ? "" : ":") + directory;
  }
  for (const auto& [name, path] : main_paths) {
    library.programs[name] =
        jobrun::ProgramImage{path, {"COB_LIBRARY_PATH=" + library_path}, main_keys[name]};
  }
  return Success{};
}

auto BuildFortran(const migrate::ProjectConfig& project, const std::string& build_dir,
                  LoadLibrary& library) -> ErrorOr<Success> {
  std::vector<std::string> members = migrate::ListMembers(project.run.fortran_sources);
  if (members.empty()) return Success{};
  ErrorOr<std::string> version = ToolVersion("gfortran");
  if (!version) return version.error();
  // The reference build's flags: FORTRAN 77 source, no fused multiply-add (results as the
  // emitted C++ computes them), no optimisation.
  const std::vector<std::string> flags = {"-std=legacy", "-ffp-contract=off", "-O0", "-x", "f77"};
  for (const std::string& member : members) {
    std::string name = migrate::ProgramNameOf(member);
    Sha256 hash;
    hash.Update(*version);
    for (const std::string& flag : flags) hash.Update(flag + "\n");
    ErrorOr<std::string> source = ReadFileBytes(member);
    if (!source) return Error(member + ": " + source.error().message());
    hash.Update(*source);
    std::string key = hash.FinishHex();
    fs::path home = fs::path(build_dir) / "gfortran" / key;
    std::string executable = (home / name).string();
    if (!fs::is_regular_file(executable)) {
      std::error_code error;
      fs::create_directories(home, error);
      std::string temporary = executable + ".building." + std::to_string(::getpid());
      std::vector<std::string> command = {"gfortran"};
      command.insert(command.end(), flags.begin(), flags.end());
      command.insert(command.end(), {member, "-o", temporary});
      ErrorOr<migrate::ProcessResult> run = migrate::RunProcess(command);
      if (!run) return run.error();
      library.log += run->output;
      if (run->exit_code != 0) return Error(member + " does not build:\n" + run->output);
      fs::rename(temporary, executable, error);
      if (error) return Error(executable + ": " + error.message());
    }
    library.programs[name] = jobrun::ProgramImage{executable, {}, key};
  }
  return Success{};
}

auto BuildCobolEmitted(const migrate::ProjectConfig& project, const std::string& build_dir,
                       LoadLibrary& library) -> ErrorOr<Success> {
  std::error_code error;
  std::string self = fs::read_symlink("/proc/self/exe", error).string();
  if (error) return Error("cannot find the remint executable: " + error.message());
  std::string project_dir = build_dir + "/emitted";
  std::vector<std::string> emit = {self, "emit"};
  std::vector<std::string> members = migrate::ListMembers(project.sources);
  emit.insert(emit.end(), members.begin(), members.end());
  for (const std::string& copybooks : project.copybooks) emit.insert(emit.end(), {"-I", copybooks});
  emit.insert(emit.end(), {"--dialect", project.dialect, "-o", project_dir});
  std::vector<std::string> configure = {"cmake",
                                        "-S",
                                        project_dir,
                                        "-B",
                                        project_dir + "/build",
                                        "-G",
                                        "Ninja",
                                        "-DCMAKE_BUILD_TYPE=Release"};
  if (migrate::FindProgram("ccache")) configure.push_back("-DCMAKE_CXX_COMPILER_LAUNCHER=ccache");
  std::vector<std::string> build = {"cmake", "--build", project_dir + "/build"};
  for (const std::vector<std::string>* command : {&emit, &configure, &build}) {
    ErrorOr<migrate::ProcessResult> run = migrate::RunProcess(*command);
    if (!run) return run.error();
    library.log += run->output;
    if (run->exit_code != 0) {
      return Error("'" + (*command)[0] + " " + (*command)[1] + "' failed:\n" + run->output);
    }
  }
  for (const std::string& member : members) {
    std::string name = migrate::ProgramNameOf(member);
    std::string executable = project_dir + "/build/" + name;
    // No content key: the emitted build is remade by CMake, not cached by what it came from.
    if (fs::is_regular_file(executable)) library.programs[name] = {executable, {}, ""};
  }
  return Success{};
}

}  // namespace

auto BuildLoadLibrary(const migrate::ProjectConfig& project, ProgramBuildKind kind,
                      const std::string& build_dir) -> ErrorOr<LoadLibrary> {
  LoadLibrary library;
  if (kind == ProgramBuildKind::kReference) {
    REMINT_TRY(BuildCobolReference(project, build_dir, library));
  } else {
    REMINT_TRY(BuildCobolEmitted(project, build_dir, library));
  }
  REMINT_TRY(BuildFortran(project, build_dir, library));
  return library;
}

}  // namespace remint::cli
