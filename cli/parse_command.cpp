#include "cli/parse_command.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/jcl_inputs.h"
#include "frontends/cobol/preprocess/preprocess.h"
#include "frontends/fortran/parse/ast_printer.h"
#include "frontends/fortran/parse/classify.h"
#include "frontends/fortran/parse/parse_statements.h"
#include "frontends/fortran/parse/program_units.h"
#include "frontends/fortran/preprocess/include_resolver.h"
#include "frontends/inventory/classify_member.h"
#include "frontends/jcl/parse/parse_member.h"

namespace remint::cli {
namespace {

namespace fs = std::filesystem;

// COBOL sources in a directory: .cbl/.cob/.cobol/.sub in any case, and files without an
// extension (mainframe members, as in corpus/bankdemo); copybooks (.cpy) are left out.
auto IsCobolSource(const fs::path& path) -> bool {
  std::string extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension.empty() || extension == ".cbl" || extension == ".cob" || extension == ".cobol" ||
         extension == ".sub" || extension == ".jcl" || extension == ".proc" ||
         extension == ".prc" || extension == ".f" || extension == ".for" || extension == ".f77" ||
         extension == ".ftn" || extension == ".f90" || extension == ".f95";
}

// A Fortran member's source form when the member is Fortran by its content (the inventory's
// classification, as `remint scan` makes it).
auto FortranForm(const SourceFile& file) -> std::optional<fortran::SourceForm> {
  inventory::Classification kind = inventory::ClassifyMember(file.text);
  if (kind.kind != inventory::MemberKind::kFortran) return std::nullopt;
  return kind.form == inventory::SourceForm::kFree ? fortran::SourceForm::kFree
                                                   : fortran::SourceForm::kFixed;
}

// Reads, classifies and parses a Fortran file with its INCLUDEs, and checks its program units'
// labels and blocks; prints the syntax tree when asked.
void ParseFortranFile(SourceManager& sources, FileId file, fortran::SourceForm form,
                      const std::vector<std::string>& include_path, bool print_tree,
                      DiagnosticEmitter& emitter) {
  fortran::ReadOptions read;
  read.form = form;
  read.include_path = include_path;
  std::vector<fortran::LogicalStatement> statements =
      fortran::ReadWithIncludes(sources, file, read, emitter);
  std::vector<fortran::Classification> kinds = fortran::ClassifyStatements(statements, emitter);
  fortran::ParsedFile parsed = fortran::ParseStatements(statements, kinds, emitter);
  fortran::BuildProgramUnits(parsed, emitter);
  if (print_tree) std::cout << fortran::PrintParsedFile(parsed);
}

auto CollectSources(const std::string& root) -> std::vector<std::string> {
  std::vector<std::string> files;
  std::error_code error;
  if (!fs::is_directory(root, error)) return {root};
  for (fs::recursive_directory_iterator it(root, error), end; !error && it != end;
       it.increment(error)) {
    if (it->is_regular_file(error) && IsCobolSource(it->path())) {
      files.push_back(it->path().string());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

auto DialectFromName(const std::string& name) -> cobol::CobolDialect {
  return cobol::DialectFromName(name).value_or(cobol::CobolDialect::kDefault);
}

auto DialectChoices() -> std::vector<std::string> { return cobol::DialectNames(); }

auto ParseCobolFile(const std::string& path, const CobolInputOptions& options,
                    SourceManager& sources, DiagnosticEmitter& emitter, uint32_t* line_count)
    -> std::unique_ptr<cobol::ParsedProgram> {
  ErrorOr<FileId> file = sources.Load(path, path);
  if (!file) {
    emitter.EmitForPath(DiagnosticKind::kDriverPathNotFound, path, path);
    return nullptr;
  }
  if (line_count != nullptr) *line_count = sources.file(*file).text.line_count();
  cobol::PreprocessOptions preprocess;
  preprocess.copy_directories = options.copy_directories;
  cobol::ExpandedSource expanded = cobol::Preprocess(sources, *file, preprocess, emitter);
  return cobol::ParseCobol(expanded, sources, emitter);
}

void RegisterParseCommand(CLI::App& app, OptionStorage& storage, const GlobalOptions& global,
                          int& exit_code) {
  struct ParseOptions {
    std::string path;
    CobolInputOptions input;
    std::string language = "auto";
    bool tree = false;
  };
  ParseOptions& options = storage.Make<ParseOptions>();
  CLI::App* command = app.add_subcommand(
      "parse",
      "Parse COBOL, JCL or Fortran sources (a file, or every source under a directory) and "
      "report their diagnostics; COBOL is preprocessed first, JCL is read without expanding "
      "PROCs and INCLUDEs (see `remint jcl expand`), Fortran with its INCLUDEs");
  command->add_option("path", options.path, "A source file or a directory of them")->required();
  command
      ->add_option("--language", options.language,
                   "auto (JCL when the extension is .jcl/.proc/.prc or the first card starts "
                   "with // or /*; Fortran when the content is, as `remint scan` tells; COBOL "
                   "otherwise), cobol, jcl, fortran (fixed form) or fortran-free")
      ->check(CLI::IsMember({"auto", "cobol", "jcl", "fortran", "fortran-free"}));
  command->add_flag("--tree", options.tree,
                    "Print each Fortran file's syntax tree (one line per statement)");
  command
      ->add_option("-I,--copy-dir", options.input.copy_directories,
                   "Copybook directory (COBOL) or INCLUDE directory (Fortran), searched in order "
                   "(repeatable)")
      ->allow_extra_args(false);
  command
      ->add_option("--dialect", options.input.dialect,
                   "default, cobol85, cobol2002, cobol2014, ibm or mf (accepted as by `remint ir`; "
                   "parsing is the same)")
      ->check(CLI::IsMember(DialectChoices()));
  command->callback([&global, &exit_code, &options] {
    std::error_code error;
    if (!fs::exists(options.path, error)) {
      DiagnosticCollector collector;
      DiagnosticEmitter emitter(nullptr, collector);
      emitter.EmitForPath(DiagnosticKind::kDriverPathNotFound, "", options.path);
      std::vector<Diagnostic> diagnostics = collector.TakeSorted();
      PrintDiagnostics(global, diagnostics);
      exit_code = kExitUsageOrIo;
      return;
    }
    size_t files = 0;
    uint64_t lines = 0;
    size_t errors = 0;
    size_t warnings = 0;
    for (const std::string& file : CollectSources(options.path)) {
      SourceManager sources;
      DiagnosticCollector collector;
      DiagnosticEmitter emitter(&sources, collector);
      uint32_t line_count = 0;
      ErrorOr<FileId> loaded = sources.Load(file, file);
      if (!loaded) {
        emitter.EmitForPath(DiagnosticKind::kDriverPathNotFound, file, file);
      } else {
        const SourceFile& source = sources.file(*loaded);
        line_count = source.text.line_count();
        std::optional<fortran::SourceForm> fortran_form;
        if (options.language == "fortran") fortran_form = fortran::SourceForm::kFixed;
        if (options.language == "fortran-free") fortran_form = fortran::SourceForm::kFree;
        bool jcl =
            options.language == "jcl" || (options.language == "auto" && LooksLikeJcl(file, source));
        if (options.language == "auto" && !jcl) fortran_form = FortranForm(source);
        if (fortran_form) {
          ParseFortranFile(sources, *loaded, *fortran_form, options.input.copy_directories,
                           options.tree, emitter);
        } else if (jcl) {
          jcl::ParseMember(sources, *loaded, emitter);
        } else {
          ParseCobolFile(file, options.input, sources, emitter, nullptr);
        }
      }
      std::vector<Diagnostic> diagnostics = collector.TakeSorted();
      for (const Diagnostic& diagnostic : diagnostics) {
        if (diagnostic.severity == Severity::kError) ++errors;
        if (diagnostic.severity == Severity::kWarning) ++warnings;
      }
      PrintDiagnostics(global, diagnostics);
      ++files;
      lines += line_count;
    }
    if (global.json) {
      nlohmann::ordered_json summary = {
          {"files", files}, {"lines", lines}, {"errors", errors}, {"warnings", warnings}};
      std::cout << summary.dump(2) << '\n';
    } else if (global.verbosity >= 0) {
      std::cout << fmt::format("{} files, {} lines, {} errors, {} warnings\n", files, lines, errors,
                               warnings);
    }
    exit_code = errors > 0 ? kExitErrorsFound : kExitOk;
  });
}

}  // namespace remint::cli
