// ALLOCATE and FREE (dynamic storage for BASED items): External statements of system `other`
// until the IR has statements of their own. Their options name what they act on, so data flow
// and the rule map see the BASED records and pointers they touch:
//   ALLOCATE item [INITIALIZED] [RETURNING pointer]      options ITEM, INITIALIZED, RETURNING
//   ALLOCATE n CHARACTERS [INITIALIZED] RETURNING pointer options CHARACTERS, ...
//   FREE item-or-pointer ...                               one option ITEM per operand
// cobc's checks are kept, with its wording (RM2379).
#include <string>

#include "frontends/cobol/lower/lowering_context.h"

namespace remint::cobol::lower {

auto Lowering::ReferencedField(ir::ExpressionId expression) -> std::optional<ir::FieldId> {
  if (!expression.is_valid()) return std::nullopt;
  const auto* ref = module().expressions().TryGet<ir::DataRefExpression>(expression);
  if (ref == nullptr) return std::nullopt;
  return ref->field;
}

auto Lowering::IsBasedRecord(ir::FieldId field) -> bool {
  const ir::Field& item = module().field(field);
  return !item.parent.is_valid() && item.view == ir::ViewKind::kNone &&
         module().block(item.block).is_based;
}

auto Lowering::IsDataPointer(ir::FieldId field) -> bool {
  const auto* pointer = module().types().TryGet<ir::PointerType>(module().field(field).type);
  return pointer != nullptr && !pointer->is_program_pointer;
}

auto Lowering::LowerAllocate(UnitScope& scope, Tree::AllocateStatementContext* allocate)
    -> std::optional<ir::StatementId> {
  const SourceLoc loc = Loc(allocate);
  RequireDialect(DialectFeature::kAllocateFree, loc, "ALLOCATE");
  ir::ExternalStatement node;
  node.system = ir::ExternalSystem::kOther;
  node.verb = builder_.Intern("ALLOCATE");
  node.text = builder_.Intern(CollapseWhitespace(Text(allocate)));
  auto add = [&](std::string_view name, ir::ExpressionId value) {
    ir::ExternalOption option;
    option.name = builder_.Intern(name);
    option.value = value;
    node.options.push_back(option);
  };
  std::vector<Tree::IdentifierContext*> identifiers = allocate->identifier();
  Tree::IdentifierContext* returning =
      allocate->RETURNING() != nullptr ? identifiers.back() : nullptr;
  if (allocate->CHARACTERS() != nullptr) {
    const ir::ExpressionId count = LowerArithmetic(scope, allocate->arithmeticExpression());
    if (!count.is_valid()) return std::nullopt;
    if (returning == nullptr) {
      Emit(DiagnosticKind::kCobolLowerInvalidEntry, loc, "ALLOCATE",
           "ALLOCATE CHARACTERS requires RETURNING clause");
      return std::nullopt;
    }
    add("CHARACTERS", count);
  } else {
    const ir::ExpressionId item = LowerIdentifier(scope, identifiers.front());
    const std::optional<ir::FieldId> field = ReferencedField(item);
    if (!field) return std::nullopt;
    if (!IsBasedRecord(*field)) {
      Emit(DiagnosticKind::kCobolLowerInvalidEntry, Loc(identifiers.front()),
           std::string(Text(identifiers.front())), "target of ALLOCATE is not a BASED item");
      return std::nullopt;
    }
    add("ITEM", item);
    node.host_variables.push_back(LowerIdentifier(scope, identifiers.front()));
  }
  if (allocate->INITIALIZED() != nullptr) add("INITIALIZED", {});
  if (returning != nullptr) {
    const ir::ExpressionId pointer = LowerIdentifier(scope, returning);
    const std::optional<ir::FieldId> field = ReferencedField(pointer);
    if (!field) return std::nullopt;
    if (!IsDataPointer(*field)) {
      Emit(DiagnosticKind::kCobolLowerInvalidEntry, Loc(returning), std::string(Text(returning)),
           "target of RETURNING is not a data pointer");
      return std::nullopt;
    }
    add("RETURNING", pointer);
    node.host_variables.push_back(LowerIdentifier(scope, returning));
  }
  return builder_.Statement(loc, std::move(node));
}

auto Lowering::LowerFree(UnitScope& scope, Tree::FreeStatementContext* free)
    -> std::optional<ir::StatementId> {
  RequireDialect(DialectFeature::kAllocateFree, Loc(free), "FREE");
  ir::ExternalStatement node;
  node.system = ir::ExternalSystem::kOther;
  node.verb = builder_.Intern("FREE");
  node.text = builder_.Intern(CollapseWhitespace(Text(free)));
  size_t ordinal = 0;
  for (Tree::IdentifierContext* identifier : free->identifier()) {
    ++ordinal;
    const ir::ExpressionId item = LowerIdentifier(scope, identifier);
    const std::optional<ir::FieldId> field = ReferencedField(item);
    if (!field) return std::nullopt;
    if (!IsBasedRecord(*field) && !IsDataPointer(*field)) {
      Emit(DiagnosticKind::kCobolLowerInvalidEntry, Loc(identifier), std::string(Text(identifier)),
           "target " + std::to_string(ordinal) + " of FREE is not a BASED data item");
      return std::nullopt;
    }
    ir::ExternalOption option;
    option.name = builder_.Intern("ITEM");
    option.value = item;
    node.options.push_back(option);
    node.host_variables.push_back(LowerIdentifier(scope, identifier));
  }
  return builder_.Statement(Loc(free), std::move(node));
}

}  // namespace remint::cobol::lower
