#include "ir/verifier.h"

#include <vector>

#include "ir/reflection.h"
#include "ir/verify_context.h"

namespace remint::ir {
namespace {

// Checks every id reachable from one node's fields and counts the owners of expressions and
// statements (an ExpressionId field or a statement list owns what it names).
class StructureChecker {
 public:
  explicit StructureChecker(VerifyContext& context)
      : context_(context),
        module_(context.module()),
        expression_owners_(module_.expressions().size(), 0),
        statement_owners_(module_.statements().size(), 0) {}

  template <typename S>
  void CheckNode(const S& node, const std::string& description, SourceLoc loc) {
    if (!loc.is_valid()) context_.Report(DiagnosticKind::kIrMissingLocation, loc, description);
    VisitFields(node, [&](std::string_view, const auto& value, FieldRole) {
      CheckValue(value, description, loc);
    });
  }

  void ReportShared() {
    for (uint32_t i = 0; i < expression_owners_.size(); ++i) {
      if (expression_owners_[i] > 1) {
        ExpressionId id(i);
        context_.Report(DiagnosticKind::kIrNodeShared, module_.expressions().loc(id),
                        context_.DescribeExpression(id));
      }
    }
    for (uint32_t i = 0; i < statement_owners_.size(); ++i) {
      if (statement_owners_[i] > 1) {
        StatementId id(i);
        context_.Report(DiagnosticKind::kIrNodeShared, module_.statements().loc(id),
                        context_.DescribeStatement(id));
      }
    }
  }

 private:
  template <typename IdT>
  auto InRange(IdT id, const std::string& owner, SourceLoc loc) -> bool {
    if (!id.is_valid() || Contains(module_, id)) return true;
    context_.Report(DiagnosticKind::kIrIdOutOfRange, loc, owner,
                    fmt::format("%{}{}", IdPrefix(id), id.index));
    return false;
  }

  template <typename V>
  void CheckValue(const V& value, const std::string& owner, SourceLoc loc) {
    if constexpr (std::is_same_v<V, StringId>) {
      if (value.is_valid() && value.index >= module_.string_count()) {
        context_.Report(DiagnosticKind::kIrIdOutOfRange, loc, owner,
                        fmt::format("string #{}", value.index));
      }
    } else if constexpr (std::is_same_v<V, ExpressionId>) {
      if (value.is_valid() && InRange(value, owner, loc)) ++expression_owners_[value.index];
    } else if constexpr (std::is_same_v<V, StatementList>) {
      for (StatementId statement : value) {
        if (InRange(statement, owner, loc)) ++statement_owners_[statement.index];
      }
    } else if constexpr (std::is_same_v<V, JumpTarget>) {
      std::visit([&](auto target) { InRange(target, owner, loc); }, value);
    } else if constexpr (kIsOptional<V>) {
      if (value) CheckValue(*value, owner, loc);
    } else if constexpr (kIsVector<V>) {
      for (const auto& element : value) CheckValue(element, owner, loc);
    } else if constexpr (kIsSpecStruct<V>) {
      VisitFields(value, [&](std::string_view, const auto& field, FieldRole) {
        CheckValue(field, owner, loc);
      });
    } else if constexpr (kIsEntityId<V> || std::is_same_v<V, TypeId> ||
                         std::is_same_v<V, StatementId>) {
      InRange(value, owner, loc);
    }
  }

