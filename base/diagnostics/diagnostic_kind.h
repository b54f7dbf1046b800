// Diagnostic kinds: the closed set of things remint reports, each with a stable code.
#ifndef REMINT_BASE_DIAGNOSTICS_DIAGNOSTIC_KIND_H_
#define REMINT_BASE_DIAGNOSTICS_DIAGNOSTIC_KIND_H_

#include <optional>
#include <span>
#include <string_view>

namespace remint {

enum class Severity { kNote, kWarning, kError };

auto SeverityName(Severity severity) -> std::string_view;

enum class DiagnosticKind {
#define REMINT_DIAGNOSTIC(Name, Code, Sev, Phase, Format) k##Name,
#include "base/diagnostics/diagnostic_kinds.def"
#undef REMINT_DIAGNOSTIC
};

struct DiagnosticKindInfo {
  DiagnosticKind kind;
  std::string_view name;
  std::string_view code;
  Severity severity;
  std::string_view phase;
  std::string_view format;
};

auto GetDiagnosticKindInfo(DiagnosticKind kind) -> const DiagnosticKindInfo&;
auto AllDiagnosticKinds() -> std::span<const DiagnosticKindInfo>;
auto FindDiagnosticKindByCode(std::string_view code) -> std::optional<DiagnosticKind>;

}  // namespace remint

#endif  // REMINT_BASE_DIAGNOSTICS_DIAGNOSTIC_KIND_H_
