// Data-name resolution: a name, qualified by OF/IN, designates exactly one data item of the
// program (or, failing that, of a containing program).
#include "frontends/cobol/lower/lowering_context.h"

namespace remint::cobol::lower {
namespace {

// Whether `qualifiers` (innermost first) name enclosing items of `field` in order; an FD's
// name qualifies its records.
auto QualifiersMatch(const ir::Module& module, ir::FieldId field,
                     const std::vector<std::string>& qualifiers) -> bool {
  size_t next = 0;
  ir::FieldId ancestor = module.field(field).parent;
  if (module.field(field).view == ir::ViewKind::kRenames) {
    // A 66 is qualified by the record holding what it renames.
    ancestor = module.field(field).base;
    while (module.field(ancestor).parent.is_valid()) ancestor = module.field(ancestor).parent;
  }
  for (int depth = 0; ancestor.is_valid() && next < qualifiers.size() && depth < 64; ++depth) {
    const ir::Field& item = module.field(ancestor);
    if (UpperName(module.str(item.name)) == qualifiers[next]) ++next;
    ancestor = item.parent;
  }
  if (next < qualifiers.size()) {
    const ir::StorageBlock& block = module.block(module.field(field).block);
    if (block.file.is_valid() &&
        UpperName(module.str(module.files().Get(block.file).name)) == qualifiers[next]) {
      ++next;
    }
  }
  return next == qualifiers.size();
}

}  // namespace

auto Lowering::ResolveDataName(const UnitScope& scope, Tree::QualifiedDataNameContext* name)
    -> std::optional<ir::FieldId> {
  std::vector<std::string> names;
  for (Tree::UserWordContext* word : name->userWord()) names.push_back(std::string(Text(word)));
  return ResolveDataName(scope, Loc(name), names);
}

auto Lowering::FindDataItems(const UnitScope& scope,
                             const std::vector<std::string>& names_innermost_first)
    -> std::vector<ir::FieldId> {
  std::vector<std::string> qualifiers;
  for (size_t i = 1; i < names_innermost_first.size(); ++i) {
    qualifiers.push_back(UpperName(names_innermost_first[i]));
  }
  const std::string wanted = UpperName(names_innermost_first.front());
  for (const UnitScope* unit = &scope; unit != nullptr; unit = unit->parent) {
    auto found = unit->fields.find(wanted);
    if (found == unit->fields.end()) continue;
    std::vector<ir::FieldId> matches;
    for (ir::FieldId candidate : found->second) {
      if (QualifiersMatch(module(), candidate, qualifiers)) matches.push_back(candidate);
    }
    if (!matches.empty()) return matches;
  }
  return {};
}

auto Lowering::ResolveDataName(const UnitScope& scope, SourceLoc loc,
                               const std::vector<std::string>& names_innermost_first)
    -> std::optional<ir::FieldId> {
  std::vector<ir::FieldId> matches = FindDataItems(scope, names_innermost_first);
  if (matches.size() == 1) return matches.front();
  if (matches.size() > 1) {
    Emit(DiagnosticKind::kCobolLowerAmbiguousReference, loc, names_innermost_first.front(),
         matches.size());
    return std::nullopt;
  }
  std::string written = names_innermost_first.front();
  for (size_t i = 1; i < names_innermost_first.size(); ++i) {
    written += " OF " + names_innermost_first[i];
  }
  Emit(DiagnosticKind::kCobolLowerUnresolvedDataName, loc, written);
  return std::nullopt;
}

}  // namespace remint::cobol::lower
