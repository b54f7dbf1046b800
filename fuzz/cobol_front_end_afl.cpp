// AFL++ entry for the COBOL front end (built by the `fuzz` preset with afl-clang-fast++, run with
// `make fuzz`). A crash, a sanitizer report, or a module the IR verifier rejects although the
// front end reported no error (abort), is a finding. main() is fuzz/afl_main.h's.
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "fuzz/cobol_front_end_target.h"

namespace remint::fuzz {

void RunOne(std::string_view bytes) {
  FrontEndOutcome outcome = RunCobolFrontEnd(bytes);
  if (outcome.IsFinding()) {
    std::fprintf(stderr, "IR verifier rejected the lowered module:\n%s",
                 outcome.verifier_errors.c_str());
    std::abort();
  }
}

}  // namespace remint::fuzz

#include "fuzz/afl_main.h"
