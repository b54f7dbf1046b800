// One run of the COBOL front end on untrusted bytes: decode, preprocess, parse, lower, verify.
// Shared by the AFL++ driver (fuzz/cobol_front_end_afl.cpp) and the deterministic
// mutation test that runs in every `make test` (tests/robustness).
#ifndef REMINT_FUZZ_COBOL_FRONT_END_TARGET_H_
#define REMINT_FUZZ_COBOL_FRONT_END_TARGET_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace remint::fuzz {

struct FrontEndOutcome {
  size_t diagnostics = 0;
  size_t errors = 0;  // diagnostics of error severity
  size_t statements = 0;
  // Verifier errors. When the front end reported no error, lowering must have handed the
  // verifier a well-formed module: any verifier error then is a front-end bug. After reported
  // errors the module is a best effort (a file whose RECORD KEY was wrong has none).
  std::string verifier_errors;

  auto IsFinding() const -> bool { return errors == 0 && !verifier_errors.empty(); }
};

auto RunCobolFrontEnd(std::string_view bytes) -> FrontEndOutcome;

}  // namespace remint::fuzz

#endif  // REMINT_FUZZ_COBOL_FRONT_END_TARGET_H_
