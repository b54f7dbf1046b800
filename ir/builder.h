// ir::Builder: the API front ends lower through. It creates nodes with their links already
// consistent (a field is added to its parent's children, a paragraph to its unit), interns
// strings and types, gives expressions their types and MOVEs their conversions, and lays out
// storage. Anything it does not wrap can be created with Expression<T>() / Statement<T>().
//
// Lowering is bottom-up: build operands and nested statement lists first, then the node that
// owns them, then append the statement to its paragraph or unit body.
#ifndef REMINT_IR_BUILDER_H_
#define REMINT_IR_BUILDER_H_

#include <string_view>

#include "ir/arithmetic_model.h"
#include "ir/module.h"
#include "ir/storage_size.h"

namespace remint {
class SourceManager;
}

namespace remint::ir {

class Builder {
 public:
  // `sources`, if given, supplies include records for the locations of new nodes.
  explicit Builder(Module& module, const SourceManager* sources = nullptr,
                   StorageSizeOptions size_options = {});

  auto module() -> Module& { return module_; }
  auto size_options() const -> const StorageSizeOptions& { return size_options_; }
  auto Intern(std::string_view text) -> StringId { return module_.Intern(text); }

  // --- Types ---
  auto DecimalType(uint32_t digits, int32_t scale, bool is_signed, DecimalEncoding encoding,
                   SignPosition sign_position = SignPosition::kTrailing, bool sign_separate = false)
      -> TypeId;
  auto AlphanumericType(uint64_t length, bool justified = false) -> TypeId;
  auto AlphabeticType(uint64_t length, bool justified = false) -> TypeId;
  auto NationalType(uint64_t length, bool justified = false) -> TypeId;
  auto NumericEditedType(std::string_view picture, uint64_t length, uint32_t digits, int32_t scale)
      -> TypeId;
  auto AlphanumericEditedType(std::string_view picture, uint64_t length) -> TypeId;
  auto GroupType() -> TypeId;
  auto FloatType(uint32_t bits) -> TypeId;
  auto IntegerType(uint32_t bits, bool is_signed = true) -> TypeId;
  auto LogicalType(uint32_t bytes = 4) -> TypeId;
  auto CharacterType(uint64_t length) -> TypeId;
  auto ComplexType(uint32_t part_bits) -> TypeId;
  auto IndexType() -> TypeId;
  auto PointerType(bool is_program_pointer = false) -> TypeId;
  auto ConditionType() -> TypeId;
  auto DecimalIntermediateType(uint32_t digits, int32_t scale, IntermediatePrecision precision,
                               IntermediatePlaces places = IntermediatePlaces::kFixed) -> TypeId;
  auto NumericIntermediateType(RuntimePrecision source) -> TypeId;
  auto InternValue(const ArithmeticValue& value) -> TypeId;
  // The type of a COBOL item with this PICTURE and a numeric USAGE's encoding (ignored for
  // non-numeric pictures). Fails on a malformed picture.
  auto TypeFromPicture(std::string_view picture, DecimalEncoding encoding,
                       SignPosition sign_position = SignPosition::kTrailing,
                       bool sign_separate = false, bool justified = false) -> ErrorOr<TypeId>;

  // --- Units and storage ---
  auto AddUnit(SourceLoc loc, std::string_view name, UnitKind kind, Language language,
               UnitId parent = UnitId()) -> UnitId;
  void AddParameter(UnitId unit, FieldId field, PassingMode mode);
  auto AddBlock(UnitId unit, SourceLoc loc, std::string_view name, StorageClass storage) -> BlockId;
  // A field under `parent` (or at the top of `block` when parent is invalid). Empty name is
  // FILLER. Offsets and sizes are set by LayOut.
  auto AddField(BlockId block, FieldId parent, SourceLoc loc, std::string_view name, uint32_t level,
                TypeId type) -> FieldId;
  // REDEFINES: a sibling of `base` viewing its storage.
  auto AddRedefines(FieldId base, SourceLoc loc, std::string_view name, uint32_t level, TypeId type)
      -> FieldId;
  // Fortran EQUIVALENCE: a view of `base`'s block at `offset` bytes from `base`.
  auto AddEquivalence(FieldId base, uint64_t offset, SourceLoc loc, std::string_view name,
                      TypeId type) -> FieldId;
  // Level 66: a view of first..thru (thru invalid: first only), at the top of first's block.
  auto AddRenames(FieldId first, FieldId thru, SourceLoc loc, std::string_view name) -> FieldId;
  void SetArray(FieldId field, ArrayShape shape);
  auto AddConditionName(FieldId field, SourceLoc loc, std::string_view name,
                        std::vector<ConditionValue> values) -> ConditionNameId;
  // Computes offsets and sizes of the block's fields (call once the block is complete).
  void LayOut(BlockId block);

