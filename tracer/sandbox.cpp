#include "tracer/sandbox.h"

#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string_view>

namespace remint::tracer {
namespace {

// What the child tells the parent through a close-on-exec pipe when it cannot start the
// program: the step that failed and its errno. Nothing arrives when exec succeeds.
struct SetupFailure {
  int step;
  int error;
};
constexpr int kStepUserNamespace = 1;
constexpr int kStepMountNamespace = 2;
constexpr int kStepReadOnlyTree = 3;
constexpr int kStepWritableScratch = 4;
constexpr int kStepLimits = 5;
constexpr int kStepDirectory = 6;
constexpr int kStepStreams = 7;
constexpr int kStepExec = 8;

auto StepName(int step) -> std::string_view {
  switch (step) {
    case kStepUserNamespace:
      return "entering a user namespace";
    case kStepMountNamespace:
      return "entering a mount namespace";
    case kStepReadOnlyTree:
      return "remounting the file tree read-only";
    case kStepWritableScratch:
      return "mounting the scratch directory writable";
    case kStepLimits:
      return "setting the CPU and memory limits";
    case kStepDirectory:
      return "entering the scratch directory";
    case kStepStreams:
      return "opening the standard streams";
    default:
      return "starting the program";
  }
}

// Only async-signal-safe calls between fork and exec: write(2) and _exit(2).
[[noreturn]] void FailSetup(int pipe_fd, int step) {
  const SetupFailure failure{step, errno};
  [[maybe_unused]] ssize_t written = write(pipe_fd, &failure, sizeof failure);
  _exit(127);
}

auto WriteFile(const char* path, const char* text) -> bool {
  const int fd = open(path, O_WRONLY | O_CLOEXEC);
  if (fd < 0) return false;
  const auto length = static_cast<ssize_t>(std::strlen(text));
  const bool written = write(fd, text, static_cast<size_t>(length)) == length;
  close(fd);
  return written;
}

// The child's side: namespaces, the read-only tree with a writable scratch directory, limits,
// streams, then exec. `uid_map` and `gid_map` are formatted before fork (no allocation here).
[[noreturn]] void RunChild(const SandboxSpec& spec, char* const* argv, char* const* envp,
                           const char* uid_map, const char* gid_map, int stdout_fd, int stderr_fd,
                           int status_fd) {
  setpgid(0, 0);
  const char* scratch = spec.scratch_dir.c_str();
  if (geteuid() != 0) {
    // Without root, a user namespace of its own gives the child the right to mount.
    if (unshare(CLONE_NEWUSER | CLONE_NEWNS) != 0) FailSetup(status_fd, kStepUserNamespace);
    if (!WriteFile("/proc/self/setgroups", "deny") || !WriteFile("/proc/self/uid_map", uid_map) ||
        !WriteFile("/proc/self/gid_map", gid_map)) {
      FailSetup(status_fd, kStepUserNamespace);
    }
  } else if (unshare(CLONE_NEWNS) != 0) {
    FailSetup(status_fd, kStepMountNamespace);
  }
  // Nothing done below may reach the parent's mounts.
  if (mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) {
    FailSetup(status_fd, kStepMountNamespace);
  }
  // The scratch directory becomes a mount of its own, so it can be made writable again after
  // the whole tree (it included) is made read-only.
  if (mount(scratch, scratch, nullptr, MS_BIND | MS_REC, nullptr) != 0) {
    FailSetup(status_fd, kStepWritableScratch);
  }
  mount_attr read_only{};
  read_only.attr_set = MOUNT_ATTR_RDONLY;
  if (mount_setattr(AT_FDCWD, "/", AT_RECURSIVE, &read_only, sizeof read_only) != 0) {
    FailSetup(status_fd, kStepReadOnlyTree);
  }
  mount_attr writable{};
  writable.attr_clr = MOUNT_ATTR_RDONLY;
  if (mount_setattr(AT_FDCWD, scratch, AT_RECURSIVE, &writable, sizeof writable) != 0) {
    FailSetup(status_fd, kStepWritableScratch);
  }
  // SIGXCPU at the limit (the outcome names it), SIGKILL a second later if it is caught.
  const rlimit cpu{spec.cpu_seconds, spec.cpu_seconds + 1};
  const rlimit memory{spec.memory_bytes, spec.memory_bytes};
  const rlimit no_core{0, 0};
  if (setrlimit(RLIMIT_CPU, &cpu) != 0 || setrlimit(RLIMIT_AS, &memory) != 0 ||
      setrlimit(RLIMIT_CORE, &no_core) != 0) {
    FailSetup(status_fd, kStepLimits);
  }
  if (chdir(scratch) != 0) FailSetup(status_fd, kStepDirectory);
  const char* input = spec.stdin_path ? spec.stdin_path->c_str() : "/dev/null";
  const int stdin_fd = open(input, O_RDONLY);
  if (stdin_fd < 0 || dup2(stdin_fd, STDIN_FILENO) < 0 || dup2(stdout_fd, STDOUT_FILENO) < 0 ||
      dup2(stderr_fd, STDERR_FILENO) < 0) {
    FailSetup(status_fd, kStepStreams);
  }
  execve(argv[0], argv, envp);
  FailSetup(status_fd, kStepExec);
}

// Reads what is ready on `fd` into `out`; false at end of file.
auto Drain(int fd, std::string& out) -> bool {
  char buffer[65536];
  const ssize_t read_bytes = read(fd, buffer, sizeof buffer);
  if (read_bytes > 0) {
    out.append(buffer, static_cast<size_t>(read_bytes));
    return true;
  }
  return read_bytes < 0 && (errno == EINTR || errno == EAGAIN);
}

}  // namespace

auto TemporaryDirectory::Make(const std::string& parent, const std::string& prefix)
    -> ErrorOr<TemporaryDirectory> {
  std::error_code error;
  const std::filesystem::path absolute = std::filesystem::absolute(parent, error);
  std::string path = (absolute / (prefix + "XXXXXX")).string();
  if (error || mkdtemp(path.data()) == nullptr) {
    return Error("cannot create a directory in " + parent + ": " + strerror(errno));
  }
  return TemporaryDirectory(std::move(path));
}

TemporaryDirectory::~TemporaryDirectory() {
  if (path_.empty()) return;
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

auto RunSandboxed(const SandboxSpec& spec) -> ErrorOr<SandboxOutcome> {
  if (spec.argv.empty()) return Error("no program to run");
  std::error_code error;
  if (!std::filesystem::is_directory(spec.scratch_dir, error)) {
    return Error("the scratch directory " + spec.scratch_dir + " does not exist");
  }
  // Everything the child needs is made before fork: between fork and exec it may not allocate.
  std::vector<char*> argv;
  for (const std::string& argument : spec.argv) argv.push_back(const_cast<char*>(argument.c_str()));
  argv.push_back(nullptr);
  std::vector<std::string> environment;
  for (const auto& [name, value] : spec.env) environment.push_back(name + "=" + value);
  std::vector<char*> envp;
  for (std::string& entry : environment) envp.push_back(entry.data());
  envp.push_back(nullptr);
  const std::string uid_map = std::to_string(getuid()) + " " + std::to_string(getuid()) + " 1";
  const std::string gid_map = std::to_string(getgid()) + " " + std::to_string(getgid()) + " 1";

  int out_pipe[2];
  int err_pipe[2];
  int status_pipe[2];
  if (pipe2(out_pipe, O_CLOEXEC) != 0) return Error("pipe: " + std::string(strerror(errno)));
  if (pipe2(err_pipe, O_CLOEXEC) != 0 || pipe2(status_pipe, O_CLOEXEC) != 0) {
    close(out_pipe[0]);
    close(out_pipe[1]);
    return Error("pipe: " + std::string(strerror(errno)));
  }
  const auto started = std::chrono::steady_clock::now();
  const pid_t pid = fork();
  if (pid < 0) return Error("fork: " + std::string(strerror(errno)));
  if (pid == 0) {
    RunChild(spec, argv.data(), envp.data(), uid_map.c_str(), gid_map.c_str(), out_pipe[1],
             err_pipe[1], status_pipe[1]);
  }
  close(out_pipe[1]);
  close(err_pipe[1]);
  close(status_pipe[1]);

  SandboxOutcome outcome;
  const auto deadline = started + spec.wall_timeout;
  pollfd streams[2] = {{out_pipe[0], POLLIN, 0}, {err_pipe[0], POLLIN, 0}};
  std::string* sinks[2] = {&outcome.stdout_bytes, &outcome.stderr_bytes};
  int open_streams = 2;
  while (open_streams > 0) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (!outcome.timed_out && left.count() <= 0) {
      // The whole process group: a program's children go with it.
      kill(-pid, SIGKILL);
      kill(pid, SIGKILL);
      outcome.timed_out = true;
    }
    const int wait_ms =
        outcome.timed_out ? 1000 : static_cast<int>(std::max<int64_t>(left.count(), 1));
    if (poll(streams, 2, wait_ms) < 0 && errno != EINTR) break;
    for (int i = 0; i < 2; ++i) {
      if (streams[i].fd < 0 || streams[i].revents == 0) continue;
      if (!Drain(streams[i].fd, *sinks[i])) {
        close(streams[i].fd);
        streams[i].fd = -1;
        --open_streams;
      }
    }
  }
  for (pollfd& stream : streams) {
    if (stream.fd >= 0) close(stream.fd);
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  outcome.wall = std::chrono::duration_cast<std::chrono::milliseconds>(
      std::chrono::steady_clock::now() - started);
  SetupFailure failure{};
  const ssize_t reported = read(status_pipe[0], &failure, sizeof failure);
  close(status_pipe[0]);
  if (reported == static_cast<ssize_t>(sizeof failure)) {
    if (failure.step != kStepExec) {
      return Error("cannot confine " + spec.argv[0] + ": " + std::string(StepName(failure.step)) +
                   " failed: " + strerror(failure.error));
    }
    // A program that cannot be executed ends as a shell's would: status 127.
    outcome.exit_code = 127;
    outcome.stderr_bytes +=
        std::string("cannot execute ") + spec.argv[0] + ": " + strerror(failure.error) + "\n";
    return outcome;
  }
  if (WIFSIGNALED(status)) {
    outcome.signal = WTERMSIG(status);
  } else if (WIFEXITED(status)) {
    outcome.exit_code = WEXITSTATUS(status);
  }
  return outcome;
}

}  // namespace remint::tracer
