#include "ir/move_rules.h"

namespace remint::ir {

auto FigurativeBytes(FigurativeConstant constant) -> std::optional<std::string> {
  switch (constant) {
    case FigurativeConstant::kZero:
      return std::string("0");
    case FigurativeConstant::kSpace:
      return std::string(" ");
    case FigurativeConstant::kHighValue:
      return std::string("\xff");
    case FigurativeConstant::kLowValue:
      return std::string(1, '\0');
    case FigurativeConstant::kQuote:
      return std::string("\"");
    case FigurativeConstant::kNull:
      return std::nullopt;
  }
  return std::nullopt;
}

auto CategoryOf(const Module& module, TypeId type) -> DataCategory {
  switch (module.types().kind(type)) {
    case TypeKind::kDecimal:
    case TypeKind::kInteger:
    case TypeKind::kDecimalIntermediate:
    case TypeKind::kNumericIntermediate:
      return DataCategory::kNumeric;
    case TypeKind::kAlphanumeric:
      return DataCategory::kAlphanumeric;
    case TypeKind::kAlphabetic:
      return DataCategory::kAlphabetic;
    case TypeKind::kNational:
      return DataCategory::kNational;
    case TypeKind::kNumericEdited:
      return DataCategory::kNumericEdited;
    case TypeKind::kAlphanumericEdited:
      return DataCategory::kAlphanumericEdited;
    case TypeKind::kGroup:
      return DataCategory::kGroup;
    case TypeKind::kFloat:
      return DataCategory::kFloat;
    case TypeKind::kLogical:
      return DataCategory::kLogical;
    case TypeKind::kCharacter:
      return DataCategory::kCharacter;
    case TypeKind::kComplex:
      return DataCategory::kComplex;
    case TypeKind::kIndex:
      return DataCategory::kIndex;
    case TypeKind::kPointer:
      return DataCategory::kPointer;
    case TypeKind::kCondition:
      return DataCategory::kCondition;
  }
  return DataCategory::kAlphanumeric;
}

namespace {

auto IsAlphanumericLike(DataCategory c) -> bool {
  return c == DataCategory::kAlphanumeric || c == DataCategory::kAlphabetic ||
         c == DataCategory::kAlphanumericEdited || c == DataCategory::kNational;
}

// Categories that SET, not MOVE, changes or reads.
auto IsSetOnly(DataCategory c) -> bool {
  return c == DataCategory::kIndex || c == DataCategory::kPointer ||
         c == DataCategory::kCondition || c == DataCategory::kLogical ||
         c == DataCategory::kComplex;
}

// Whether a numeric source is an integer (only integers may go to alphanumeric receivers).
auto IsIntegerSource(const Module& module, TypeId type) -> bool {
  if (const auto* decimal = module.types().TryGet<DecimalType>(type)) return decimal->scale <= 0;
  return module.types().Is<IntegerType>(type);
}

}  // namespace

auto ClassifyMove(const Module& module, ExpressionId source, TypeId target)
    -> std::optional<MoveConversion> {
  const ExpressionArena& expressions = module.expressions();
  if (IsSetOnly(CategoryOf(module, target))) return std::nullopt;  // SET, not MOVE, changes these
  if (expressions.Is<FigurativeExpression>(source) ||
      expressions.Is<AllLiteralExpression>(source)) {
    return MoveConversion::kFigurativeFill;
  }
  // A FUNCTION's result may or may not be an integer (SQRT(4), SQRT(2)); cobc accepts its MOVE
  // to an alphanumeric item and moves the result field's digits.
  if (expressions.Is<IntrinsicCallExpression>(source) &&
      CategoryOf(module, module.expression_type(source)) == DataCategory::kNumeric) {
    const DataCategory to = CategoryOf(module, target);
    if (to == DataCategory::kAlphanumericEdited) return MoveConversion::kAlphanumericEdit;
    if (IsAlphanumericLike(to)) return MoveConversion::kNumericToAlphanumeric;
  }
  return ClassifyItemMove(module, module.expression_type(source), target);
}

auto ClassifyItemMove(const Module& module, TypeId source, TypeId target)
    -> std::optional<MoveConversion> {
  DataCategory to = CategoryOf(module, target);
  if (IsSetOnly(to)) return std::nullopt;
  DataCategory from = CategoryOf(module, source);
  if (IsSetOnly(from)) return std::nullopt;
  if (from == DataCategory::kGroup || to == DataCategory::kGroup) return MoveConversion::kByteCopy;
  if (from == DataCategory::kFloat || to == DataCategory::kFloat) {
    bool numeric_side = from == DataCategory::kNumeric || from == DataCategory::kFloat ||
                        from == DataCategory::kNumericEdited;
    bool numeric_target = to == DataCategory::kNumeric || to == DataCategory::kFloat ||
                          to == DataCategory::kNumericEdited;
    if (numeric_side && numeric_target) return MoveConversion::kFloat;
    return std::nullopt;
  }
  switch (from) {
    case DataCategory::kAlphabetic:
    case DataCategory::kAlphanumericEdited:
    case DataCategory::kNational:
    case DataCategory::kCharacter:
      if (to == DataCategory::kAlphanumericEdited) return MoveConversion::kAlphanumericEdit;
      if (IsAlphanumericLike(to) || to == DataCategory::kCharacter) {
        return MoveConversion::kAlphanumeric;
      }
      return std::nullopt;  // to numeric or numeric-edited
    case DataCategory::kAlphanumeric:
      if (to == DataCategory::kNumeric) return MoveConversion::kAlphanumericToNumeric;
      if (to == DataCategory::kNumericEdited) return MoveConversion::kEdit;
      if (to == DataCategory::kAlphanumericEdited) return MoveConversion::kAlphanumericEdit;
      return MoveConversion::kAlphanumeric;
    case DataCategory::kNumeric:
      if (to == DataCategory::kNumeric) return MoveConversion::kNumeric;
      if (to == DataCategory::kNumericEdited) return MoveConversion::kEdit;
      if (to == DataCategory::kAlphabetic) return std::nullopt;
      if (!IsIntegerSource(module, source)) return std::nullopt;
      if (to == DataCategory::kAlphanumericEdited) return MoveConversion::kAlphanumericEdit;
      return MoveConversion::kNumericToAlphanumeric;
    case DataCategory::kNumericEdited:
      if (to == DataCategory::kNumeric) return MoveConversion::kDeEdit;
      if (to == DataCategory::kNumericEdited) return MoveConversion::kEdit;
      if (to == DataCategory::kAlphabetic) return std::nullopt;
      if (to == DataCategory::kAlphanumericEdited) return MoveConversion::kAlphanumericEdit;
      return MoveConversion::kAlphanumeric;
    default:
      return std::nullopt;
  }
}

}  // namespace remint::ir