  VerifyContext& context_;
  const Module& module_;
  std::vector<uint32_t> expression_owners_;
  std::vector<uint32_t> statement_owners_;
};

template <typename IdT, typename T>
void CheckEntities(StructureChecker& checker, VerifyContext& context, const Arena<IdT, T>& arena) {
  for (IdT id : arena.Ids()) {
    const T& entity = arena.Get(id);
    checker.CheckNode(entity,
                      fmt::format("{} %{}{} '{}'", T::kSpelling, IdPrefix(id), id.index,
                                  context.Name(entity.name)),
                      entity.loc);
  }
}

// Containment lists and the back links of what they contain must agree.
void CheckContainment(VerifyContext& context) {
  const Module& module = context.module();
  auto broken = [&](SourceLoc loc, const std::string& container, const std::string& child,
                    const std::string& named) {
    context.Report(DiagnosticKind::kIrTreeLinkBroken, loc, container, child, named);
  };
  auto field_name = [&](FieldId id) {
    return fmt::format("field %f{} '{}'", id.index, context.Name(module.field(id).name));
  };
  for (BlockId block_id : module.blocks().Ids()) {
    const StorageBlock& block = module.block(block_id);
    std::string container =
        fmt::format("block %b{} '{}'", block_id.index, context.Name(block.name));
    for (FieldId child : block.fields) {
      const Field& field = module.field(child);
      if (field.block != block_id || field.parent.is_valid()) {
        broken(field.loc, container, field_name(child),
               field.parent.is_valid() ? field_name(field.parent)
                                       : fmt::format("block %b{}", field.block.index));
      }
    }
  }
  for (FieldId parent_id : module.fields().Ids()) {
    const Field& parent = module.field(parent_id);
    for (FieldId child : parent.children) {
      const Field& field = module.field(child);
      if (field.parent != parent_id || field.block != parent.block) {
        broken(field.loc, field_name(parent_id), field_name(child),
               field.parent.is_valid() ? field_name(field.parent) : "no group");
      }
    }
    for (ConditionNameId condition : parent.condition_names) {
      const ConditionName& name = module.condition_names().Get(condition);
      if (name.field != parent_id) {
        broken(name.loc, field_name(parent_id),
               fmt::format("condition-name '{}'", context.Name(name.name)),
               name.field.is_valid() ? field_name(name.field) : "no field");
      }
    }
  }
  for (ParagraphId section_id : module.paragraphs().Ids()) {
    const Paragraph& section = module.paragraph(section_id);
    for (ParagraphId child : section.paragraphs) {
      const Paragraph& paragraph = module.paragraph(child);
      if (paragraph.section != section_id || paragraph.unit != section.unit) {
        broken(paragraph.loc, fmt::format("section '{}'", context.Name(section.name)),
               fmt::format("paragraph '{}'", context.Name(paragraph.name)),
               paragraph.section.is_valid()
                   ? fmt::format("'{}'", context.Name(module.paragraph(paragraph.section).name))
                   : "no section");
      }
    }
  }
  for (UnitId unit_id : module.units().Ids()) {
    const Unit& unit = module.unit(unit_id);
    std::string container = fmt::format("unit '{}'", context.Name(unit.name));
    for (UnitId nested : unit.nested) {
      if (module.unit(nested).parent != unit_id) {
        broken(module.unit(nested).loc, container,
               fmt::format("unit '{}'", context.Name(module.unit(nested).name)), "another unit");
      }
    }
    for (ParagraphId procedure : unit.procedures) {
      const Paragraph& paragraph = module.paragraph(procedure);
      if (paragraph.unit != unit_id || paragraph.section.is_valid()) {
        broken(paragraph.loc, container,
               fmt::format("procedure '{}'", context.Name(paragraph.name)),
               "another unit or a section");
      }
    }
    for (BlockId block : unit.blocks) {
      if (module.block(block).unit != unit_id) {
        broken(module.block(block).loc, container,
               fmt::format("block '{}'", context.Name(module.block(block).name)), "another unit");
      }
    }
  }
  for (StepId step_id : module.steps().Ids()) {
    const JobStep& step = module.steps().Get(step_id);
    for (DdId dd : step.dds) {
      if (module.dds().Get(dd).step != step_id) {
        broken(module.dds().Get(dd).loc, fmt::format("step '{}'", context.Name(step.name)),
               fmt::format("DD '{}'", context.Name(module.dds().Get(dd).name)), "another step");
      }
    }
  }
}

}  // namespace

void VerifyStructure(VerifyContext& context) {
  const Module& module = context.module();
  StructureChecker checker(context);
  CheckEntities(checker, context, module.units());
  CheckEntities(checker, context, module.blocks());
  CheckEntities(checker, context, module.fields());
  CheckEntities(checker, context, module.condition_names());
  CheckEntities(checker, context, module.paragraphs());
  CheckEntities(checker, context, module.labels());
  CheckEntities(checker, context, module.files());
  CheckEntities(checker, context, module.jobs());
  CheckEntities(checker, context, module.steps());
  CheckEntities(checker, context, module.dds());
  for (uint32_t i = 0; i < module.expressions().size(); ++i) {
    ExpressionId id(i);
    VisitExpression(module, id, [&](const auto& node) {
      checker.CheckNode(node, context.DescribeExpression(id), module.expressions().loc(id));
    });
    TypeId type = module.expression_type(id);
    if (type.is_valid() && !module.types().Contains(type)) {
      context.Report(DiagnosticKind::kIrIdOutOfRange, module.expressions().loc(id),
                     context.DescribeExpression(id), fmt::format("%t{}", type.index));
    }
  }
  for (uint32_t i = 0; i < module.statements().size(); ++i) {
    StatementId id(i);
    VisitStatement(module, id, [&](const auto& node) {
      checker.CheckNode(node, context.DescribeStatement(id), module.statements().loc(id));
    });
  }
  checker.ReportShared();
  // Containment needs every id in range.
  if (context.ok()) CheckContainment(context);
}

auto Verify(const Module& module, DiagnosticEmitter& emitter, const VerifyOptions& options)
    -> bool {
  VerifyContext context(module, emitter, options);
  VerifyStructure(context);
  // The semantic checks follow ids freely; they run only on a structurally sound module.
  if (!context.ok()) return false;
  VerifyStorage(context);
  VerifyProcedures(context);
  return context.ok();
}

}  // namespace remint::ir
