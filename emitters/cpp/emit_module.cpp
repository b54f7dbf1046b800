#include "emitters/cpp/emit_module.h"

#include <fmt/format.h>

#include <algorithm>
#include <variant>

#include "emitters/cpp/code_writer.h"
#include "emitters/cpp/emit_context.h"
#include "emitters/cpp/naming.h"

namespace remint::emit_cpp {

void EmitContext::Unsupported(SourceLoc loc, std::string_view what) {
  diagnostics.Emit(DiagnosticKind::kEmitCppUnsupported, loc, std::string(what));
  ++errors;
}

auto EmitContext::Procedure(ir::ParagraphId id) const -> const ProcedurePlan& {
  return *procedures.at(id.index);
}

auto EmitContext::ProcedureConstant(ir::ParagraphId id) const -> std::string {
  return "k" + Procedure(id).function_name;
}

auto EmitContext::RangeEnd(ir::ParagraphId id) const -> ir::ParagraphId {
  const ir::Paragraph& procedure = module.paragraph(id);
  if (procedure.kind != ir::ProcedureKind::kSection || procedure.paragraphs.empty()) return id;
  return procedure.paragraphs.back();
}

auto EmitContext::AlterMember(ir::ParagraphId id) const -> std::string {
  return SnakeName(module.str(module.paragraph(id).name), "p") + "_target_";
}

auto EmitContext::SourceComment(SourceLoc loc) const -> std::string {
  // The original file (the copybook, for copied code) and line: what a maintainer looks up.
  std::string_view path = SourcePath(module, loc);
  if (path.empty()) return "?";
  if (const size_t slash = path.rfind('/'); slash != std::string_view::npos) {
    path.remove_prefix(slash + 1);
  }
  return fmt::format("{}:{}", path, loc.line);
}

namespace {

// The function of one section or paragraph: its statements, then (a section, structured) its
// paragraphs. In a dispatcher unit a procedure returns where control goes next: kFallThrough
// (the next procedure in source order) or the procedure a GO TO names; a section's paragraphs
// are separate entries of the dispatcher.
void EmitProcedure(EmitContext& context, const std::string& class_name,
                   const ProcedurePlan& procedure) {
  const ir::Paragraph& paragraph = context.module.paragraph(procedure.id);
  CodeWriter& out = context.out;
  out.BlankLine();
  out.Comment(fmt::format("{} {}  {}", procedure.is_section ? "SECTION" : "PARAGRAPH",
                          context.module.str(paragraph.name),
                          context.SourceComment(paragraph.loc)));
  context.current_procedure = procedure.id;
  if (context.dispatcher()) {
    out.Open(fmt::format("auto {}::{}() -> int", class_name, procedure.function_name));
    EmitStatements(context, paragraph.body);
    out.Line("return kFallThrough;");
    out.Close();
    return;
  }
  out.Open(fmt::format("void {}::{}()", class_name, procedure.function_name));
  EmitStatements(context, paragraph.body);
  for (ir::ParagraphId child : paragraph.paragraphs) {
    out.Line(fmt::format("{}();", context.Procedure(child).function_name));
  }
  out.Close();
}

// The members a dispatcher unit adds: a constant per procedure, the targets of alterable GO TOs,
// Dispatch and Perform.
void DeclareDispatcher(EmitContext& context) {
  CodeWriter& out = context.out;
  out.Comment("Procedures in source order; a procedure returns the next one to run.");
  out.Open("enum : int");
  out.Line("kFallThrough = -1,");
  for (size_t i = 0; i < context.plan.procedures.size(); ++i) {
    out.Line(fmt::format("{} = {},", context.ProcedureConstant(context.plan.procedures[i].id), i));
  }
  out.Close(";");
  out.Line(
      fmt::format("static constexpr int kProcedureCount = {};", context.plan.procedures.size()));
  for (const ProcedurePlan& procedure : context.plan.procedures) {
    const ir::Paragraph& paragraph = context.module.paragraph(procedure.id);
    if (paragraph.body.size() != 1) continue;
    const auto* go_to =
        context.module.statements().TryGet<ir::GoToStatement>(paragraph.body.front());
    if (go_to == nullptr || go_to->form != ir::GoToForm::kAlterable) continue;
    if (go_to->targets.empty()) continue;  // reported where the GO TO is emitted
    const auto* target = std::get_if<ir::ParagraphId>(&go_to->targets.front());
    if (target == nullptr) continue;
    out.Comment(fmt::format("Where GO TO in {} goes; ALTER changes it.",
                            context.module.str(paragraph.name)));
    out.Line(fmt::format("int {} = {};", context.AlterMember(procedure.id),
                         context.ProcedureConstant(*target)));
  }
  out.Line("auto Dispatch(int procedure) -> int;");
  out.Line("void Perform(int first, int last);");
}

void DefineDispatcher(EmitContext& context, const std::string& class_name) {
  CodeWriter& out = context.out;
  out.BlankLine();
  out.Open(fmt::format("auto {}::Dispatch(int procedure) -> int", class_name));
  out.Open("switch (procedure)");
  for (const ProcedurePlan& procedure : context.plan.procedures) {
    out.Line(fmt::format("case {}:", context.ProcedureConstant(procedure.id)));
    out.Line(fmt::format("  return {}();", procedure.function_name));
  }
  out.Close();
  out.Line("return kFallThrough;");
  out.Close();
  out.BlankLine();
  out.Comment(
      "Runs procedures from `first` until `last` completes, as cobc runs PERFORM first THRU "
      "last:\na GO TO moves control anywhere, and only reaching the end of `last` returns.");
  out.Open(fmt::format("void {}::Perform(int first, int last)", class_name));
  out.Open("for (int procedure = first; procedure < kProcedureCount;)");
  out.Line("const int next = Dispatch(procedure);");
  out.Open("if (next != kFallThrough)");
  out.Line("procedure = next;");
  out.Line("continue;");
  out.Close();
  out.Line("if (procedure == last) return;");
  out.Line("++procedure;");
  out.Close();
  out.Close();
}

auto EmitProgram(const ir::Module& module, const UnitPlan& plan, const EmitOptions& options,
                 DiagnosticEmitter& diagnostics, EmittedSources& sources) -> bool {
  const ir::Unit& unit = module.unit(plan.id);
  CodeWriter out;
  EmitContext context{module, options, plan, out, diagnostics, {}, 0, ir::ParagraphId(), {}};
  for (const ProcedurePlan& procedure : plan.procedures) {
    context.procedures[procedure.id.index] = &procedure;
  }
  const std::string program_id(module.str(unit.name));
  out.Comment(
      fmt::format("PROGRAM-ID. {}  {}\nEmitted by remint from the COBOL source; links against "
                  "cobrt (runtime/).",
                  program_id, context.SourceComment(unit.loc)));
  out.Line("#include <cstdint>");
  out.Line("#include <cstring>");
  out.Line("#include <memory>");
  out.Line("#include <string_view>");
  out.BlankLine();
  out.Line("#include \"runtime/decimal/fixed.h\"");
  out.Line("#include \"runtime/edit/compare.h\"");
  out.Line("#include \"runtime/edit/display.h\"");
  out.Line("#include \"runtime/edit/move.h\"");
  out.Line("#include \"runtime/io/console.h\"");
  out.Line("#include \"runtime/io/termination.h\"");
  out.Line("#include \"runtime/storage/binary.h\"");
  out.Line("#include \"runtime/storage/packed.h\"");
  out.Line("#include \"runtime/storage/store.h\"");
  out.Line("#include \"runtime/storage/zoned.h\"");
  WriteFileIncludes(context);
  out.BlankLine();
  out.Open("namespace programs");
  out.Comment("Literals are string_views (\"...\"sv): their length, not a NUL, ends them.");
  out.Line("using namespace std::string_view_literals;");
  out.BlankLine();
  out.Open(fmt::format("class {}", plan.class_name));
  out.Line(" public:");
  out.Comment("Runs the PROCEDURE DIVISION from its first statement; returns RETURN-CODE.");
  out.Line("auto Run() -> int;");
  out.BlankLine();
  out.Line(" private:");
  out.Comment("RETURN-CODE: the exit status of STOP RUN.");
  out.Line("int return_code_ = 0;");
  DeclareStorage(context);
  DeclareFiles(context);
  out.Line("void Initialize();");
  if (context.dispatcher()) DeclareDispatcher(context);
  for (const ProcedurePlan& procedure : plan.procedures) {
    out.Line(context.dispatcher() ? fmt::format("auto {}() -> int;", procedure.function_name)
                                  : fmt::format("void {}();", procedure.function_name));
  }
  out.Close(";");
  out.BlankLine();
  out.Open(fmt::format("auto {}::Run() -> int", plan.class_name));
  out.Line("Initialize();");
  EmitStatements(context, unit.body);
  // The program starts after its DECLARATIVES, which only run when a file operation fails.
  auto declarative = [&](ir::ParagraphId id) { return module.paragraph(id).declarative; };
  if (context.dispatcher()) {
    // Control falls from each procedure into the next, wherever GO TOs lead.
    auto first = std::find_if(plan.procedures.begin(), plan.procedures.end(),
                              [&](const ProcedurePlan& p) { return !declarative(p.id); });
    if (first != plan.procedures.end()) {
      out.Line(fmt::format("Perform({}, {});", context.ProcedureConstant(first->id),
                           context.ProcedureConstant(plan.procedures.back().id)));
    }
  } else {
    // Control falls from each procedure into the next, as written.
    for (ir::ParagraphId procedure : unit.procedures) {
      if (declarative(procedure)) continue;
      out.Line(fmt::format("{}();", context.Procedure(procedure).function_name));
    }
  }
  out.Line("return return_code_;");
  out.Close();
  DefineInitialize(context, plan.class_name);
  DefineFileHandlers(context, plan.class_name);
  if (context.dispatcher()) DefineDispatcher(context, plan.class_name);
  for (const ProcedurePlan& procedure : plan.procedures) {
    EmitProcedure(context, plan.class_name, procedure);
  }
  out.BlankLine();
  out.Close("  // namespace programs");
  out.BlankLine();
  out.Open("int main()");
  out.Comment("On the heap: a program's storage can be larger than a thread's stack.");
  out.Line(fmt::format("auto program = std::make_unique<programs::{}>();", plan.class_name));
  out.Comment("Falling off the end of the main program ends the run as STOP RUN does.");
  out.Line("cobrt::ProcessTermination().StopRun(program->Run());");
  out.Line("return 0;");
  out.Close();
  if (context.errors > 0) return false;
  const std::string path = fmt::format("src/{}.cpp", SnakeName(program_id, "program"));
  sources.files.push_back({path, out.Take()});
  sources.executables.push_back({program_id, path});
  return true;
}

}  // namespace

auto EmitModule(const ir::Module& module, const ModulePlan& plan, const EmitOptions& options,
                DiagnosticEmitter& diagnostics) -> std::optional<EmittedSources> {
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
    ok = EmitProgram(module, unit_plan, options, diagnostics, sources) && ok;
  }
  if (!ok) return std::nullopt;
  return sources;
}

}  // namespace remint::emit_cpp
