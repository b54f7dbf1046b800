// Scratch directories for tests. Every one lives below one directory per test process, which is
// removed when the process exits, so a test run leaves nothing behind in the temporary folder
// (a crashed process leaves its directory for the post-mortem).
#ifndef REMINT_TESTS_SUPPORT_SCRATCH_H_
#define REMINT_TESTS_SUPPORT_SCRATCH_H_

#include <string>

namespace remint::testing {

// This process's scratch root: <TMPDIR>/remint-test-<pid>, made on first use.
auto ScratchRoot() -> std::string;

// A fresh, empty directory for one test, named after `name`.
auto FreshDirectory(const std::string& name) -> std::string;

}  // namespace remint::testing

#endif  // REMINT_TESTS_SUPPORT_SCRATCH_H_
