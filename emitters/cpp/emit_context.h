// What every emission function of one unit shares: the module, the unit's plan, the code
// writer and the diagnostics. Free functions per IR node family (emit_statements.cpp, ...)
// take it, as Carbon's handlers take their context.
#ifndef REMINT_EMITTERS_CPP_EMIT_CONTEXT_H_
#define REMINT_EMITTERS_CPP_EMIT_CONTEXT_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

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
  // hostsign (ibm yes): an F sign nibble is valid in a signed packed item's NUMERIC test.
  bool host_sign = false;
  // ibm: ASSIGN TO a word names the file after the word's last '-' part (UT-S-NAME is NAME).
  bool ibm_assign_names = false;
  // A coverage build: every IF and EVALUATE WHEN counts which way it went
  // (runtime/io/decision_counts.h), for remint migrate's case synthesis.
  bool decision_counters = false;
};

// A data reference resolved to bytes: the item, the address of its first byte (a uint8_t*
// expression, subscripts included) and its length, known now or computed at run time
// (reference modification by items).
struct DataOperand {
  ir::FieldId field;
  std::string address;
  std::string size;                     // a size_t expression
  std::optional<uint64_t> static_size;  // when the length is a constant
  // (start:length) makes any item an alphanumeric one of that length.
  bool reference_modified = false;
  // A special register (RETURN-CODE): `field` is invalid and this is its storage format.
  std::optional<std::string> register_format;
};

// The labels an inline PERFORM loop being written offers EXIT PERFORM (past the loop) and EXIT
// PERFORM CYCLE (the end of the body); a label is written only when a statement jumps to it.
struct PerformExitLabels {
  std::string exit;
  std::string cycle;
  bool exit_used = false;
  bool cycle_used = false;
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
  // A called program (not the run's main program): GOBACK and EXIT PROGRAM return to the
  // caller through `returning_`.
  bool subprogram = false;
  // Storage block index -> the member array holding it.
  std::map<uint32_t, std::string> block_members;
  // Condition-name index -> the member function testing it (emit_predicates.cpp); a
  // condition-name without one is not translated.
  std::map<uint32_t, std::string> condition_predicates{};
  // The inline PERFORM loops being written, innermost last (emit_loop.cpp).
  std::vector<PerformExitLabels> perform_exits{};
  int next_label = 0;
  // Sentence block (statement index) -> the label after it that NEXT SENTENCE jumps to.
  std::map<uint32_t, std::string> sentence_ends{};
  // SPECIAL-NAMES CLASS name (upper-cased) -> its cobrt::ClassRange constant.
  std::map<std::string, std::string> class_constants = {};
  // Edited item (field index) -> the cobrt::EditedPicture constant of its PICTURE.
  std::map<uint32_t, std::string> edited_pictures = {};
  // A literal alphabet's PROGRAM COLLATING SEQUENCE: the class-scope cobrt::CollatingWeights
  // constant that alphanumeric comparisons pass; empty for the native order.
  std::string collating_weights = {};
  // Set while Initialize() writes the VALUE clauses of the module's last program: cobc gives
  // them X"FF" and X"00" for HIGH-VALUE and LOW-VALUE whatever the collating sequence.
  bool native_figuratives = false;
  // With options.decision_counters: the label of each counted decision, by index.
  std::vector<std::string> decision_labels = {};

  // `condition` as the program's code tests it: with decision counters, counted as decision
  // `label` ("IF PROGRAM:LINE").
  auto CountedDecision(const std::string& condition, const std::string& label) -> std::string;
  // `comparison` (an int: negative, zero, positive) as the code uses it: with decision counters,
  // counted as whether its operands were equal ("= PROGRAM:LINE"), the boundary where `>` and
  // `>=` part.
  auto CountedRelation(const std::string& comparison, const std::string& label) -> std::string;

