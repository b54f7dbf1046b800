// Operand facts every statement family needs: numeric literals as
// cobrt::Fixed values, and the bytes of figurative constants.
#include <fmt/format.h>

#include "emitters/cpp/emit_context.h"
#include "ir/move_rules.h"

namespace remint::emit_cpp {

auto EmitContext::FigurativeBytes(ir::FigurativeConstant constant) const
    -> std::optional<std::string> {
  const ir::CollatingTable& table = module.unit(plan.id).collating_table;
  if (!native_figuratives && !table.weights.empty()) {
    if (constant == ir::FigurativeConstant::kHighValue) {
      return std::string(1, static_cast<char>(table.high_value));
    }
    if (constant == ir::FigurativeConstant::kLowValue) {
      return std::string(1, static_cast<char>(table.low_value));
    }
  }
  return ir::FigurativeBytes(constant);
}

auto EmitContext::CollationArgument() const -> std::string {
  return collating_weights.empty() ? std::string() : ", &" + collating_weights;
}

auto FixedLiteral(const ir::Module& module, ir::ExpressionId id) -> std::optional<std::string> {
  const auto* literal = module.expressions().TryGet<ir::NumericLiteralExpression>(id);
  if (literal == nullptr || literal->form != ir::NumericLiteralForm::kFixed) return std::nullopt;
  const std::string_view digits = module.str(literal->digits);
  // An int64 literal holds 18 digits; wider literals wait for a wide-literal form.
  if (digits.empty() || digits.size() > 18) return std::nullopt;
  return fmt::format("cobrt::Fixed<{}, {}>{{{}{}LL}}", digits.size(), literal->scale,
                     literal->negative ? "-" : "", digits);
}

auto IsJustified(const ir::Module& module, const ir::Field& field) -> bool {
  if (const auto* x = module.types().TryGet<ir::AlphanumericType>(field.type)) return x->justified;
  if (const auto* a = module.types().TryGet<ir::AlphabeticType>(field.type)) return a->justified;
  return false;
}

auto IsJustified(const ir::Module& module, const DataOperand& operand) -> bool {
  // A reference-modified item is alphanumeric whatever its clauses; registers have no field.
  if (operand.reference_modified || !operand.field.is_valid()) return false;
  return IsJustified(module, module.field(operand.field));
}

auto RoundingModeName(ir::RoundingMode mode) -> const char* {
  switch (mode) {
    case ir::RoundingMode::kNone:
    case ir::RoundingMode::kTruncation:
      return "kTruncation";
    case ir::RoundingMode::kNearestAwayFromZero:
      return "kNearestAwayFromZero";
    case ir::RoundingMode::kAwayFromZero:
      return "kAwayFromZero";
    case ir::RoundingMode::kNearestEven:
      return "kNearestEven";
    case ir::RoundingMode::kNearestTowardZero:
      return "kNearestTowardZero";
    case ir::RoundingMode::kProhibited:
      return "kProhibited";
    case ir::RoundingMode::kTowardGreater:
      return "kTowardGreater";
    case ir::RoundingMode::kTowardLesser:
      return "kTowardLesser";
  }
  return "kTruncation";
}

}  // namespace remint::emit_cpp
