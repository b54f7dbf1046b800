#include "emitters/cpp/project_writer.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <vector>

#include "base/source_manager.h"
#include "emitters/cpp/runtime_files.h"
#include "runtime/version.h"

extern char** environ;

namespace remint::emit_cpp {
namespace {

namespace fs = std::filesystem;

auto ProjectCMakeLists(const EmittedSources& sources) -> std::string {
  std::string text =
      R"(# Emitted by remint: the COBOL programs of this project as C++20, linked against cobrt, the
# COBOL runtime in runtime/. Build: cmake -S . -B build && cmake --build build
cmake_minimum_required(VERSION 3.20)
project(emitted_cobol LANGUAGES CXX)
set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
if(NOT CMAKE_BUILD_TYPE)
  set(CMAKE_BUILD_TYPE Release)
endif()
set(CMAKE_CXX_FLAGS_RELEASE "-O2 -DNDEBUG")
# Executables land in the build directory itself, named by PROGRAM-ID as cobc -x names them.
set(CMAKE_RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR})

add_subdirectory(runtime)
)";
  const std::string tests_part = R"(
# The equivalence tests (tests/, when the project has recorded cases): ctest runs them.
if(EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/tests/CMakeLists.txt)
  enable_testing()
  add_subdirectory(tests)
endif()
)";
  if (!sources.subprogram_sources.empty()) {
    // Called programs, in every executable: an object library, so that the linker keeps their
    // registrations although nothing refers to them by symbol.
    text += fmt::format(
        "\nadd_library(called_programs OBJECT {})\ntarget_link_libraries(called_programs PRIVATE "
        "cobrt)\ntarget_compile_options(called_programs PRIVATE -Wall -Wextra)\n",
        fmt::join(sources.subprogram_sources, " "));
  }
  for (const EmittedProgram& program : sources.executables) {
    text += fmt::format(
        "\nadd_executable({0} {1})\ntarget_link_libraries({0} PRIVATE {2}cobrt)\n"
        "target_compile_options({0} PRIVATE -Wall -Wextra)\n",
        program.program_id, program.source_path,
        sources.subprogram_sources.empty() ? "" : "called_programs ");
  }
  return text + tests_part;
}

constexpr const char* kClangFormat = R"(BasedOnStyle: Google
ColumnLimit: 100
)";

auto WriteFile(const fs::path& path, std::string_view bytes, std::string& error) -> bool {
  std::error_code code;
  fs::create_directories(path.parent_path(), code);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) error = "cannot write " + path.string();
  return static_cast<bool>(out);
}

// Runs clang-format -i on `files` in `directory`; false (with `error`) if it could not run or
// failed.
auto RunClangFormat(const std::string& clang_format, const fs::path& directory,
                    const std::vector<std::string>& files, std::string& error) -> bool {
  std::vector<std::string> arguments = {clang_format, "-i", "--style=file"};
  for (const std::string& file : files) arguments.push_back((directory / file).string());
  std::vector<char*> argv;
  for (std::string& argument : arguments) argv.push_back(argument.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  pid_t pid = 0;
  const int spawn_error = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawn_error != 0) {
    error = fmt::format("cannot run {}: {}", clang_format, std::strerror(spawn_error));
    return false;
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    error = clang_format + " failed";
    return false;
  }
  return true;
}

// Moves the files of `staging` into `out` where their bytes differ, and removes from `out` the
// files `staging` does not have.
auto SyncInto(const fs::path& staging, const fs::path& out, ProjectWriteReport& report,
              std::string& error) -> bool {
  std::error_code code;
  std::vector<fs::path> previous_files;
  if (ErrorOr<std::string> marker = ReadFileBytes((out / kProjectMarker).string()); marker.ok()) {
    std::string_view rest = *marker;
    bool first = true;
    while (!rest.empty()) {
      const size_t newline = rest.find('\n');
      const std::string_view line = rest.substr(0, newline);
      rest = newline == std::string_view::npos ? std::string_view() : rest.substr(newline + 1);
      if (!first && !line.empty() && line.find("..") == std::string_view::npos && line[0] != '/') {
        previous_files.emplace_back(line);
      }
      first = false;
    }
  }
  std::vector<fs::path> fresh;
  for (const auto& entry : fs::recursive_directory_iterator(staging, code)) {
    if (entry.is_regular_file()) fresh.push_back(fs::relative(entry.path(), staging));
  }
  std::sort(fresh.begin(), fresh.end());
  for (const fs::path& file : fresh) {
    ErrorOr<std::string> before = ReadFileBytes((out / file).string());
    ErrorOr<std::string> after = ReadFileBytes((staging / file).string());
    if (!after.ok()) {
      error = after.error().message();
      return false;
    }
    if (before.ok() && *before == *after) {
      ++report.unchanged;
      continue;
    }
    fs::create_directories((out / file).parent_path(), code);
    fs::rename(staging / file, out / file, code);
    if (code) {
      error = "cannot replace " + (out / file).string() + ": " + code.message();
      return false;
    }
    ++report.written;
  }
  // Only files the previous emission listed go: a build directory or notes of the user's in
  // OUT stay.
  for (const fs::path& file : previous_files) {
    if (std::binary_search(fresh.begin(), fresh.end(), file)) continue;
    if (fs::remove(out / file, code)) ++report.removed;
  }
  return true;
}

}  // namespace

