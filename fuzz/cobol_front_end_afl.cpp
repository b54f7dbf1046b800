// AFL++ entry for the COBOL front end (built by the `fuzz` preset with afl-clang-fast++, run with
// `make fuzz`). A crash, a sanitizer report, or a module the IR verifier rejects although the
// front end reported no error (abort), is a finding.
//
// Under afl-clang-fast++ the __AFL_* macros exist: the program runs in persistent mode, taking test
// cases from AFL's shared memory without a fork or a file read per execution. Built by a plain
// compiler (or run outside afl-fuzz) it reads each file named on the command line, or stdin,
// once: the same binary reproduces a finding (`remint_cobol_front_end_afl crash-file`).
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>

#include "fuzz/cobol_front_end_target.h"

#ifdef __AFL_FUZZ_TESTCASE_LEN
#include <unistd.h>  // __AFL_FUZZ_TESTCASE_LEN calls read() outside afl-fuzz
#endif

namespace {

void RunOne(std::string_view bytes) {
  remint::fuzz::FrontEndOutcome outcome = remint::fuzz::RunCobolFrontEnd(bytes);
  if (outcome.IsFinding()) {
    std::fprintf(stderr, "IR verifier rejected the lowered module:\n%s",
                 outcome.verifier_errors.c_str());
    std::abort();
  }
}

auto ReadAll(std::istream& in) -> std::string {
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

}  // namespace

#ifdef __AFL_FUZZ_TESTCASE_LEN
__AFL_FUZZ_INIT();
#endif

auto main(int argc, char** argv) -> int {
#ifdef __AFL_FUZZ_TESTCASE_LEN
  if (argc < 2) {
    // Everything before __AFL_INIT (static initialisation, the ANTLR runtime's loading) runs
    // once in the fork server's parent, not once per execution.
    __AFL_INIT();
    const unsigned char* test_case = __AFL_FUZZ_TESTCASE_BUF;
    // Restart the process now and then: the ANTLR runtime caches DFA states across parses, so a
    // long-lived process would grow and its coverage drift.
    while (__AFL_LOOP(1000)) {
      const int length = __AFL_FUZZ_TESTCASE_LEN;
      RunOne(
          std::string_view(reinterpret_cast<const char*>(test_case), static_cast<size_t>(length)));
    }
    return 0;
  }
#endif
  if (argc < 2) {
    RunOne(ReadAll(std::cin));
    return 0;
  }
  for (int i = 1; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "cannot read %s\n", argv[i]);
      return 2;
    }
    RunOne(ReadAll(in));
  }
  return 0;
}
