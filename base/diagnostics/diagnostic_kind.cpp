#include "base/diagnostics/diagnostic_kind.h"

#include <array>

namespace remint {
namespace {

constexpr std::array kKindInfos = {
#define REMINT_DIAGNOSTIC(Name, Code, Sev, Phase, Format) \
  DiagnosticKindInfo{DiagnosticKind::k##Name, #Name, Code, Severity::k##Sev, Phase, Format},
#include "base/diagnostics/diagnostic_kinds.def"
#undef REMINT_DIAGNOSTIC
};

}  // namespace

auto SeverityName(Severity severity) -> std::string_view {
  switch (severity) {
    case Severity::kNote:
      return "note";
    case Severity::kWarning:
      return "warning";
    case Severity::kError:
      return "error";
  }
  return "error";
}

auto GetDiagnosticKindInfo(DiagnosticKind kind) -> const DiagnosticKindInfo& {
  return kKindInfos[static_cast<size_t>(kind)];
}

auto AllDiagnosticKinds() -> std::span<const DiagnosticKindInfo> { return kKindInfos; }

auto FindDiagnosticKindByCode(std::string_view code) -> std::optional<DiagnosticKind> {
  for (const DiagnosticKindInfo& info : kKindInfos) {
    if (info.code == code) return info.kind;
  }
  return std::nullopt;
}

}  // namespace remint
