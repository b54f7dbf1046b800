// ir::Module: everything lowered from one estate (or one member): units with their storage and
// procedures, file descriptions, jobs, and the interned strings and types they share. The module
// owns every node in arenas; nodes refer to each other by typed id only.
#ifndef REMINT_IR_MODULE_H_
#define REMINT_IR_MODULE_H_

#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ir/arena.h"
#include "ir/nodes.h"

namespace remint {
class SourceManager;
}

namespace remint::ir {

// The IR version written into the JSON form; bump on any incompatible change of the spec.
inline constexpr int kIrVersion = 4;

// The part of the SourceManager a module needs to show locations on its own: display paths of
// files and the include records (COPY, INCLUDE, PROC expansion) that SourceLocs name.
struct SourceTable {
  struct Include {
    SourceLoc directive;
    FileId file;
  };
  std::vector<std::string> paths;        // indexed by FileId
  std::map<uint32_t, Include> includes;  // by IncludeId index; only those some node uses
};

using TypeArena = NodeArena<TypeKind, TypeId, TypePayloads>;
using ExpressionArena = NodeArena<ExpressionKind, ExpressionId, ExpressionPayloads>;
using StatementArena = NodeArena<StatementKind, StatementId, StatementPayloads>;

class Module {
 public:
  Module() = default;
  Module(const Module&) = delete;
  auto operator=(const Module&) -> Module& = delete;
  Module(Module&&) = default;
  auto operator=(Module&&) -> Module& = default;

  // --- Strings: interned; the empty string is always StringId 0. ---
  auto Intern(std::string_view text) -> StringId;
  auto str(StringId id) const -> std::string_view;
  auto string_count() const -> uint32_t { return static_cast<uint32_t>(strings_.size()); }

  // --- Sources ---
  // Copies the display paths so dumps show original locations without the manager.
  void ImportSources(const SourceManager& sources);
  // Copies the include record `include` and those of the directives that led to it.
  void ImportIncludeChain(const SourceManager& sources, IncludeId include);
  auto sources() const -> const SourceTable& { return sources_; }
  auto mutable_sources() -> SourceTable& { return sources_; }

  // --- Types: interned, so equal types have equal ids. ---
  template <typename T>
  auto InternType(const T& type) -> TypeId {
    std::string key = TypeKey(type);
    auto [it, inserted] = type_index_.try_emplace(std::move(key), TypeId());
    if (inserted) it->second = types_.Add(SourceLoc{}, type);
    return it->second;
  }
  auto types() const -> const TypeArena& { return types_; }

  // --- Expressions (each with a result type) and statements ---
  template <typename T>
  auto AddExpression(SourceLoc loc, TypeId type, T node) -> ExpressionId {
    expression_types_.push_back(type);
    return expressions_.Add(loc, std::move(node));
  }
  auto expressions() const -> const ExpressionArena& { return expressions_; }
  auto mutable_expressions() -> ExpressionArena& { return expressions_; }
  auto expression_type(ExpressionId id) const -> TypeId;
  void set_expression_type(ExpressionId id, TypeId type);

  template <typename T>
  auto AddStatement(SourceLoc loc, T node) -> StatementId {
    return statements_.Add(loc, std::move(node));
  }
  auto statements() const -> const StatementArena& { return statements_; }
  auto mutable_statements() -> StatementArena& { return statements_; }

  // --- Entities ---
  auto units() const -> const Arena<UnitId, Unit>& { return units_; }
  auto units() -> Arena<UnitId, Unit>& { return units_; }
  auto blocks() const -> const Arena<BlockId, StorageBlock>& { return blocks_; }
  auto blocks() -> Arena<BlockId, StorageBlock>& { return blocks_; }
  auto fields() const -> const Arena<FieldId, Field>& { return fields_; }
  auto fields() -> Arena<FieldId, Field>& { return fields_; }
  auto condition_names() const -> const Arena<ConditionNameId, ConditionName>& {
    return condition_names_;
  }
  auto condition_names() -> Arena<ConditionNameId, ConditionName>& { return condition_names_; }
  auto paragraphs() const -> const Arena<ParagraphId, Paragraph>& { return paragraphs_; }
  auto paragraphs() -> Arena<ParagraphId, Paragraph>& { return paragraphs_; }
  auto labels() const -> const Arena<LabelId, Label>& { return labels_; }
  auto labels() -> Arena<LabelId, Label>& { return labels_; }
  auto files() const -> const Arena<FileDescriptionId, FileDescription>& { return files_; }
  auto files() -> Arena<FileDescriptionId, FileDescription>& { return files_; }
  auto jobs() const -> const Arena<JobId, Job>& { return jobs_; }
  auto jobs() -> Arena<JobId, Job>& { return jobs_; }
  auto steps() const -> const Arena<StepId, JobStep>& { return steps_; }
  auto steps() -> Arena<StepId, JobStep>& { return steps_; }
  auto dds() const -> const Arena<DdId, DdStatement>& { return dds_; }
  auto dds() -> Arena<DdId, DdStatement>& { return dds_; }

