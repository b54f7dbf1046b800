// Ends of control: STOP RUN / STOP literal, GOBACK, EXIT (plain, PROGRAM, PERFORM [CYCLE],
// PARAGRAPH, SECTION), NEXT SENTENCE, CONTINUE.
#include "frontends/cobol/lower/lowering_context.h"

namespace remint::cobol::lower {

auto Lowering::LowerStopOrExit(UnitScope& scope, Tree::StatementContext* statement)
    -> std::optional<ir::StatementId> {
  const SourceLoc loc = Loc(statement);
  if (Tree::StopStatementContext* stop = statement->stopStatement()) {
    ir::StopStatement node;
    node.kind = stop->RUN() != nullptr ? ir::StopKind::kRun : ir::StopKind::kLiteral;
    if (stop->literal() != nullptr) node.code = LowerLiteral(scope, stop->literal());
    // STOP RUN RETURNING / GIVING code and [WITH] NORMAL / ERROR [STATUS] [code]: the process
    // ends with the code; without one, WITH NORMAL exits 0 and WITH ERROR 1 whatever RETURN-CODE
    // holds (checked with cobc 3.1.2), so the code is that literal.
    if (Tree::StopRunStatusContext* status = stop->stopRunStatus()) {
      if (status->RETURNING() != nullptr || status->GIVING() != nullptr) {
        RequireDialect(DialectFeature::kStopReturning, Loc(status), "STOP RUN RETURNING/GIVING");
      } else if (status->NORMAL() != nullptr) {
        RequireDialect(DialectFeature::kStopWithNormal, Loc(status), "STOP RUN WITH NORMAL");
      }
      if (status->literal() != nullptr || status->identifier() != nullptr) {
        node.code = LowerOperand(scope, status->literal(), status->identifier());
        if (!node.code.is_valid()) return std::nullopt;
      } else {
        node.code = builder_.NumericLiteral(Loc(status), status->ERROR() != nullptr ? "1" : "0");
      }
    }
    return builder_.Statement(loc, std::move(node));
  }
  if (statement->gobackStatement() != nullptr) {
    return builder_.Statement(loc, ir::ReturnStatement{ir::ReturnKind::kGoBack, {}});
  }
  if (statement->continueStatement() != nullptr) return builder_.Continue(loc);
  if (statement->nextSentenceStatement() != nullptr) {
    // Its target, the sentence's block, is set once the sentence is lowered (LowerSentence).
    const ir::StatementId exit =
        builder_.Statement(loc, ir::ExitStatement{ir::ExitKind::kNextSentence, {}});
    next_sentences_.push_back(exit);
    return exit;
  }
  Tree::ExitStatementContext* exit = statement->exitStatement();
  if (exit->PROGRAM() != nullptr) {
    return builder_.Statement(loc, ir::ReturnStatement{ir::ReturnKind::kExitProgram, {}});
  }
  ir::ExitKind kind = ir::ExitKind::kPlain;
  if (exit->PERFORM() != nullptr) {
    kind = exit->CYCLE() != nullptr ? ir::ExitKind::kPerformCycle : ir::ExitKind::kPerform;
  } else if (exit->PARAGRAPH() != nullptr) {
    kind = ir::ExitKind::kParagraph;
  } else if (exit->SECTION() != nullptr) {
    kind = ir::ExitKind::kSection;
  }
  return builder_.Statement(loc, ir::ExitStatement{kind, {}});
}

}  // namespace remint::cobol::lower
