// Helpers for the parser tests: preprocess and parse a program held in a string, and collect
// its diagnostics.
#ifndef REMINT_TESTS_COBOL_PARSE_PARSE_TEST_SUPPORT_H_
#define REMINT_TESTS_COBOL_PARSE_PARSE_TEST_SUPPORT_H_

#include <memory>
#include <string>
#include <vector>

#include "base/diagnostics/diagnostic.h"
#include "base/source_manager.h"
#include "frontends/cobol/parse/parse.h"
#include "frontends/cobol/preprocess/preprocess.h"

namespace remint::cobol::testing {

struct ParseResult {
  std::unique_ptr<SourceManager> sources;
  std::unique_ptr<ParsedProgram> program;
  std::vector<Diagnostic> diagnostics;  // Preprocessor and parser, sorted.

  auto error_count() const -> size_t;
  // The codes of every diagnostic, in order, e.g. {"RM2201", "RM2201"}.
  auto codes() const -> std::vector<std::string>;
  // "line:column: message" of every diagnostic, one per line, for failure output.
  auto messages() const -> std::string;
  // The parse tree in LISP form (rule names and token texts), for shape checks.
  auto tree() const -> std::string;
};

// Free-format source text, preprocessed and parsed.
auto ParseFreeFormat(const std::string& source, const ParseOptions& options = {}) -> ParseResult;

// A whole program around `procedure_text` (free format): identification division, a working-
// storage section holding `data_text`, and the procedure division.
auto ParseProcedure(const std::string& procedure_text, const std::string& data_text = "",
                    const ParseOptions& options = {}) -> ParseResult;

// A file from disk (fixed format unless the preprocessor detects otherwise).
auto ParseFile(const std::string& path, const std::vector<std::string>& copy_directories,
               const ParseOptions& options = {}) -> ParseResult;

}  // namespace remint::cobol::testing

#endif  // REMINT_TESTS_COBOL_PARSE_PARSE_TEST_SUPPORT_H_
