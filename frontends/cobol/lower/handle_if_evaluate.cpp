// IF condition THEN statements [ELSE statements]; EVALUATE subjects [ALSO ...] WHEN objects
// [ALSO ...] (value, value THRU value, NOT, ANY, TRUE, FALSE, conditions) ... [WHEN OTHER].
#include "frontends/cobol/lower/lowering_context.h"

namespace remint::cobol::lower {

auto Lowering::LowerIf(UnitScope& scope, Tree::IfStatementContext* if_statement)
    -> std::optional<ir::StatementId> {
  ir::ExpressionId condition = LowerCondition(scope, if_statement->condition());
  if (!condition.is_valid()) return std::nullopt;
  std::vector<Tree::StatementsContext*> branches = if_statement->statements();
  ir::StatementList then_branch = LowerStatements(scope, branches.front());
  ir::StatementList else_branch;
  if (branches.size() > 1) else_branch = LowerStatements(scope, branches[1]);
  return builder_.If(Loc(if_statement), condition, std::move(then_branch), std::move(else_branch));
}

namespace {

// The operand of a condition that is a lone arithmetic expression (no relation, class or sign
// test, not a parenthesized condition); nullptr otherwise.
auto LoneOperand(Tree::ConditionContext* condition) -> Tree::ArithmeticExpressionContext* {
  auto* simple = dynamic_cast<Tree::SimpleConditionContext*>(condition);
  if (simple == nullptr || simple->conditionTail() != nullptr) return nullptr;
  if (auto* parenthesized =
          dynamic_cast<Tree::ParenthesizedExpressionContext*>(simple->arithmeticExpression())) {
    // "(A + 1)" is an operand, "(A > 1)" a condition.
    return LoneOperand(parenthesized->condition()) != nullptr ? simple->arithmeticExpression()
                                                              : nullptr;
  }
  return simple->arithmeticExpression();
}

}  // namespace

auto Lowering::LowerEvaluate(UnitScope& scope, Tree::EvaluateStatementContext* evaluate)
    -> std::optional<ir::StatementId> {
  ir::EvaluateStatement node;
  // Whether each subject is a truth value (TRUE, FALSE, a condition, a condition-name): its
  // objects are then conditions; otherwise they are values compared with it.
  std::vector<bool> subject_is_truth;
  for (Tree::EvaluateSubjectContext* subject : evaluate->evaluateSubject()) {
    ir::ExpressionId lowered;
    bool truth = true;
    if (subject->TRUE() != nullptr || subject->FALSE() != nullptr) {
      lowered = builder_.LogicalLiteral(Loc(subject), subject->TRUE() != nullptr);
    } else if (Tree::ArithmeticExpressionContext* operand = LoneOperand(subject->condition())) {
      lowered = LowerArithmetic(scope, operand);
      truth =
          lowered.is_valid() && module().expressions().Is<ir::ConditionNameRefExpression>(lowered);
    } else {
      lowered = LowerCondition(scope, subject->condition());
    }
    if (!lowered.is_valid()) return std::nullopt;
    node.subjects.push_back(lowered);
    subject_is_truth.push_back(truth);
  }

  auto lower_object = [&](Tree::EvaluateObjectContext* object,
                          size_t position) -> std::optional<ir::WhenObject> {
    ir::WhenObject lowered{};
    if (object->ANY() != nullptr) {
      lowered.kind = ir::WhenObjectKind::kAny;
      return lowered;
    }
    if (object->TRUE() != nullptr || object->FALSE() != nullptr) {
      lowered.kind =
          object->TRUE() != nullptr ? ir::WhenObjectKind::kTrue : ir::WhenObjectKind::kFalse;
      return lowered;
    }
    if (position >= subject_is_truth.size()) return std::nullopt;  // arity: more objects
    Tree::ConditionContext* condition = object->condition();
    if (subject_is_truth[position]) {
      if (object->arithmeticExpression() != nullptr) return std::nullopt;  // THRU on a truth
      lowered.kind = ir::WhenObjectKind::kCondition;
      lowered.value = LowerCondition(scope, condition);
      if (!lowered.value.is_valid()) return std::nullopt;
      return lowered;
    }
    if (auto* negation = dynamic_cast<Tree::NotConditionContext*>(condition)) {
      lowered.negated = true;
      condition = negation->condition();
    }
    Tree::ArithmeticExpressionContext* operand = LoneOperand(condition);
    if (operand == nullptr) return std::nullopt;
    lowered.value = LowerArithmetic(scope, operand);
    if (!lowered.value.is_valid()) return std::nullopt;
    lowered.kind = ir::WhenObjectKind::kValue;
    if (Tree::ArithmeticExpressionContext* thru = object->arithmeticExpression()) {
      lowered.kind = ir::WhenObjectKind::kRange;
      lowered.thru = LowerArithmetic(scope, thru);
      if (!lowered.thru.is_valid()) return std::nullopt;
    }
    return lowered;
  };

  // Objects first, bodies after: a statement is lowered only once the EVALUATE is known to be.
  std::vector<Tree::EvaluateWhenContext*> whens = evaluate->evaluateWhen();
  for (Tree::EvaluateWhenContext* when : whens) {
    ir::WhenClause clause;
    for (antlr4::tree::ParseTree* child : when->children) {
      if (auto* terminal = dynamic_cast<antlr4::tree::TerminalNode*>(child)) {
        if (terminal->getSymbol()->getType() == Tree::WHEN) clause.alternatives.emplace_back();
      } else if (auto* object = dynamic_cast<Tree::EvaluateObjectContext*>(child)) {
        if (clause.alternatives.empty()) return std::nullopt;
        ir::WhenAlternative& alternative = clause.alternatives.back();
        std::optional<ir::WhenObject> lowered = lower_object(object, alternative.objects.size());
        if (!lowered) return std::nullopt;
        alternative.objects.push_back(*lowered);
      }
    }
    node.whens.push_back(std::move(clause));
  }
  for (size_t i = 0; i < whens.size(); ++i) {
    node.whens[i].body = LowerStatements(scope, whens[i]->statements());
  }
  if (evaluate->OTHER() != nullptr) node.other = LowerStatements(scope, evaluate->statements());
  return builder_.Statement(Loc(evaluate), std::move(node));
}

}  // namespace remint::cobol::lower