auto WriteProject(const EmittedSources& sources, const ProjectOptions& options,
                  DiagnosticEmitter& diagnostics, ProjectWriteReport* report) -> bool {
  ProjectWriteReport local_report;
  if (report == nullptr) report = &local_report;
  const fs::path out = options.output_directory;
  auto fail = [&](const std::string& why) {
    diagnostics.EmitForPath(DiagnosticKind::kEmitCppOutputFailed, out.string(), out.string(), why);
    return false;
  };
  std::error_code code;
  if (fs::exists(out, code)) {
    const bool ours = fs::is_directory(out, code) && fs::exists(out / kProjectMarker, code);
    const bool empty = fs::is_directory(out, code) && fs::is_empty(out, code);
    if (!ours && !empty) {
      diagnostics.EmitForPath(DiagnosticKind::kEmitCppOutputNotOurs, out.string(), out.string());
      return false;
    }
  }
  const fs::path staging = out.string() + fmt::format(".remint-tmp-{}", getpid());
  fs::remove_all(staging, code);
  std::string error;
  bool written = true;
  for (const EmittedFile& file : sources.files) {
    written = written && WriteFile(staging / file.path, file.text, error);
  }
  for (const EmittedFile& file : options.extra_files) {
    written = written && WriteFile(staging / file.path, file.text, error);
  }
  for (const EmbeddedFile& file : RuntimeFiles()) {
    written = written && WriteFile(staging / "runtime" / file.path, file.bytes, error);
  }
  written = written && WriteFile(staging / "CMakeLists.txt", ProjectCMakeLists(sources), error);
  written = written && WriteFile(staging / ".clang-format", kClangFormat, error);
  // The marker lists every file emitted, so that an update in place removes exactly the files
  // no longer emitted.
  std::vector<std::string> manifest = {"CMakeLists.txt", ".clang-format"};
  for (const EmittedFile& file : sources.files) manifest.push_back(file.path);
  for (const EmittedFile& file : options.extra_files) manifest.push_back(file.path);
  for (const EmbeddedFile& file : RuntimeFiles()) {
    manifest.push_back("runtime/" + std::string(file.path));
  }
  std::sort(manifest.begin(), manifest.end());
  written = written && WriteFile(staging / kProjectMarker,
                                 fmt::format("Emitted by remint; runtime cobrt {}.\n{}\n",
                                             cobrt::kVersion, fmt::join(manifest, "\n")),
                                 error);
  if (written && !options.clang_format.empty()) {
    std::vector<std::string> programs;
    for (const EmittedFile& file : sources.files) programs.push_back(file.path);
    written = RunClangFormat(options.clang_format, staging, programs, error);
  }
  if (!written) {
    fs::remove_all(staging, code);
    return fail(error);
  }
  if (options.update_in_place) {
    fs::create_directories(out, code);
    const bool synced = SyncInto(staging, out, *report, error);
    fs::remove_all(staging, code);
    return synced || fail(error);
  }
  report->written = static_cast<int>(sources.files.size() + options.extra_files.size());
  // Swap the finished project in: the old one (ours, or an empty directory) goes only now.
  const fs::path previous = out.string() + fmt::format(".remint-old-{}", getpid());
  fs::remove_all(previous, code);
  if (fs::exists(out, code)) {
    fs::rename(out, previous, code);
    if (code) {
      fs::remove_all(staging, code);
      return fail("cannot move the previous project aside");
    }
  }
  fs::rename(staging, out, code);
  if (code) {
    const std::string why = code.message();
    fs::rename(previous, out, code);
    fs::remove_all(staging, code);
    return fail(why);
  }
  fs::remove_all(previous, code);
  return true;
}

}  // namespace remint::emit_cpp
