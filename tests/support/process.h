// Running tools from tests: a child process with captured output and a deadline, temporary
// directories, and whole-file reads and atomic writes for caches.
#ifndef REMINT_TESTS_SUPPORT_PROCESS_H_
#define REMINT_TESTS_SUPPORT_PROCESS_H_

#include <chrono>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/error_or.h"

namespace remint::testing {

auto ReadWholeFile(const std::filesystem::path& path) -> std::optional<std::string>;

// Writes to a unique temporary name and renames, so concurrent workers and interrupted runs
// never leave a half-written file under the final name.
auto WriteFileAtomically(const std::filesystem::path& path, std::string_view bytes)
    -> ErrorOr<Success>;

// A fresh directory under the system's temporary directory, removed with everything in it when
// the object goes.
class TemporaryDirectory {
 public:
  static auto Create() -> ErrorOr<TemporaryDirectory>;
  TemporaryDirectory(TemporaryDirectory&& other) noexcept : path_(std::move(other.path_)) {
    other.path_.clear();
  }
  TemporaryDirectory(const TemporaryDirectory&) = delete;
  auto operator=(const TemporaryDirectory&) -> TemporaryDirectory& = delete;
  auto operator=(TemporaryDirectory&&) -> TemporaryDirectory& = delete;
  ~TemporaryDirectory();
  auto path() const -> const std::filesystem::path& { return path_; }

 private:
  explicit TemporaryDirectory(std::filesystem::path path) : path_(std::move(path)) {}
  std::filesystem::path path_;
};

struct ProcessResult {
  int exit_status = 0;  // 128 + signal number if killed by a signal
  std::string standard_output;
  std::string standard_error;
};

struct ProcessOptions {
  std::string standard_input;  // a file to read stdin from; empty: /dev/null
  // Set in the child on top of the inherited environment (whose locale is forced to C).
  std::map<std::string, std::string> environment;
  // Where stdout and stderr are captured, inside the working directory.
  std::string stdout_name = ".stdout";
  std::string stderr_name = ".stderr";
};

// Runs argv[0] (searched in PATH) in `directory` with stdout and stderr captured; kills its
// process group after `timeout`.
auto RunProcess(const std::vector<std::string>& arguments, const std::filesystem::path& directory,
                std::chrono::milliseconds timeout, const ProcessOptions& options = {})
    -> ErrorOr<ProcessResult>;

}  // namespace remint::testing

#endif  // REMINT_TESTS_SUPPORT_PROCESS_H_
