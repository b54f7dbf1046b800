// `remint emit FILE -o OUT`: lower a COBOL program, plan and emit it as a C++20 project.
#ifndef REMINT_CLI_EMIT_COMMAND_H_
#define REMINT_CLI_EMIT_COMMAND_H_

#include <CLI/CLI.hpp>

#include "cli/global_options.h"

namespace remint::cli {

void RegisterEmitCommand(CLI::App& app, OptionStorage& storage, const GlobalOptions& global,
                         int& exit_code);

}  // namespace remint::cli

#endif  // REMINT_CLI_EMIT_COMMAND_H_
