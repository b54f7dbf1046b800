// `remint diagnostics`: the catalogue of every diagnostic kind, from the registry itself.
#ifndef REMINT_CLI_DIAGNOSTICS_COMMAND_H_
#define REMINT_CLI_DIAGNOSTICS_COMMAND_H_

#include <CLI/CLI.hpp>

#include "cli/global_options.h"

namespace remint::cli {

void RegisterDiagnosticsCommand(CLI::App& app, OptionStorage& storage, const GlobalOptions& global,
                                int& exit_code);

}  // namespace remint::cli

#endif  // REMINT_CLI_DIAGNOSTICS_COMMAND_H_
