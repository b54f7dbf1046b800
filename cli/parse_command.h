// `remint parse FILE|DIR`: preprocesses and parses COBOL sources and reports their
// diagnostics; `remint ir` shares its front-end driver.
#ifndef REMINT_CLI_PARSE_COMMAND_H_
#define REMINT_CLI_PARSE_COMMAND_H_

#include <CLI/CLI.hpp>
#include <memory>
#include <string>
#include <vector>

#include "base/diagnostics/diagnostic_emitter.h"
#include "base/source_manager.h"
#include "cli/global_options.h"
#include "frontends/cobol/lower/lower.h"
#include "frontends/cobol/parse/parse.h"

namespace remint::cli {

// The options `parse` and `ir` share.
struct CobolInputOptions {
  std::vector<std::string> copy_directories;  // -I, searched in order
  std::string dialect = "default";            // cobc -std name (DialectChoices)
};

auto DialectFromName(const std::string& name) -> cobol::CobolDialect;
// The values --dialect takes: cobc's -std names.
auto DialectChoices() -> std::vector<std::string>;

// One COBOL source preprocessed and parsed; diagnostics go to `emitter`, which must resolve
// through `sources`. Returns null when the file cannot be read (reported as RM0001).
auto ParseCobolFile(const std::string& path, const CobolInputOptions& options,
                    SourceManager& sources, DiagnosticEmitter& emitter, uint32_t* line_count)
    -> std::unique_ptr<cobol::ParsedProgram>;

// Adds the subcommand; when it runs, its exit code is stored in `exit_code`.
void RegisterParseCommand(CLI::App& app, OptionStorage& storage, const GlobalOptions& global,
                          int& exit_code);

}  // namespace remint::cli

#endif  // REMINT_CLI_PARSE_COMMAND_H_
