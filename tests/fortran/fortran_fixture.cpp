#include "tests/fortran/fortran_fixture.h"

#include <fmt/format.h>

#include "base/diagnostics/diagnostic_emitter.h"
#include "base/source_manager.h"
#include "frontends/fortran/parse/ast_printer.h"
#include "frontends/fortran/parse/parse_statements.h"
#include "frontends/fortran/source/source_reader.h"

namespace remint::fortran::testing {

auto ReadResult::texts() const -> std::vector<std::string> {
  std::vector<std::string> result;
  for (const LogicalStatement& statement : statements) result.push_back(statement.text);
  return result;
}

auto ReadResult::located_codes() const -> std::vector<std::string> {
  std::vector<std::string> result;
  for (const Diagnostic& diagnostic : diagnostics) {
    result.push_back(fmt::format("{}:{}: {}", diagnostic.location.line, diagnostic.location.column,
                                 diagnostic.code()));
  }
  return result;
}

auto ReadResult::rendered() const -> std::vector<std::string> {
  std::vector<std::string> result;
  for (const Diagnostic& diagnostic : diagnostics) {
    result.push_back(fmt::format("{}:{}:{}: {} {}", diagnostic.location.path,
                                 diagnostic.location.line, diagnostic.location.column,
                                 diagnostic.code(), diagnostic.message));
    for (const DiagnosticNote& note : diagnostic.notes) {
      result.push_back(fmt::format("  {}:{}:{}: {}", note.location.path, note.location.line,
                                   note.location.column, note.message));
    }
  }
  return result;
}

auto ReadText(const std::string& text, SourceForm form, bool build_units) -> ReadResult {
  SourceManager sources;
  DiagnosticCollector collector;
  DiagnosticEmitter emitter(&sources, collector);
  ReadResult result;
  ErrorOr<FileId> file =
      sources.AddBuffer(form == SourceForm::kFixed ? "test.f" : "test.f90", text);
  if (!file) return result;
  result.statements = ReadLogicalStatements(sources, *file, IncludeId{}, form, emitter);
  result.kinds = ClassifyStatements(result.statements, emitter);
  result.parsed = ParseStatements(result.statements, result.kinds, emitter);
  if (build_units) result.units = BuildProgramUnits(result.parsed, emitter);
  result.diagnostics = collector.TakeSorted();
  return result;
}

auto ReadFile(const std::string& path, const ReadOptions& options, bool build_units) -> ReadResult {
  SourceManager sources;
  DiagnosticCollector collector;
  DiagnosticEmitter emitter(&sources, collector);
  ReadResult result;
  ErrorOr<FileId> file = sources.Load(path, path);
  if (!file) return result;
  result.statements = ReadWithIncludes(sources, *file, options, emitter);
  result.kinds = ClassifyStatements(result.statements, emitter);
  result.parsed = ParseStatements(result.statements, result.kinds, emitter);
  if (build_units) result.units = BuildProgramUnits(result.parsed, emitter);
  result.diagnostics = collector.TakeSorted();
  return result;
}

auto Card(const std::string& text) -> std::string { return "      " + text + "\n"; }

auto KindOf(const std::string& text) -> StatementKind {
  ReadResult result = ReadText(Card(text));
  if (result.kinds.size() != 1) return StatementKind::kUnknown;
  return result.kinds[0].kind;
}

auto ParseOf(const std::string& text) -> std::string {
  // A statement alone: no program unit around it to check.
  ReadResult result = ReadText(Card(text));
  std::string printed = PrintParsedFile(result.parsed);
  // Drop the location ("LINE:COLUMN ") and the line end.
  printed = printed.substr(printed.find(' ') + 1);
  if (!printed.empty() && printed.back() == '\n') printed.pop_back();
  if (!result.diagnostics.empty()) {
    printed += " |";
    for (const std::string& code : result.located_codes()) printed += " " + code;
  }
  return printed;
}

}  // namespace remint::fortran::testing
