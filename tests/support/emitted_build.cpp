#include "tests/support/emitted_build.h"

#include <algorithm>
#include <chrono>
#include <fstream>
#include <thread>

#include "tests/support/cli_runner.h"
#include "tests/support/process.h"
#include "tests/support/scratch.h"

namespace remint::testing {

namespace fs = std::filesystem;

EmittedBuild::EmittedBuild(const fs::path& root, const std::vector<EmittedProgram>& programs,
                           const std::string& compile_flags) {
  fs::remove_all(root);
  fs::create_directories(root);
  std::string cmake =
      "cmake_minimum_required(VERSION 3.20)\n"
      "project(remint_emitted_programs LANGUAGES CXX)\n"
      "set(CMAKE_CXX_STANDARD 20)\n"
      "set(CMAKE_CXX_STANDARD_REQUIRED ON)\n"
      "set(CMAKE_CXX_FLAGS \"" +
      compile_flags + "\")\n";
  bool runtime_added = false;
  std::vector<std::string> targets;
  for (const EmittedProgram& program : programs) {
    const fs::path out = root / program.name;
    std::vector<std::string> arguments = program.arguments;
    arguments.insert(arguments.begin(), "emit");
    arguments.insert(arguments.end(), {"-o", out.string()});
    CliResult emitted = RunRemint(arguments, root.string());
    if (emitted.exit_code != 0) {
      not_emitted_[program.name] = "remint emit failed:\n" + emitted.err;
      continue;
    }
    if (!runtime_added) {
      cmake += "add_subdirectory(" + (out / "runtime").string() + " cobrt)\n";
      runtime_added = true;
    }
    std::vector<std::string> sources;
    for (const auto& entry : fs::directory_iterator(out / "src")) {
      sources.push_back(entry.path().string());
    }
    std::sort(sources.begin(), sources.end());
    cmake += "add_executable(" + program.name;
    for (const std::string& file : sources) cmake += " " + file;
    cmake += ")\ntarget_link_libraries(" + program.name + " PRIVATE cobrt)\n";
    cmake += "target_compile_options(" + program.name + " PRIVATE -Wall -Wextra -Werror)\n";
    targets.push_back(program.name);
  }
  std::ofstream(root / "CMakeLists.txt") << cmake;
  build_ = root / "build";
  if (targets.empty()) return;
  std::vector<std::string> configure = {"cmake",         "-S", root.string(), "-B",
                                        build_.string(), "-G", "Ninja"};
  // scripts/install-deps installs ccache; reruns then compile only what changed.
  if (fs::exists("/usr/bin/ccache")) configure.push_back("-DCMAKE_CXX_COMPILER_LAUNCHER=ccache");
  const std::chrono::minutes timeout(30);
  ErrorOr<ProcessResult> configured = RunProcess(configure, root, timeout);
  if (!configured.ok() || configured->exit_status != 0) {
    const std::string why = configured.ok()
                                ? configured->standard_output + configured->standard_error
                                : configured.error().message();
    for (const std::string& target : targets) not_built_[target] = "cmake failed:\n" + why;
    return;
  }
  // -k 0: one program that does not compile must not keep the others from being built.
  const unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  ErrorOr<ProcessResult> built =
      RunProcess({"cmake", "--build", build_.string(), "-j", std::to_string(jobs), "--", "-k", "0"},
                 root, timeout);
  const std::string log =
      built.ok() ? built->standard_output + built->standard_error : built.error().message();
  for (const std::string& target : targets) {
    if (fs::exists(build_ / target)) continue;
    // The compiler's lines about this program's sources (the whole log names every program).
    std::string lines;
    const std::string marker = (root / target / "src").string();
    size_t start = 0;
    int kept = 0;
    while (start < log.size() && kept < 60) {
      size_t end = log.find('\n', start);
      if (end == std::string::npos) end = log.size();
      const std::string_view line(log.data() + start, end - start);
      if (line.find(marker) != std::string_view::npos) {
        lines.append(line).push_back('\n');
        ++kept;
      }
      start = end + 1;
    }
    not_built_[target] = "the build failed:\n" + (lines.empty() ? log.substr(0, 4000) : lines);
  }
}

auto EmittedBuild::executable(const std::string& name) const -> fs::path { return build_ / name; }

auto EmittedBuild::problem(const std::string& name) const -> std::string {
  if (auto it = not_emitted_.find(name); it != not_emitted_.end()) return it->second;
  if (auto it = not_built_.find(name); it != not_built_.end()) return it->second;
  return "";
}

}  // namespace remint::testing
