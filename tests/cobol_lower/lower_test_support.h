// Helpers for the lowering tests: preprocess, parse and lower a program held in a string or a
// file, run the IR verifier, and collect every diagnostic.
#ifndef REMINT_TESTS_COBOL_LOWER_LOWER_TEST_SUPPORT_H_
#define REMINT_TESTS_COBOL_LOWER_LOWER_TEST_SUPPORT_H_

#include <memory>
#include <string>
#include <vector>

#include "base/diagnostics/diagnostic.h"
#include "base/source_manager.h"
#include "frontends/cobol/lower/lower.h"
#include "frontends/cobol/parse/parse.h"
#include "ir/module.h"

namespace remint::cobol::testing {

struct LowerResult {
  std::unique_ptr<SourceManager> sources;
  std::unique_ptr<ParsedProgram> program;
  ir::Module module;
  std::vector<Diagnostic> diagnostics;           // preprocess, parse and lowering
  std::vector<Diagnostic> verifier_diagnostics;  // ir::Verify after lowering

  auto codes() const -> std::vector<std::string>;
  auto messages() const -> std::string;
  auto error_count() const -> size_t;
  // The first field named `name` (case-insensitive); aborts the test if there is none.
  auto FieldNamed(const std::string& name) const -> const ir::Field&;
};

auto LowerFreeFormat(const std::string& source, const LowerOptions& options = {}) -> LowerResult;

struct FileLowerOptions {
  std::vector<std::string> copy_directories;
  bool debugging_lines = false;
  LowerOptions lower;
};
auto LowerFile(const std::string& path, const FileLowerOptions& options) -> LowerResult;

}  // namespace remint::cobol::testing

#endif  // REMINT_TESTS_COBOL_LOWER_LOWER_TEST_SUPPORT_H_
