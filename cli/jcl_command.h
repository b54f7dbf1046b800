// `remint jcl expand MEMBER`: a job with every INCLUDE, PROC and symbol resolved, each card
// tagged with the member and line it came from.
#ifndef REMINT_CLI_JCL_COMMAND_H_
#define REMINT_CLI_JCL_COMMAND_H_

#include <CLI/CLI.hpp>

#include "cli/global_options.h"

namespace remint::cli {

void RegisterJclCommand(CLI::App& app, OptionStorage& storage, const GlobalOptions& global,
                        int& exit_code);

}  // namespace remint::cli

#endif  // REMINT_CLI_JCL_COMMAND_H_
