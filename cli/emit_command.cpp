#include "cli/emit_command.h"

#include <algorithm>
#include <iostream>
#include <memory>
#include <string>

#include "cli/parse_command.h"
#include "emitters/cpp/emit_context.h"
#include "emitters/cpp/emit_module.h"
#include "emitters/cpp/plan.h"
#include "emitters/cpp/project_writer.h"
#include "ir/verifier.h"

namespace remint::cli {

void RegisterEmitCommand(CLI::App& app, OptionStorage& storage, const GlobalOptions& global,
                         int& exit_code) {
  struct EmitOptions {
    std::string path;
    CobolInputOptions input;
    std::string output;
    bool plan_only = false;
    std::string clang_format = "clang-format";
  };
  EmitOptions& options = storage.Make<EmitOptions>();
  CLI::App* command = app.add_subcommand(
      "emit",
      "Translate a COBOL program into a C++20 project that builds with CMake (runtime "
      "included): OUT/CMakeLists.txt builds OUT/build/<PROGRAM-ID>, run as the cobc build is. "
      "Constructs the emitter does not translate yet are reported and nothing is written.");
  command->add_option("file", options.path, "A COBOL source file")->required();
  command->add_option("-I,--copy-dir", options.input.copy_directories,
                      "Copybook directory, searched in order (repeatable)");
  command
      ->add_option("--dialect", options.input.dialect,
                   "ibm or cobol85: the reference's dialect (default cobol85)")
      ->check(CLI::IsMember({"ibm", "cobol85"}));
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
    std::unique_ptr<cobol::ParsedProgram> program =
        ParseCobolFile(options.path, options.input, sources, emitter, nullptr);
    auto finish = [&](int code) {
      std::vector<Diagnostic> diagnostics = collector.TakeSorted();
      PrintDiagnostics(global, diagnostics);
      for (const Diagnostic& diagnostic : diagnostics) {
        if (diagnostic.severity == Severity::kError) code = std::max<int>(code, kExitErrorsFound);
      }
      exit_code = code;
    };
    if (program == nullptr) return finish(kExitUsageOrIo);
    cobol::LowerOptions lower;
    lower.dialect = DialectFromName(options.input.dialect);
    ir::Module module = cobol::LowerCobol(*program, sources, emitter, lower);
    const bool verified =
        ir::Verify(module, emitter, ir::VerifyOptions{cobol::StorageSizeOptionsFor(lower.dialect)});
    if (!verified || collector.error_count() > 0) return finish(kExitErrorsFound);
    const emit_cpp::ModulePlan plan = emit_cpp::PlanModule(module);
    if (options.plan_only) {
      std::cout << emit_cpp::PrintPlan(module, plan);
      return finish(kExitOk);
    }
    emit_cpp::EmitOptions emit;
    emit.binary_truncate = lower.dialect != cobol::CobolDialect::kIbm;
    emit.ibm_assign_names = lower.dialect == cobol::CobolDialect::kIbm;
    emit.pretty_display = lower.dialect != cobol::CobolDialect::kIbm;
    std::optional<emit_cpp::EmittedSources> emitted =
        emit_cpp::EmitModule(module, plan, emit, emitter);
    if (!emitted) return finish(kExitErrorsFound);
    emit_cpp::ProjectOptions project;
    project.output_directory = options.output;
    project.clang_format = options.clang_format;
    if (!emit_cpp::WriteProject(*emitted, project, emitter)) return finish(kExitErrorsFound);
    return finish(kExitOk);
  });
}

}  // namespace remint::cli
