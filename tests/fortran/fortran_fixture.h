// Helpers for Fortran front-end tests: read source text held in memory (or a file with its
// INCLUDEs), classify it, and show diagnostics as "line:column: code" strings.
#ifndef REMINT_TESTS_FORTRAN_FORTRAN_FIXTURE_H_
#define REMINT_TESTS_FORTRAN_FORTRAN_FIXTURE_H_

#include <string>
#include <vector>

#include "base/diagnostics/diagnostic.h"
#include "frontends/fortran/parse/ast.h"
#include "frontends/fortran/parse/classify.h"
#include "frontends/fortran/parse/program_units.h"
#include "frontends/fortran/preprocess/include_resolver.h"
#include "frontends/fortran/source/logical_statement.h"

namespace remint::fortran::testing {

struct ReadResult {
  std::vector<LogicalStatement> statements;
  std::vector<Classification> kinds;
  ParsedFile parsed;
  std::vector<ProgramUnit> units;
  std::vector<Diagnostic> diagnostics;

  // Each statement's condensed text.
  auto texts() const -> std::vector<std::string>;
  // Each diagnostic as "line:column: RMnnnn".
  auto located_codes() const -> std::vector<std::string>;
  // Each diagnostic as "path:line:column: RMnnnn message", notes indented below.
  auto rendered() const -> std::vector<std::string>;
};

// Reads `text` as a member named "test.f" (or "test.f90" in free form), classifies and parses
// it.
// With `build_units`, also cuts it into program units (and checks labels and blocks).
auto ReadText(const std::string& text, SourceForm form = SourceForm::kFixed,
              bool build_units = false) -> ReadResult;

// Reads the file at `path` with its INCLUDEs, classifies and parses it.
auto ReadFile(const std::string& path, const ReadOptions& options, bool build_units = false)
    -> ReadResult;

// One source line in fixed form: the statement text from column 7.
auto Card(const std::string& text) -> std::string;

// The kind of the single statement `text` (fixed form, from column 7), e.g. for
// `DO10I=1.10`.
auto KindOf(const std::string& text) -> StatementKind;

// The parse of the single statement `text` (fixed form, from column 7) as PrintParsedFile
// prints it without its location, e.g. "assignment or statement function: X = (+ A B)"; with
// the diagnostics' codes after " | " when there are any.
auto ParseOf(const std::string& text) -> std::string;

}  // namespace remint::fortran::testing

#endif  // REMINT_TESTS_FORTRAN_FORTRAN_FIXTURE_H_
