#include "cli/ir_command.h"

#include <iostream>
#include <memory>
#include <string>

#include "cli/jcl_inputs.h"
#include "cli/parse_command.h"
#include "ir/json_writer.h"
#include "ir/text_printer.h"
#include "ir/verifier.h"

namespace remint::cli {

void RegisterIrCommand(CLI::App& app, OptionStorage& storage, const GlobalOptions& global,
                       int& exit_code) {
  struct IrOptions {
    std::string path;
    CobolInputOptions input;
    bool dump = false;  // The text form is the default; the flag only says so explicitly.
    std::string language = "auto";
    JclLibraryArguments libraries;
  };
  IrOptions& options = storage.Make<IrOptions>();
  CLI::App* command = app.add_subcommand(
      "ir",
      "Lower a COBOL source, or a JCL member's jobs (expanded: PROCs, INCLUDEs, symbols), to the "
      "remint IR, verify it and print it (--dump: text form, the default; --json: JSON form)");
  command->add_option("file", options.path, "A COBOL source file or a JCL member")->required();
  command
      ->add_option("--language", options.language,
                   "auto (JCL when the extension is .jcl/.proc/.prc or the first card starts "
                   "with // or /*; COBOL otherwise), cobol or jcl")
      ->check(CLI::IsMember({"auto", "cobol", "jcl"}));
  AddJclLibraryOptions(*command, options.libraries);
  command
      ->add_option("-I,--copy-dir", options.input.copy_directories,
                   "Copybook directory, searched in order (repeatable)")
      ->allow_extra_args(false);
  command
      ->add_option(
          "--dialect", options.input.dialect,
          "cobc's -std: default, cobol85, cobol2002, cobol2014, ibm or mf; decides binary item "
          "sizes and the constructs allowed (default: default)")
      ->check(CLI::IsMember(DialectChoices()));
  command->add_flag("--dump", options.dump, "Print the deterministic text form (the default)");
  command->callback([&global, &exit_code, &options] {
    SourceManager sources;
    DiagnosticCollector collector;
    DiagnosticEmitter emitter(&sources, collector);
    auto print = [&](const ir::Module& module) {
      std::vector<Diagnostic> diagnostics = collector.TakeSorted();
      PrintDiagnostics(global, diagnostics);
      if (global.json) {
        std::cout << ir::ModuleToJson(module).dump(1) << '\n';
      } else {
        std::cout << ir::PrintModule(module);
      }
      bool errors = false;
      for (const Diagnostic& diagnostic : diagnostics) {
        errors = errors || diagnostic.severity == Severity::kError;
      }
      exit_code = errors ? kExitErrorsFound : kExitOk;
    };
    bool jcl = options.language == "jcl";
    if (options.language == "auto") {
      // Probed in a manager of its own: the front end loads the file again, once.
      SourceManager probe_sources;
      ErrorOr<FileId> probe = probe_sources.Load(options.path, options.path);
      jcl = probe && LooksLikeJcl(options.path, probe_sources.file(*probe));
    }
    if (jcl) {
      std::optional<jcl::LibraryOptions> libraries =
          MakeLibraryOptions(options.libraries, options.path);
      if (!libraries) {
        exit_code = kExitUsageOrIo;
        return;
      }
      ir::Module module;
      if (!LowerJclMember(options.path, *libraries, sources, module, emitter)) {
        PrintDiagnostics(global, collector.TakeSorted());
        exit_code = kExitUsageOrIo;
        return;
      }
      module.ImportSources(sources);
      ir::Verify(module, emitter);
      print(module);
      return;
    }
    std::unique_ptr<cobol::ParsedProgram> program =
        ParseCobolFile(options.path, options.input, sources, emitter, nullptr);
    if (program == nullptr) {
      std::vector<Diagnostic> diagnostics = collector.TakeSorted();
      PrintDiagnostics(global, diagnostics);
      exit_code = kExitUsageOrIo;
      return;
    }
    cobol::LowerOptions lower;
    lower.dialect = DialectFromName(options.input.dialect);
    ir::Module module = cobol::LowerCobol(*program, sources, emitter, lower);
    ir::Verify(module, emitter, ir::VerifyOptions{cobol::StorageSizeOptionsFor(lower.dialect)});
    print(module);
  });
}

}  // namespace remint::cli