  auto BlockMember(ir::BlockId block) const -> const std::string&;
  // The bytes a data reference names (emit_data_ref.cpp); nullopt for what the emitter does not
  // address yet (OCCURS DEPENDING ON, linkage) or for other expressions.
  auto Data(ir::ExpressionId id) const -> std::optional<DataOperand>;
  // An integer-valued subscript, index or reference-modification operand (literal, item,
  // index name, item +/- literal) as an int64_t expression.
  auto IntegerExpression(ir::ExpressionId id) const -> std::optional<std::string>;
  // The cobrt storage format of a numeric operand: an elementary numeric or index item not
  // reference-modified, or a special register; nullopt otherwise.
  auto NumericFormat(const DataOperand& operand) const -> std::optional<std::string>;
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
  // The statement that leaves the current function once GOBACK / EXIT PROGRAM has run.
  auto LeaveIfReturning() const -> std::string;
  // "// FILE:LINE" of a node: its original file (through copybooks) and line.
  auto SourceComment(SourceLoc loc) const -> std::string;
  // The bytes a figurative constant stands for in this unit: under a literal PROGRAM
  // COLLATING SEQUENCE, cobc makes HIGH-VALUE and LOW-VALUE the alphabet's highest and lowest
  // characters (procedure division and condition-name values; not VALUE clauses).
  auto FigurativeBytes(ir::FigurativeConstant constant) const -> std::optional<std::string>;
  // The trailing argument of cobrt's alphanumeric comparisons: ", &kCollatingWeights" under a
  // literal PROGRAM COLLATING SEQUENCE, else nothing.
  auto CollationArgument() const -> std::string;
};

// A fixed-form numeric literal of at most 18 digits as a cobrt::Fixed expression.
auto FixedLiteral(const ir::Module& module, ir::ExpressionId id) -> std::optional<std::string>;

// The cobrt::RoundingMode enumerator of a ROUNDED phrase ("kTruncation" without one).
auto RoundingModeName(ir::RoundingMode mode) -> const char*;
// Whether a receiving item is JUSTIFIED RIGHT (alphanumeric or alphabetic items only).
auto IsJustified(const ir::Module& module, const ir::Field& field) -> bool;
auto IsJustified(const ir::Module& module, const DataOperand& operand) -> bool;

// Writes each statement of `body`; statements not translated yet are reported.
void EmitStatements(EmitContext& context, const ir::StatementList& body);
// Runs the procedures of `range` as PERFORM does (PERFORM, SORT's INPUT and OUTPUT PROCEDUREs);
// `what` names the statement in the comment.
void EmitPerformRange(EmitContext& context, SourceLoc loc, const ir::ProcedureRange& range,
                      std::string_view what);

// Storage (emit_data.cpp): the block members, and Initialize() with VALUEs and defaults.
void DeclareStorage(EmitContext& context);
void DefineInitialize(EmitContext& context, const std::string& class_name);

// Files (emit_file_class.cpp): a cobrt file member per FD
// with SaveStatus and StandardErrorHandler, and their definitions.
void DeclareFiles(EmitContext& context);
void DefineFileHandlers(EmitContext& context, const std::string& class_name);

// Statement families with files of their own.
void EmitDisplay(EmitContext& context, SourceLoc loc, const ir::DisplayStatement& node);
void EmitAccept(EmitContext& context, SourceLoc loc, const ir::AcceptStatement& node);
void EmitCall(EmitContext& context, SourceLoc loc, const ir::CallStatement& node);
void EmitCancel(EmitContext& context, SourceLoc loc, const ir::CancelStatement& node);
void EmitMove(EmitContext& context, SourceLoc loc, const ir::MoveStatement& node);
void EmitInitialize(EmitContext& context, SourceLoc loc, const ir::InitializeStatement& node);
void EmitCompute(EmitContext& context, SourceLoc loc, const ir::ComputeStatement& node);
void EmitArithmetic(EmitContext& context, SourceLoc loc, const ir::ArithmeticStatement& node);
// An arithmetic operand of a relation computed as COMPUTE computes it (emit_compute.cpp), for
// what the condition emitter does not evaluate itself: an immediately invoked lambda giving
// its cobrt::Fixed value, with the value's digits and scale, or its cobrt::Decimal when it holds
// an exponentiation. Reports RM6101 and gives nullopt when it is not translated or may raise a
// size error.
struct ComputedValue {
  std::string value;
  int digits = 0;
  int scale = 0;
  // A value with an exponentiation: a cobrt::Decimal whose scale is known only at run time
  // (digits and scale unused).
  bool dynamic = false;
};
auto ComputedOperand(EmitContext& context, ir::ExpressionId id) -> std::optional<ComputedValue>;
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
// INSPECT, STRING, UNSTRING through cobrt's text layer (emit_text.cpp).
void EmitInspect(EmitContext& context, SourceLoc loc, const ir::InspectStatement& node);
void EmitString(EmitContext& context, SourceLoc loc, const ir::StringStatement& node);
void EmitUnstring(EmitContext& context, SourceLoc loc, const ir::UnstringStatement& node);
// EXIT PARAGRAPH, SECTION, PERFORM, PERFORM CYCLE and NEXT SENTENCE (emit_loop.cpp).
void EmitExit(EmitContext& context, SourceLoc loc, const ir::ExitStatement& node);
// A Block statement: its statements, wrapped in braces and followed by a label when NEXT
// SENTENCE names it (emit_loop.cpp).
void EmitBlock(EmitContext& context, ir::StatementId id, SourceLoc loc,
               const ir::BlockStatement& node);
