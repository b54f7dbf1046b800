// `remint data decode|encode`: mainframe datasets to JSON lines and back, by a copybook's
// record layout (codec/, docs/codec.md).
#ifndef REMINT_CLI_DATA_COMMAND_H_
#define REMINT_CLI_DATA_COMMAND_H_

#include <CLI/CLI.hpp>

#include "cli/global_options.h"

namespace remint::cli {

// Adds the subcommand; when it runs, its exit code is stored in `exit_code`.
void RegisterDataCommand(CLI::App& app, OptionStorage& storage, const GlobalOptions& global,
                         int& exit_code);

}  // namespace remint::cli

#endif  // REMINT_CLI_DATA_COMMAND_H_