  // Convenience accessors.
  auto field(FieldId id) const -> const Field& { return fields_.Get(id); }
  auto field(FieldId id) -> Field& { return fields_.Get(id); }
  auto block(BlockId id) const -> const StorageBlock& { return blocks_.Get(id); }
  auto unit(UnitId id) const -> const Unit& { return units_.Get(id); }
  auto paragraph(ParagraphId id) const -> const Paragraph& { return paragraphs_.Get(id); }

 private:
  template <typename T>
  auto TypeKey(const T& type) const -> std::string;

  std::vector<std::string> strings_{std::string()};
  std::unordered_map<std::string, StringId> string_index_{{std::string(), StringId(0)}};
  SourceTable sources_;

  TypeArena types_;
  std::map<std::string, TypeId> type_index_;
  ExpressionArena expressions_;
  std::vector<TypeId> expression_types_;
  StatementArena statements_;

  Arena<UnitId, Unit> units_;
  Arena<BlockId, StorageBlock> blocks_;
  Arena<FieldId, Field> fields_;
  Arena<ConditionNameId, ConditionName> condition_names_;
  Arena<ParagraphId, Paragraph> paragraphs_;
  Arena<LabelId, Label> labels_;
  Arena<FileDescriptionId, FileDescription> files_;
  Arena<JobId, Job> jobs_;
  Arena<StepId, JobStep> steps_;
  Arena<DdId, DdStatement> dds_;
};

// The key identifying a type for interning: its kind and every field, in spec order.
template <typename T>
auto Module::TypeKey(const T& type) const -> std::string {
  std::string key(KindName(T::kKind));
  VisitFields(type, [&key](std::string_view, const auto& value, FieldRole) {
    using V = std::decay_t<decltype(value)>;
    key += '|';
    if constexpr (std::is_enum_v<V>) {
      key += std::to_string(static_cast<int>(value));
    } else if constexpr (std::is_same_v<V, StringId>) {
      key += std::to_string(value.index);
    } else {
      key += std::to_string(value);
    }
  });
  return key;
}

// Calls visitor(node) with the node's concrete struct; returns what the visitor returns.
template <typename Visitor>
auto VisitStatement(const Module& module, StatementId id, Visitor&& visitor) -> decltype(auto) {
  const StatementArena& arena = module.statements();
  switch (arena.kind(id)) {
#define REMINT_IR_STATEMENT_BEGIN(Name, Spelling) \
  case StatementKind::k##Name:                    \
    return visitor(arena.Get<Name##Statement>(id));
#include "ir/spec/ir.def"
  }
  IrCheckFailed("bad statement kind");
}

template <typename Visitor>
auto VisitExpression(const Module& module, ExpressionId id, Visitor&& visitor) -> decltype(auto) {
  const ExpressionArena& arena = module.expressions();
  switch (arena.kind(id)) {
#define REMINT_IR_EXPRESSION_BEGIN(Name, Spelling) \
  case ExpressionKind::k##Name:                    \
    return visitor(arena.Get<Name##Expression>(id));
#include "ir/spec/ir.def"
  }
  IrCheckFailed("bad expression kind");
}

template <typename Visitor>
auto VisitType(const Module& module, TypeId id, Visitor&& visitor) -> decltype(auto) {
  const TypeArena& arena = module.types();
  switch (arena.kind(id)) {
#define REMINT_IR_TYPE_BEGIN(Name, Spelling) \
  case TypeKind::k##Name:                    \
    return visitor(arena.Get<Name##Type>(id));
#include "ir/spec/ir.def"
  }
  IrCheckFailed("bad type kind");
}

}  // namespace remint::ir

#endif  // REMINT_IR_MODULE_H_
