// SET (condition-names TO TRUE/FALSE, switches TO ON/OFF, ADDRESS OF items TO pointer, items TO
// value, index UP/DOWN BY value) and INITIALIZE [WITH FILLER] [ALL TO VALUE] [REPLACING category
// DATA BY value] [THEN TO DEFAULT]; the DBCS /
// NATIONAL-EDITED categories are not lowered yet. Switches are SPECIAL-NAMES mnemonic names,
// lowered as switch-ref expressions (the switch-status condition names too).
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
  // SET a b TO v1 c TO v2: one `set` per TO phrase, in a block when there are several. Targets
  // are lowered once their value is known: switches (TO ON/OFF) are mnemonic names, not data.
  std::vector<ir::SetStatement> phrases;
  std::vector<Tree::IdentifierContext*> pending;
  for (antlr4::tree::ParseTree* child : set->children) {
    if (auto* identifier = dynamic_cast<Tree::IdentifierContext*>(child)) {
      pending.push_back(identifier);
      continue;
    }
    auto* value = dynamic_cast<Tree::SetValueContext*>(child);
    if (value == nullptr) continue;
    std::optional<std::vector<ir::SetStatement>> lowered = LowerSetPhrase(scope, pending, value);
    if (!lowered) return std::nullopt;
    if (lowered->empty()) return builder_.Continue(loc);  // reported: not a switch
    for (ir::SetStatement& phrase : *lowered) phrases.push_back(std::move(phrase));
    pending.clear();
  }
  if (phrases.empty()) return std::nullopt;
  if (phrases.size() == 1) return builder_.Statement(loc, std::move(phrases.front()));
  ir::BlockStatement block;
  for (ir::SetStatement& phrase : phrases) {
    block.body.push_back(builder_.Statement(loc, std::move(phrase)));
  }
  return builder_.Statement(loc, std::move(block));
}

auto Lowering::LowerSetPhrase(UnitScope& scope,
                              const std::vector<Tree::IdentifierContext*>& targets,
                              Tree::SetValueContext* value)
    -> std::optional<std::vector<ir::SetStatement>> {
  if (value->ON() != nullptr || value->OFF() != nullptr) {
    ir::SetStatement phrase{
        value->ON() != nullptr ? ir::SetForm::kSwitchOn : ir::SetForm::kSwitchOff, {}, {}};
    for (Tree::IdentifierContext* target : targets) {
      auto* reference = dynamic_cast<Tree::DataReferenceContext*>(target);
      const SwitchName* which = reference != nullptr && reference->userWord().size() == 1 &&
                                        reference->parenthesizedSuffix().empty()
                                    ? FindSwitch(scope, UpperName(Text(reference->userWord(0))))
                                    : nullptr;
      if (which == nullptr) {
        Emit(DiagnosticKind::kCobolLowerNotASwitch, Loc(target), std::string(Text(target)));
        return std::vector<ir::SetStatement>{};
      }
      phrase.targets.push_back(SwitchRef(Loc(target), *which));
    }
    return std::vector<ir::SetStatement>{std::move(phrase)};
  }
  const bool to_true = value->TRUE() != nullptr;
  if (to_true || value->FALSE() != nullptr) {
    ir::SetStatement phrase{
        to_true ? ir::SetForm::kConditionTrue : ir::SetForm::kConditionFalse, {}, {}};
    for (Tree::IdentifierContext* target : targets) {
      ir::ExpressionId condition = LowerIdentifier(scope, target);
      if (!condition.is_valid() || !IsConditionName(module(), condition)) return std::nullopt;
      phrase.targets.push_back(condition);
    }
    return std::vector<ir::SetStatement>{std::move(phrase)};
  }
  // SET ADDRESS OF x TO pointer (form address-of, targets the based items) and SET items TO
  // value: a phrase mixing both becomes one `set` of each, the value lowered for each.
  ir::SetStatement address_of{ir::SetForm::kAddressOf, {}, {}};
  ir::SetStatement to{ir::SetForm::kTo, {}, {}};
  for (Tree::IdentifierContext* target : targets) {
    auto* reference = dynamic_cast<Tree::AddressOrLengthReferenceContext*>(target);
    if (reference != nullptr && reference->ADDRESS() != nullptr) {
      ir::ExpressionId item = LowerIdentifier(scope, reference->identifier());
      if (!item.is_valid()) return std::nullopt;
      address_of.targets.push_back(item);
      continue;
    }
    ir::ExpressionId item = LowerIdentifier(scope, target);
    if (!item.is_valid() || IsConditionName(module(), item)) return std::nullopt;
    to.targets.push_back(item);
  }
  std::vector<ir::SetStatement> lowered;
  for (ir::SetStatement* phrase : {&address_of, &to}) {
    if (phrase->targets.empty()) continue;
    auto* reference = dynamic_cast<Tree::AddressOrLengthReferenceContext*>(value->identifier());
    phrase->value = reference != nullptr
                        ? LowerAddressOrLength(scope, reference)
                        : LowerOperand(scope, value->literal(), value->identifier());
    if (!phrase->value.is_valid()) return std::nullopt;
    lowered.push_back(std::move(*phrase));
  }
  return lowered;
}

auto Lowering::FindSwitch(const UnitScope& scope, const std::string& upper_name) const
    -> const SwitchName* {
  // A containing program's SPECIAL-NAMES apply to the programs it contains.
  for (const UnitScope* unit = &scope; unit != nullptr; unit = unit->parent) {
    auto found = unit->switches.find(upper_name);
    if (found != unit->switches.end()) return &found->second;
  }
  return nullptr;
}

auto Lowering::SwitchRef(SourceLoc loc, const SwitchName& which) -> ir::ExpressionId {
  return builder_.Expression(
      loc, builder_.ConditionType(),
      ir::SwitchRefExpression{builder_.Intern(which.name), builder_.Intern(which.device)});
}

auto Lowering::LowerSwitchStatus(const UnitScope& scope, const std::string& upper_name,
                                 SourceLoc loc) -> ir::ExpressionId {
  for (const UnitScope* unit = &scope; unit != nullptr; unit = unit->parent) {
    auto found = unit->switch_statuses.find(upper_name);
    if (found == unit->switch_statuses.end()) continue;
    const SwitchName* which = FindSwitch(*unit, found->second.switch_name);
    if (which == nullptr) return {};
    ir::ExpressionId on = SwitchRef(loc, *which);
    return found->second.on ? on : builder_.Not(loc, on);
  }
  return {};
}

auto Lowering::LowerInitialize(UnitScope& scope, Tree::InitializeStatementContext* initialize)
    -> std::optional<ir::StatementId> {
  ir::InitializeStatement node{};
  bool replacing = false;
  for (antlr4::tree::ParseTree* child : initialize->children) {
    if (auto* terminal = dynamic_cast<antlr4::tree::TerminalNode*>(child)) {
      switch (terminal->getSymbol()->getType()) {
        case Tree::REPLACING:
          replacing = true;
          break;
        case Tree::FILLER:
          node.with_filler = true;
          break;
        case Tree::VALUE:
          node.to_value = true;
          break;
        case Tree::DEFAULT:
          node.to_default = true;
          break;
        default:
          break;
      }
      continue;
    }
    auto* category = dynamic_cast<Tree::InitializeCategoryContext*>(child);
    // The category of "category TO VALUE" selects nothing in cobc.
    if (category != nullptr && !replacing) continue;
    if (category != nullptr) {
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
