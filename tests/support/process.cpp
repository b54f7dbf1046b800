#include "tests/support/process.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <thread>
#include <utility>

extern char** environ;

namespace remint::testing {

namespace fs = std::filesystem;

auto ReadWholeFile(const fs::path& path) -> std::optional<std::string> {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return std::move(bytes).str();
}

// Writes to a unique temporary name and renames, so concurrent workers and interrupted runs
// never leave a half-written cache entry under the final name.
auto WriteFileAtomically(const fs::path& path, std::string_view bytes) -> ErrorOr<Success> {
  static std::atomic<uint64_t> counter{0};
  fs::path temporary = path;
  temporary += ".tmp." + std::to_string(getpid()) + "." + std::to_string(++counter);
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) return Error("cannot write " + temporary.string());
  }
  std::error_code error;
  fs::rename(temporary, path, error);
  if (error) {
    fs::remove(temporary, error);
    return Error("cannot rename into " + path.string());
  }
  return Success{};
}

namespace {

// The inherited environment with the locale forced to C: cobc translates the listing's
// summary lines and its messages.
auto ChildEnvironment() -> std::vector<std::string> {
  std::vector<std::string> variables;
  for (char** entry = environ; entry != nullptr && *entry != nullptr; ++entry) {
    std::string_view variable(*entry);
    if (variable.starts_with("LC_") || variable.starts_with("LANG=") ||
        variable.starts_with("LANGUAGE=")) {
      continue;
    }
    variables.emplace_back(variable);
  }
  variables.emplace_back("LC_ALL=C");
  return variables;
}

}  // namespace

auto TemporaryDirectory::Create() -> ErrorOr<TemporaryDirectory> {
  std::error_code error;
  fs::path base = fs::temp_directory_path(error);
  if (error) base = "/tmp";
  std::string pattern = (base / "remint-cobc-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) {
    return Error("cannot create a temporary directory: " + std::string(std::strerror(errno)));
  }
  return TemporaryDirectory(pattern);
}

TemporaryDirectory::~TemporaryDirectory() {
  std::error_code error;
  if (!path_.empty()) fs::remove_all(path_, error);
}

// Runs argv[0] (searched in PATH) in `directory` with stdin from /dev/null and stdout/stderr
// captured in files there; kills its process group after `timeout`.
auto RunProcess(const std::vector<std::string>& arguments, const fs::path& directory,
                std::chrono::milliseconds timeout, const ProcessOptions& options)
    -> ErrorOr<ProcessResult> {
  const std::string out_path = (directory / options.stdout_name).string();
  const std::string err_path = (directory / options.stderr_name).string();
  posix_spawn_file_actions_t actions;
  posix_spawnattr_t attributes;
  posix_spawn_file_actions_init(&actions);
  posix_spawnattr_init(&attributes);
  posix_spawn_file_actions_addchdir_np(&actions, directory.c_str());
  const std::string in_path =
      options.standard_input.empty() ? std::string("/dev/null") : options.standard_input;
  posix_spawn_file_actions_addopen(&actions, 0, in_path.c_str(), O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                   0644);
  posix_spawn_file_actions_addopen(&actions, 2, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                   0644);
  posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);
  posix_spawnattr_setpgroup(&attributes, 0);

  std::vector<char*> argv;
  for (const std::string& argument : arguments) argv.push_back(const_cast<char*>(argument.c_str()));
  argv.push_back(nullptr);
  std::vector<std::string> environment = ChildEnvironment();
  for (const auto& [name, value] : options.environment) environment.push_back(name + "=" + value);
  std::vector<char*> envp;
  for (std::string& variable : environment) envp.push_back(variable.data());
  envp.push_back(nullptr);

  pid_t pid = 0;
  int spawn_error = posix_spawnp(&pid, argv[0], &actions, &attributes, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attributes);
  if (spawn_error != 0) {
    return Error("cannot run " + arguments[0] + ": " + std::strerror(spawn_error));
  }

  const auto deadline = std::chrono::steady_clock::now() + timeout;
  auto pause = std::chrono::milliseconds(1);
  int status = 0;
  bool timed_out = false;
  while (true) {
    pid_t waited = waitpid(pid, &status, WNOHANG);
    if (waited == pid) break;
    if (waited < 0 && errno != EINTR) return Error("waitpid failed for " + arguments[0]);
    if (std::chrono::steady_clock::now() >= deadline) {
      kill(-pid, SIGKILL);
      while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
      }
      timed_out = true;
      break;
    }
    std::this_thread::sleep_for(pause);
    pause = std::min(pause * 2, std::chrono::milliseconds(20));
  }
  if (timed_out) {
    return Error(arguments[0] + " did not finish within " + std::to_string(timeout.count()) +
                 " ms");
  }
  ProcessResult result;
  result.exit_status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.standard_output = ReadWholeFile(out_path).value_or("");
  result.standard_error = ReadWholeFile(err_path).value_or("");
  return result;
}

}  // namespace remint::testing
