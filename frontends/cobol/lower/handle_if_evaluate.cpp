// IF condition THEN statements [ELSE statements]. EVALUATE is not lowered yet.
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

}  // namespace remint::cobol::lower
