// AFL++ entry for the Fortran front end (`make fuzz FUZZ_TARGET=fortran`): the input read in
// fixed and in free form, classified, parsed and cut into program units. A crash, a sanitizer
// report, a diagnostic located outside the input or a syntax tree that does not hold together
// (abort) is a finding. main() is fuzz/afl_main.h's.
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "fuzz/fortran_front_end_target.h"

namespace remint::fuzz {

void RunOne(std::string_view bytes) {
  FrontEndOutcome outcome = RunFortranFrontEnd(bytes);
  if (outcome.IsFinding()) {
    std::fprintf(stderr, "finding:\n%s%s", outcome.misplaced.c_str(),
                 outcome.verifier_errors.c_str());
    std::abort();
  }
}

}  // namespace remint::fuzz

#include "fuzz/afl_main.h"
