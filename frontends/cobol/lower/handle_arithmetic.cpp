// COMPUTE targets [ROUNDED] = expression, and ADD / SUBTRACT / MULTIPLY / DIVIDE kept as
// written (arithmetic statements: operands, GIVING operand, targets with ROUNDED, REMAINDER,
// CORRESPONDING), each with its [NOT] ON SIZE ERROR phrases.
#include "frontends/cobol/lower/lowering_context.h"

namespace remint::cobol::lower {

void Lowering::LowerSizeErrorPhrases(UnitScope& scope, Tree::SizeErrorPhrasesContext* phrases,
                                     ir::OptionalStatementList& on_error,
                                     ir::OptionalStatementList& not_on_error) {
  if (phrases == nullptr) return;
  std::vector<Tree::StatementsContext*> lists = phrases->statements();
  auto* first = dynamic_cast<antlr4::tree::TerminalNode*>(phrases->children.front());
  const bool starts_with_not = first != nullptr && first->getSymbol()->getType() == Tree::NOT;
  if (starts_with_not) {
    not_on_error = LowerStatements(scope, lists.front());
    return;
  }
  on_error = LowerStatements(scope, lists.front());
  if (lists.size() > 1) not_on_error = LowerStatements(scope, lists[1]);
}

auto Lowering::LowerCompute(UnitScope& scope, Tree::ComputeStatementContext* compute)
    -> std::optional<ir::StatementId> {
  ir::ComputeStatement node;
  for (Tree::ArithmeticTargetContext* target : compute->arithmeticTarget()) {
    ir::ExpressionId reference = LowerIdentifier(scope, target->identifier());
    if (!reference.is_valid()) return std::nullopt;
    node.targets.push_back(ir::ArithmeticTarget{
        reference, target->ROUNDED() != nullptr ? ir::RoundingMode::kNearestAwayFromZero
                                                : ir::RoundingMode::kNone});
  }
  node.value = LowerArithmetic(scope, compute->arithmeticExpression());
  if (!node.value.is_valid()) return std::nullopt;
  LowerSizeErrorPhrases(scope, compute->sizeErrorPhrases(), node.on_size_error,
                        node.not_on_size_error);
  return builder_.Statement(Loc(compute), std::move(node));
}

namespace {

auto RoundingOf(bool rounded) -> ir::RoundingMode {
  return rounded ? ir::RoundingMode::kNearestAwayFromZero : ir::RoundingMode::kNone;
}

}  // namespace

auto Lowering::LowerArithmeticVerb(UnitScope& scope, Tree::StatementContext* statement)
    -> std::optional<ir::StatementId> {
  ir::ArithmeticStatement node;
  std::vector<Tree::ArithmeticOperandContext*> operands;
  std::vector<Tree::RoundedOperandContext*> receivers;  // after TO / FROM / BY / INTO
  std::vector<Tree::ArithmeticTargetContext*> giving;
  Tree::SizeErrorPhrasesContext* size_error = nullptr;
  bool has_giving = false;
  if (auto* add = statement->addStatement()) {
    node.verb = ir::ArithmeticVerb::kAdd;
    operands = add->arithmeticOperand();
    receivers = add->roundedOperand();
    giving = add->arithmeticTarget();
    has_giving = add->GIVING() != nullptr;
    node.corresponding = add->CORRESPONDING() != nullptr || add->CORR() != nullptr;
    size_error = add->sizeErrorPhrases();
  } else if (auto* subtract = statement->subtractStatement()) {
    node.verb = ir::ArithmeticVerb::kSubtract;
    operands = subtract->arithmeticOperand();
    receivers = subtract->roundedOperand();
    giving = subtract->arithmeticTarget();
    has_giving = subtract->GIVING() != nullptr;
    node.corresponding = subtract->CORRESPONDING() != nullptr || subtract->CORR() != nullptr;
    size_error = subtract->sizeErrorPhrases();
  } else if (auto* multiply = statement->multiplyStatement()) {
    node.verb = ir::ArithmeticVerb::kMultiply;
    operands = {multiply->arithmeticOperand()};
    receivers = multiply->roundedOperand();
    giving = multiply->arithmeticTarget();
    has_giving = multiply->GIVING() != nullptr;
    size_error = multiply->sizeErrorPhrases();
  } else if (auto* divide = statement->divideStatement()) {
    node.verb = ir::ArithmeticVerb::kDivide;
    operands = {divide->arithmeticOperand()};
    receivers = divide->roundedOperand();
    has_giving = divide->GIVING() != nullptr;
    node.divide_by = divide->BY() != nullptr;
    giving = divide->arithmeticTarget();
    if (divide->REMAINDER() != nullptr) {
      // The REMAINDER target is the last arithmetic target.
      Tree::ArithmeticTargetContext* remainder = giving.back();
      giving.pop_back();
      ir::ExpressionId target = LowerIdentifier(scope, remainder->identifier());
      if (!target.is_valid()) return std::nullopt;
      node.remainder = ir::ArithmeticTarget{target, RoundingOf(remainder->ROUNDED() != nullptr)};
    }
    size_error = divide->sizeErrorPhrases();
  } else {
    return std::nullopt;
  }
  for (Tree::ArithmeticOperandContext* operand : operands) {
    ir::ExpressionId value = LowerOperand(scope, operand->literal(), operand->identifier());
    if (!value.is_valid()) return std::nullopt;
    node.operands.push_back(value);
  }
  node.giving = has_giving;
  if (has_giving) {
    // The operands after TO/FROM/BY/INTO are values; the last is the GIVING operand g.
    for (size_t i = 0; i < receivers.size(); ++i) {
      ir::ExpressionId value =
          LowerOperand(scope, receivers[i]->literal(), receivers[i]->identifier());
      if (!value.is_valid()) return std::nullopt;
      if (i + 1 < receivers.size()) {
        node.operands.push_back(value);
      } else {
        node.giving_operand = value;
      }
    }
    for (Tree::ArithmeticTargetContext* target : giving) {
      ir::ExpressionId reference = LowerIdentifier(scope, target->identifier());
      if (!reference.is_valid()) return std::nullopt;
      node.targets.push_back(
          ir::ArithmeticTarget{reference, RoundingOf(target->ROUNDED() != nullptr)});
    }
  } else {
    for (Tree::RoundedOperandContext* receiver : receivers) {
      if (receiver->identifier() == nullptr) return std::nullopt;
      ir::ExpressionId reference = LowerIdentifier(scope, receiver->identifier());
      if (!reference.is_valid()) return std::nullopt;
      node.targets.push_back(
          ir::ArithmeticTarget{reference, RoundingOf(receiver->ROUNDED() != nullptr)});
    }
  }
  LowerSizeErrorPhrases(scope, size_error, node.on_size_error, node.not_on_size_error);
  return builder_.Statement(Loc(statement), std::move(node));
}

}  // namespace remint::cobol::lower
