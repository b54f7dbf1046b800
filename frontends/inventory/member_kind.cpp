#include "frontends/inventory/member_kind.h"

#include <array>
#include <utility>

namespace remint::inventory {
namespace {

constexpr std::array<std::pair<MemberKind, std::string_view>, 9> kKindNames = {{
    {MemberKind::kCobolProgram, "cobol-program"},
    {MemberKind::kCobolCopybook, "cobol-copybook"},
    {MemberKind::kJclJob, "jcl-job"},
    {MemberKind::kJclProc, "jcl-proc"},
    {MemberKind::kJclInclude, "jcl-include"},
    {MemberKind::kFortran, "fortran"},
    {MemberKind::kDatasetText, "dataset-text"},
    {MemberKind::kDatasetBinary, "dataset-binary"},
    {MemberKind::kUnknown, "unknown"},
}};

}  // namespace

auto MemberKindName(MemberKind kind) -> std::string_view {
  for (const auto& [candidate, name] : kKindNames) {
    if (candidate == kind) return name;
  }
  return "unknown";
}

auto ParseMemberKind(std::string_view name) -> std::optional<MemberKind> {
  for (const auto& [kind, candidate] : kKindNames) {
    if (candidate == name) return kind;
  }
  return std::nullopt;
}

auto SourceFormName(SourceForm form) -> std::string_view {
  switch (form) {
    case SourceForm::kNone:
      return "";
    case SourceForm::kFixed:
      return "fixed";
    case SourceForm::kFree:
      return "free";
  }
  return "";
}

}  // namespace remint::inventory
