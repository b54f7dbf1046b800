// The reference behaviour of a Fortran program: compiled by gfortran 12 and run with a given
// standard input, in a fresh directory. Tests compare the Fortran runtime and emitted programs
// with what it printed, byte for byte.
#ifndef REMINT_TESTS_SUPPORT_GFORTRAN_RUN_H_
#define REMINT_TESTS_SUPPORT_GFORTRAN_RUN_H_

#include <map>
#include <string>
#include <vector>

#include "base/error_or.h"

namespace remint::testing {

auto GfortranAvailable() -> bool;

struct GfortranOutcome {
  int exit_status = 0;
  std::string standard_output;
  std::string standard_error;
  // Every file the program left in its working directory, by name.
  std::map<std::string, std::string> files;
};

// Compiles `source` (free form, `file_name` with its extension) with `flags`, runs it with
// `standard_input`; an error when gfortran rejects the program or the run cannot be made.
auto RunWithGfortran(const std::string& source, const std::string& standard_input,
                     const std::vector<std::string>& flags = {"-ffree-line-length-none"},
                     const std::string& file_name = "program.f90") -> ErrorOr<GfortranOutcome>;

// `text` cut at its line ends (a last line without one included).
auto SplitLines(const std::string& text) -> std::vector<std::string>;

}  // namespace remint::testing

#endif  // REMINT_TESTS_SUPPORT_GFORTRAN_RUN_H_
