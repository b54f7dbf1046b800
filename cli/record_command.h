// `remint record SOURCE --case NAME --dd DD=PATH... --out DD...`: runs the legacy build of a
// COBOL program on a case's datasets and stores what it did (tracer/, store/).
#ifndef REMINT_CLI_RECORD_COMMAND_H_
#define REMINT_CLI_RECORD_COMMAND_H_

#include <CLI/CLI.hpp>

#include "cli/global_options.h"

namespace remint::cli {

void RegisterRecordCommand(CLI::App& app, OptionStorage& storage, const GlobalOptions& global,
                           int& exit_code);

}  // namespace remint::cli

#endif  // REMINT_CLI_RECORD_COMMAND_H_
