// `remint ir FILE`: lowers one COBOL source to the IR, runs the verifier, and prints the
// module's text form (--dump, ir::PrintModule) or its JSON form (--json).
#ifndef REMINT_CLI_IR_COMMAND_H_
#define REMINT_CLI_IR_COMMAND_H_

#include <CLI/CLI.hpp>

#include "cli/global_options.h"

namespace remint::cli {

// Adds the subcommand; when it runs, its exit code is stored in `exit_code`.
void RegisterIrCommand(CLI::App& app, OptionStorage& storage, const GlobalOptions& global,
                       int& exit_code);

}  // namespace remint::cli

#endif  // REMINT_CLI_IR_COMMAND_H_
