// Conditions -> C++ boolean expressions over cobrt's comparisons (runtime/edit/compare.h,
// runtime/decimal/fixed.h Compare; fact sheet §6), and IF. Relations pick the comparison
// cobc makes for the operands' categories: numeric with numeric by value, alphanumeric (and
// groups) byte-wise padded with spaces, a numeric item with an alphanumeric one through its
// digit string, and figurative constants or ALL literals repeated over the item.
#include <fmt/format.h>

#include <string>

#include "emitters/cpp/code_writer.h"
#include "emitters/cpp/emit_context.h"

namespace remint::emit_cpp {
namespace {

struct ConditionOperand {
  enum class Kind { kNumeric, kBytes, kRepeated, kUnknown } kind = Kind::kUnknown;
  std::string value;    // kNumeric: a Fixed expression
  std::string address;  // kBytes, and numeric items: const uint8_t*
  std::string size;     // kBytes: a size_t expression
  std::string format;   // numeric items: their cobrt storage format
  std::string pattern;  // kRepeated: the bytes repeated
};

auto ClassifyOperand(const EmitContext& context, ir::ExpressionId id) -> ConditionOperand {
  const ir::Module& module = context.module;
  const ir::ExpressionArena& expressions = module.expressions();
  ConditionOperand operand;
  if (expressions.Is<ir::DataRefExpression>(id)) {
    std::optional<DataOperand> item = context.Data(id);
    if (!item) return operand;
    const std::optional<std::string> address = item->address;
    operand.address = item->address;
    operand.size = item->size;
    if (item->reference_modified) {
      operand.kind = ConditionOperand::Kind::kBytes;
      return operand;
    }
    if (std::optional<std::string> format = context.NumericFormat(*item)) {
      operand.kind = ConditionOperand::Kind::kNumeric;
      operand.format = *format;
      operand.value = fmt::format("{}::Read({})", *format, *address);
      return operand;
    }
    if (!item->field.is_valid()) return operand;
    const ir::Field& field = module.field(item->field);
    if (!field.children.empty() || module.types().Is<ir::AlphanumericType>(field.type) ||
        module.types().Is<ir::AlphabeticType>(field.type)) {
      operand.kind = ConditionOperand::Kind::kBytes;
    }
    return operand;
  }
  if (expressions.Is<ir::NumericLiteralExpression>(id)) {
    std::optional<std::string> literal = FixedLiteral(module, id);
    if (!literal) return operand;
    operand.kind = ConditionOperand::Kind::kNumeric;
    operand.value = *literal;
    return operand;
  }
  if (const auto* literal = expressions.TryGet<ir::StringLiteralExpression>(id)) {
    if (literal->form == ir::LiteralForm::kNational) return operand;
    const std::string_view bytes = module.str(literal->value);
    operand.kind = ConditionOperand::Kind::kBytes;
    operand.address = fmt::format("reinterpret_cast<const uint8_t*>({})", CppStringLiteral(bytes));
    operand.size = fmt::format("{}", bytes.size());
    return operand;
  }
  if (const auto* figurative = expressions.TryGet<ir::FigurativeExpression>(id)) {
    if (std::optional<std::string> bytes = FigurativeBytes(figurative->constant)) {
      operand.kind = ConditionOperand::Kind::kRepeated;
      operand.pattern = *bytes;
    }
    return operand;
  }
  if (const auto* all = expressions.TryGet<ir::AllLiteralExpression>(id)) {
    if (const auto* literal = expressions.TryGet<ir::StringLiteralExpression>(all->literal)) {
      operand.kind = ConditionOperand::Kind::kRepeated;
      operand.pattern = std::string(module.str(literal->value));
    }
  }
  return operand;
}

auto OperatorText(ir::RelationalOperator op) -> const char* {
  switch (op) {
    case ir::RelationalOperator::kEqual:
      return "==";
    case ir::RelationalOperator::kNotEqual:
      return "!=";
    case ir::RelationalOperator::kLess:
      return "<";
    case ir::RelationalOperator::kLessOrEqual:
      return "<=";
    case ir::RelationalOperator::kGreater:
      return ">";
    case ir::RelationalOperator::kGreaterOrEqual:
      return ">=";
  }
  return "==";
}

// The comparison of `a` with `b` as an int expression (<0, 0, >0); nullopt if not translated.
auto Comparison(const ConditionOperand& a, const ConditionOperand& b)
    -> std::optional<std::string> {
  using Kind = ConditionOperand::Kind;
  if (a.kind == Kind::kNumeric && b.kind == Kind::kNumeric) {
    return fmt::format("cobrt::Compare({}, {})", a.value, b.value);
  }
  if (a.kind == Kind::kNumeric && b.kind == Kind::kRepeated && b.pattern == "0") {
    return fmt::format("cobrt::Compare({}, cobrt::Fixed<1, 0>{{0}})", a.value);
  }
  if (a.kind == Kind::kNumeric && !a.format.empty() && b.kind == Kind::kBytes) {
    return fmt::format("cobrt::CompareNumericAlphanumeric<{}>({}, {}, {})", a.format, a.address,
                       b.address, b.size);
  }
  if (a.kind == Kind::kBytes && b.kind == Kind::kBytes) {
    return fmt::format("cobrt::CompareAlphanumeric({}, {}, {}, {})", a.address, a.size, b.address,
                       b.size);
  }
  if (a.kind == Kind::kBytes && b.kind == Kind::kRepeated && !b.pattern.empty()) {
    return fmt::format("cobrt::CompareAll({}, {}, {}, {})", a.address, a.size,
                       CppStringLiteral(b.pattern), b.pattern.size());
  }
  return std::nullopt;
}

}  // namespace

auto NumericValueExpression(EmitContext& context, ir::ExpressionId id)
    -> std::optional<std::string> {
  const ConditionOperand operand = ClassifyOperand(context, id);
  if (operand.kind == ConditionOperand::Kind::kNumeric) return operand.value;
  context.Unsupported(context.module.expressions().loc(id), "this numeric operand");
  return std::nullopt;
}

auto IntegerValueExpression(EmitContext& context, ir::ExpressionId id)
    -> std::optional<std::string> {
  std::optional<std::string> value = NumericValueExpression(context, id);
  if (!value) return std::nullopt;
  // The integer part, as cobc takes a TIMES count.
  return fmt::format("static_cast<int64_t>(cobrt::TruncateTo<0>({}).mantissa)", *value);
}

auto ConditionExpression(EmitContext& context, ir::ExpressionId id) -> std::optional<std::string> {
  const ir::Module& module = context.module;
  const ir::ExpressionArena& expressions = module.expressions();
  if (const auto* logical = expressions.TryGet<ir::LogicalExpression>(id)) {
    auto left = ConditionExpression(context, logical->left);
    if (!left) return std::nullopt;
    auto right = ConditionExpression(context, logical->right);
    if (!right) return std::nullopt;
    const bool is_and = logical->op == ir::LogicalOperator::kAnd;
    return fmt::format("({} {} {})", *left, is_and ? "&&" : "||", *right);
  }
  if (const auto* negation = expressions.TryGet<ir::NotExpression>(id)) {
    auto operand = ConditionExpression(context, negation->operand);
    if (!operand) return std::nullopt;
    return fmt::format("!{}", *operand);
  }
  if (const auto* relation = expressions.TryGet<ir::RelationalExpression>(id)) {
    if (HoldsIntrinsic(module, relation->left) || HoldsIntrinsic(module, relation->right)) {
      return IntrinsicRelation(context, *relation);
    }
    const ConditionOperand left = ClassifyOperand(context, relation->left);
    const ConditionOperand right = ClassifyOperand(context, relation->right);
    if (auto compared = Comparison(left, right)) {
      return fmt::format("({} {} 0)", *compared, OperatorText(relation->op));
    }
    // The same comparisons with the operands the other way round: the result's sign flips.
    if (auto compared = Comparison(right, left)) {
      return fmt::format("(0 {} {})", OperatorText(relation->op), *compared);
    }
  }
  context.Unsupported(expressions.loc(id), fmt::format("the condition '{}' with these operands",
                                                       ir::KindName(expressions.kind(id))));
  return std::nullopt;
}

void EmitIf(EmitContext& context, SourceLoc loc, const ir::IfStatement& node) {
  std::optional<std::string> condition = ConditionExpression(context, node.condition);
  if (!condition) return;
  CodeWriter& out = context.out;
  out.Comment(fmt::format("IF {}", context.SourceComment(loc)));
  out.Open(fmt::format("if ({})", *condition));
  EmitStatements(context, node.then_branch);
  if (!node.else_branch.empty()) {
    out.Else();
    EmitStatements(context, node.else_branch);
  }
  out.Close();
}

}  // namespace remint::emit_cpp
