// A reported diagnostic, already resolved to paths and line text so it can be rendered, stored
// and compared without the SourceManager that produced it.
#ifndef REMINT_BASE_DIAGNOSTICS_DIAGNOSTIC_H_
#define REMINT_BASE_DIAGNOSTICS_DIAGNOSTIC_H_

#include <cstdint>
#include <string>
#include <vector>

#include "base/diagnostics/diagnostic_kind.h"

namespace remint {

struct DiagnosticLocation {
  std::string path;         // Empty for diagnostics about no file (driver errors).
  uint32_t line = 0;        // 1-based; 0 when the diagnostic is about the whole file.
  uint32_t column = 0;      // 1-based; 0 when unknown.
  std::string source_line;  // The text of `line`, for the caret display.

  friend auto operator==(const DiagnosticLocation&, const DiagnosticLocation&) -> bool = default;
};

struct DiagnosticNote {
  DiagnosticLocation location;
  std::string message;

  friend auto operator==(const DiagnosticNote&, const DiagnosticNote&) -> bool = default;
};

struct Diagnostic {
  DiagnosticKind kind;
  Severity severity;
  std::string message;
  DiagnosticLocation location;
  std::vector<DiagnosticNote> notes;

  auto code() const -> std::string_view { return GetDiagnosticKindInfo(kind).code; }
  friend auto operator==(const Diagnostic&, const Diagnostic&) -> bool = default;
};

// Orders diagnostics by path, line, column, code, message: the order every report uses.
auto DiagnosticLess(const Diagnostic& a, const Diagnostic& b) -> bool;

}  // namespace remint

#endif  // REMINT_BASE_DIAGNOSTICS_DIAGNOSTIC_H_
