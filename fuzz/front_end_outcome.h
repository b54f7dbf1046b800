// What one fuzz-target run of a front end produced, and whether that is a finding.
#ifndef REMINT_FUZZ_FRONT_END_OUTCOME_H_
#define REMINT_FUZZ_FRONT_END_OUTCOME_H_

#include <cstddef>
#include <string>
#include <vector>

#include "base/diagnostics/diagnostic.h"

namespace remint::fuzz {

struct FrontEndOutcome {
  size_t diagnostics = 0;
  size_t errors = 0;  // diagnostics of error severity
  size_t statements = 0;
  // Verifier errors. When the front end reported no error, lowering must have handed the
  // verifier a well-formed module: any verifier error then is a front-end bug. After reported
  // errors the module is a best effort (a file whose RECORD KEY was wrong has none).
  std::string verifier_errors;
  // Diagnostics located outside the input (a line past its end): a bug whatever the errors.
  std::string misplaced;

  auto IsFinding() const -> bool {
    return (errors == 0 && !verifier_errors.empty()) || !misplaced.empty();
  }
};

// The verifier's errors, one line each: code, place, message.
auto FormatVerifierErrors(const std::vector<Diagnostic>& diagnostics) -> std::string;

}  // namespace remint::fuzz

#endif  // REMINT_FUZZ_FRONT_END_OUTCOME_H_
