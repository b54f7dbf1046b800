#include "ir/builder.h"

#include <algorithm>
#include <cctype>
#include <charconv>

#include "ir/move_rules.h"
#include "ir/storage_layout.h"

namespace remint::ir {

Builder::Builder(Module& module, const SourceManager* sources, StorageSizeOptions size_options)
    : module_(module), sources_(sources), size_options_(size_options) {}

void Builder::NoteLocation(SourceLoc loc) {
  if (sources_ != nullptr && loc.include.is_valid()) {
    module_.ImportIncludeChain(*sources_, loc.include);
  }
}

// --- Types -------------------------------------------------------------------------------------

auto Builder::DecimalType(uint32_t digits, int32_t scale, bool is_signed, DecimalEncoding encoding,
                          SignPosition sign_position, bool sign_separate) -> TypeId {
  return module_.InternType(
      ir::DecimalType{digits, scale, is_signed, encoding, sign_position, sign_separate});
}
auto Builder::AlphanumericType(uint64_t length, bool justified) -> TypeId {
  return module_.InternType(ir::AlphanumericType{length, justified});
}
auto Builder::AlphabeticType(uint64_t length, bool justified) -> TypeId {
  return module_.InternType(ir::AlphabeticType{length, justified});
}
auto Builder::NationalType(uint64_t length, bool justified) -> TypeId {
  return module_.InternType(ir::NationalType{length, justified});
}
auto Builder::NumericEditedType(std::string_view picture, uint64_t length, uint32_t digits,
                                int32_t scale) -> TypeId {
  return module_.InternType(ir::NumericEditedType{Intern(picture), length, digits, scale});
}
auto Builder::AlphanumericEditedType(std::string_view picture, uint64_t length) -> TypeId {
  return module_.InternType(ir::AlphanumericEditedType{Intern(picture), length});
}
auto Builder::GroupType() -> TypeId { return module_.InternType(ir::GroupType{}); }
auto Builder::FloatType(uint32_t bits) -> TypeId { return module_.InternType(ir::FloatType{bits}); }
auto Builder::IntegerType(uint32_t bits, bool is_signed) -> TypeId {
  return module_.InternType(ir::IntegerType{bits, is_signed});
}
auto Builder::LogicalType(uint32_t bytes) -> TypeId {
  return module_.InternType(ir::LogicalType{bytes});
}
auto Builder::CharacterType(uint64_t length) -> TypeId {
  return module_.InternType(ir::CharacterType{length});
}
auto Builder::ComplexType(uint32_t part_bits) -> TypeId {
  return module_.InternType(ir::ComplexType{part_bits});
}
auto Builder::IndexType() -> TypeId { return module_.InternType(ir::IndexType{}); }
auto Builder::PointerType(bool is_program_pointer) -> TypeId {
  return module_.InternType(ir::PointerType{is_program_pointer});
}
auto Builder::ConditionType() -> TypeId { return module_.InternType(ir::ConditionType{}); }
auto Builder::DecimalIntermediateType(uint32_t digits, int32_t scale,
                                      IntermediatePrecision precision, IntermediatePlaces places)
    -> TypeId {
  return module_.InternType(ir::DecimalIntermediateType{digits, scale, precision, places});
}
auto Builder::NumericIntermediateType(RuntimePrecision source) -> TypeId {
  return module_.InternType(ir::NumericIntermediateType{source});
}
auto Builder::InternValue(const ArithmeticValue& value) -> TypeId {
  return std::visit([&](const auto& type) { return module_.InternType(type); }, value);
}

auto Builder::TypeFromPicture(std::string_view picture, DecimalEncoding encoding,
                              SignPosition sign_position, bool sign_separate, bool justified)
    -> ErrorOr<TypeId> {
  ErrorOr<PictureSummary> summary = AnalyzePicture(picture);
  if (!summary) return summary.error();
  switch (summary->category) {
    case DataCategory::kNumeric:
      return DecimalType(summary->digits, summary->scale, summary->is_signed, encoding,
                         sign_position, sign_separate && summary->is_signed);
    case DataCategory::kNumericEdited:
      return NumericEditedType(picture, summary->length, summary->digits, summary->scale);
    case DataCategory::kAlphanumericEdited:
      return AlphanumericEditedType(picture, summary->length);
    case DataCategory::kAlphabetic:
      return AlphabeticType(summary->length, justified);
    case DataCategory::kNational:
      return NationalType(summary->length, justified);
    default:
      return AlphanumericType(summary->length, justified);
  }
}

// --- Units and storage -------------------------------------------------------------------------

auto Builder::AddUnit(SourceLoc loc, std::string_view name, UnitKind kind, Language language,
                      UnitId parent) -> UnitId {
  NoteLocation(loc);
  Unit unit;
  unit.loc = loc;
  unit.name = Intern(name);
  unit.kind = kind;
  unit.language = language;
  unit.parent = parent;
  UnitId id = module_.units().Add(std::move(unit));
  if (parent.is_valid()) module_.units().Get(parent).nested.push_back(id);
  return id;
}

void Builder::AddParameter(UnitId unit, FieldId field, PassingMode mode) {
  module_.units().Get(unit).parameters.push_back(Parameter{field, mode});
}

auto Builder::AddBlock(UnitId unit, SourceLoc loc, std::string_view name, StorageClass storage)
    -> BlockId {
  NoteLocation(loc);
  StorageBlock block;
  block.loc = loc;
  block.name = Intern(name);
  block.unit = unit;
  block.storage = storage;
  BlockId id = module_.blocks().Add(std::move(block));
  if (unit.is_valid()) module_.units().Get(unit).blocks.push_back(id);
  return id;
}

auto Builder::AddField(BlockId block, FieldId parent, SourceLoc loc, std::string_view name,
                       uint32_t level, TypeId type) -> FieldId {
  NoteLocation(loc);
  Field field;
  field.loc = loc;
  field.name = Intern(name);
  field.level = level;
  field.block = block;
  field.parent = parent;
  field.type = type;
  FieldId id = module_.fields().Add(std::move(field));
  if (parent.is_valid()) {
    module_.field(parent).children.push_back(id);
  } else {
    module_.blocks().Get(block).fields.push_back(id);
  }
  return id;
}

auto Builder::AddRedefines(FieldId base, SourceLoc loc, std::string_view name, uint32_t level,
                           TypeId type) -> FieldId {
  const Field& base_field = module_.field(base);
  FieldId id = AddField(base_field.block, base_field.parent, loc, name, level, type);
  Field& field = module_.field(id);
  field.view = ViewKind::kRedefines;
  field.base = base;
  return id;
}

auto Builder::AddEquivalence(FieldId base, uint64_t offset, SourceLoc loc, std::string_view name,
                             TypeId type) -> FieldId {
  const Field& base_field = module_.field(base);
  uint64_t absolute = base_field.offset + offset;
  FieldId id = AddField(base_field.block, FieldId(), loc, name, 0, type);
  Field& field = module_.field(id);
  field.view = ViewKind::kEquivalence;
  field.base = base;
  field.offset = absolute;
  return id;
}

auto Builder::AddRenames(FieldId first, FieldId thru, SourceLoc loc, std::string_view name)
    -> FieldId {
  FieldId id = AddField(module_.field(first).block, FieldId(), loc, name, 66, TypeId());
  Field& field = module_.field(id);
  field.view = ViewKind::kRenames;
  field.base = first;
  field.renames_thru = thru;
  // A RENAMES of one elementary item has that item's type; of a range, alphanumeric bytes
  // (set by LayOut once the span is known).
  const Field& first_field = module_.field(first);
  if (!thru.is_valid() && first_field.children.empty()) field.type = first_field.type;
  return id;
}

void Builder::SetArray(FieldId field, ArrayShape shape) {
  module_.field(field).array = std::move(shape);
}

auto Builder::AddConditionName(FieldId field, SourceLoc loc, std::string_view name,
                               std::vector<ConditionValue> values) -> ConditionNameId {
  NoteLocation(loc);
  ConditionName condition;
  condition.loc = loc;
  condition.name = Intern(name);
  condition.field = field;
  condition.values = std::move(values);
  ConditionNameId id = module_.condition_names().Add(std::move(condition));
  module_.field(field).condition_names.push_back(id);
  return id;
}

void Builder::LayOut(BlockId block) {
  LayOutBlock(module_, block, size_options_);
  // Range RENAMES get an alphanumeric type of their span.
  for (FieldId id : module_.blocks().Get(block).fields) {
    Field& field = module_.field(id);
    if (field.view == ViewKind::kRenames && !field.type.is_valid()) {
      field.type = AlphanumericType(field.size);
    }
  }
}

// --- Files -------------------------------------------------------------------------------------

auto Builder::AddFile(UnitId unit, SourceLoc loc, std::string_view name,
                      std::string_view assign_name, FileKind kind) -> FileDescriptionId {
  NoteLocation(loc);
  FileDescription file;
  file.loc = loc;
  file.name = Intern(name);
  file.unit = unit;
  file.kind = kind;
  file.assign_name = Intern(assign_name);
  FileDescriptionId id = module_.files().Add(std::move(file));
  BlockId block = AddBlock(unit, loc, name, StorageClass::kFileRecord);
  module_.blocks().Get(block).file = id;
  module_.files().Get(id).record_block = block;
  module_.units().Get(unit).files.push_back(id);
  return id;
}

// --- Procedures --------------------------------------------------------------------------------

auto Builder::AddSection(UnitId unit, SourceLoc loc, std::string_view name) -> ParagraphId {
  NoteLocation(loc);
  Paragraph section;
  section.loc = loc;
  section.name = Intern(name);
  section.kind = ProcedureKind::kSection;
  section.unit = unit;
  ParagraphId id = module_.paragraphs().Add(std::move(section));
  module_.units().Get(unit).procedures.push_back(id);
  return id;
}

auto Builder::AddParagraph(UnitId unit, SourceLoc loc, std::string_view name, ParagraphId section)
    -> ParagraphId {
  NoteLocation(loc);
  Paragraph paragraph;
  paragraph.loc = loc;
  paragraph.name = Intern(name);
  paragraph.kind = ProcedureKind::kParagraph;
  paragraph.unit = unit;
  paragraph.section = section;
  ParagraphId id = module_.paragraphs().Add(std::move(paragraph));
  if (section.is_valid()) {
    module_.paragraphs().Get(section).paragraphs.push_back(id);
  } else {
    module_.units().Get(unit).procedures.push_back(id);
  }
  return id;
}

void Builder::Append(ParagraphId paragraph, StatementId statement) {
  module_.paragraphs().Get(paragraph).body.push_back(statement);
}

void Builder::AppendToBody(UnitId unit, StatementId statement) {
  module_.units().Get(unit).body.push_back(statement);
}

auto Builder::AddLabel(UnitId unit, SourceLoc loc, std::string_view name) -> LabelId {
  NoteLocation(loc);
  Label label;
  label.loc = loc;
  label.name = Intern(name);
  label.unit = unit;
  LabelId id = module_.labels().Add(std::move(label));
  module_.labels().Get(id).statement = Statement(loc, ir::LabelStatement{id});
  return id;
}

auto Builder::LabelStatementOf(LabelId label) const -> StatementId {
  return module_.labels().Get(label).statement;
}

// --- Expressions -------------------------------------------------------------------------------

auto Builder::NumericLiteral(SourceLoc loc, std::string_view text, TypeId type) -> ExpressionId {
  NumericLiteralExpression literal;
  literal.text = Intern(text);
  std::string_view rest = text;
  bool has_sign = false;
  if (!rest.empty() && (rest.front() == '+' || rest.front() == '-')) {
    literal.negative = rest.front() == '-';
    has_sign = true;
    rest.remove_prefix(1);
  }
  size_t exponent_at = rest.find_first_of("EeDd");
  if (exponent_at != std::string_view::npos) {
    literal.form = NumericLiteralForm::kFloating;
    std::string_view exponent = rest.substr(exponent_at + 1);
    bool exponent_negative = !exponent.empty() && exponent.front() == '-';
    if (!exponent.empty() && (exponent.front() == '-' || exponent.front() == '+')) {
      exponent.remove_prefix(1);
    }
    // Saturates: no language allows an exponent of more than a few digits, and a front end
    // that lets a longer one through must not overflow here.
    constexpr int32_t kExponentLimit = 1'000'000;
    int32_t value = 0;
    for (char c : exponent) {
      if (std::isdigit(static_cast<unsigned char>(c)) && value < kExponentLimit) {
        value = value * 10 + (c - '0');
      }
    }
    literal.exponent = exponent_negative ? -value : value;
    rest = rest.substr(0, exponent_at);
  }
  std::string digits;
  int32_t scale = 0;
  bool after_point = false;
  for (char c : rest) {
    if (c == '.' || c == ',') {
      after_point = true;
    } else if (std::isdigit(static_cast<unsigned char>(c))) {
      digits += c;
      if (after_point) ++scale;
    }
  }
  size_t first_nonzero = digits.find_first_not_of('0');
  digits = first_nonzero == std::string::npos ? "0" : digits.substr(first_nonzero);
  literal.digits = Intern(digits);
  literal.scale = scale;
  if (!type.is_valid()) {
    if (literal.form == NumericLiteralForm::kFloating) {
      type = FloatType(64);
    } else {
      uint32_t positions =
          std::max<uint32_t>(static_cast<uint32_t>(digits.size()), static_cast<uint32_t>(scale));
      type = DecimalType(positions, scale, has_sign, DecimalEncoding::kZoned);
    }
  }
  return Expression(loc, type, std::move(literal));
}

auto Builder::StringLiteral(SourceLoc loc, std::string_view value, LiteralForm form)
    -> ExpressionId {
  TypeId type = form == LiteralForm::kNational ? NationalType(value.size() / 2)
                                               : AlphanumericType(value.size());
  return Expression(loc, type, StringLiteralExpression{Intern(value), form});
}

auto Builder::Figurative(SourceLoc loc, FigurativeConstant constant) -> ExpressionId {
  TypeId type = constant == FigurativeConstant::kZero
                    ? DecimalType(1, 0, false, DecimalEncoding::kZoned)
                    : AlphanumericType(1);
  return Expression(loc, type, FigurativeExpression{constant});
}

auto Builder::AllLiteral(SourceLoc loc, ExpressionId literal) -> ExpressionId {
  return Expression(loc, module_.expression_type(literal), AllLiteralExpression{literal});
}

auto Builder::LogicalLiteral(SourceLoc loc, bool value) -> ExpressionId {
  return Expression(loc, ConditionType(), LogicalLiteralExpression{value});
}

auto Builder::DataRef(SourceLoc loc, FieldId field, ExpressionList subscripts,
                      ExpressionId refmod_start, ExpressionId refmod_length) -> ExpressionId {
  TypeId type = module_.field(field).type;
  if (refmod_start.is_valid()) {
    // A reference-modified item is alphanumeric whatever the item's category. Its length is
    // the item's unless a literal integer that fits says otherwise (front ends reject a
    // constant length outside the item; a fraction or an overlong literal must not throw).
    uint64_t length = module_.field(field).size;
    if (refmod_length.is_valid()) {
      if (const auto* literal =
              module_.expressions().TryGet<NumericLiteralExpression>(refmod_length)) {
        const std::string_view digits = module_.str(literal->digits);
        uint64_t value = 0;
        auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
        if (error == std::errc() && end == digits.data() + digits.size() && literal->scale == 0 &&
            !literal->negative && literal->form == NumericLiteralForm::kFixed) {
          length = value;
        }
      }
    }
    type = AlphanumericType(length);
  }
  return Expression(
      loc, type, DataRefExpression{field, {}, std::move(subscripts), refmod_start, refmod_length});
}

auto Builder::ConditionNameRef(SourceLoc loc, ConditionNameId condition, ExpressionList subscripts)
    -> ExpressionId {
  return Expression(loc, ConditionType(),
                    ConditionNameRefExpression{condition, std::move(subscripts)});
}

auto Builder::Binary(SourceLoc loc, ArithmeticOperator op, ExpressionId left, ExpressionId right)
    -> ExpressionId {
  const TypeArena& types = module_.types();
  TypeId left_type = module_.expression_type(left);
  TypeId right_type = module_.expression_type(right);
  if (op != ArithmeticOperator::kConcatenate && (IsCobolArithmeticOperand(module_, left_type) ||
                                                 IsCobolArithmeticOperand(module_, right_type))) {
    return CobolBinary(loc, op, left, right);
  }
  TypeId type = NumericIntermediateType(RuntimePrecision::kOperand);
  if (op == ArithmeticOperator::kConcatenate) {
    const auto* lc = types.TryGet<ir::CharacterType>(left_type);
    const auto* rc = types.TryGet<ir::CharacterType>(right_type);
    type = CharacterType((lc ? lc->length : 0) + (rc ? rc->length : 0));
  } else if (types.Is<ir::FloatType>(left_type) || types.Is<ir::FloatType>(right_type)) {
    uint32_t bits = 32;
    if (const auto* f = types.TryGet<ir::FloatType>(left_type)) bits = std::max(bits, f->bits);
    if (const auto* f = types.TryGet<ir::FloatType>(right_type)) bits = std::max(bits, f->bits);
    type = FloatType(bits);
  } else if (types.Is<ir::IntegerType>(left_type) && types.Is<ir::IntegerType>(right_type)) {
    type = IntegerType(std::max(types.Get<ir::IntegerType>(left_type).bits,
                                types.Get<ir::IntegerType>(right_type).bits));
  }
  return Expression(loc, type, BinaryExpression{op, left, right});
}

auto Builder::Unary(SourceLoc loc, UnaryOperator op, ExpressionId operand) -> ExpressionId {
  if (IsCobolArithmeticOperand(module_, module_.expression_type(operand))) {
    return CobolUnary(loc, op, operand);
  }
  return Expression(loc, module_.expression_type(operand), UnaryExpression{op, operand});
}

auto Builder::CobolBinary(SourceLoc loc, ArithmeticOperator op, ExpressionId left,
                          ExpressionId right) -> ExpressionId {
  TypeId type = InternValue(BinaryValue(module_, op, left, right, size_options_));
  return Expression(loc, type, BinaryExpression{op, left, right});
}

auto Builder::CobolUnary(SourceLoc loc, UnaryOperator op, ExpressionId operand) -> ExpressionId {
  TypeId type = InternValue(UnaryValue(module_, op, operand, size_options_));
  return Expression(loc, type, UnaryExpression{op, operand});
}

auto Builder::DecimalAlign(SourceLoc loc, ExpressionId operand, int32_t places) -> ExpressionId {
  TypeId type = InternValue(AlignValue(module_, operand, places, size_options_));
  return Expression(loc, type, DecimalAlignExpression{operand, places});
}

auto Builder::Relational(SourceLoc loc, RelationalOperator op, ExpressionId left,
                         ExpressionId right) -> ExpressionId {
  return Expression(loc, ConditionType(), RelationalExpression{op, left, right});
}

auto Builder::Not(SourceLoc loc, ExpressionId operand) -> ExpressionId {
  return Expression(loc, ConditionType(), NotExpression{operand});
}

auto Builder::Logical(SourceLoc loc, LogicalOperator op, ExpressionId left, ExpressionId right)
    -> ExpressionId {
  return Expression(loc, ConditionType(), LogicalExpression{op, left, right});
}

// --- Statements --------------------------------------------------------------------------------

auto Builder::Move(SourceLoc loc, ExpressionId source, ExpressionList targets) -> StatementId {
  MoveStatement move;
  move.source = source;
  for (ExpressionId target : targets) {
    move.conversions.push_back(ClassifyMove(module_, source, module_.expression_type(target))
                                   .value_or(MoveConversion::kByteCopy));
  }
  move.targets = std::move(targets);
  return Statement(loc, std::move(move));
}

auto Builder::If(SourceLoc loc, ExpressionId condition, StatementList then_branch,
                 StatementList else_branch) -> StatementId {
  return Statement(loc, IfStatement{condition, std::move(then_branch), std::move(else_branch)});
}

auto Builder::Perform(SourceLoc loc, ParagraphId first, ParagraphId last) -> StatementId {
  return Statement(loc, PerformStatement{ProcedureRange{first, last}});
}

auto Builder::GoTo(SourceLoc loc, JumpTarget target) -> StatementId {
  return Statement(loc, GoToStatement{GoToForm::kSimple, {target}, ExpressionId()});
}

auto Builder::Compute(SourceLoc loc, ExpressionId target, ExpressionId value, RoundingMode rounding)
    -> StatementId {
  ComputeStatement compute;
  compute.targets.push_back(ArithmeticTarget{target, rounding});
  compute.value = value;
  return Statement(loc, std::move(compute));
}

auto Builder::Display(SourceLoc loc, ExpressionList items) -> StatementId {
  DisplayStatement display;
  display.items = std::move(items);
  return Statement(loc, std::move(display));
}

auto Builder::Continue(SourceLoc loc) -> StatementId { return Statement(loc, ContinueStatement{}); }

}  // namespace remint::ir
