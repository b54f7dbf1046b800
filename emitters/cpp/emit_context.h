// What every emission function of one unit shares: the module, the unit's plan, the code
// writer and the diagnostics. Free functions per IR node family (emit_statements.cpp, ...)
// take it, as Carbon's handlers take their context.
#ifndef REMINT_EMITTERS_CPP_EMIT_CONTEXT_H_
#define REMINT_EMITTERS_CPP_EMIT_CONTEXT_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "base/diagnostics/diagnostic_emitter.h"
#include "emitters/cpp/code_writer.h"
#include "emitters/cpp/plan.h"
#include "ir/module.h"

namespace remint::emit_cpp {

// What the reference's dialect changes in the emitted code.
struct EmitOptions {
  // binary-truncate (cobol85 and default yes, ibm no): COMP/BINARY values cut to the PICTURE.
  bool binary_truncate = true;
  // pretty-display (cobol85 and default yes, ibm no): how DISPLAY shows numeric items.
  bool pretty_display = true;
};

struct EmitContext {
  const ir::Module& module;
  const EmitOptions& options;
  const UnitPlan& plan;
  CodeWriter& out;
  DiagnosticEmitter& diagnostics;
  // Procedure index -> its entry in plan.procedures.
  std::map<uint32_t, const ProcedurePlan*> procedures;
  int errors = 0;
  // The procedure whose statements are being written (invalid in the unit's own body).
  ir::ParagraphId current_procedure;
  // Storage block index -> the member array holding it.
  std::map<uint32_t, std::string> block_members;

  auto BlockMember(ir::BlockId block) const -> const std::string&;
  // The address of a data item's first byte ("working_storage_ + 12"); nullopt for items the
  // emitter does not place yet (tables, linkage, files).
  auto FieldAddress(ir::FieldId field) const -> std::optional<std::string>;
  // The cobrt storage format type of a numeric item (cobrt::Zoned<5, 2, ...>); nullopt for
  // encodings the runtime does not have yet.
  auto StorageFormat(const ir::Field& field) const -> std::optional<std::string>;

  auto dispatcher() const -> bool { return plan.flow == FlowShape::kDispatcher; }

  // Reports a construct not translated yet (RM6101); the emission then writes nothing.
  void Unsupported(SourceLoc loc, std::string_view what);
  auto Procedure(ir::ParagraphId id) const -> const ProcedurePlan&;
  // Dispatcher units: the constant naming a procedure (kP0100Init), and the last procedure a
  // PERFORM of `id` runs (a section's last paragraph).
  auto ProcedureConstant(ir::ParagraphId id) const -> std::string;
  auto RangeEnd(ir::ParagraphId id) const -> ir::ParagraphId;
  // The member holding an alterable GO TO's current target.
  auto AlterMember(ir::ParagraphId id) const -> std::string;
  // "// FILE:LINE" of a node: its original file (through copybooks) and line.
  auto SourceComment(SourceLoc loc) const -> std::string;
};

// The bytes a figurative constant stands for, once ("0" for ZERO); nullopt for NULL.
auto FigurativeBytes(ir::FigurativeConstant constant) -> std::optional<std::string>;
// A fixed-form numeric literal of at most 18 digits as a cobrt::Fixed expression.
auto FixedLiteral(const ir::Module& module, ir::ExpressionId id) -> std::optional<std::string>;
// The item a data reference names when it has no subscripts or reference modification.
auto PlainField(const ir::Module& module, ir::ExpressionId id) -> std::optional<ir::FieldId>;

// Writes each statement of `body`; statements not translated yet are reported.
void EmitStatements(EmitContext& context, const ir::StatementList& body);

// Storage (emit_data.cpp): the block members, and Initialize() with VALUEs and defaults.
void DeclareStorage(EmitContext& context);
void DefineInitialize(EmitContext& context, const std::string& class_name);

// Statement families with files of their own.
void EmitDisplay(EmitContext& context, SourceLoc loc, const ir::DisplayStatement& node);
void EmitMove(EmitContext& context, SourceLoc loc, const ir::MoveStatement& node);
void EmitCompute(EmitContext& context, SourceLoc loc, const ir::ComputeStatement& node);
void EmitArithmetic(EmitContext& context, SourceLoc loc, const ir::ArithmeticStatement& node);
void EmitIf(EmitContext& context, SourceLoc loc, const ir::IfStatement& node);
// A condition as a C++ bool expression; reports RM6101 and gives nullopt if not translated.
auto ConditionExpression(EmitContext& context, ir::ExpressionId id) -> std::optional<std::string>;
// A numeric literal or item as a cobrt::Fixed expression, and its integer part as an int64_t
// expression; both report RM6101 and give nullopt for other operands.
auto NumericValueExpression(EmitContext& context, ir::ExpressionId id)
    -> std::optional<std::string>;
auto IntegerValueExpression(EmitContext& context, ir::ExpressionId id)
    -> std::optional<std::string>;
void EmitLoop(EmitContext& context, SourceLoc loc, const ir::LoopStatement& node);

}  // namespace remint::emit_cpp

#endif  // REMINT_EMITTERS_CPP_EMIT_CONTEXT_H_
