#include "cli/lineage_command.h"

#include <filesystem>
#include <iostream>

#include "analyzers/lineage/dataset_lineage.h"
#include "cli/jcl_inputs.h"
#include "migrate/project_config.h"

namespace remint::cli {
namespace {

namespace fs = std::filesystem;

struct LineageArguments {
  std::string dsn;
  std::vector<std::string> jobs;
  std::string project;
  JclLibraryArguments libraries;
};

auto RunLineage(const LineageArguments& arguments, const GlobalOptions& global) -> int {
  std::vector<std::string> members = arguments.jobs;
  if (!arguments.project.empty()) {
    ErrorOr<migrate::ProjectConfig> project = migrate::LoadProjectConfig(arguments.project);
    if (!project) {
      std::cerr << "remint lineage: " << project.error().message() << '\n';
      return kExitUsageOrIo;
    }
    if (members.empty()) members = migrate::ListMembers(project->run.job_libraries);
  }
  if (members.empty()) {
    std::cerr << "remint lineage: name the job members, or a --project whose [run] jcl "
                 "libraries hold them\n";
    return kExitUsageOrIo;
  }
  SourceManager sources;
  DiagnosticCollector collector;
  DiagnosticEmitter emitter(&sources, collector);
  ir::Module module;
  std::vector<ir::JobId> jobs;
  for (const std::string& member : members) {
    std::optional<jcl::LibraryOptions> libraries = MakeLibraryOptions(arguments.libraries, member);
    if (!libraries) return kExitUsageOrIo;
    std::optional<std::vector<ir::JobId>> lowered =
        LowerJclMember(member, *libraries, sources, module, emitter);
    if (lowered) jobs.insert(jobs.end(), lowered->begin(), lowered->end());
  }
  module.ImportSources(sources);
  lineage::DatasetLineage lineage;
  lineage.AddJobs(module, jobs);
  std::vector<Diagnostic> diagnostics = collector.TakeSorted();
  PrintDiagnostics(global, diagnostics);
  std::string text = lineage.Describe(arguments.dsn);
  if (text.empty()) {
    std::cerr << "remint lineage: no step of the " << jobs.size() << " jobs read reads or writes "
              << arguments.dsn << '\n';
    return kExitErrorsFound;
  }
  std::cout << text;
  return collector.error_count() > 0 ? kExitErrorsFound : kExitOk;
}

}  // namespace

void RegisterLineageCommand(CLI::App& app, OptionStorage& storage, const GlobalOptions& global,
                            int& exit_code) {
  LineageArguments& arguments = storage.Make<LineageArguments>();
  CLI::App* command = app.add_subcommand(
      "lineage",
      "Where a dataset's data comes from and where it goes: the steps that write and read it "
      "(by DISP: NEW and MOD write, OLD and SHR read), then upstream through the inputs of its "
      "writers and downstream through the outputs of its readers, across steps (temporaries) "
      "and jobs (cataloged datasets; a GDG by its base)");
  command->add_option("dsn", arguments.dsn, "The dataset (A.B.C, A.B(+1), A.B.G0003V00)")
      ->required();
  command->add_option("job", arguments.jobs,
                      "JCL members, in stream order (default: every "
                      "member of the project's [run] jcl libraries)");
  command->add_option("--project", arguments.project, "remint.toml with a [run] jcl entry");
  AddJclLibraryOptions(*command, arguments.libraries);
  command->callback(
      [&arguments, &global, &exit_code] { exit_code = RunLineage(arguments, global); });
}

}  // namespace remint::cli
