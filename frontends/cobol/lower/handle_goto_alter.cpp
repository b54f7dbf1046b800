// GO TO p, GO TO p1 ... pn DEPENDING ON x, alterable GO TO (no procedure named), and ALTER p TO
// [PROCEED TO] q. A paragraph some ALTER names whose only statement is a GO TO has that GO TO
// marked alterable once the procedure division is lowered (MarkAlteredGoTos); any other
// paragraph is not alterable, an error (as in cobc) reported at the ALTER.
#include "frontends/cobol/lower/lowering_context.h"

namespace remint::cobol::lower {

auto Lowering::LowerGoTo(UnitScope& scope, Tree::GoToStatementContext* go_to)
    -> std::optional<ir::StatementId> {
  const SourceLoc loc = Loc(go_to);
  std::vector<Tree::ProcedureNameContext*> names = go_to->procedureName();
  if (go_to->DEPENDING() == nullptr) {
    if (names.empty()) {
      return builder_.Statement(loc, ir::GoToStatement{ir::GoToForm::kAlterable, {}, {}});
    }
    if (names.size() != 1) return std::nullopt;
    std::optional<ir::ParagraphId> target = ResolveProcedure(scope, names.front());
    if (!target) return builder_.Continue(loc);
    return builder_.GoTo(loc, ir::JumpTarget(*target));
  }
  if (names.empty()) return std::nullopt;
  ir::GoToStatement node{ir::GoToForm::kDepending, {}, {}};
  bool resolved = true;
  for (Tree::ProcedureNameContext* name : names) {
    std::optional<ir::ParagraphId> target = ResolveProcedure(scope, name);
    if (target) {
      node.targets.emplace_back(*target);
    } else {
      resolved = false;  // RM2307 reported
    }
  }
  node.selector = LowerIdentifier(scope, go_to->identifier());
  if (!node.selector.is_valid()) return std::nullopt;
  if (!resolved) return builder_.Continue(loc);
  return builder_.Statement(loc, std::move(node));
}

auto Lowering::LowerAlter(UnitScope& scope, Tree::AlterStatementContext* alter)
    -> std::optional<ir::StatementId> {
  const SourceLoc loc = Loc(alter);
  std::vector<Tree::ProcedureNameContext*> names = alter->procedureName();
  ir::AlterStatement node;
  bool resolved = true;
  for (size_t i = 0; i + 1 < names.size(); i += 2) {
    std::optional<ir::ParagraphId> paragraph = ResolveProcedure(scope, names[i]);
    std::optional<ir::ParagraphId> proceed_to = ResolveProcedure(scope, names[i + 1]);
    if (!paragraph || !proceed_to) {
      resolved = false;  // RM2307 reported
      continue;
    }
    node.clauses.push_back(ir::AlterClause{*paragraph, *proceed_to});
    scope.altered.push_back(AlteredParagraph{*paragraph, loc});
  }
  if (!resolved) return builder_.Continue(loc);
  return builder_.Statement(loc, std::move(node));
}

void Lowering::MarkAlteredGoTos(UnitScope& scope) {
  for (const AlteredParagraph& altered : scope.altered) {
    const ir::Paragraph& paragraph = module().paragraph(altered.paragraph);
    ir::StatementArena& statements = module().mutable_statements();
    auto* go_to =
        paragraph.body.size() == 1 && statements.Is<ir::GoToStatement>(paragraph.body.front())
            ? &statements.GetMutable<ir::GoToStatement>(paragraph.body.front())
            : nullptr;
    if (go_to == nullptr ||
        (go_to->form != ir::GoToForm::kSimple && go_to->form != ir::GoToForm::kAlterable)) {
      Emit(DiagnosticKind::kCobolLowerNotAlterable, altered.alter,
           std::string(module().str(paragraph.name)));
      continue;
    }
    go_to->form = ir::GoToForm::kAlterable;
  }
}

}  // namespace remint::cobol::lower
