// MOVE [CORRESPONDING] source TO targets: a move statement with the conversion each target
// implies (recorded by the builder).
#include "frontends/cobol/lower/lowering_context.h"

namespace remint::cobol::lower {

auto Lowering::LowerMove(UnitScope& scope, Tree::MoveStatementContext* move)
    -> std::optional<ir::StatementId> {
  std::vector<Tree::IdentifierContext*> identifiers = move->identifier();
  size_t first_target = 0;
  ir::ExpressionId source;
  if (move->literal() != nullptr) {
    source = LowerLiteral(scope, move->literal());
  } else {
    source = LowerIdentifier(scope, identifiers.front());
    first_target = 1;
  }
  if (!source.is_valid()) return std::nullopt;
  ir::ExpressionList targets;
  for (size_t i = first_target; i < identifiers.size(); ++i) {
    ir::ExpressionId target = LowerReceiving(scope, identifiers[i]);
    if (!target.is_valid()) return std::nullopt;
    targets.push_back(target);
  }
  const ir::StatementId statement = builder_.Move(Loc(move), source, std::move(targets));
  if (move->CORRESPONDING() != nullptr || move->CORR() != nullptr) {
    module().mutable_statements().GetMutable<ir::MoveStatement>(statement).corresponding = true;
  }
  return statement;
}

}  // namespace remint::cobol::lower
