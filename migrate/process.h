// Runs a tool (cmake, a test executable, cobc --version) and collects what it printed. Not a
// sandbox: these are remint's own steps, run as the user.
#ifndef REMINT_MIGRATE_PROCESS_H_
#define REMINT_MIGRATE_PROCESS_H_

#include <string>
#include <vector>

#include "base/error_or.h"

namespace remint::migrate {

struct ProcessResult {
  int exit_code = 0;   // 128 + the signal when a signal ended it
  std::string output;  // standard output and error, interleaved as written
};

// Runs `arguments` (arguments[0] is looked up in PATH) in `directory` (empty: the current one)
// with stdin from /dev/null. Errors: it could not be started.
// `environment` entries ("NAME=value") are added to (or replace) remint's own.
auto RunProcess(const std::vector<std::string>& arguments, const std::string& directory = {},
                const std::vector<std::string>& environment = {}) -> ErrorOr<ProcessResult>;

// Whether `program` is found in PATH (or is an executable path).
auto FindProgram(const std::string& program) -> bool;

}  // namespace remint::migrate

#endif  // REMINT_MIGRATE_PROCESS_H_
