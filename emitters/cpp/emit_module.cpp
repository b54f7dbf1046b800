#include "emitters/cpp/emit_module.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

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

auto EmitContext::LeaveIfReturning() const -> std::string {
  if (!current_procedure.is_valid()) return "if (returning_) return;";
  return dispatcher() ? "if (returning_) return kFallThrough;" : "if (returning_) return;";
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
    const ProcedurePlan& called = context.Procedure(child);
    out.Line(fmt::format("{}();", called.function_name));
    if (called.ends_program && context.subprogram) out.Line(context.LeaveIfReturning());
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
    // GO TO. without a procedure does nothing until an ALTER gives it one: cobc's paragraph
    // falls through to the next (checked with cobc 3.1.2).
    const auto* target =
        go_to->targets.empty() ? nullptr : std::get_if<ir::ParagraphId>(&go_to->targets.front());
    if (target == nullptr && !go_to->targets.empty()) continue;  // reported at the GO TO
    out.Comment(fmt::format("Where GO TO in {} goes; ALTER changes it.",
                            context.module.str(paragraph.name)));
    out.Line(fmt::format("int {} = {};", context.AlterMember(procedure.id),
                         target != nullptr ? context.ProcedureConstant(*target) : "kFallThrough"));
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
  if (context.subprogram) out.Line("if (returning_) return;");
  out.Open("if (next != kFallThrough)");
  out.Line("procedure = next;");
  out.Line("continue;");
  out.Close();
  out.Line("if (procedure == last) return;");
  out.Line("++procedure;");
  out.Close();
  out.Close();
}

// The includes every emitted source starts with.
void WriteIncludes(CodeWriter& out, const EmitOptions& options) {
  out.Line("#include <cstdint>");
  out.Line("#include <cstdlib>");
  out.Line("#include <cstring>");
  out.Line("#include <memory>");
  out.Line("#include <optional>");
  out.Line("#include <span>");
  out.Line("#include <string>");
  out.Line("#include <string_view>");
  out.BlankLine();
  out.Line("#include \"runtime/call/program_registry.h\"");
  out.Line("#include \"runtime/decimal/checked.h\"");
  out.Line("#include \"runtime/decimal/fixed.h\"");
  out.Line("#include \"runtime/edit/class_condition.h\"");
  out.Line("#include \"runtime/edit/compare.h\"");
  out.Line("#include \"runtime/edit/display.h\"");
  out.Line("#include \"runtime/edit/edited.h\"");
  out.Line("#include \"runtime/edit/move.h\"");
  out.Line("#include \"runtime/intrinsic/date_functions.h\"");
  out.Line("#include \"runtime/intrinsic/numeric_functions.h\"");
  out.Line("#include \"runtime/intrinsic/result_field.h\"");
  out.Line("#include \"runtime/intrinsic/text_functions.h\"");
  out.Line("#include \"runtime/intrinsic/transcendental.h\"");
  out.Line("#include \"runtime/io/accept.h\"");
  out.Line("#include \"runtime/io/clock.h\"");
  out.Line("#include \"runtime/io/console.h\"");
  // Only a coverage build counts decisions.
  if (options.decision_counters) out.Line("#include \"runtime/io/decision_counts.h\"");
  out.Line("#include \"runtime/io/switches.h\"");
  out.Line("#include \"runtime/io/termination.h\"");
  out.Line("#include \"runtime/storage/binary.h\"");
  out.Line("#include \"runtime/storage/packed.h\"");
  out.Line("#include \"runtime/storage/store.h\"");
  out.Line("#include \"runtime/storage/zoned.h\"");
  out.Line("#include \"runtime/text/bytes.h\"");
  out.Line("#include \"runtime/text/inspect.h\"");
  out.Line("#include \"runtime/text/string_statement.h\"");
  out.Line("#include \"runtime/text/unstring_statement.h\"");
  out.Line("#include \"runtime/files/indexed_file.h\"");
  out.Line("#include \"runtime/files/linage.h\"");
  out.Line("#include \"runtime/files/relative_file.h\"");
  out.Line("#include \"runtime/files/sequential_file.h\"");
  out.Line("#include \"runtime/sort/sort_file.h\"");
  out.BlankLine();
}

