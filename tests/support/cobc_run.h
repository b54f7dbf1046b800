// The reference behaviour of a COBOL program: compiles it with cobc -x and runs it with given
// inputs, keeping what it wrote (stdout, stderr, exit status, every file in its working
// directory). Outcomes are cached by a hash of everything that can change them (cobc's version,
// flags, program, copybooks, inputs), so a test suite runs cobc once per distinct case.
// Tests compare remint's emitted programs and runtime against these outcomes byte for byte.
#ifndef REMINT_TESTS_SUPPORT_COBC_RUN_H_
#define REMINT_TESTS_SUPPORT_COBC_RUN_H_

#include <map>
#include <string>
#include <vector>

#include "base/error_or.h"
#include "tests/support/cobc_reference.h"

namespace remint::testing {

struct CobcProgram {
  std::string name = "PROG";  // the source is NAME.cbl and the executable NAME
  std::string source;
  std::vector<std::string> flags;                // e.g. {"-std=ibm"}; -x is implied
  std::map<std::string, std::string> copybooks;  // file name -> text, in a directory given by -I
};

struct CobcRunInputs {
  // Relative path -> bytes, written into the working directory before the run.
  std::map<std::string, std::string> files;
  std::string standard_input;
  // Set on top of the inherited environment (locale forced to C); e.g. COB_CURRENT_DATE.
  std::map<std::string, std::string> environment;
  std::vector<std::string> arguments;
};

struct CobcRunOutcome {
  bool compiled = false;
  std::string compile_messages;  // cobc's stderr
  int exit_status = 0;           // 128 + signal if killed
  std::string standard_output;
  std::string standard_error;
  // Every regular file in the working directory after the run, inputs included, by relative
  // path.
  std::map<std::string, std::string> files;
  bool from_cache = false;
};

// Compiles and runs `program` (no run when cobc rejects it: compiled is false). Errors are
// failures to run cobc or the program (timeout) or to use the cache.
auto RunWithCobc(const CobcProgram& program, const CobcRunInputs& inputs,
                 const ReferenceOptions& options = {}) -> ErrorOr<CobcRunOutcome>;

}  // namespace remint::testing

#endif  // REMINT_TESTS_SUPPORT_COBC_RUN_H_
