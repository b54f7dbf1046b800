// `remint rules SOURCE...`: the business rules of COBOL programs (analyzers/rules), as text,
// JSON or Markdown.
#ifndef REMINT_CLI_RULES_COMMAND_H_
#define REMINT_CLI_RULES_COMMAND_H_

#include <CLI/CLI.hpp>

#include "cli/global_options.h"

namespace remint::cli {

void RegisterRulesCommand(CLI::App& app, OptionStorage& storage, const GlobalOptions& global,
                          int& exit_code);

}  // namespace remint::cli

#endif  // REMINT_CLI_RULES_COMMAND_H_
