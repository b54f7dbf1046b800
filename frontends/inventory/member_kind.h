// What a member of a mainframe dump is, as far as its content tells without parsing.
#ifndef REMINT_FRONTENDS_INVENTORY_MEMBER_KIND_H_
#define REMINT_FRONTENDS_INVENTORY_MEMBER_KIND_H_

#include <optional>
#include <string>
#include <string_view>

namespace remint::inventory {

enum class MemberKind {
  kCobolProgram,
  kCobolCopybook,
  kJclJob,
  kJclProc,     // A cataloged or in-stream PROC member.
  kJclInclude,  // JCL statements with neither JOB nor PROC: an INCLUDE member.
  kFortran,
  kDatasetText,
  kDatasetBinary,
  kUnknown,
};

// Stable names used in reports, JSON and the project database.
auto MemberKindName(MemberKind kind) -> std::string_view;
auto ParseMemberKind(std::string_view name) -> std::optional<MemberKind>;

// Source form for languages that have two.
enum class SourceForm { kNone, kFixed, kFree };
auto SourceFormName(SourceForm form) -> std::string_view;

struct Classification {
  MemberKind kind = MemberKind::kUnknown;
  SourceForm form = SourceForm::kNone;
  // Why: the evidence that decided, with line numbers, e.g. "PROGRAM-ID at line 3".
  std::string reason;
};

}  // namespace remint::inventory

#endif  // REMINT_FRONTENDS_INVENTORY_MEMBER_KIND_H_
