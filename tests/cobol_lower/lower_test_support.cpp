#include "tests/cobol_lower/lower_test_support.h"

#include <gtest/gtest.h>

#include "base/diagnostics/diagnostic_emitter.h"
#include "frontends/cobol/preprocess/preprocess.h"
#include "ir/verifier.h"

namespace remint::cobol::testing {
namespace {

auto Run(std::unique_ptr<SourceManager> sources, FileId file, const PreprocessOptions& preprocess,
         const LowerOptions& options) -> LowerResult {
  LowerResult result;
  DiagnosticCollector collector;
  DiagnosticEmitter emitter(sources.get(), collector);
  ExpandedSource expanded = Preprocess(*sources, file, preprocess, emitter);
  result.program = ParseCobol(expanded, *sources, emitter);
  result.module = LowerCobol(*result.program, *sources, emitter, options);
  result.diagnostics = collector.TakeSorted();
  DiagnosticCollector verifier;
  DiagnosticEmitter verifier_emitter(sources.get(), verifier);
  ir::Verify(result.module, verifier_emitter,
             ir::VerifyOptions{StorageSizeOptionsFor(options.dialect)});
  result.verifier_diagnostics = verifier.TakeSorted();
  result.sources = std::move(sources);
  return result;
}

}  // namespace

auto LowerResult::codes() const -> std::vector<std::string> {
  std::vector<std::string> codes;
  for (const Diagnostic& diagnostic : diagnostics) codes.emplace_back(diagnostic.code());
  return codes;
}

auto LowerResult::messages() const -> std::string {
  std::string text;
  for (const auto* list : {&diagnostics, &verifier_diagnostics}) {
    for (const Diagnostic& diagnostic : *list) {
      text += std::string(diagnostic.code()) + " " + std::to_string(diagnostic.location.line) +
              ":" + std::to_string(diagnostic.location.column) + ": " + diagnostic.message + "\n";
    }
  }
  return text;
}

auto LowerResult::error_count() const -> size_t {
  size_t count = 0;
  for (const Diagnostic& diagnostic : diagnostics) {
    if (diagnostic.severity == Severity::kError) ++count;
  }
  return count;
}

auto LowerResult::FieldNamed(const std::string& name) const -> const ir::Field& {
  for (uint32_t index = 0; index < module.fields().size(); ++index) {
    const ir::Field& field = module.field(ir::FieldId(index));
    std::string field_name(module.str(field.name));
    if (field_name.size() != name.size()) continue;
    bool equal = true;
    for (size_t i = 0; i < name.size(); ++i) {
      equal = equal && std::toupper(static_cast<unsigned char>(field_name[i])) ==
                           std::toupper(static_cast<unsigned char>(name[i]));
    }
    if (equal) return field;
  }
  ADD_FAILURE() << "no field " << name;
  std::abort();
}

auto LowerFreeFormat(const std::string& source, const LowerOptions& options) -> LowerResult {
  auto sources = std::make_unique<SourceManager>();
  ErrorOr<FileId> file = sources->AddBuffer("test.cbl", source);
  EXPECT_TRUE(file.ok());
  PreprocessOptions preprocess;
  preprocess.format = ReferenceFormat::kFree;
  return Run(std::move(sources), *file, preprocess, options);
}

auto LowerFile(const std::string& path, const FileLowerOptions& options) -> LowerResult {
  auto sources = std::make_unique<SourceManager>();
  ErrorOr<FileId> file = sources->Load(path, path);
  EXPECT_TRUE(file.ok()) << path;
  PreprocessOptions preprocess;
  preprocess.copy_directories = options.copy_directories;
  preprocess.debugging_lines = options.debugging_lines;
  return Run(std::move(sources), *file, preprocess, options.lower);
}

}  // namespace remint::cobol::testing
