#include "frontends/inventory/dependencies.h"

namespace remint::inventory {

auto DependencyKindName(DependencyKind kind) -> std::string_view {
  switch (kind) {
    case DependencyKind::kCopy:
      return "copy";
    case DependencyKind::kSqlInclude:
      return "sql-include";
    case DependencyKind::kCall:
      return "call";
    case DependencyKind::kCallDynamic:
      return "call-dynamic";
    case DependencyKind::kExecPgm:
      return "exec-pgm";
    case DependencyKind::kExecProc:
      return "exec-proc";
    case DependencyKind::kInclude:
      return "include";
    case DependencyKind::kJclLib:
      return "jcllib";
    case DependencyKind::kDataset:
      return "dsn";
  }
  return "unknown";
}

auto ExtractDependencies(const SourceText& source, const Classification& classification)
    -> std::vector<Dependency> {
  switch (classification.kind) {
    case MemberKind::kCobolProgram:
    case MemberKind::kCobolCopybook:
      return ExtractCobolDependencies(source, classification.form);
    case MemberKind::kJclJob:
    case MemberKind::kJclProc:
    case MemberKind::kJclInclude:
      return ExtractJclDependencies(source);
    case MemberKind::kFortran:
      return ExtractFortranDependencies(source, classification.form);
    case MemberKind::kDatasetText:
    case MemberKind::kDatasetBinary:
    case MemberKind::kUnknown:
      return {};
  }
  return {};
}

}  // namespace remint::inventory