// GO TO ... DEPENDING ON in a dispatcher unit (emit_loop.cpp).
void EmitGoToDepending(EmitContext& context, SourceLoc loc, const ir::GoToStatement& node);
void EmitSet(EmitContext& context, SourceLoc loc, const ir::SetStatement& node);
void EmitSearch(EmitContext& context, SourceLoc loc, const ir::SearchStatement& node);
void EmitEvaluate(EmitContext& context, SourceLoc loc, const ir::EvaluateStatement& node);
// Condition-names as predicates (emit_predicates.cpp): a member function per condition-name,
// declared in the class and defined after it.
void DeclareConditionNames(EmitContext& context);
void DefineConditionNames(EmitContext& context, const std::string& class_name);

// Intrinsic functions (emit_intrinsic.cpp); each reports RM6101 and gives nullopt for what is
// not translated.
// Whether the arithmetic expression `id` holds a FUNCTION call.
auto HoldsIntrinsic(const ir::Module& module, ir::ExpressionId id) -> bool;
// Whether it holds one that needs cob_decimal's run-time scale: any FUNCTION but the integer
// date functions of an item or literal, which ValueWriter computes on fixed point.
auto HoldsDecimalIntrinsic(const ir::Module& module, ir::ExpressionId id) -> bool;
// The integer date function `id` calls (INTEGER-OF-DATE and the like, their results integers
// of at most `digits` digits whatever the argument), with one numeric item or literal argument
// and no reference modification; nullptr otherwise.
struct IntegerDateFunction {
  std::string_view name;
  std::string_view runtime;  // the cobrt function on the argument's C int
  int digits;
};
auto IntegerDateFunctionOf(const ir::Module& module, ir::ExpressionId id)
    -> const IntegerDateFunction*;
// COMPUTE whose expression holds a FUNCTION (cob_decimal arithmetic of run-time scale).
void EmitComputeWithIntrinsics(EmitContext& context, SourceLoc loc,
                               const ir::ComputeStatement& node);
// ADD / SUBTRACT / MULTIPLY / DIVIDE with a FUNCTION operand (cob_decimal arithmetic).
void EmitArithmeticWithIntrinsics(EmitContext& context, SourceLoc loc,
                                  const ir::ArithmeticStatement& node);
// PERFORM FUNCTION ... TIMES: the count as an int64_t expression (cob_get_llint of the field).
auto IntrinsicCount(EmitContext& context, ir::ExpressionId id) -> std::optional<std::string>;
// MOVE FUNCTION ... TO target: the statement.
auto IntrinsicMove(EmitContext& context, ir::ExpressionId source, ir::ExpressionId target)
    -> std::optional<std::string>;
// DISPLAY FUNCTION ...: the line evaluating the function, and the line declaring `buffer`, a
// std::string holding what is shown.
struct IntrinsicDisplay {
  std::string evaluation;
  std::string form;
};
auto IntrinsicDisplayLines(EmitContext& context, ir::ExpressionId item, const std::string& buffer)
    -> std::optional<IntrinsicDisplay>;
// A relation `left op right` with a FUNCTION on either side, as a C++ bool expression (IF
// conditions and EVALUATE subjects against their objects).
auto IntrinsicRelation(EmitContext& context, ir::ExpressionId left, ir::RelationalOperator op,
                       ir::ExpressionId right) -> std::optional<std::string>;

}  // namespace remint::emit_cpp

#endif  // REMINT_EMITTERS_CPP_EMIT_CONTEXT_H_
