// `remint run JOB...`: job streams executed locally from their JCL (jobrun/job_runner.h).
#ifndef REMINT_CLI_RUN_COMMAND_H_
#define REMINT_CLI_RUN_COMMAND_H_

#include <CLI/CLI.hpp>

#include "cli/global_options.h"

namespace remint::cli {

void RegisterRunCommand(CLI::App& app, OptionStorage& storage, const GlobalOptions& global,
                        int& exit_code);

}  // namespace remint::cli

#endif  // REMINT_CLI_RUN_COMMAND_H_
