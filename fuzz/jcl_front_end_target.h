// One run of the JCL front end on untrusted bytes: a job member read into statements, expanded
// (INCLUDE and PROC members found under `library_roots`), lowered into the IR's jobs and verified.
// Shared by the AFL++ driver (fuzz/jcl_front_end_afl.cpp) and the mutation test that runs in
// every `make test` (tests/robustness).
#ifndef REMINT_FUZZ_JCL_FRONT_END_TARGET_H_
#define REMINT_FUZZ_JCL_FRONT_END_TARGET_H_

#include <string>
#include <string_view>
#include <vector>

#include "fuzz/front_end_outcome.h"

namespace remint::fuzz {

auto RunJclFrontEnd(std::string_view bytes, const std::vector<std::string>& library_roots)
    -> FrontEndOutcome;

}  // namespace remint::fuzz

#endif  // REMINT_FUZZ_JCL_FRONT_END_TARGET_H_
