// SET (condition-names TO TRUE/FALSE, items TO value, index UP/DOWN BY value) and INITIALIZE
// [REPLACING category DATA BY value]. SET switch TO ON/OFF and SET ADDRESS OF are not lowered
// yet (their names and ADDRESS OF are not), nor the DBCS / NATIONAL-EDITED categories.
#include "frontends/cobol/lower/lowering_context.h"

namespace remint::cobol::lower {

namespace {

auto IsConditionName(ir::Module& module, ir::ExpressionId expression) -> bool {
  return module.expressions().Is<ir::ConditionNameRefExpression>(expression);
}

}  // namespace

auto Lowering::LowerSet(UnitScope& scope, Tree::SetStatementContext* set)
    -> std::optional<ir::StatementId> {
  const SourceLoc loc = Loc(set);
  if (set->UP() != nullptr || set->DOWN() != nullptr) {
    ir::SetStatement node{set->UP() != nullptr ? ir::SetForm::kUpBy : ir::SetForm::kDownBy, {}, {}};
    for (Tree::IdentifierContext* identifier : set->identifier()) {
      ir::ExpressionId target = LowerIdentifier(scope, identifier);
      if (!target.is_valid() || IsConditionName(module(), target)) return std::nullopt;
      node.targets.push_back(target);
    }
    Tree::ArithmeticOperandContext* by = set->arithmeticOperand();
    node.value = LowerOperand(scope, by->literal(), by->identifier());
    if (!node.value.is_valid()) return std::nullopt;
    return builder_.Statement(loc, std::move(node));
  }
  // SET switch TO ON/OFF names mnemonic names, not data: decide before resolving any target,
  // or the switches would be reported as undefined data names.
  for (antlr4::tree::ParseTree* child : set->children) {
    auto* value = dynamic_cast<Tree::SetValueContext*>(child);
    if (value != nullptr && (value->ON() != nullptr || value->OFF() != nullptr)) {
      return std::nullopt;
    }
  }
  // SET a b TO v1 c TO v2: one `set` per TO phrase, in a block when there are several.
  std::vector<ir::SetStatement> phrases;
  ir::SetStatement current{ir::SetForm::kTo, {}, {}};
  for (antlr4::tree::ParseTree* child : set->children) {
    if (auto* identifier = dynamic_cast<Tree::IdentifierContext*>(child)) {
      ir::ExpressionId target = LowerIdentifier(scope, identifier);
      if (!target.is_valid()) return std::nullopt;
      current.targets.push_back(target);
      continue;
    }
    auto* value = dynamic_cast<Tree::SetValueContext*>(child);
    if (value == nullptr) continue;
    const bool to_true = value->TRUE() != nullptr;
    if (to_true || value->FALSE() != nullptr) {
      for (ir::ExpressionId target : current.targets) {
        if (!IsConditionName(module(), target)) return std::nullopt;
      }
      current.form = to_true ? ir::SetForm::kConditionTrue : ir::SetForm::kConditionFalse;
    } else {
      for (ir::ExpressionId target : current.targets) {
        if (IsConditionName(module(), target)) return std::nullopt;
      }
      current.value = LowerOperand(scope, value->literal(), value->identifier());
      if (!current.value.is_valid()) return std::nullopt;
    }
    phrases.push_back(std::move(current));
    current = ir::SetStatement{ir::SetForm::kTo, {}, {}};
  }
  if (phrases.empty()) return std::nullopt;
  if (phrases.size() == 1) return builder_.Statement(loc, std::move(phrases.front()));
  ir::BlockStatement block;
  for (ir::SetStatement& phrase : phrases) {
    block.body.push_back(builder_.Statement(loc, std::move(phrase)));
  }
  return builder_.Statement(loc, std::move(block));
}

auto Lowering::LowerInitialize(UnitScope& scope, Tree::InitializeStatementContext* initialize)
    -> std::optional<ir::StatementId> {
  ir::InitializeStatement node{};
  bool replacing = false;
  for (antlr4::tree::ParseTree* child : initialize->children) {
    if (auto* terminal = dynamic_cast<antlr4::tree::TerminalNode*>(child)) {
      if (terminal->getSymbol()->getType() == Tree::REPLACING) replacing = true;
      continue;
    }
    if (auto* category = dynamic_cast<Tree::InitializeCategoryContext*>(child)) {
      ir::DataCategory which{};
      if (category->ALPHABETIC() != nullptr) {
        which = ir::DataCategory::kAlphabetic;
      } else if (category->ALPHANUMERIC() != nullptr) {
        which = ir::DataCategory::kAlphanumeric;
      } else if (category->NUMERIC() != nullptr) {
        which = ir::DataCategory::kNumeric;
      } else if (category->ALPHANUMERIC_EDITED() != nullptr) {
        which = ir::DataCategory::kAlphanumericEdited;
      } else if (category->NUMERIC_EDITED() != nullptr) {
        which = ir::DataCategory::kNumericEdited;
      } else if (category->NATIONAL() != nullptr) {
        which = ir::DataCategory::kNational;
      } else {
        return std::nullopt;  // DBCS, NATIONAL-EDITED
      }
      node.replacing.push_back(ir::InitializeReplacing{which, {}});
      continue;
    }
    ir::ExpressionId value;
    if (auto* identifier = dynamic_cast<Tree::IdentifierContext*>(child)) {
      value = LowerIdentifier(scope, identifier);
    } else if (auto* literal = dynamic_cast<Tree::LiteralContext*>(child)) {
      value = LowerLiteral(scope, literal);
    } else {
      continue;
    }
    if (!value.is_valid()) return std::nullopt;
    if (!replacing) {
      node.targets.push_back(value);
    } else if (!node.replacing.empty()) {
      node.replacing.back().value = value;
    }
  }
  if (node.targets.empty()) return std::nullopt;
  return builder_.Statement(Loc(initialize), std::move(node));
}

}  // namespace remint::cobol::lower
