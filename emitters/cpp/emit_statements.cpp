// Statements -> C++ statements, one overload per statement kind, dispatched by the IR's own
// visitor: a kind without an overload falls to the catch-all, which reports it (RM6101), so
// nothing is ever translated silently wrong.
#include <fmt/format.h>

#include <algorithm>
#include <variant>

#include "emitters/cpp/emit_context.h"
#include "emitters/cpp/emit_file.h"
#include "emitters/cpp/emit_sort.h"

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
  EmitExit(context, loc, node);
}

void Emit(EmitContext& context, SourceLoc loc, const ir::SetStatement& node) {
  EmitSet(context, loc, node);
}

void Emit(EmitContext& context, SourceLoc loc, const ir::SearchStatement& node) {
  EmitSearch(context, loc, node);
}

void Emit(EmitContext& context, SourceLoc loc, const ir::EvaluateStatement& node) {
  EmitEvaluate(context, loc, node);
}

void Emit(EmitContext& context, SourceLoc loc, const ir::DisplayStatement& node) {
  EmitDisplay(context, loc, node);
}

void Emit(EmitContext& context, SourceLoc loc, const ir::AcceptStatement& node) {
  EmitAccept(context, loc, node);
}

void Emit(EmitContext& context, SourceLoc loc, const ir::LoopStatement& node) {
  EmitLoop(context, loc, node);
}

void Emit(EmitContext& context, SourceLoc loc, const ir::IfStatement& node) {
  EmitIf(context, loc, node);
}

void Emit(EmitContext& context, SourceLoc loc, const ir::ArithmeticStatement& node) {
  EmitArithmetic(context, loc, node);
}

void Emit(EmitContext& context, SourceLoc loc, const ir::ComputeStatement& node) {
  EmitCompute(context, loc, node);
}

void Emit(EmitContext& context, SourceLoc loc, const ir::MoveStatement& node) {
  EmitMove(context, loc, node);
}

void Emit(EmitContext& context, SourceLoc loc, const ir::InspectStatement& node) {
  EmitInspect(context, loc, node);
}

void Emit(EmitContext& context, SourceLoc loc, const ir::StringStatement& node) {
  EmitString(context, loc, node);
}

void Emit(EmitContext& context, SourceLoc loc, const ir::UnstringStatement& node) {
  EmitUnstring(context, loc, node);
}

void Emit(EmitContext& context, SourceLoc loc, const ir::InitializeStatement& node) {
  EmitInitialize(context, loc, node);
}

void Emit(EmitContext& context, SourceLoc loc, const ir::OpenStatement& node) {
  EmitOpen(context, loc, node);
}

void Emit(EmitContext& context, SourceLoc loc, const ir::CloseStatement& node) {
  EmitClose(context, loc, node);
}

void Emit(EmitContext& context, SourceLoc loc, const ir::ReadStatement& node) {
  EmitRead(context, loc, node);
}

void Emit(EmitContext& context, SourceLoc loc, const ir::WriteStatement& node) {
  EmitWrite(context, loc, node);
}

void Emit(EmitContext& context, SourceLoc loc, const ir::RewriteStatement& node) {
  EmitRewrite(context, loc, node);
}

void Emit(EmitContext& context, SourceLoc loc, const ir::DeleteStatement& node) {
  EmitDelete(context, loc, node);
}

void Emit(EmitContext& context, SourceLoc loc, const ir::StartStatement& node) {
  EmitStart(context, loc, node);
}

void Emit(EmitContext& context, SourceLoc loc, const ir::StopStatement& node) {
  if (node.kind == ir::StopKind::kLiteral && node.code.is_valid()) {
    // cobc compiles STOP literal to a DISPLAY of the literal and an ACCEPT without a target:
    // the run waits for a line of input, then goes on (checked with cobc 3.1.2).
    context.out.Comment(fmt::format("STOP literal {}", context.SourceComment(loc)));
    EmitDisplay(context, loc,
                ir::DisplayStatement{{node.code}, ir::TerminalDevice::kConsole, {}, false});
    context.out.Line("cobrt::WaitForOperatorLine();");
    return;
  }
  if (node.kind != ir::StopKind::kRun || node.code.is_valid()) {
    context.Unsupported(
        loc, node.kind == ir::StopKind::kRun ? "STOP RUN RETURNING / WITH STATUS" : "STOP literal");
    return;
  }
  // The end of the run: files left open are closed, the console flushed, the process ends
  // with RETURN-CODE (fact sheet §9).
  context.out.Line(fmt::format("cobrt::ProcessTermination().StopRun(return_code_);  // STOP RUN {}",
                               context.SourceComment(loc)));
}

void Emit(EmitContext& context, SourceLoc loc, const ir::ReturnStatement& node) {
  const bool go_back = node.kind == ir::ReturnKind::kGoBack;
  if (!go_back && node.kind != ir::ReturnKind::kExitProgram) {
    context.Unsupported(loc, fmt::format("'{}'", ir::Spelling(node.kind)));
    return;
  }
  if (!context.subprogram) {
    // In the run's main program GOBACK ends the run as STOP RUN does, and EXIT PROGRAM does
    // nothing (checked with cobc 3.1.2).
    context.out.Line(go_back ? fmt::format("cobrt::ProcessTermination().StopRun(return_code_);  "
                                           "// GOBACK {}",
                                           context.SourceComment(loc))
                             : fmt::format("// EXIT PROGRAM (the main program goes on)  {}",
                                           context.SourceComment(loc)));
    return;
  }
  context.out.Line(fmt::format("returning_ = true;  // {} {}", go_back ? "GOBACK" : "EXIT PROGRAM",
                               context.SourceComment(loc)));
  context.out.Line(context.dispatcher() && context.current_procedure.is_valid()
                       ? "return kFallThrough;"
                       : "return;");
}