// Calls `callee` (a procedure function, or Perform in a dispatcher unit) from where the
// context stands, and leaves the caller too when a called program's GOBACK or EXIT PROGRAM ran
// in it.
void ProcedureCall(EmitContext& context, const std::string& call, bool may_end_program) {
  context.out.Line(call);
  if (may_end_program && context.subprogram) context.out.Line(context.LeaveIfReturning());
}

// PROGRAM COLLATING SEQUENCE of a literal alphabet: the weight of each byte, which every
// alphanumeric comparison passes to cobrt.
void DeclareCollatingWeights(EmitContext& context) {
  const ir::CollatingTable& table = context.module.unit(context.plan.id).collating_table;
  context.out.Comment(
      "PROGRAM COLLATING SEQUENCE: the weight of each byte in alphanumeric comparisons.");
  context.out.Line(
      fmt::format("static constexpr cobrt::CollatingWeights {} = {{", context.collating_weights));
  for (size_t row = 0; row < table.weights.size(); row += 16) {
    std::vector<std::string> weights;
    for (size_t byte = row; byte < row + 16 && byte < table.weights.size(); ++byte) {
      weights.push_back(fmt::format("{}", table.weights[byte]));
    }
    context.out.Line(fmt::format("    {},", fmt::join(weights, ", ")));
  }
  context.out.Line("};");
}

