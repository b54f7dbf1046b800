#include "cli/lineage_command.h"

#include <filesystem>
#include <iostream>

#include "analyzers/lineage/dataset_lineage.h"
#include "analyzers/lineage/estate_field_lineage.h"
#include "analyzers/lineage/field_lineage.h"
#include "analyzers/rules/render.h"
#include "cli/jcl_inputs.h"
#include "cli/parse_command.h"
#include "frontends/cobol/lower/lower.h"
#include "migrate/project_config.h"

namespace remint::cli {
namespace {

namespace fs = std::filesystem;

struct LineageArguments {
  std::string dsn;
  std::vector<std::string> jobs;
  std::string project;
  JclLibraryArguments libraries;
  // --field: a data item of a COBOL program instead of a dataset.
  std::string field;
  std::string program;
  std::vector<std::string> copy_directories;
  std::string dialect;  // empty: the project's, else default
};

// Lowers the job members into `module`; false after a usage error.
auto LowerJobs(const std::vector<std::string>& members, const JclLibraryArguments& arguments,
               SourceManager& sources, ir::Module& module, DiagnosticEmitter& emitter,
               std::vector<ir::JobId>& jobs) -> bool {
  for (const std::string& member : members) {
    std::optional<jcl::LibraryOptions> libraries = MakeLibraryOptions(arguments, member);
    if (!libraries) return false;
    std::optional<std::vector<ir::JobId>> lowered =
        LowerJclMember(member, *libraries, sources, module, emitter);
    if (lowered) jobs.insert(jobs.end(), lowered->begin(), lowered->end());
  }
  return true;
}

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
  if (!LowerJobs(members, arguments.libraries, sources, module, emitter, jobs)) {
    return kExitUsageOrIo;
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

// Display paths relative to the project's root, as the project names its members.
void RelativeTo(const std::string& root, ir::Module& module) {
  if (root.empty()) return;
  std::string prefix = root.ends_with('/') ? root : root + "/";
  for (std::string& path : module.mutable_sources().paths) {
    if (path.starts_with(prefix)) path = path.substr(prefix.size());
  }
}

auto Names(const std::vector<std::string>& names) -> std::string {
  std::string text;
  for (const std::string& name : names) text += (text.empty() ? "" : ", ") + name;
  return text.empty() ? "nothing" : text;
}

// `remint lineage --field NAME`: the field's definitions and uses, its sources and what it
// affects in its program, and with a project's job stream, the same across steps and jobs.
auto RunFieldLineage(const LineageArguments& arguments, const GlobalOptions& global) -> int {
  // The positionals name COBOL sources here, not a dataset and jobs.
  std::vector<std::string> paths;
  if (!arguments.dsn.empty()) paths.push_back(arguments.dsn);
  paths.insert(paths.end(), arguments.jobs.begin(), arguments.jobs.end());
  CobolInputOptions input;
  input.copy_directories = arguments.copy_directories;
  input.dialect = arguments.dialect.empty() ? "default" : arguments.dialect;
  std::optional<migrate::ProjectConfig> project;
  if (!arguments.project.empty()) {
    ErrorOr<migrate::ProjectConfig> loaded = migrate::LoadProjectConfig(arguments.project);
    if (!loaded) {
      std::cerr << "remint lineage: " << loaded.error().message() << '\n';
      return kExitUsageOrIo;
    }
    project = std::move(*loaded);
    if (paths.empty()) paths = migrate::ListMembers(project->sources);
    input.copy_directories.insert(input.copy_directories.end(), project->copybooks.begin(),
                                  project->copybooks.end());
    if (arguments.dialect.empty()) input.dialect = project->dialect;
  }
  if (paths.empty()) {
    std::cerr << "remint lineage: --field needs the COBOL sources, or a --project naming them\n";
    return kExitUsageOrIo;
  }
  std::vector<lineage::FieldLineage> programs;
  bool errors = false;
  for (const std::string& path : paths) {
    SourceManager sources;
    DiagnosticCollector collector;
    DiagnosticEmitter emitter(&sources, collector);
    std::unique_ptr<cobol::ParsedProgram> parsed =
        ParseCobolFile(path, input, sources, emitter, nullptr);
    if (parsed == nullptr) {
      PrintDiagnostics(global, collector.TakeSorted());
      return kExitUsageOrIo;
    }
    cobol::LowerOptions lower;
    lower.dialect = DialectFromName(input.dialect);
    ir::Module module = cobol::LowerCobol(*parsed, sources, emitter, lower);
    module.ImportSources(sources);
    if (project) RelativeTo(project->root, module);
    std::vector<Diagnostic> diagnostics = collector.TakeSorted();
    PrintDiagnostics(global, diagnostics);
    errors = errors || collector.error_count() > 0;
    // A program with errors still gets its lineage: what lowered is what a reviewer can read.
    for (uint32_t unit = 0; unit < module.units().size(); ++unit) {
      if (module.unit(ir::UnitId(unit)).language != ir::Language::kCobol) continue;
      programs.push_back(lineage::BuildFieldLineage(module, ir::UnitId(unit)));
    }
  }
  const lineage::FieldLineage* program = nullptr;
  for (const lineage::FieldLineage& candidate : programs) {
    if (arguments.program.empty() ? programs.size() == 1
                                  : analysis::UpperCaseName(candidate.program) ==
                                        analysis::UpperCaseName(arguments.program)) {
      program = &candidate;
    }
  }
  if (program == nullptr) {
    std::cerr << "remint lineage: "
              << (arguments.program.empty() ? "name the program with --program (the sources hold "
                                            : "no program " + arguments.program + " among ")
              << programs.size() << " programs)\n";
    return kExitUsageOrIo;
  }
  const lineage::FieldFacts* field = program->Find(arguments.field);
  if (field == nullptr) {
    std::cerr << "remint lineage: " << program->program << " has no field " << arguments.field
              << " that it defines or uses (or the name needs OF its record)\n";
    return kExitUsageOrIo;
  }
  std::cout << "program " << program->program << "\n" << lineage::FormatFieldFacts(*field);
  std::cout << "sources: " << Names(program->Sources(field->name)) << "\n";
  std::cout << "affects: " << Names(program->Affects(field->name)) << "\n";
  if (project && !project->run.job_libraries.empty()) {
    SourceManager sources;
    DiagnosticCollector collector;
    DiagnosticEmitter emitter(&sources, collector);
    ir::Module module;
    std::vector<ir::JobId> jobs;
    if (!LowerJobs(migrate::ListMembers(project->run.job_libraries), arguments.libraries, sources,
                   module, emitter, jobs)) {
      return kExitUsageOrIo;
    }
    module.ImportSources(sources);
    PrintDiagnostics(global, collector.TakeSorted());
    errors = errors || collector.error_count() > 0;
    lineage::DatasetLineage datasets;
    datasets.AddJobs(module, jobs);
    for (lineage::EstateDirection direction :
         {lineage::EstateDirection::kUpstream, lineage::EstateDirection::kDownstream}) {
      std::vector<lineage::EstateHop> hops = lineage::TraceFieldAcrossJobs(
          programs, datasets, program->program, field->name, direction);
      std::cout << (direction == lineage::EstateDirection::kUpstream
                        ? "\nacross the job stream, where it comes from:\n"
                        : "\nacross the job stream, what it affects:\n")
                << lineage::FormatEstateTrace(hops, direction);
    }
  }
  return errors ? kExitErrorsFound : kExitOk;
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
      "and jobs (cataloged datasets; a GDG by its base). With --field, the same for a data item "
      "of a COBOL program: its definitions and uses, the fields it comes from and affects, and "
      "with a --project, its bytes followed through files, DDs and datasets across the stream");
  command->add_option("dsn", arguments.dsn,
                      "The dataset (A.B.C, A.B(+1), A.B.G0003V00); with --field, a COBOL source");
  command->add_option("job", arguments.jobs,
                      "JCL members, in stream order (default: every "
                      "member of the project's [run] jcl libraries); with --field, more COBOL "
                      "sources (default: the project's sources)");
  command->add_option("--project", arguments.project,
                      "remint.toml with a [run] jcl entry (and, for --field, the COBOL sources, "
                      "copybooks and dialect)");
  command->add_option("--field", arguments.field,
                      "A data item (NAME, or NAME OF RECORD) of a COBOL program instead of a "
                      "dataset");
  command->add_option("--program", arguments.program,
                      "With --field: the program holding it (needed when the sources hold more "
                      "than one)");
  command
      ->add_option("-I,--copy-dir", arguments.copy_directories,
                   "With --field: copybook directory, searched in order (repeatable)")
      ->allow_extra_args(false);
  command
      ->add_option("--dialect", arguments.dialect,
                   "With --field: cobc's -std (default, cobol85, cobol2002, cobol2014, ibm, mf); "
                   "decides binary item sizes (default: the project's, else default)")
      ->check(CLI::IsMember(DialectChoices()));
  AddJclLibraryOptions(*command, arguments.libraries);
  command->callback([&arguments, &global, &exit_code] {
    if (!arguments.field.empty()) {
      exit_code = RunFieldLineage(arguments, global);
    } else if (arguments.dsn.empty()) {
      std::cerr << "remint lineage: name a dataset, or a --field\n";
      exit_code = kExitUsageOrIo;
    } else {
      exit_code = RunLineage(arguments, global);
    }
  });
}

}  // namespace remint::cli
