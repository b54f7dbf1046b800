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
  ErrorOr<ProcessResult> ran =
      RunProcess({(root / "program").string()}, root, std::chrono::minutes(2), options);
  if (!ran) return ran.error();
  return GfortranOutcome{ran->exit_status, std::move(ran->standard_output),
                         std::move(ran->standard_error)};
}

}  // namespace remint::testing