// One program: its class, the definitions of its members and, for a called program, its entry
// points in the program registry.
auto EmitProgram(const ir::Module& module, const UnitPlan& plan, const EmitOptions& options,
                 DiagnosticEmitter& diagnostics, bool is_main, CodeWriter& out) -> bool {
  const ir::Unit& unit = module.unit(plan.id);
  EmitContext context{module, options,           plan,     out, diagnostics, {},
                      0,      ir::ParagraphId(), !is_main, {}};
  for (const ProcedurePlan& procedure : plan.procedures) {
    context.procedures[procedure.id.index] = &procedure;
  }
  // cobc 3.1.2 orders NATIVE, ASCII, STANDARD-1 and STANDARD-2 as the machine does; EBCDIC and
  // literal alphabets reorder every alphanumeric comparison (a literal one moves HIGH-VALUE and
  // LOW-VALUE too). A literal alphabet's order is the unit's collating table; EBCDIC's, and an
  // alphabet naming another alphabet, are not translated yet.
  const bool collating_table = !unit.collating_table.weights.empty();
  if (unit.collating_sequence == ir::CollatingSequence::kEbcdic ||
      (unit.collating_sequence == ir::CollatingSequence::kLiteral && !collating_table)) {
    context.Unsupported(unit.loc, fmt::format("PROGRAM COLLATING SEQUENCE of an alphabet '{}'",
                                              ir::Spelling(unit.collating_sequence)));
  }
  if (collating_table) context.collating_weights = "kCollatingWeights";
  // A FUNCTION-ID would be a class whose Call returns its RETURNING item; not written yet.
  if (unit.kind == ir::UnitKind::kUserFunction) {
    context.Unsupported(unit.loc, "a user-defined function (FUNCTION-ID)");
  }
  const std::string program_id(module.str(unit.name));
  out.BlankLine();
  out.Comment(fmt::format("PROGRAM-ID. {}  {}", program_id, context.SourceComment(unit.loc)));
  out.Open(fmt::format("class {}", plan.class_name));
  out.Line(" public:");
  if (is_main) {
    out.Comment("Runs the PROCEDURE DIVISION from its first statement; returns RETURN-CODE.");
    out.Line("auto Run() -> int;");
  } else {
    out.Comment(
        "CALL: runs the PROCEDURE DIVISION with the caller's USING items until GOBACK, EXIT "
        "PROGRAM\nor its end; WORKING-STORAGE keeps its values from one CALL to the next.");
    out.Line("void Call(std::span<const cobrt::CallArgument> arguments);");
  }
  out.BlankLine();
  out.Line(" private:");
  out.Comment("RETURN-CODE: one for the whole run (a called program shares its caller's).");
  out.Line("int& return_code_ = cobrt::ReturnCode();");
  if (collating_table) DeclareCollatingWeights(context);
  if (!is_main) {
    out.Comment("Set by GOBACK / EXIT PROGRAM: every procedure returns up to Call().");
    out.Line("bool returning_ = false;");
    if (!unit.is_initial) out.Line("bool initialized_ = false;");
  }
  DeclareStorage(context);
  DeclareFiles(context);
  out.Line("void Initialize();");
  DeclareConditionNames(context);
  if (context.dispatcher()) DeclareDispatcher(context);
  for (const ProcedurePlan& procedure : plan.procedures) {
    out.Line(context.dispatcher() ? fmt::format("auto {}() -> int;", procedure.function_name)
                                  : fmt::format("void {}();", procedure.function_name));
  }
  if (options.decision_counters) {
    out.Comment("A coverage build: which way each IF and EVALUATE WHEN went.");
    out.Line("static cobrt::DecisionSites decisions_;");
  }
  out.Close(";");
  out.BlankLine();
  if (is_main) {
    out.Open(fmt::format("auto {}::Run() -> int", plan.class_name));
    out.Line("Initialize();");
  } else {
    out.Open(fmt::format("void {}::Call({}std::span<const cobrt::CallArgument> arguments)",
                         plan.class_name, unit.parameters.empty() ? "[[maybe_unused]] " : ""));
    if (unit.is_initial) {
      out.Comment("An INITIAL program starts from its initial state at every CALL.");
      out.Line("Initialize();");
    } else {
      out.Open("if (!initialized_)");
      out.Line("Initialize();");
      out.Line("initialized_ = true;");
      out.Close();
    }
    // The USING items address the caller's arguments; one the caller did not pass is null.
    for (size_t i = 0; i < unit.parameters.size(); ++i) {
      const ir::Field& parameter = module.field(unit.parameters[i].field);
      if (!context.block_members.contains(parameter.block.index) || parameter.offset != 0) {
        context.Unsupported(parameter.loc, "a USING item that is not a LINKAGE record");
        continue;
      }
      out.Line(fmt::format("{} = arguments.size() > {} ? arguments[{}].data : nullptr;",
                           context.BlockMember(parameter.block), i, i));
    }
    out.Line("returning_ = false;");
  }
  EmitStatements(context, unit.body);
  // The program starts after its DECLARATIVES, which only run when a file operation fails.
  auto declarative = [&](ir::ParagraphId id) { return module.paragraph(id).declarative; };
  if (context.dispatcher()) {
    // Control falls from each procedure into the next, wherever GO TOs lead.
    auto first = std::find_if(plan.procedures.begin(), plan.procedures.end(),
                              [&](const ProcedurePlan& p) { return !declarative(p.id); });
    if (first != plan.procedures.end()) {
      ProcedureCall(context,
                    fmt::format("Perform({}, {});", context.ProcedureConstant(first->id),
                                context.ProcedureConstant(plan.procedures.back().id)),
                    false);
    }
  } else {
    // Control falls from each procedure into the next, as written.
    for (ir::ParagraphId procedure : unit.procedures) {
      if (declarative(procedure)) continue;
      const ProcedurePlan& called = context.Procedure(procedure);
      ProcedureCall(context, fmt::format("{}();", called.function_name), called.ends_program);
    }
  }
  if (is_main) out.Line("return return_code_;");
  out.Close();
  DefineInitialize(context, plan.class_name);
  DefineConditionNames(context, plan.class_name);
  DefineFileHandlers(context, plan.class_name);
  if (context.dispatcher()) DefineDispatcher(context, plan.class_name);
  for (const ProcedurePlan& procedure : plan.procedures) {
    EmitProcedure(context, plan.class_name, procedure);
  }
  if (options.decision_counters) {
    out.BlankLine();
    out.Line(fmt::format("cobrt::DecisionSites {}::decisions_({}, {{", plan.class_name,
                         CppStringLiteral(program_id)));
    for (const std::string& label : context.decision_labels) {
      out.Line(fmt::format("    {},", CppStringLiteral(label)));
    }
    out.Line("});");
  }
  if (!is_main) {
    // The program's entry points, registered under its PROGRAM-ID for CALL and CANCEL.
    const std::string instance = plan.class_name + "Instance";
    out.BlankLine();
    out.Open(fmt::format("auto {}() -> std::unique_ptr<{}>&", instance, plan.class_name));
    out.Line(fmt::format("static std::unique_ptr<{}> program;", plan.class_name));
    out.Line("return program;");
    out.Close();
    out.Line(
        fmt::format("[[maybe_unused]] const bool k{}Registered = cobrt::RegisterProgram({}, "
                    "{{[](std::span<const cobrt::CallArgument> arguments) {{",
                    plan.class_name, CppStringLiteral(program_id)));
    out.Line(fmt::format("  auto& program = {}();", instance));
    out.Line(fmt::format("  if (!program) program = std::make_unique<{}>();", plan.class_name));
    out.Line("  program->Call(arguments);");
    out.Line(fmt::format("}}, [] {{ {}().reset(); }}}});", instance));
  }
  return context.errors == 0;
}

}  // namespace

