// remint: reads a legacy estate and turns it into rule maps, golden traces and C++.
#include <CLI/CLI.hpp>
#include <iostream>

#include "base/large_stack.h"
#include "cli/data_command.h"
#include "cli/diagnostics_command.h"
#include "cli/emit_command.h"
#include "cli/global_options.h"
#include "cli/ir_command.h"
#include "cli/jcl_command.h"
#include "cli/lineage_command.h"
#include "cli/migrate_command.h"
#include "cli/parse_command.h"
#include "cli/record_command.h"
#include "cli/report_command.h"
#include "cli/rules_command.h"
#include "cli/run_command.h"
#include "cli/scan_command.h"
#include "cli/trace_command.h"

namespace {

auto RunCommandLine(int argc, char** argv) -> int {
  using remint::cli::GlobalOptions;
  GlobalOptions global;
  int exit_code = remint::cli::kExitOk;

  CLI::App app(
      "remint: legacy modernization toolchain for COBOL, JCL and Fortran estates.\n\n"
      "Exit codes: 0 success; 1 errors found in the input; 2 usage or I/O failure.",
      "remint");
  app.set_version_flag("--version", std::string(remint::cli::RemintVersion()));
  app.require_subcommand(1);
  app.fallthrough();
  app.add_option("-j,--jobs", global.jobs, "Worker threads (default: one per core)")
      ->check(CLI::NonNegativeNumber);
  app.add_flag("--json", global.json, "Print results as JSON on standard output");
  app.add_flag_function(
      "-q,--quiet", [&](int64_t count) { global.verbosity -= static_cast<int>(count); },
      "Print less");
  app.add_flag_function(
      "-v,--verbose", [&](int64_t count) { global.verbosity += static_cast<int>(count); },
      "Print more");
  app.add_option("--db", global.db_path,
                 "Project database (default: .remint/remint.db in the project root, the nearest "
                 "directory upwards holding remint.toml, else the current directory)");
  std::map<std::string, remint::DiagnosticFormat> formats = {
      {"console", remint::DiagnosticFormat::kConsole},
      {"json", remint::DiagnosticFormat::kJson},
      {"sarif", remint::DiagnosticFormat::kSarif}};
  app.add_option("--diagnostics-format", global.diagnostics_format,
                 "How diagnostics are printed on standard error: console, json or sarif (SARIF "
                 "2.1.0)")
      ->transform(CLI::CheckedTransformer(formats, CLI::ignore_case));
  app.add_option("--color", global.color, "Colour diagnostics: auto, always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}));

  // Option values the subcommands parse into; alive until after app.parse below.
  remint::cli::OptionStorage storage;
  remint::cli::RegisterScanCommand(app, storage, global, exit_code);
  remint::cli::RegisterParseCommand(app, storage, global, exit_code);
  remint::cli::RegisterIrCommand(app, storage, global, exit_code);
  remint::cli::RegisterEmitCommand(app, storage, global, exit_code);
  remint::cli::RegisterJclCommand(app, storage, global, exit_code);
  remint::cli::RegisterRecordCommand(app, storage, global, exit_code);
  remint::cli::RegisterRunCommand(app, storage, global, exit_code);
  remint::cli::RegisterLineageCommand(app, storage, global, exit_code);
  remint::cli::RegisterRulesCommand(app, storage, global, exit_code);
  remint::cli::RegisterReportCommands(app, storage, global, exit_code);
  remint::cli::RegisterMigrateCommand(app, storage, global, exit_code);
  remint::cli::RegisterVerifyCommand(app, storage, global, exit_code);
  remint::cli::RegisterTraceCommand(app, storage, global, exit_code);
  remint::cli::RegisterDataCommand(app, storage, global, exit_code);
  remint::cli::RegisterDiagnosticsCommand(app, storage, global, exit_code);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    int code = app.exit(error);
    // CLI11 returns 0 for --help and --version; every real parse error is a usage error.
    return code == 0 ? remint::cli::kExitOk : remint::cli::kExitUsageOrIo;
  }
  return exit_code;
}

}  // namespace

int main(int argc, char** argv) {
  // Every command walks trees as deep as the input nests (5,000 chained operators pass the
  // parser); the whole command line runs on one thread with a stack for that.
  int exit_code = remint::cli::kExitUsageOrIo;
  remint::RunWithLargeStack([&] { exit_code = RunCommandLine(argc, argv); });
  return exit_code;
}
