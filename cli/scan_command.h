// `remint scan DIR`: the inventory of a mainframe dump.
#ifndef REMINT_CLI_SCAN_COMMAND_H_
#define REMINT_CLI_SCAN_COMMAND_H_

#include <CLI/CLI.hpp>

#include "cli/global_options.h"

namespace remint::cli {

// Adds the subcommand; when it runs, its exit code is stored in `exit_code`.
void RegisterScanCommand(CLI::App& app, OptionStorage& storage, const GlobalOptions& global,
                         int& exit_code);

}  // namespace remint::cli

#endif  // REMINT_CLI_SCAN_COMMAND_H_
