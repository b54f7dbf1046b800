// PERFORM (out of line: a procedure or THRU range; inline: its statements), once or in a loop
// (TIMES, UNTIL, VARYING ... AFTER, WITH TEST BEFORE/AFTER). GO TO: handle_goto_alter.cpp.
#include "frontends/cobol/lower/lowering_context.h"

namespace remint::cobol::lower {

auto Lowering::LowerPerform(UnitScope& scope, Tree::PerformStatementContext* perform)
    -> std::optional<ir::StatementId> {
  const SourceLoc loc = Loc(perform);
  ir::StatementList body;
  Tree::PerformLoopContext* loop = nullptr;
  if (Tree::PerformProcedureContext* procedure = perform->performProcedure()) {
    loop = procedure->performLoop();
    std::vector<Tree::ProcedureNameContext*> names = procedure->procedureName();
    std::optional<ir::ParagraphId> first = ResolveProcedure(scope, names.front());
    std::optional<ir::ParagraphId> last;
    if (names.size() > 1) last = ResolveProcedure(scope, names.back());
    if (!first || (names.size() > 1 && !last)) return builder_.Continue(loc);
    // Kept as written: control reaches the end of `last` only through a GO TO, and then the
    // PERFORM returns there (cobc checks the range's end wherever it lies).
    if (last && last->index < first->index) {
      Emit(DiagnosticKind::kCobolLowerPerformRangeReversed, loc, std::string(Text(names.front())),
           std::string(Text(names.back())));
    }
    body.push_back(builder_.Perform(loc, *first, last.value_or(ir::ParagraphId())));
    if (loop == nullptr) return body.front();
  } else {
    Tree::PerformInlineContext* inline_perform = perform->performInline();
    loop = inline_perform->performLoop();
    for (Tree::StatementContext* statement : inline_perform->statement()) {
      if (std::optional<ir::StatementId> lowered = LowerStatement(scope, statement)) {
        body.push_back(*lowered);
      }
    }
  }
  ir::LoopStatement node;
  node.body = std::move(body);
  if (loop == nullptr) {
    node.kind = ir::LoopKind::kOnce;
  } else if (loop->TIMES() != nullptr) {
    node.kind = ir::LoopKind::kTimes;
    node.times = loop->integer() != nullptr
                     ? builder_.NumericLiteral(Loc(loop->integer()), Text(loop->integer()))
                     : LowerIdentifier(scope, loop->identifier());
    if (!node.times.is_valid()) return std::nullopt;
  } else {
    if (Tree::PerformTestContext* test = loop->performTest()) {
      node.test = test->AFTER() != nullptr ? ir::TestPosition::kAfter : ir::TestPosition::kBefore;
    }
    if (loop->UNTIL() != nullptr) {
      node.kind = ir::LoopKind::kUntil;
      node.condition = LowerCondition(scope, loop->condition());
      if (!node.condition.is_valid()) return std::nullopt;
    } else {
      node.kind = ir::LoopKind::kVarying;
      for (Tree::PerformVaryingContext* varying : loop->performVarying()) {
        ir::VaryingClause clause;
        clause.variable = LowerIdentifier(scope, varying->identifier());
        clause.from = LowerArithmetic(scope, varying->arithmeticExpression(0));
        clause.by = LowerArithmetic(scope, varying->arithmeticExpression(1));
        clause.until = LowerCondition(scope, varying->condition());
        if (!clause.variable.is_valid() || !clause.from.is_valid() || !clause.by.is_valid() ||
            !clause.until.is_valid()) {
          return std::nullopt;
        }
        node.varying.push_back(clause);
      }
    }
  }
  return builder_.Statement(loc, std::move(node));
}

}  // namespace remint::cobol::lower