auto EmitModule(const ir::Module& module, const ModulePlan& plan, const EmitOptions& options,
                DiagnosticEmitter& diagnostics) -> std::optional<EmittedSources> {
  // cobc -x makes the first program of a source the executable; the others (programs after
  // it, nested programs) are subprograms it CALLs, registered by name. A source whose first
  // program has PROCEDURE DIVISION USING is a called program only (what cobc -m builds).
  const UnitPlan* first_plan = nullptr;
  for (const UnitPlan& unit_plan : plan.units) {
    if (!module.unit(unit_plan.id).parent.is_valid()) {
      first_plan = &unit_plan;
      break;
    }
  }
  if (first_plan == nullptr) return EmittedSources{};
  const UnitPlan* main_plan = module.unit(first_plan->id).parameters.empty() ? first_plan : nullptr;
  const std::string program_id(module.str(module.unit(first_plan->id).name));
  CodeWriter out;
  out.Comment(fmt::format(
      "PROGRAM-ID. {} and the programs of its source\nEmitted by remint from the COBOL source; "
      "links against cobrt (runtime/).",
      program_id));
  WriteIncludes(out, options);
  out.BlankLine();
  out.Open("namespace programs");
  out.Comment(
      "Local to this source: another source linked into the same executable may have a program "
      "of\nthe same name (CALL finds programs by name through cobrt's registry).");
  out.Open("namespace");
  out.Comment("Literals are string_views (\"...\"sv): their length, not a NUL, ends them.");
  out.Line("using namespace std::string_view_literals;");
  bool ok = true;
  for (const UnitPlan& unit_plan : plan.units) {
    ok = EmitProgram(module, unit_plan, options, diagnostics, &unit_plan == main_plan, out) && ok;
  }
  out.BlankLine();
  out.Close("  // namespace");
  out.Close("  // namespace programs");
  if (main_plan != nullptr) {
    out.BlankLine();
    out.Open("int main()");
    out.Comment("The date and time the program sees: the system clock, or COB_CURRENT_DATE's.");
    out.Line(
        "cobrt::InitializeProcessClock(std::getenv(\"COB_CURRENT_DATE\"), "
        "cobrt::ProcessConsole());");
    out.Comment("On the heap: a program's storage can be larger than a thread's stack.");
    out.Line(
        fmt::format("auto program = std::make_unique<programs::{}>();", main_plan->class_name));
    out.Comment("Falling off the end of the main program ends the run as STOP RUN does.");
    out.Line("cobrt::ProcessTermination().StopRun(program->Run());");
    out.Line("return 0;");
    out.Close();
  }
  if (!ok) return std::nullopt;
  EmittedSources sources;
  const std::string path = fmt::format("src/{}.cpp", SnakeName(program_id, "program"));
  sources.files.push_back({path, out.Take()});
  if (main_plan != nullptr) {
    sources.executables.push_back({program_id, path});
  } else {
    sources.subprogram_sources.push_back(path);
  }
  return sources;
}

}  // namespace remint::emit_cpp