void Emit(EmitContext& context, SourceLoc loc, const ir::CallStatement& node) {
  EmitCall(context, loc, node);
}

void Emit(EmitContext& context, SourceLoc loc, const ir::CancelStatement& node) {
  EmitCancel(context, loc, node);
}

void Emit(EmitContext& context, SourceLoc loc, const ir::GoToStatement& node) {
  // The plan makes every unit with a GO TO a dispatcher unit: a procedure returns where
  // control goes next.
  const ir::ParagraphId* target =
      node.targets.empty() ? nullptr : std::get_if<ir::ParagraphId>(&node.targets.front());
  switch (node.form) {
    case ir::GoToForm::kSimple:
      if (target == nullptr) break;
      context.out.Line(fmt::format("return {};  // GO TO {}", context.ProcedureConstant(*target),
                                   context.SourceComment(loc)));
      return;
    case ir::GoToForm::kAlterable: {
      if (target == nullptr && !node.targets.empty()) break;
      // An alterable GO TO alone in its paragraph (what ALTER may name): the paragraph names
      // the member holding its current target, kFallThrough for GO TO. before any ALTER.
      const ir::ParagraphId owner = context.current_procedure;
      if (!owner.is_valid() || context.module.paragraph(owner).body.size() != 1) break;
      context.out.Line(fmt::format("return {};  // GO TO (alterable) {}",
                                   context.AlterMember(owner), context.SourceComment(loc)));
      return;
    }
    case ir::GoToForm::kDepending:
      EmitGoToDepending(context, loc, node);
      return;
    case ir::GoToForm::kAssigned:
      break;
  }
  context.Unsupported(loc, fmt::format("a GO TO of form '{}' here", ir::Spelling(node.form)));
}

void Emit(EmitContext& context, SourceLoc loc, const ir::AlterStatement& node) {
  for (const ir::AlterClause& clause : node.clauses) {
    context.out.Line(fmt::format("{} = {};  // ALTER {}", context.AlterMember(clause.paragraph),
                                 context.ProcedureConstant(clause.proceed_to),
                                 context.SourceComment(loc)));
  }
}

void Emit(EmitContext& context, SourceLoc loc, const ir::PerformStatement& node) {
  EmitPerformRange(context, loc, node.procedures, "PERFORM");
}

void Emit(EmitContext& context, SourceLoc loc, const ir::SortStatement& node) {
  EmitSort(context, loc, node);
}

void Emit(EmitContext& context, SourceLoc loc, const ir::MergeStatement& node) {
  EmitMerge(context, loc, node);
}

void Emit(EmitContext& context, SourceLoc loc, const ir::ReleaseStatement& node) {
  EmitRelease(context, loc, node);
}

void Emit(EmitContext& context, SourceLoc loc, const ir::SortReturnStatement& node) {
  EmitSortReturn(context, loc, node);
}

}  // namespace

void EmitPerformRange(EmitContext& context, SourceLoc loc, const ir::ProcedureRange& range,
                      std::string_view what) {
  if (context.dispatcher()) {
    const ir::ParagraphId last = range.last.is_valid() ? range.last : range.first;
    context.out.Line(fmt::format(
        "Perform({}, {});  // {} {}", context.ProcedureConstant(range.first),
        context.ProcedureConstant(context.RangeEnd(last)), what, context.SourceComment(loc)));
    // A GO TO may lead anywhere from the range, GOBACK included.
    if (context.subprogram) context.out.Line(context.LeaveIfReturning());
    return;
  }
  // Structured flow (the plan guarantees nothing jumps): PERFORM A THRU C calls A, B and C in
  // source order; a section's paragraphs are called by the section's own function.
  const ir::ParagraphId last = range.last.is_valid() ? range.last : range.first;
  const auto& procedures = context.plan.procedures;
  auto position = [&](ir::ParagraphId id) {
    return std::find_if(procedures.begin(), procedures.end(),
                        [&](const ProcedurePlan& p) { return p.id == id; });
  };
  auto first = position(range.first);
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
        fmt::format("{}();  // {} {}", it->function_name, what, context.SourceComment(loc)));
    if (it->ends_program && context.subprogram) context.out.Line(context.LeaveIfReturning());
  }
}

void EmitStatements(EmitContext& context, const ir::StatementList& body) {
  for (ir::StatementId id : body) {
    const SourceLoc loc = context.module.statements().loc(id);
    // NEXT SENTENCE names its block by id.
    if (const auto* block = context.module.statements().TryGet<ir::BlockStatement>(id)) {
      EmitBlock(context, id, loc, *block);
      continue;
    }
    ir::VisitStatement(context.module, id, [&](const auto& node) { Emit(context, loc, node); });
  }
}

}  // namespace remint::emit_cpp
