#include "base/diagnostics/emission_log.h"

#include <errno.h>
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <mutex>
#include <string>

namespace remint {
namespace {

// The process's log file, opened on first use: <dir>/<program>.<pid>.log. One file per process,
// so concurrent tests never interleave partial lines.
auto LogDescriptor() -> int {
  static const int descriptor = [] {
    const char* directory = std::getenv(kDiagnosticsLogVariable);
    if (directory == nullptr || *directory == '\0') return -1;
    std::string program = "process";
    char path[4096];
    ssize_t length = readlink("/proc/self/exe", path, sizeof(path) - 1);
    if (length > 0) {
      path[length] = '\0';
      std::string full(path);
      program = full.substr(full.find_last_of('/') + 1);
    }
    mkdir(directory, 0755);  // The first process of a run makes it; EEXIST is fine.
    std::string file = fmt::format("{}/{}.{}.log", directory, program, getpid());
    return open(file.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
  }();
  return descriptor;
}

}  // namespace

void RecordDiagnosticEmission(DiagnosticKind kind) {
  int descriptor = LogDescriptor();
  if (descriptor < 0) return;
  static std::mutex mutex;
  std::lock_guard lock(mutex);
  std::string line = fmt::format("{}\n", GetDiagnosticKindInfo(kind).code);
  // Best effort: the log serves a test; a full disk must not change what remint does.
  while (write(descriptor, line.data(), line.size()) < 0 && errno == EINTR) {
  }
}

}  // namespace remint
