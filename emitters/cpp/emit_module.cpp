#include "emitters/cpp/emit_module.h"

#include <fmt/format.h>

#include "emitters/cpp/code_writer.h"
#include "emitters/cpp/emit_context.h"
#include "emitters/cpp/naming.h"
#include "ir/text_printer.h"

namespace remint::emit_cpp {

void EmitContext::Unsupported(SourceLoc loc, std::string_view what) {
  diagnostics.Emit(DiagnosticKind::kEmitCppUnsupported, loc, std::string(what));
  ++errors;
}

auto EmitContext::Procedure(ir::ParagraphId id) const -> const ProcedurePlan& {
  return *procedures.at(id.index);
}

auto EmitContext::SourceComment(SourceLoc loc) const -> std::string {
  // ir::FormatLocation: "@path:line:column via ..."; the comment names the original file (the
  // copybook, for copied code) and line, which is what a maintainer looks up.
  std::string text = ir::FormatLocation(module, loc);
  if (text.starts_with("@")) text.erase(0, 1);
  if (const size_t via = text.find(' '); via != std::string::npos) text.resize(via);
  if (const size_t column = text.rfind(':'); column != std::string::npos) text.resize(column);
  if (const size_t slash = text.rfind('/'); slash != std::string::npos) text.erase(0, slash + 1);
  return text;
}

namespace {

// The function of one section or paragraph: its statements, then (a section) its paragraphs.
void EmitProcedure(EmitContext& context, const std::string& class_name,
                   const ProcedurePlan& procedure) {
  const ir::Paragraph& paragraph = context.module.paragraph(procedure.id);
  CodeWriter& out = context.out;
  out.BlankLine();
  out.Comment(fmt::format("{} {}  {}", procedure.is_section ? "SECTION" : "PARAGRAPH",
                          context.module.str(paragraph.name),
                          context.SourceComment(paragraph.loc)));
  out.Open(fmt::format("void {}::{}()", class_name, procedure.function_name));
  EmitStatements(context, paragraph.body);
  for (ir::ParagraphId child : paragraph.paragraphs) {
    out.Line(fmt::format("{}();", context.Procedure(child).function_name));
  }
  out.Close();
}

auto EmitProgram(const ir::Module& module, const UnitPlan& plan, DiagnosticEmitter& diagnostics,
                 EmittedSources& sources) -> bool {
  const ir::Unit& unit = module.unit(plan.id);
  CodeWriter out;
  EmitContext context{module, plan, out, diagnostics, {}, 0};
  for (const ProcedurePlan& procedure : plan.procedures) {
    context.procedures[procedure.id.index] = &procedure;
  }
  if (plan.flow == FlowShape::kDispatcher) {
    // The dispatcher (a state machine keeping cobc's PERFORM semantics) is not written yet.
    context.Unsupported(
        plan.reasons.front().loc,
        fmt::format("control flow with {} (it needs a dispatcher)", plan.reasons.front().what));
    return false;
  }
  const std::string program_id(module.str(unit.name));
  out.Comment(
      fmt::format("PROGRAM-ID. {}  {}\nEmitted by remint from the COBOL source; links against "
                  "cobrt (runtime/).",
                  program_id, context.SourceComment(unit.loc)));
  out.Line("#include \"runtime/version.h\"");
  out.BlankLine();
  out.Open("namespace programs");
  out.BlankLine();
  out.Open(fmt::format("class {}", plan.class_name));
  out.Line(" public:");
  out.Comment("Runs the PROCEDURE DIVISION from its first statement; returns the exit status.");
  out.Line("auto Run() -> int;");
  out.BlankLine();
  out.Line(" private:");
  for (const ProcedurePlan& procedure : plan.procedures) {
    out.Line(fmt::format("void {}();", procedure.function_name));
  }
  out.Close(";");
  out.BlankLine();
  out.Open(fmt::format("auto {}::Run() -> int", plan.class_name));
  EmitStatements(context, unit.body);
  // Control falls from each procedure into the next, as written.
  for (ir::ParagraphId procedure : unit.procedures) {
    out.Line(fmt::format("{}();", context.Procedure(procedure).function_name));
  }
  out.Line("return 0;");
  out.Close();
  for (const ProcedurePlan& procedure : plan.procedures) {
    EmitProcedure(context, plan.class_name, procedure);
  }
  out.BlankLine();
  out.Close("  // namespace programs");
  out.BlankLine();
  out.Open("int main()");
  out.Line(fmt::format("programs::{} program;", plan.class_name));
  out.Line("return program.Run();");
  out.Close();
  if (context.errors > 0) return false;
  const std::string path = fmt::format("src/{}.cpp", SnakeName(program_id, "program"));
  sources.files.push_back({path, out.Take()});
  sources.executables.push_back({program_id, path});
  return true;
}

}  // namespace

auto EmitModule(const ir::Module& module, const ModulePlan& plan, DiagnosticEmitter& diagnostics)
    -> std::optional<EmittedSources> {
  EmittedSources sources;
  bool ok = true;
  int outermost = 0;
  for (const UnitPlan& unit_plan : plan.units) {
    const ir::Unit& unit = module.unit(unit_plan.id);
    // cobc -x makes the first program of a source the executable; the others are subprograms
    // it CALLs, which need CALL support first.
    const char* not_yet = unit.parent.is_valid() ? "a nested program"
                          : outermost++ > 0      ? "a second program in one source (a subprogram)"
                                                 : nullptr;
    if (not_yet != nullptr) {
      diagnostics.Emit(DiagnosticKind::kEmitCppUnsupported, unit.loc, std::string(not_yet));
      ok = false;
      continue;
    }
    ok = EmitProgram(module, unit_plan, diagnostics, sources) && ok;
  }
  if (!ok) return std::nullopt;
  return sources;
}

}  // namespace remint::emit_cpp
