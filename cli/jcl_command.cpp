#include "cli/jcl_command.h"

#include <filesystem>
#include <iostream>

#include "frontends/jcl/expand/expand.h"
#include "frontends/jcl/expand/listing.h"

namespace remint::cli {
namespace {

namespace fs = std::filesystem;

struct ExpandOptions {
  std::string member;
  std::vector<std::string> procedure_libraries;
  std::vector<std::string> libraries;  // NAME=DIR
  std::vector<std::string> library_roots;
  std::vector<std::string> symbols;  // NAME=VALUE
};

// &SYSUID is the submitting user on z/OS; remint submits as this user unless told otherwise,
// so that an expansion reads the same on every machine.
constexpr const char* kDefaultUser = "REMINT";

auto SplitAssignment(const std::string& text, std::string& name, std::string& value) -> bool {
  size_t equals = text.find('=');
  if (equals == std::string::npos || equals == 0) return false;
  name = text.substr(0, equals);
  value = text.substr(equals + 1);
  return true;
}

auto RunExpand(const ExpandOptions& options, const GlobalOptions& global) -> int {
  jcl::LibraryOptions libraries;
  libraries.procedure_libraries = options.procedure_libraries;
  libraries.library_roots = options.library_roots;
  if (libraries.library_roots.empty()) {
    // A dump keeps libraries as sibling folders: BANK.PROD.JCL/ beside BANK.PROD.PROCLIB/.
    fs::path parent = fs::path(options.member).parent_path().parent_path();
    libraries.library_roots.push_back(parent.empty() ? "." : parent.string());
  }
  libraries.symbols["SYSUID"] = kDefaultUser;
  for (const std::string& library : options.libraries) {
    std::string name;
    std::string directory;
    if (!SplitAssignment(library, name, directory)) {
      std::cerr << "remint: --library takes NAME=DIR, not '" << library << "'\n";
      return kExitUsageOrIo;
    }
    libraries.libraries[name] = directory;
  }
  for (const std::string& symbol : options.symbols) {
    std::string name;
    std::string value;
    if (!SplitAssignment(symbol, name, value)) {
      std::cerr << "remint: --set takes NAME=VALUE, not '" << symbol << "'\n";
      return kExitUsageOrIo;
    }
    libraries.symbols[name] = value;
  }
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
  std::vector<jcl::ExpandedJob> jobs = jcl::ExpandMember(sources, *file, libraries, emitter);
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
  expand->add_option("-P,--proclib", options.procedure_libraries,
                     "Procedure library directory, searched after the job's JCLLIB ORDER "
                     "libraries (repeatable, in order)");
  expand->add_option("--library", options.libraries,
                     "NAME=DIR: the folder holding library NAME (a JCLLIB ORDER= dataset)");
  expand->add_option("--library-root", options.library_roots,
                     "A folder whose subfolders are libraries named like datasets (default: "
                     "the folder above the member's)");
  expand->add_option("--set", options.symbols,
                     "NAME=VALUE: a system symbol (default SYSUID=REMINT)");
  expand->callback([&options, &global, &exit_code] { exit_code = RunExpand(options, global); });
}

}  // namespace remint::cli
