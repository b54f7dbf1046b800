#include "tests/cobol_parse/parse_test_support.h"

#include <gtest/gtest.h>

#include "base/diagnostics/diagnostic_emitter.h"

namespace remint::cobol::testing {
namespace {

auto Run(std::unique_ptr<SourceManager> sources, FileId file, const PreprocessOptions& preprocess,
         const ParseOptions& options) -> ParseResult {
  DiagnosticCollector collector;
  DiagnosticEmitter emitter(sources.get(), collector);
  ExpandedSource expanded = Preprocess(*sources, file, preprocess, emitter);
  ParseResult result;
  result.program = ParseCobol(expanded, *sources, emitter, options);
  result.diagnostics = collector.TakeSorted();
  result.sources = std::move(sources);
  return result;
}

}  // namespace

auto ParseResult::error_count() const -> size_t {
  size_t count = 0;
  for (const Diagnostic& diagnostic : diagnostics) {
    if (diagnostic.severity == Severity::kError) ++count;
  }
  return count;
}

auto ParseResult::codes() const -> std::vector<std::string> {
  std::vector<std::string> result;
  for (const Diagnostic& diagnostic : diagnostics) result.emplace_back(diagnostic.code());
  return result;
}

auto ParseResult::messages() const -> std::string {
  std::string result;
  for (const Diagnostic& diagnostic : diagnostics) {
    result += std::to_string(diagnostic.location.line) + ":" +
              std::to_string(diagnostic.location.column) + ": " + diagnostic.message + "\n";
  }
  return result;
}

auto ParseResult::tree() const -> std::string {
  return program == nullptr ? std::string() : program->TreeText();
}

auto ParseFreeFormat(const std::string& source, const ParseOptions& options) -> ParseResult {
  auto sources = std::make_unique<SourceManager>();
  ErrorOr<FileId> file = sources->AddBuffer("test.cbl", source);
  EXPECT_TRUE(file.ok());
  PreprocessOptions preprocess;
  preprocess.format = ReferenceFormat::kFree;
  return Run(std::move(sources), *file, preprocess, options);
}

auto ParseProcedure(const std::string& procedure_text, const std::string& data_text,
                    const ParseOptions& options) -> ParseResult {
  return ParseFreeFormat(
      "IDENTIFICATION DIVISION.\nPROGRAM-ID. TESTPROG.\nDATA DIVISION.\n"
      "WORKING-STORAGE SECTION.\n" +
          data_text + "\nPROCEDURE DIVISION.\n" + procedure_text + "\n",
      options);
}

auto ParseFile(const std::string& path, const std::vector<std::string>& copy_directories,
               const ParseOptions& options) -> ParseResult {
  auto sources = std::make_unique<SourceManager>();
  ErrorOr<FileId> file = sources->Load(path, path);
  EXPECT_TRUE(file.ok()) << path;
  PreprocessOptions preprocess;
  preprocess.copy_directories = copy_directories;
  return Run(std::move(sources), *file, preprocess, options);
}

}  // namespace remint::cobol::testing
