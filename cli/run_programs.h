// The load library of `remint run`: the estate's programs built as the run asks, from the
// reference toolchains (cobc for COBOL, gfortran for FORTRAN) or from the C++ remint emits for the
// COBOL members (FORTRAN still from gfortran). Builds are cached by content under the build
// folder, so a second run compiles nothing that did not change.
#ifndef REMINT_CLI_RUN_PROGRAMS_H_
#define REMINT_CLI_RUN_PROGRAMS_H_

#include <map>
#include <string>

#include "base/error_or.h"
#include "jobrun/job_runner.h"
#include "migrate/project_config.h"

namespace remint::cli {

enum class ProgramBuildKind { kReference, kEmitted };

struct LoadLibrary {
  std::map<std::string, jobrun::ProgramImage> programs;  // by member name
  std::string log;                                       // the build tools' messages
};

// Errors: a toolchain is missing or a member does not build (the message says which).
auto BuildLoadLibrary(const migrate::ProjectConfig& project, ProgramBuildKind kind,
                      const std::string& build_dir) -> ErrorOr<LoadLibrary>;

}  // namespace remint::cli

#endif  // REMINT_CLI_RUN_PROGRAMS_H_
