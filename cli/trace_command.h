// `remint trace show|export PROGRAM CASE`: a recorded case read back from the project
// database (tracer/, store/).
#ifndef REMINT_CLI_TRACE_COMMAND_H_
#define REMINT_CLI_TRACE_COMMAND_H_

#include <CLI/CLI.hpp>

#include "cli/global_options.h"

namespace remint::cli {

void RegisterTraceCommand(CLI::App& app, OptionStorage& storage, const GlobalOptions& global,
                          int& exit_code);

}  // namespace remint::cli

#endif  // REMINT_CLI_TRACE_COMMAND_H_
