// libFuzzer entry for the COBOL front end (build with the `fuzz` preset, run with `make fuzz`).
// A crash, a sanitizer report, or a module the IR verifier rejects although the front end
// reported no error, is a finding.
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "fuzz/cobol_front_end_target.h"

extern "C" auto LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) -> int {
  remint::fuzz::FrontEndOutcome outcome =
      remint::fuzz::RunCobolFrontEnd(std::string_view(reinterpret_cast<const char*>(data), size));
  if (outcome.IsFinding()) {
    std::fprintf(stderr, "IR verifier rejected the lowered module:\n%s",
                 outcome.verifier_errors.c_str());
    std::abort();
  }
  return 0;
}
