// SEARCH table [VARYING item] [AT END statements] WHEN condition statements... (serial search)
// and SEARCH ALL table [AT END statements] WHEN condition statements (binary search over the
// table's keys). The table is referenced whole (no subscripts); a table that is not one, or a
// SEARCH ALL without keys or with several WHENs, is reported (RM2340) rather than left for the
// verifier.
#include "frontends/cobol/lower/lowering_context.h"

namespace remint::cobol::lower {

auto Lowering::LowerSearch(UnitScope& scope, Tree::SearchStatementContext* search)
    -> std::optional<ir::StatementId> {
  const SourceLoc loc = Loc(search);
  std::vector<Tree::IdentifierContext*> identifiers = search->identifier();
  ir::SearchStatement node;
  node.all = search->ALL() != nullptr;
  node.table = LowerIdentifier(scope, identifiers.front());
  if (!node.table.is_valid()) return std::nullopt;
  const std::string table_name(Text(identifiers.front()));
  const auto* table = module().expressions().TryGet<ir::DataRefExpression>(node.table);
  std::string problem;
  if (table == nullptr || !module().field(table->field).array) {
    problem = "it is not a table (an item with an OCCURS clause)";
  } else if (!table->subscripts.empty() || table->refmod_start.is_valid()) {
    problem = "the table is named without subscripts or reference modification";
  } else if (node.all && module().field(table->field).array->keys.empty()) {
    problem = "SEARCH ALL needs a table with an ASCENDING or DESCENDING KEY";
  } else if (node.all && search->WHEN().size() != 1) {
    problem = "SEARCH ALL takes exactly one WHEN phrase";
  }
  if (!problem.empty()) {
    Emit(DiagnosticKind::kCobolLowerSearchTableInvalid, loc, table_name, problem);
    return builder_.Continue(loc);
  }
  if (search->VARYING() != nullptr) {
    node.varying = LowerIdentifier(scope, identifiers[1]);
    if (!node.varying.is_valid()) return std::nullopt;
  }
  // Children in order: [AT] END statements, then WHEN condition statements pairs.
  bool after_end = false;
  Tree::ConditionContext* condition = nullptr;
  for (antlr4::tree::ParseTree* child : search->children) {
    if (auto* terminal = dynamic_cast<antlr4::tree::TerminalNode*>(child)) {
      after_end = terminal->getSymbol()->getType() == Tree::END;
      continue;
    }
    if (auto* when_condition = dynamic_cast<Tree::ConditionContext*>(child)) {
      condition = when_condition;
      continue;
    }
    auto* statements = dynamic_cast<Tree::StatementsContext*>(child);
    if (statements == nullptr) continue;
    if (after_end) {
      node.at_end = LowerStatements(scope, statements);
      after_end = false;
      continue;
    }
    if (condition == nullptr) continue;
    ir::ExpressionId test = LowerCondition(scope, condition);
    if (!test.is_valid()) return std::nullopt;
    node.whens.push_back(ir::SearchWhen{test, LowerStatements(scope, statements)});
    condition = nullptr;
  }
  return builder_.Statement(loc, std::move(node));
}

}  // namespace remint::cobol::lower
