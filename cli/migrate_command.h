// `remint migrate` (a project from COBOL to a verified C++ translation, incrementally) and
// `remint verify` (build the emitted project and replay every recorded case); migrate/ does
// the work.
#ifndef REMINT_CLI_MIGRATE_COMMAND_H_
#define REMINT_CLI_MIGRATE_COMMAND_H_

#include <CLI/CLI.hpp>

#include "cli/global_options.h"

namespace remint::cli {

void RegisterMigrateCommand(CLI::App& app, OptionStorage& storage, const GlobalOptions& global,
                            int& exit_code);
void RegisterVerifyCommand(CLI::App& app, OptionStorage& storage, const GlobalOptions& global,
                           int& exit_code);

}  // namespace remint::cli

#endif  // REMINT_CLI_MIGRATE_COMMAND_H_
