#include "cli/emit_command.h"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/parse_command.h"
#include "emitters/cpp/emit_context.h"
#include "emitters/cpp/emit_module.h"
#include "emitters/cpp/plan.h"
#include "emitters/cpp/project_writer.h"
#include "ir/verifier.h"
#include "migrate/program_build.h"

namespace remint::cli {

void RegisterEmitCommand(CLI::App& app, OptionStorage& storage, const GlobalOptions& global,
                         int& exit_code) {
  struct EmitOptions {
    std::vector<std::string> paths;
    CobolInputOptions input;
    std::string output;
    bool plan_only = false;
    std::string clang_format = "clang-format";
  };
  EmitOptions& options = storage.Make<EmitOptions>();
  CLI::App* command = app.add_subcommand(
      "emit",
      "Translate COBOL programs into one C++20 project that builds with CMake (runtime "
      "included): OUT/CMakeLists.txt builds OUT/build/<PROGRAM-ID> for each main program, run as "
      "the cobc build is, with every called program (a source whose first program has "
      "PROCEDURE DIVISION USING) linked in. Constructs the emitter does not translate yet are "
      "reported and nothing is written.");
  command->add_option("file", options.paths, "COBOL source files, or folders of them")->required();
  command
      ->add_option("-I,--copy-dir", options.input.copy_directories,
                   "Copybook directory, searched in order (repeatable)")
      ->allow_extra_args(false);
  command
      ->add_option(
          "--dialect", options.input.dialect,
          "cobc's -std: default, cobol85, cobol2002, cobol2014, ibm or mf (default: default)")
      ->check(CLI::IsMember(DialectChoices()));
  command->add_option("-o,--output", options.output, "The project directory to write");
  command->add_flag("--plan", options.plan_only,
                    "Print the emitter's plan (names, control-flow shape) and write nothing");
  command->add_option("--clang-format", options.clang_format,
                      "clang-format binary run over the sources (\"\" to skip)");
  command->callback([&global, &exit_code, &options] {
    if (options.output.empty() && !options.plan_only) {
      std::cerr << "remint emit: --output is required (or --plan)\n";
      exit_code = kExitUsageOrIo;
      return;
    }
    SourceManager sources;
    DiagnosticCollector collector;
    DiagnosticEmitter emitter(&sources, collector);
    auto finish = [&](int code) {
      std::vector<Diagnostic> diagnostics = collector.TakeSorted();
      PrintDiagnostics(global, diagnostics);
      for (const Diagnostic& diagnostic : diagnostics) {
        if (diagnostic.severity == Severity::kError) code = std::max<int>(code, kExitErrorsFound);
      }
      exit_code = code;
    };
    // Folders stand for the files in them, in name order (members of a PDS dump have no
    // extension, so every regular file counts).
    std::vector<std::string> files;
    for (const std::string& path : options.paths) {
      std::error_code error;
      if (!std::filesystem::is_directory(path, error)) {
        files.push_back(path);
        continue;
      }
      std::vector<std::string> members;
      for (const auto& entry : std::filesystem::directory_iterator(path, error)) {
        const std::string name = entry.path().filename().string();
        if (entry.is_regular_file() && !name.empty() && name[0] != '.') {
          members.push_back(entry.path().string());
        }
      }
      std::sort(members.begin(), members.end());
      files.insert(files.end(), members.begin(), members.end());
    }
    cobol::LowerOptions lower;
    lower.dialect = DialectFromName(options.input.dialect);
    const emit_cpp::EmitOptions emit = migrate::EmitOptionsFor(lower.dialect);
    emit_cpp::EmittedSources all;
    bool ok = true;
    for (const std::string& file : files) {
      std::unique_ptr<cobol::ParsedProgram> program =
          ParseCobolFile(file, options.input, sources, emitter, nullptr);
      if (program == nullptr) return finish(kExitUsageOrIo);
      ir::Module module = cobol::LowerCobol(*program, sources, emitter, lower);
      const size_t errors_before = collector.error_count();
      const bool verified = ir::Verify(
          module, emitter, ir::VerifyOptions{cobol::StorageSizeOptionsFor(lower.dialect)});
      if (!verified || collector.error_count() > errors_before) {
        ok = false;
        continue;
      }
      const emit_cpp::ModulePlan plan = emit_cpp::PlanModule(module);
      if (options.plan_only) {
        std::cout << emit_cpp::PrintPlan(module, plan);
        continue;
      }
      std::optional<emit_cpp::EmittedSources> emitted =
          emit_cpp::EmitModule(module, plan, emit, emitter);
      if (!emitted) {
        ok = false;
        continue;
      }
      for (emit_cpp::EmittedFile& source : emitted->files) all.files.push_back(std::move(source));
      for (const emit_cpp::EmittedProgram& executable : emitted->executables) {
        all.executables.push_back(executable);
      }
      for (const std::string& source : emitted->subprogram_sources) {
        all.subprogram_sources.push_back(source);
      }
    }
    if (!ok || collector.error_count() > 0) return finish(kExitErrorsFound);
    if (options.plan_only) return finish(kExitOk);
    std::optional<emit_cpp::EmittedSources> emitted = std::move(all);
    emit_cpp::ProjectOptions project;
    project.output_directory = options.output;
    project.clang_format = options.clang_format;
    if (!emit_cpp::WriteProject(*emitted, project, emitter)) return finish(kExitErrorsFound);
    return finish(kExitOk);
  });
}

}  // namespace remint::cli
