#include "ir/module.h"

#include "base/source_manager.h"

namespace remint::ir {

auto Module::Intern(std::string_view text) -> StringId {
  auto [it, inserted] = string_index_.try_emplace(std::string(text),
                                                  StringId(static_cast<uint32_t>(strings_.size())));
  if (inserted) strings_.emplace_back(text);
  return it->second;
}

auto Module::str(StringId id) const -> std::string_view {
  if (!id.is_valid()) return {};
  if (id.index >= strings_.size()) IrCheckFailed("string id out of range");
  return strings_[id.index];
}

void Module::ImportSources(const SourceManager& sources) {
  sources_.paths.clear();
  for (uint32_t i = 0; i < sources.file_count(); ++i) {
    sources_.paths.push_back(sources.file(FileId{i}).path);
  }
}

void Module::ImportIncludeChain(const SourceManager& sources, IncludeId include) {
  // Bounded by the number of distinct records: a chain cannot revisit one.
  while (include.is_valid() && !sources_.includes.contains(include.index)) {
    const IncludeRecord& record = sources.include(include);
    sources_.includes.emplace(include.index, SourceTable::Include{record.directive, record.file});
    include = record.directive.include;
  }
}

auto Module::expression_type(ExpressionId id) const -> TypeId {
  if (!expressions_.Contains(id)) IrCheckFailed("expression id out of range");
  return expression_types_[id.index];
}

void Module::set_expression_type(ExpressionId id, TypeId type) {
  if (!expressions_.Contains(id)) IrCheckFailed("expression id out of range");
  expression_types_[id.index] = type;
}

}  // namespace remint::ir
