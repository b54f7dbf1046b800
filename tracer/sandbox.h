// Runs one legacy program the way a recorded case needs it run (issue 10, tracer/): in a private
// scratch directory that is the only place it can write, with a minimal environment, a wall-clock
// timeout and CPU and memory limits, and reports how it ended (exit status or signal, timeout)
// with its stdout and stderr.
//
// The write confinement is a mount namespace of the child's own: the whole file tree is
// remounted read-only there, recursively, and only the scratch directory is mounted writable
// again; nothing outside the child sees the change. Without root the child first enters a user
// namespace of its own. Where the kernel refuses namespaces the run fails with an error rather
// than run unconfined.
#ifndef REMINT_TRACER_SANDBOX_H_
#define REMINT_TRACER_SANDBOX_H_

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/error_or.h"

namespace remint::tracer {

struct SandboxSpec {
  std::vector<std::string> argv;           // argv[0] is the program's path
  std::map<std::string, std::string> env;  // the whole environment (nothing inherited)
  std::string scratch_dir;                 // the working directory, the only writable place
  std::optional<std::string> stdin_path;   // else /dev/null
  std::chrono::milliseconds wall_timeout{60'000};
  uint64_t cpu_seconds = 60;                  // RLIMIT_CPU
  uint64_t memory_bytes = uint64_t{2} << 30;  // RLIMIT_AS
};

struct SandboxOutcome {
  bool timed_out = false;  // killed after wall_timeout
  int exit_code = 0;       // when it exited
  int signal = 0;          // when a signal ended it (SIGKILL after a timeout included)
  std::string stdout_bytes;
  std::string stderr_bytes;
  std::chrono::milliseconds wall{0};
};

// A fresh directory `<parent>/<prefix>XXXXXX`, removed with everything in it when this goes
// out of scope: a sandbox's scratch directory, a build's work directory.
class TemporaryDirectory {
 public:
  static auto Make(const std::string& parent, const std::string& prefix)
      -> ErrorOr<TemporaryDirectory>;
  TemporaryDirectory(TemporaryDirectory&& other) noexcept : path_(std::move(other.path_)) {
    other.path_.clear();
  }
  TemporaryDirectory(const TemporaryDirectory&) = delete;
  auto operator=(const TemporaryDirectory&) -> TemporaryDirectory& = delete;
  auto operator=(TemporaryDirectory&&) -> TemporaryDirectory& = delete;
  ~TemporaryDirectory();

  auto path() const -> const std::string& { return path_; }

 private:
  explicit TemporaryDirectory(std::string path) : path_(std::move(path)) {}
  std::string path_;
};

// Runs `spec` and waits for it. Errors are the runner's own (no scratch directory, fork or
// namespace refused, program not executable is an exit code 127 outcome, not an error).
auto RunSandboxed(const SandboxSpec& spec) -> ErrorOr<SandboxOutcome>;

}  // namespace remint::tracer

#endif  // REMINT_TRACER_SANDBOX_H_
