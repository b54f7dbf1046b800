// Runs the remint executable the way a user does and captures what it prints.
#ifndef REMINT_TESTS_SUPPORT_CLI_RUNNER_H_
#define REMINT_TESTS_SUPPORT_CLI_RUNNER_H_

#include <string>
#include <vector>

#include "tests/support/scratch.h"

namespace remint::testing {

struct CliResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// The remint executable under test.
auto RemintBinary() -> std::string;

// Runs `remint args...` in `working_directory` with extra `environment` entries ("NAME=value").
auto RunRemint(const std::vector<std::string>& args, const std::string& working_directory,
               const std::vector<std::string>& environment = {}) -> CliResult;

// Copies a directory tree (regular files and directories only); with `hard_links`, files are
// linked instead of copied (fast, for tests that need many members and never modify them).
void CopyTree(const std::string& from, const std::string& to, bool hard_links = false);

}  // namespace remint::testing

#endif  // REMINT_TESTS_SUPPORT_CLI_RUNNER_H_
