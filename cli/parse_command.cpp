#include "cli/parse_command.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/jcl_inputs.h"
#include "frontends/cobol/preprocess/preprocess.h"
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
         extension == ".sub" || extension == ".jcl" || extension == ".proc" || extension == ".prc";
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
  };
  ParseOptions& options = storage.Make<ParseOptions>();
  CLI::App* command = app.add_subcommand(
      "parse",
      "Parse COBOL or JCL sources (a file, or every source under a directory) and report "
      "their diagnostics; COBOL is preprocessed first, JCL is read without expanding PROCs "
      "and INCLUDEs (see `remint jcl expand`)");
  command->add_option("path", options.path, "A source file or a directory of them")->required();
  command
      ->add_option("--language", options.language,
                   "auto (JCL when the extension is .jcl/.proc/.prc or the first card starts "
                   "with // or /*; COBOL otherwise), cobol or jcl")
      ->check(CLI::IsMember({"auto", "cobol", "jcl"}));
  command
      ->add_option("-I,--copy-dir", options.input.copy_directories,
                   "Copybook directory, searched in order (repeatable)")
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
      bool jcl = options.language == "jcl";
      if (options.language == "auto") {
        ErrorOr<FileId> probe = sources.Load(file, file);
        jcl = probe && LooksLikeJcl(file, sources.file(*probe));
        if (jcl) {
          line_count = sources.file(*probe).text.line_count();
          jcl::ParseMember(sources, *probe, emitter);
        }
      } else if (jcl) {
        ErrorOr<FileId> member = sources.Load(file, file);
        if (!member) {
          emitter.EmitForPath(DiagnosticKind::kDriverPathNotFound, file, file);
        } else {
          line_count = sources.file(*member).text.line_count();
          jcl::ParseMember(sources, *member, emitter);
        }
      }
      if (!jcl) ParseCobolFile(file, options.input, sources, emitter, &line_count);
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
