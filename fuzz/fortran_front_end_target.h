// One run of the Fortran front end on untrusted bytes: read in fixed form and again in free
// form, classified, parsed and cut into program units. Shared by the AFL++ driver
// (fuzz/fortran_front_end_afl.cpp) and the mutation test that runs in every `make test`
// (tests/robustness). The front end has no IR lowering yet, so the tree's own invariants stand in
// for the verifier: an expression's operands are built before it, a unit's statements and
// blocks lie inside the file.
#ifndef REMINT_FUZZ_FORTRAN_FRONT_END_TARGET_H_
#define REMINT_FUZZ_FORTRAN_FRONT_END_TARGET_H_

#include <string_view>

#include "fuzz/front_end_outcome.h"

namespace remint::fuzz {

auto RunFortranFrontEnd(std::string_view bytes) -> FrontEndOutcome;

}  // namespace remint::fuzz

#endif  // REMINT_FUZZ_FORTRAN_FRONT_END_TARGET_H_
