// AFL++ entry for the JCL front end (`make fuzz FUZZ_TARGET=jcl`): a job member read, expanded
// with the procedure libraries under $REMINT_FUZZ_JCL_LIBRARIES (a folder of library folders,
// such as corpus/bankdemo; none when unset), lowered and verified. A crash, a sanitizer report,
// a diagnostic located outside the member, or a module the IR verifier rejects although the front
// end reported no error (abort), is a finding. main() is fuzz/afl_main.h's.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz/jcl_front_end_target.h"

namespace remint::fuzz {

void RunOne(std::string_view bytes) {
  static const std::vector<std::string> roots = [] {
    const char* libraries = std::getenv("REMINT_FUZZ_JCL_LIBRARIES");
    return libraries != nullptr ? std::vector<std::string>{libraries} : std::vector<std::string>{};
  }();
  FrontEndOutcome outcome = RunJclFrontEnd(bytes, roots);
  if (outcome.IsFinding()) {
    std::fprintf(stderr, "finding:\n%s%s", outcome.misplaced.c_str(),
                 outcome.verifier_errors.c_str());
    std::abort();
  }
}

}  // namespace remint::fuzz

#include "fuzz/afl_main.h"
