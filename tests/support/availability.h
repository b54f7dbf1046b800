// What a test does when something outside the project is missing (the external corpus in
// ../shared/corpus, a reference toolchain): on a developer's machine it skips with the reason;
// under CI (CI=true) the machine is meant to have everything, so a missing piece is a broken
// setup and the test fails instead of passing as skipped.
#ifndef REMINT_TESTS_SUPPORT_AVAILABILITY_H_
#define REMINT_TESTS_SUPPORT_AVAILABILITY_H_

#include <gtest/gtest.h>

namespace remint::testing {

// CI is set to "true" (or "1") by CI systems, and by remint's own CI run.
auto RunningInCi() -> bool;

}  // namespace remint::testing

// Returns from the test: skipped with `message` when `condition` fails, failed under CI.
#define REMINT_REQUIRE_OR_SKIP(condition, message)                                    \
  do {                                                                                \
    if (!(condition)) {                                                               \
      if (::remint::testing::RunningInCi()) {                                         \
        GTEST_FAIL() << message << " (CI=true: required here, so this is a failure)"; \
      }                                                                               \
      GTEST_SKIP() << message;                                                        \
    }                                                                                 \
  } while (false)

#endif  // REMINT_TESTS_SUPPORT_AVAILABILITY_H_
