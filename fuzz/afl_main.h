// The main() of an AFL++ driver (fuzz/*_afl.cpp): the including file defines
// `void remint::fuzz::RunOne(std::string_view bytes)`, which aborts on a finding, then includes
// this header once.
//
// Under afl-clang-fast++ the __AFL_* macros exist: the program runs in persistent mode, taking test
// cases from AFL's shared memory without a fork or a file read per execution. Built by a plain
// compiler (or run outside afl-fuzz) it reads each file named on the command line, or stdin,
// once: the same binary reproduces a finding (`remint_cobol_front_end_afl crash-file`).
#ifndef REMINT_FUZZ_AFL_MAIN_H_
#define REMINT_FUZZ_AFL_MAIN_H_

#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>

#ifdef __AFL_FUZZ_TESTCASE_LEN
#include <unistd.h>  // __AFL_FUZZ_TESTCASE_LEN calls read() outside afl-fuzz
#endif

namespace remint::fuzz {

inline auto ReadAll(std::istream& in) -> std::string {
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

}  // namespace remint::fuzz

#ifdef __AFL_FUZZ_TESTCASE_LEN
__AFL_FUZZ_INIT();
#endif

auto main(int argc, char** argv) -> int {
#ifdef __AFL_FUZZ_TESTCASE_LEN
  if (argc < 2) {
    // Everything before __AFL_INIT (static initialisation, a runtime library's loading) runs
    // once in the fork server's parent, not once per execution.
    __AFL_INIT();
    const unsigned char* test_case = __AFL_FUZZ_TESTCASE_BUF;
    // Restart the process now and then: a runtime that caches across runs (ANTLR's DFA
    // states) would grow in a long-lived process and its coverage drift.
    while (__AFL_LOOP(1000)) {
      const int length = __AFL_FUZZ_TESTCASE_LEN;
      remint::fuzz::RunOne(
          std::string_view(reinterpret_cast<const char*>(test_case), static_cast<size_t>(length)));
    }
    return 0;
  }
#endif
  if (argc < 2) {
    remint::fuzz::RunOne(remint::fuzz::ReadAll(std::cin));
    return 0;
  }
  for (int i = 1; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "cannot read %s\n", argv[i]);
      return 2;
    }
    remint::fuzz::RunOne(remint::fuzz::ReadAll(in));
  }
  return 0;
}

#endif  // REMINT_FUZZ_AFL_MAIN_H_
