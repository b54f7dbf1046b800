// `remint report -o DIR` (the reviewers' rule map as a static site) and `remint serve` (the
// same pages on a local port).
#ifndef REMINT_CLI_REPORT_COMMAND_H_
#define REMINT_CLI_REPORT_COMMAND_H_

#include <CLI/CLI.hpp>

#include "cli/global_options.h"

namespace remint::cli {

void RegisterReportCommands(CLI::App& app, OptionStorage& storage, const GlobalOptions& global,
                            int& exit_code);

}  // namespace remint::cli

#endif  // REMINT_CLI_REPORT_COMMAND_H_
