#include "cli/jcl_command.h"

#include <iostream>

#include "cli/jcl_inputs.h"
#include "frontends/jcl/expand/expand.h"
#include "frontends/jcl/expand/listing.h"

namespace remint::cli {
namespace {

struct ExpandOptions {
  std::string member;
  JclLibraryArguments libraries;
};

auto RunExpand(const ExpandOptions& options, const GlobalOptions& global) -> int {
  std::optional<jcl::LibraryOptions> libraries =
      MakeLibraryOptions(options.libraries, options.member);
  if (!libraries) return kExitUsageOrIo;
  SourceManager sources;
  DiagnosticCollector collector;
  DiagnosticEmitter emitter(&sources, collector);
  ErrorOr<FileId> file = sources.Load(options.member, options.member);
  if (!file) {
    emitter.EmitForPath(DiagnosticKind::kDriverPathNotFound, options.member, options.member);
    std::vector<Diagnostic> diagnostics = collector.TakeSorted();
    PrintDiagnostics(global, diagnostics);
    return kExitUsageOrIo;
  }
  std::vector<jcl::ExpandedJob> jobs = jcl::ExpandMember(sources, *file, *libraries, emitter);
  for (const jcl::ExpandedJob& job : jobs) std::cout << jcl::FormatExpandedJob(job, sources);
  std::vector<Diagnostic> diagnostics = collector.TakeSorted();
  PrintDiagnostics(global, diagnostics);
  return collector.error_count() > 0 ? kExitErrorsFound : kExitOk;
}

}  // namespace

void RegisterJclCommand(CLI::App& app, OptionStorage& storage, const GlobalOptions& global,
                        int& exit_code) {
  CLI::App* jcl = app.add_subcommand("jcl", "JCL tools: expand a job");
  jcl->require_subcommand(1);
  ExpandOptions& options = storage.Make<ExpandOptions>();
  CLI::App* expand = jcl->add_subcommand(
      "expand",
      "Print a job with every INCLUDE, PROC and symbol resolved; each card is tagged with the "
      "member and line it came from (after column 72) and marked as in a JES listing: // job "
      "stream, XX cataloged procedure, ++ in-stream procedure, X/ overridden procedure "
      "statement");
  expand->add_option("member", options.member, "The job member")->required();
  AddJclLibraryOptions(*expand, options.libraries);
  expand->callback([&options, &global, &exit_code] { exit_code = RunExpand(options, global); });
}

}  // namespace remint::cli
