// `remint lineage DSN`: where a dataset's data comes from and where it goes, across the steps
// and jobs of the estate's JCL (analyzers/lineage).
#ifndef REMINT_CLI_LINEAGE_COMMAND_H_
#define REMINT_CLI_LINEAGE_COMMAND_H_

#include <CLI/CLI.hpp>

#include "cli/global_options.h"

namespace remint::cli {

void RegisterLineageCommand(CLI::App& app, OptionStorage& storage, const GlobalOptions& global,
                            int& exit_code);

}  // namespace remint::cli

#endif  // REMINT_CLI_LINEAGE_COMMAND_H_