  // --- Files ---
  // An FD/SD with its record block (storage file-record, named like the file).
  auto AddFile(UnitId unit, SourceLoc loc, std::string_view name, std::string_view assign_name,
               FileKind kind = FileKind::kFile) -> FileDescriptionId;

  // --- Procedures ---
  auto AddSection(UnitId unit, SourceLoc loc, std::string_view name) -> ParagraphId;
  // A paragraph in `section`, or directly in the unit when section is invalid.
  auto AddParagraph(UnitId unit, SourceLoc loc, std::string_view name,
                    ParagraphId section = ParagraphId()) -> ParagraphId;
  void Append(ParagraphId paragraph, StatementId statement);
  void AppendToBody(UnitId unit, StatementId statement);
  // A Fortran label and the Label statement that places it (append that statement where the
  // label stands).
  auto AddLabel(UnitId unit, SourceLoc loc, std::string_view name) -> LabelId;
  auto LabelStatementOf(LabelId label) const -> StatementId;

  // --- Expressions ---
  template <typename T>
  auto Expression(SourceLoc loc, TypeId type, T node) -> ExpressionId {
    NoteLocation(loc);
    return module_.AddExpression(loc, type, std::move(node));
  }
  // "123.45", "-7", "+0.5", "1.5E-3" (floating). Typed as zoned decimal unless `type` given.
  auto NumericLiteral(SourceLoc loc, std::string_view text, TypeId type = TypeId()) -> ExpressionId;
  auto StringLiteral(SourceLoc loc, std::string_view value,
                     LiteralForm form = LiteralForm::kAlphanumeric) -> ExpressionId;
  auto Figurative(SourceLoc loc, FigurativeConstant constant) -> ExpressionId;
  auto AllLiteral(SourceLoc loc, ExpressionId literal) -> ExpressionId;
  auto LogicalLiteral(SourceLoc loc, bool value) -> ExpressionId;
  auto DataRef(SourceLoc loc, FieldId field, ExpressionList subscripts = {},
               ExpressionId refmod_start = ExpressionId(),
               ExpressionId refmod_length = ExpressionId()) -> ExpressionId;
  auto ConditionNameRef(SourceLoc loc, ConditionNameId condition, ExpressionList subscripts = {})
      -> ExpressionId;
  // Arithmetic. With a COBOL operand (decimal item or literal, intermediate, index item) the
  // result is typed by the COBOL model (ir/arithmetic_model.h); otherwise by Fortran's rules
  // (integer, float, character concatenation).
  auto Binary(SourceLoc loc, ArithmeticOperator op, ExpressionId left, ExpressionId right)
      -> ExpressionId;
  auto Unary(SourceLoc loc, UnaryOperator op, ExpressionId operand) -> ExpressionId;
  // COBOL arithmetic whatever the operands (COMP-1/COMP-2 operands included): what the COBOL
  // front end lowers through.
  auto CobolBinary(SourceLoc loc, ArithmeticOperator op, ExpressionId left, ExpressionId right)
      -> ExpressionId;
  auto CobolUnary(SourceLoc loc, UnaryOperator op, ExpressionId operand) -> ExpressionId;
  // ibm arithmetic-osvs: cob_decimal_align(operand, places).
  auto DecimalAlign(SourceLoc loc, ExpressionId operand, int32_t places) -> ExpressionId;
  auto Relational(SourceLoc loc, RelationalOperator op, ExpressionId left, ExpressionId right)
      -> ExpressionId;
  auto Not(SourceLoc loc, ExpressionId operand) -> ExpressionId;
  auto Logical(SourceLoc loc, LogicalOperator op, ExpressionId left, ExpressionId right)
      -> ExpressionId;

  // --- Statements ---
  template <typename T>
  auto Statement(SourceLoc loc, T node) -> StatementId {
    NoteLocation(loc);
    return module_.AddStatement(loc, std::move(node));
  }
  // Records the conversion each target implies (ir/move_rules.h); an illegal MOVE is recorded
  // as byte-copy and left for the verifier to report.
  auto Move(SourceLoc loc, ExpressionId source, ExpressionList targets) -> StatementId;
  auto If(SourceLoc loc, ExpressionId condition, StatementList then_branch,
          StatementList else_branch = {}) -> StatementId;
  auto Perform(SourceLoc loc, ParagraphId first, ParagraphId last = ParagraphId()) -> StatementId;
  auto GoTo(SourceLoc loc, JumpTarget target) -> StatementId;
  auto Compute(SourceLoc loc, ExpressionId target, ExpressionId value,
               RoundingMode rounding = RoundingMode::kNone) -> StatementId;
  auto Display(SourceLoc loc, ExpressionList items) -> StatementId;
  auto Continue(SourceLoc loc) -> StatementId;

 private:
  void NoteLocation(SourceLoc loc);

  Module& module_;
  const SourceManager* sources_;
  StorageSizeOptions size_options_;
};

}  // namespace remint::ir

#endif  // REMINT_IR_BUILDER_H_
