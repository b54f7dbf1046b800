#include "tests/support/gfortran_run.h"

#include <chrono>
#include <filesystem>

#include "tests/support/process.h"

namespace remint::testing {

namespace fs = std::filesystem;

auto GfortranAvailable() -> bool {
  ErrorOr<TemporaryDirectory> directory = TemporaryDirectory::Create();
  if (!directory) return false;
  ErrorOr<ProcessResult> ran =
      RunProcess({"gfortran", "--version"}, directory->path(), std::chrono::seconds(30));
  return ran && ran->exit_status == 0;
}

auto RunWithGfortran(const std::string& source, const std::string& standard_input,
                     const std::vector<std::string>& flags, const std::string& file_name)
    -> ErrorOr<GfortranOutcome> {
  ErrorOr<TemporaryDirectory> directory = TemporaryDirectory::Create();
  if (!directory) return directory.error();
  const fs::path root = directory->path();
  if (auto written = WriteFileAtomically(root / file_name, source); !written) {
    return written.error();
  }
  std::vector<std::string> compile = {"gfortran"};
  compile.insert(compile.end(), flags.begin(), flags.end());
  compile.insert(compile.end(), {"-o", "program", file_name});
  ErrorOr<ProcessResult> compiled = RunProcess(compile, root, std::chrono::minutes(5));
  if (!compiled) return compiled.error();
  if (compiled->exit_status != 0) {
    return Error("gfortran rejected the program:\n" + compiled->standard_error);
  }
  ProcessOptions options;
  if (!standard_input.empty()) {
    if (auto written = WriteFileAtomically(root / "stdin.txt", standard_input); !written) {
      return written.error();
    }
    options.standard_input = (root / "stdin.txt").string();
  }
  const fs::path run = root / "run";
  std::error_code error;
  fs::create_directories(run, error);
  options.stdout_name = "../.run-stdout";
  options.stderr_name = "../.run-stderr";
  ErrorOr<ProcessResult> ran =
      RunProcess({(root / "program").string()}, run, std::chrono::minutes(2), options);
  if (!ran) return ran.error();
  GfortranOutcome outcome{
      ran->exit_status, std::move(ran->standard_output), std::move(ran->standard_error), {}};
  for (fs::directory_iterator it(run, error), end; !error && it != end; it.increment(error)) {
    if (!it->is_regular_file(error)) continue;
    std::optional<std::string> bytes = ReadWholeFile(it->path());
    if (!bytes) return Error("cannot read " + it->path().string());
    outcome.files.emplace(it->path().filename().string(), std::move(*bytes));
  }
  return outcome;
}

auto SplitLines(const std::string& text) -> std::vector<std::string> {
  std::vector<std::string> lines;
  for (size_t start = 0; start < text.size();) {
    const size_t end = text.find('\n', start);
    lines.push_back(text.substr(start, end - start));
    start = end == std::string::npos ? text.size() : end + 1;
  }
  return lines;
}

}  // namespace remint::testing
