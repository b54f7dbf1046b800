#include "fuzz/fortran_front_end_target.h"

#include <algorithm>
#include <string>

#include "base/diagnostics/diagnostic_emitter.h"
#include "base/source_manager.h"
#include "frontends/fortran/parse/classify.h"
#include "frontends/fortran/parse/parse_statements.h"
#include "frontends/fortran/parse/program_units.h"
#include "frontends/fortran/preprocess/include_resolver.h"

namespace remint::fuzz {
namespace {

// What is wrong with the tree, one line per fault; empty when it holds together.
auto TreeFaults(const fortran::ParsedFile& file, const std::vector<fortran::ProgramUnit>& units)
    -> std::string {
  std::string faults;
  for (size_t id = 0; id < file.exprs.size(); ++id) {
    for (fortran::ExprId operand : file.exprs[id].operands) {
      if (operand != fortran::kNoExpr && operand >= id) {
        faults +=
            "expression " + std::to_string(id) + " has operand " + std::to_string(operand) + "\n";
      }
    }
  }
  for (const fortran::Statement& statement : file.statements) {
    if (const auto* logical_if = std::get_if<fortran::LogicalIfStmt>(&statement.payload)) {
      if (logical_if->controlled >= file.controlled.size()) faults += "controlled out of range\n";
    }
  }
  for (const fortran::ProgramUnit& unit : units) {
    if (unit.first >= unit.end || unit.end > file.statements.size()) {
      faults += "unit " + unit.name + " spans [" + std::to_string(unit.first) + ", " +
                std::to_string(unit.end) + ")\n";
    }
    for (auto [opener, closer] : unit.block_ends) {
      if (opener < unit.first || closer <= opener || closer >= unit.end) {
        faults += "unit " + unit.name + " block " + std::to_string(opener) + " -> " +
                  std::to_string(closer) + "\n";
      }
    }
  }
  return faults;
}

}  // namespace

auto RunFortranFrontEnd(std::string_view bytes) -> FrontEndOutcome {
  FrontEndOutcome outcome;
  for (fortran::SourceForm form : {fortran::SourceForm::kFixed, fortran::SourceForm::kFree}) {
    SourceManager sources;
    DiagnosticCollector collector;
    DiagnosticEmitter emitter(&sources, collector);
    const char* name = form == fortran::SourceForm::kFixed ? "FUZZ.f" : "FUZZ.f90";
    ErrorOr<FileId> file = sources.AddBuffer(name, std::string(bytes));
    if (!file.ok()) return outcome;  // Undecodable bytes are refused with an error, not read.
    fortran::ReadOptions options;
    options.form = form;
    std::vector<fortran::LogicalStatement> statements =
        fortran::ReadWithIncludes(sources, *file, options, emitter);
    std::vector<fortran::Classification> kinds = fortran::ClassifyStatements(statements, emitter);
    fortran::ParsedFile parsed = fortran::ParseStatements(statements, kinds, emitter);
    std::vector<fortran::ProgramUnit> units = fortran::BuildProgramUnits(parsed, emitter);
    outcome.statements += parsed.statements.size();
    uint32_t lines = static_cast<uint32_t>(sources.file(*file).text.line_count());
    for (const Diagnostic& diagnostic : collector.TakeSorted()) {
      ++outcome.diagnostics;
      if (diagnostic.severity == Severity::kError) ++outcome.errors;
      if (diagnostic.location.path == name && diagnostic.location.line > std::max(lines, 1u)) {
        outcome.misplaced += std::string(diagnostic.code()) + " line " +
                             std::to_string(diagnostic.location.line) + " of " +
                             std::to_string(lines) + ": " + diagnostic.message + "\n";
      }
    }
    // A broken tree is a finding whatever was reported: it is what later phases walk.
    outcome.misplaced += TreeFaults(parsed, units);
  }
  return outcome;
}

}  // namespace remint::fuzz
