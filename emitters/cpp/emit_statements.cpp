// Statements -> C++ statements, one overload per statement kind, dispatched by the IR's own
// visitor: a kind without an overload falls to the catch-all, which reports it (RM6101), so
// nothing is ever translated silently wrong.
#include <fmt/format.h>

#include <algorithm>

#include "emitters/cpp/emit_context.h"

namespace remint::emit_cpp {
namespace {

template <typename T>
void Emit(EmitContext& context, SourceLoc loc, const T&) {
  context.Unsupported(loc, fmt::format("the '{}' statement", ir::KindName(T::kKind)));
}

void Emit(EmitContext& context, SourceLoc loc, const ir::ContinueStatement&) {
  context.out.Line(fmt::format("// CONTINUE  {}", context.SourceComment(loc)));
}

void Emit(EmitContext& context, SourceLoc loc, const ir::ExitStatement& node) {
  if (node.kind != ir::ExitKind::kPlain) {
    context.Unsupported(loc, fmt::format("EXIT {}", ir::Spelling(node.kind)));
    return;
  }
  // A plain EXIT only marks the end of a PERFORM range; it does nothing.
  context.out.Line(fmt::format("// EXIT  {}", context.SourceComment(loc)));
}

void Emit(EmitContext& context, SourceLoc loc, const ir::PerformStatement& node) {
  // Structured flow (the plan guarantees nothing jumps): PERFORM A THRU C calls A, B and C in
  // source order; a section's paragraphs are called by the section's own function.
  const ir::ParagraphId last =
      node.procedures.last.is_valid() ? node.procedures.last : node.procedures.first;
  const auto& procedures = context.plan.procedures;
  auto position = [&](ir::ParagraphId id) {
    return std::find_if(procedures.begin(), procedures.end(),
                        [&](const ProcedurePlan& p) { return p.id == id; });
  };
  auto first = position(node.procedures.first);
  auto end = position(last);
  if (first == procedures.end() || end == procedures.end() || end < first) {
    context.Unsupported(loc, "a PERFORM whose range the plan does not know");
    return;
  }
  for (auto it = first; it <= end; ++it) {
    // A paragraph of a section the range also names runs inside that section's function.
    const ir::ParagraphId section = context.module.paragraph(it->id).section;
    if (!it->is_section && section.is_valid()) {
      auto owner = position(section);
      if (owner >= first && owner <= end) continue;
    }
    context.out.Line(
        fmt::format("{}();  // PERFORM {}", it->function_name, context.SourceComment(loc)));
  }
}

}  // namespace

void EmitStatements(EmitContext& context, const ir::StatementList& body) {
  for (ir::StatementId id : body) {
    const SourceLoc loc = context.module.statements().loc(id);
    ir::VisitStatement(context.module, id, [&](const auto& node) { Emit(context, loc, node); });
  }
}

}  // namespace remint::emit_cpp
