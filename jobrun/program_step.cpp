// Runs a step's program: DD statements become the environment GnuCOBOL's runtime (and the
// emitted C++ runtime) look files up in (DD_<ddname>), FTnnF001 DDs become the Fortran unit files
// fort.nn in the step's folder, PARM= is the first argument, and standard output and error go to
// the step's SYSOUT. A signal ends the step with the ABEND code z/OS gives the same failure.
#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <filesystem>
#include <thread>

#include "jobrun/step_context.h"

namespace remint::jobrun {
namespace fs = std::filesystem;
namespace {

// S0C4 protection exception, S0C1 operation exception, S0C9 fixed-point divide exception, S322
// time limit, S222 cancelled by the operator, U4038 Language Environment's abend for a severe
// condition (what an abort() is in a COBOL or Fortran runtime).
auto AbendForSignal(int signal) -> std::string {
  switch (signal) {
    case SIGSEGV:
    case SIGBUS:
      return "S0C4";
    case SIGILL:
      return "S0C1";
    case SIGFPE:
      return "S0C9";
    case SIGXCPU:
      return "S322";
    case SIGKILL:
    case SIGTERM:
    case SIGINT:
      return "S222";
    case SIGABRT:
      return "U4038";
    default:
      return "S0C4";
  }
}

// The Fortran unit of a DD named FTnnF001, or -1.
auto FortranUnit(std::string_view dd) -> int {
  if (dd.size() != 8 || !dd.starts_with("FT") || !dd.ends_with("F001")) return -1;
  if (!std::isdigit(static_cast<unsigned char>(dd[2])) ||
      !std::isdigit(static_cast<unsigned char>(dd[3]))) {
    return -1;
  }
  return (dd[2] - '0') * 10 + (dd[3] - '0');
}

struct FortranOutput {
  std::string local;
  std::string target;
};

// Starts a step's program in a child process that dies with the runner: a `remint run` killed by
// SIGKILL (or an operator's cancel) leaves no step running on and writing into the catalog
// folder behind it. The child leads its own process group, so a time limit ends whatever the
// program started. Returns the child, or the error number of a program that could not start.
auto StartProgram(const std::string& program, const std::vector<char*>& argv,
                  const std::vector<char*>& envp, const std::string& stdout_path,
                  const std::string& stderr_path, const std::string& work_dir, pid_t* child)
    -> int {
  // The child reports a failed exec through a close-on-exec pipe: nothing read means it ran.
  int report[2];
  if (pipe2(report, O_CLOEXEC) != 0) return errno;
  pid_t parent = getpid();
  pid_t pid = fork();
  if (pid < 0) {
    int error = errno;
    close(report[0]);
    close(report[1]);
    return error;
  }
  if (pid == 0) {
    // Only async-signal-safe calls from here to exec.
    setpgid(0, 0);
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent) _exit(127);  // The runner died before the line above.
    int error = 0;
    int input = open("/dev/null", O_RDONLY);
    int output = open(stdout_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int errors = open(stderr_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (input < 0 || output < 0 || errors < 0 || dup2(input, 0) < 0 || dup2(output, 1) < 0 ||
        dup2(errors, 2) < 0 || chdir(work_dir.c_str()) != 0) {
      error = errno;
    } else {
      execve(program.c_str(), argv.data(), envp.data());
      error = errno;
    }
    ssize_t written = write(report[1], &error, sizeof error);
    (void)written;
    _exit(127);
  }
  close(report[1]);
  int error = 0;
  ssize_t got;
  do {
    got = read(report[0], &error, sizeof error);
  } while (got < 0 && errno == EINTR);
  close(report[0]);
  if (got == static_cast<ssize_t>(sizeof error)) {
    waitpid(pid, nullptr, 0);
    return error;
  }
  *child = pid;
  return 0;
}

}  // namespace

auto RunProgramStep(const ProgramImage& image, const std::string& parm, const StepRun& step,
                    const JobState& job, std::chrono::seconds timeout, DiagnosticEmitter& emitter)
    -> StepOutcome {
  const char* path_variable = std::getenv("PATH");
  std::vector<std::string> environment = {
      std::string("PATH=") + (path_variable != nullptr ? path_variable : "/usr/bin:/bin"),
      "LANG=C",
      "LC_ALL=C",
      "TZ=UTC",
      "TMPDIR=" + step.work_dir,
      "COB_VARSEQ_FORMAT=0"};
  environment.insert(environment.end(), image.environment.begin(), image.environment.end());
  std::vector<FortranOutput> fortran_outputs;
  std::error_code error;
  for (const Allocation& allocation : step.allocations) {
    int unit = FortranUnit(allocation.dd);
    if (unit < 0) {
      environment.push_back("DD_" + allocation.dd + "=" + allocation.path);
      continue;
    }
    if (unit == 6 && allocation.kind == Allocation::Kind::kSysout) continue;  // standard output
    std::string local = step.work_dir + "/fort." + std::to_string(unit);
    if (allocation.is_new || allocation.kind == Allocation::Kind::kSysout) {
      fortran_outputs.push_back(FortranOutput{local, allocation.path});
    } else {
      fs::copy_file(allocation.path, local, fs::copy_options::overwrite_existing, error);
    }
  }
  std::string base = job.sysout_dir + "/" + step.name;
  std::string stdout_path = base + ".STDOUT";
  std::string stderr_path = base + ".STDERR";
  std::vector<std::string> arguments = {image.path};
  if (!parm.empty()) arguments.push_back(parm);

  std::vector<char*> argv;
  for (std::string& argument : arguments) argv.push_back(argument.data());
  argv.push_back(nullptr);
  std::vector<char*> envp;
  for (std::string& entry : environment) envp.push_back(entry.data());
  envp.push_back(nullptr);
  pid_t pid = 0;
  int spawned = StartProgram(image.path, argv, envp, stdout_path, stderr_path, step.work_dir, &pid);
  if (spawned != 0) {
    emitter.Emit(DiagnosticKind::kRunStepAbended, step.loc, step.name, step.program, "S806",
                 std::string("cannot start ") + image.path + ": " + std::strerror(spawned));
    return StepOutcome{0, "S806"};
  }
  int status = 0;
  auto deadline = std::chrono::steady_clock::now() + timeout;
  bool timed_out = false;
  auto pause = std::chrono::microseconds(200);
  while (true) {
    pid_t done = waitpid(pid, &status, WNOHANG);
    if (done == pid) break;
    if (done < 0 && errno != EINTR) break;
    if (!timed_out && std::chrono::steady_clock::now() > deadline) {
      kill(-pid, SIGKILL);  // The program's whole process group.
      timed_out = true;
    }
    std::this_thread::sleep_for(pause);
    pause = std::min(pause * 2, std::chrono::microseconds(20000));
  }
  if (fs::exists(stderr_path) && fs::file_size(stderr_path, error) == 0) {
    fs::remove(stderr_path, error);
  }
  for (const FortranOutput& output : fortran_outputs) {
    if (fs::exists(output.local)) {
      fs::rename(output.local, output.target, error);
      if (error) {
        fs::copy_file(output.local, output.target, fs::copy_options::overwrite_existing, error);
      }
    }
  }
  if (timed_out) {
    emitter.Emit(DiagnosticKind::kRunStepAbended, step.loc, step.name, step.program, "S322",
                 "it ran longer than the step time limit");
    return StepOutcome{0, "S322"};
  }
  if (WIFSIGNALED(status)) {
    std::string abend = AbendForSignal(WTERMSIG(status));
    emitter.Emit(DiagnosticKind::kRunStepAbended, step.loc, step.name, step.program, abend,
                 std::string("signal ") + strsignal(WTERMSIG(status)));
    return StepOutcome{0, abend};
  }
  int code = WIFEXITED(status) ? WEXITSTATUS(status) : 0;
  return StepOutcome{code, ""};
}

}  // namespace remint::jobrun
