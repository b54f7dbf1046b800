// One run of the COBOL front end on untrusted bytes: decode, preprocess, parse, lower, verify.
// Shared by the AFL++ driver (fuzz/cobol_front_end_afl.cpp) and the deterministic
// mutation test that runs in every `make test` (tests/robustness).
#ifndef REMINT_FUZZ_COBOL_FRONT_END_TARGET_H_
#define REMINT_FUZZ_COBOL_FRONT_END_TARGET_H_

#include <string_view>

#include "fuzz/front_end_outcome.h"

namespace remint::fuzz {

auto RunCobolFrontEnd(std::string_view bytes) -> FrontEndOutcome;

}  // namespace remint::fuzz

#endif  // REMINT_FUZZ_COBOL_FRONT_END_TARGET_H_
