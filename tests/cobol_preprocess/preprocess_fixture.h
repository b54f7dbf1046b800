// Helpers for preprocessor tests: files in a fresh temporary directory, one call to run the
// preprocessor over them, and views of the result (words, diagnostics codes, listings).
#ifndef REMINT_TESTS_COBOL_PREPROCESS_PREPROCESS_FIXTURE_H_
#define REMINT_TESTS_COBOL_PREPROCESS_PREPROCESS_FIXTURE_H_

#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "base/diagnostics/diagnostic_emitter.h"
#include "base/source_manager.h"
#include "frontends/cobol/preprocess/preprocess.h"

namespace remint::cobol::testing {

// A temporary directory removed when the object goes away.
class TempDirectory {
 public:
  TempDirectory();
  ~TempDirectory();
  TempDirectory(const TempDirectory&) = delete;
  auto operator=(const TempDirectory&) -> TempDirectory& = delete;

  auto path() const -> const std::string& { return path_; }
  // Writes `contents` to path()/relative (creating directories); returns the full path.
  auto Write(const std::string& relative, const std::string& contents) const -> std::string;

 private:
  std::string path_;
};

struct PreprocessRun {
  std::unique_ptr<SourceManager> sources = std::make_unique<SourceManager>();
  ExpandedSource expanded;
  std::vector<Diagnostic> diagnostics;

  // Diagnostic codes in report order, e.g. {"RM2101"}.
  auto codes() const -> std::vector<std::string>;
  // Whitespace-separated words of the expanded text.
  auto words() const -> std::vector<std::string>;
  // The expanded text with runs of blanks and line ends squeezed to one space, trimmed.
  auto squeezed() const -> std::string;
  // The location of the first occurrence of `needle` in the expanded text, as "path:line:col"
  // with the include chain (paths relative to `root` when given).
  auto LocationOf(const std::string& needle, const std::string& root = {}) const -> std::string;
};

// Loads `main_path` (display path: its name relative to `root`, or as given) and preprocesses.
auto RunPreprocessor(const std::string& main_path, PreprocessOptions options,
                     const std::string& root = {}) -> PreprocessRun;

// Writes `main` (and the copybooks, name -> text) into `directory` and preprocesses main.
auto RunOnText(const TempDirectory& directory, const std::string& main,
               const std::map<std::string, std::string>& copybooks = {},
               PreprocessOptions options = {}) -> PreprocessRun;

// Fixed-format card: `text` starting at column 8 (indicator ' ').
auto Card(const std::string& text) -> std::string;
// Fixed-format card with an indicator.
auto Card(char indicator, const std::string& text) -> std::string;

// Renders diagnostics as "CODE severity path:line:col: message" (+ notes), paths relative to
// `root`.
auto DescribeDiagnostics(const std::vector<Diagnostic>& diagnostics, const std::string& root)
    -> std::string;

}  // namespace remint::cobol::testing

#endif  // REMINT_TESTS_COBOL_PREPROCESS_PREPROCESS_FIXTURE_H_
