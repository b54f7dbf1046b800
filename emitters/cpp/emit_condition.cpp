// Conditions -> C++ boolean expressions over cobrt's comparisons (runtime/edit/compare.h,
// runtime/decimal/fixed.h Compare; fact sheet §6), and IF. Relations pick the comparison
// cobc makes for the operands' categories: numeric with numeric by value (arithmetic
// expressions computed exactly, as cob_decimal does, a quotient by zero as its not-a-number:
// runtime/decimal/checked.h), alphanumeric (and groups, at the length their OCCURS DEPENDING ON
// gives) byte-wise padded with spaces, a numeric item with an alphanumeric one through its
// digit string, figurative constants or ALL literals repeated over the item, and index names as
// native integers.
// Condition-names, class, sign and switch conditions are in emit_predicates.cpp.
#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>

#include "emitters/cpp/code_writer.h"
#include "emitters/cpp/emit_condition_operands.h"
#include "emitters/cpp/emit_context.h"

namespace remint::emit_cpp {
namespace {

// A numeric value of a relation as a cobrt::Fixed expression, with the width the runtime
// derives for it (checked against the runtime's widest mantissa). A value with a division in
// it is a cobrt::Checked (runtime/decimal/checked.h): cobc compares a quotient by zero as a
// value of its own, not-a-number.
struct NumericTerm {
  std::string value;
  int digits = 0;
  int scale = 0;
  bool checked = false;
  // A cobrt::Decimal (an expression with `**`): compared as it is, never combined further.
  bool dynamic = false;
};
constexpr int kMaxMantissaDigits = 153;
constexpr int kDivisionDigits = 38;

// + - * / of two terms, as cob_decimal computes them; nullopt past the widest mantissa. A
// divisor that is a literal other than zero gives no not-a-number.
auto CombinedTerm(ir::ArithmeticOperator op, const NumericTerm& a, const NumericTerm& b,
                  bool nonzero_divisor = false) -> std::optional<NumericTerm> {
  NumericTerm result;
  result.checked =
      a.checked || b.checked || (op == ir::ArithmeticOperator::kDivide && !nonzero_divisor);
  const char* call = nullptr;
  switch (op) {
    case ir::ArithmeticOperator::kAdd:
    case ir::ArithmeticOperator::kSubtract:
      result.scale = std::max(a.scale, b.scale);
      result.digits = std::max(a.digits - a.scale, b.digits - b.scale) + 1 + result.scale;
      call = op == ir::ArithmeticOperator::kAdd ? "Add" : "Subtract";
      break;
    case ir::ArithmeticOperator::kMultiply:
      result.digits = a.digits + b.digits;
      result.scale = a.scale + b.scale;
      call = "Multiply";
      break;
    case ir::ArithmeticOperator::kDivide: {
      const int shift = kDivisionDigits + std::max(0, b.scale - a.scale);
      result.digits = a.digits + shift;
      result.scale = a.scale - b.scale + shift;
      call = "Divide";
      break;
    }
    default:
      return std::nullopt;
  }
  if (result.digits > kMaxMantissaDigits) return std::nullopt;
  result.value =
      fmt::format("cobrt::{}{}({}, {}){}", result.checked ? "Checked" : "", call, a.value, b.value,
                  op == ir::ArithmeticOperator::kDivide && !result.checked ? ".value" : "");
  return result;
}

auto IsNonzeroLiteral(const ir::Module& module, ir::ExpressionId id) -> bool {
  const auto* literal = module.expressions().TryGet<ir::NumericLiteralExpression>(id);
  if (literal == nullptr) return false;
  const std::string_view digits = module.str(literal->digits);
  return digits.find_first_not_of('0') != std::string_view::npos;
}

// Whether an exponentiation is anywhere in `id`.
auto HoldsPower(const ir::Module& module, ir::ExpressionId id) -> bool {
  const ir::ExpressionArena& expressions = module.expressions();
  if (const auto* binary = expressions.TryGet<ir::BinaryExpression>(id)) {
    return binary->op == ir::ArithmeticOperator::kPower || HoldsPower(module, binary->left) ||
           HoldsPower(module, binary->right);
  }
  if (const auto* unary = expressions.TryGet<ir::UnaryExpression>(id)) {
    return HoldsPower(module, unary->operand);
  }
  if (const auto* align = expressions.TryGet<ir::DecimalAlignExpression>(id)) {
    return HoldsPower(module, align->operand);
  }
  return false;
}

// `id` computed as COMPUTE computes it (emit_compute.cpp reports what it cannot do).
auto ComputedTerm(EmitContext& context, ir::ExpressionId id) -> std::optional<NumericTerm> {
  std::optional<ComputedValue> computed = ComputedOperand(context, id);
  if (!computed) return std::nullopt;
  NumericTerm term{computed->value, computed->digits, computed->scale};
  term.dynamic = computed->dynamic;
  return term;
}

// Literals, numeric items, ZERO and + - * / over them; with `computing`, also any arithmetic
// COMPUTE translates (powers, ibm alignments), computed through emit_compute.cpp, which
// reports what it cannot do. Otherwise nullopt for anything else, reporting nothing.
auto NumericTermOf(EmitContext& context, ir::ExpressionId id, bool computing = false)
    -> std::optional<NumericTerm> {
  const ir::Module& module = context.module;
  const ir::ExpressionArena& expressions = module.expressions();
  if (const auto* literal = expressions.TryGet<ir::NumericLiteralExpression>(id)) {
    std::optional<std::string> value = FixedLiteral(module, id);
    if (!value) return std::nullopt;
    return NumericTerm{*value, static_cast<int>(module.str(literal->digits).size()),
                       literal->scale};
  }
  if (const auto* figurative = expressions.TryGet<ir::FigurativeExpression>(id)) {
    if (figurative->constant != ir::FigurativeConstant::kZero) return std::nullopt;
    return NumericTerm{"cobrt::Fixed<1, 0>{0}", 1, 0};
  }
  if (expressions.Is<ir::DataRefExpression>(id) ||
      expressions.Is<ir::SpecialRegisterExpression>(id)) {
    const ConditionOperand operand = ClassifyOperand(context, id);
    if (operand.kind != ConditionOperand::Kind::kNumeric || operand.format.empty()) {
      return std::nullopt;
    }
    // Index names and RETURN-CODE: native ints.
    if (operand.index) return NumericTerm{operand.value, 10, 0};
    const ir::Field& field = module.field(context.Data(id)->field);
    const auto* decimal = module.types().TryGet<ir::DecimalType>(field.type);
    int digits = static_cast<int>(decimal->digits);
    if (decimal->encoding == ir::DecimalEncoding::kBinary ||
        decimal->encoding == ir::DecimalEncoding::kNative) {
      // A binary item reads as its byte capacity (it may hold more than its PICTURE).
      digits = field.size == 1 ? 3 : field.size == 2 ? 5 : field.size == 4 ? 10 : 20;
    }
    return NumericTerm{operand.value, std::max(digits, 1), decimal->scale};
  }
  // An expression with `**` has a run-time scale: COMPUTE's writer computes all of it.
  if (HoldsPower(module, id)) {
    return computing ? ComputedTerm(context, id) : std::nullopt;
  }
  if (const auto* unary = expressions.TryGet<ir::UnaryExpression>(id)) {
    std::optional<NumericTerm> operand = NumericTermOf(context, unary->operand, computing);
    if (!operand || unary->op == ir::UnaryOperator::kPlus) return operand;
    if (!operand->checked) {
      operand->value = fmt::format("cobrt::Negate({})", operand->value);
      return operand;
    }
    // cobc computes -x as 0 - x, which matters when x is not-a-number.
    std::optional<NumericTerm> negated = CombinedTerm(
        ir::ArithmeticOperator::kSubtract, NumericTerm{"cobrt::Fixed<1, 0>{0}", 1, 0}, *operand);
    if (negated) negated->value = fmt::format("cobrt::CheckedNegate({})", operand->value);
    return negated;
  }
  const auto* binary = expressions.TryGet<ir::BinaryExpression>(id);
  if (binary != nullptr && binary->op != ir::ArithmeticOperator::kPower) {
    std::optional<NumericTerm> a = NumericTermOf(context, binary->left, computing);
    std::optional<NumericTerm> b =
        a ? NumericTermOf(context, binary->right, computing) : std::nullopt;
    if (!b) return std::nullopt;
    return CombinedTerm(binary->op, *a, *b, IsNonzeroLiteral(module, binary->right));
  }
  if (const auto* align = expressions.TryGet<ir::DecimalAlignExpression>(id)) {
    // ibm arithmetic-osvs: cob_decimal_align truncates a value held at scale s to p places (s > p
    // keeps p, s < p drops p - s more digits: scale 2s - p), as COMPUTE does. It would turn a
    // not-a-number into a finite value, which Checked does not hold.
    std::optional<NumericTerm> operand = NumericTermOf(context, align->operand, computing);
    if (!operand) return std::nullopt;
    if (operand->checked) {
      if (computing) {
        context.Unsupported(expressions.loc(id),
                            "an ibm decimal alignment of a quotient by an item in a relation");
      }
      return std::nullopt;
    }
    const int places = align->places;
    if (places < 0 || operand->scale == places) return operand;
    const int scale = operand->scale > places ? places : 2 * operand->scale - places;
    operand->digits = std::max(operand->digits - operand->scale + scale + 1, 1);
    operand->value = fmt::format("cobrt::TruncateTo<{}>({})", scale, operand->value);
    operand->scale = scale;
    return operand;
  }
  if (!computing) return std::nullopt;
  return ComputedTerm(context, id);
}

// An operand of a relation with an index name, as cobc reads it: a native integer. Items give
// their integer part (cob_get_int); a numeric literal gives its digits with the decimal point
// dropped, as cobc 3.1.2 does (IX = 2.5 compares IX with 25, checked against cobc).
auto IndexRelationInteger(const EmitContext& context, ir::ExpressionId id)
    -> std::optional<std::string> {
  const ir::Module& module = context.module;
  if (const auto* literal = module.expressions().TryGet<ir::NumericLiteralExpression>(id)) {
    const std::string_view digits = module.str(literal->digits);
    if (literal->form != ir::NumericLiteralForm::kFixed || digits.size() > 18 ||
        literal->scale < 0) {
      return std::nullopt;
    }
    return fmt::format("{}{}", literal->negative ? "-" : "", digits);
  }
  if (const auto* figurative = module.expressions().TryGet<ir::FigurativeExpression>(id)) {
    if (figurative->constant == ir::FigurativeConstant::kZero) return std::string("0");
    return std::nullopt;
  }
  const ConditionOperand operand = ClassifyOperand(context, id);
  if (operand.kind != ConditionOperand::Kind::kNumeric) return std::nullopt;
  return context.IntegerExpression(id);
}

auto IsIndexOperand(const EmitContext& context, ir::ExpressionId id) -> bool {
  const ir::ExpressionArena& expressions = context.module.expressions();
  return (expressions.Is<ir::DataRefExpression>(id) ||
          expressions.Is<ir::SpecialRegisterExpression>(id)) &&
         ClassifyOperand(context, id).index;
}

void ReportRelation(EmitContext& context, ir::ExpressionId left, ir::ExpressionId right,
                    SourceLoc loc) {
  const ir::ExpressionArena& expressions = context.module.expressions();
  context.Unsupported(loc, fmt::format("a relation of a '{}' with a '{}' operand",
                                       ir::KindName(expressions.kind(left)),
                                       ir::KindName(expressions.kind(right))));
}

}  // namespace

auto ComparisonWithZero(EmitContext& context, ir::ExpressionId id) -> std::optional<std::string> {
  std::optional<NumericTerm> term = NumericTermOf(context, id, /*computing=*/true);
  if (!term) return std::nullopt;
  return fmt::format("cobrt::{}Compare({}, cobrt::Fixed<1, 0>{{0}})",
                     term->checked ? "Checked" : "", term->value);
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

auto ItemOperand(const EmitContext& context, const ir::Field& field, const std::string& address)
    -> ConditionOperand {
  const ir::Module& module = context.module;
  ConditionOperand operand;
  operand.collation = context.CollationArgument();
  operand.address = address;
  operand.size = fmt::format("{}", field.size);
  if (field.children.empty() && (module.types().Is<ir::DecimalType>(field.type) ||
                                 module.types().Is<ir::IndexType>(field.type))) {
    std::optional<std::string> format = context.StorageFormat(field);
    if (!format) return operand;
    operand.kind = ConditionOperand::Kind::kNumeric;
    operand.format = *format;
    operand.value = fmt::format("{}::Read({})", *format, address);
    operand.index = module.types().Is<ir::IndexType>(field.type);
    return operand;
  }
  // Groups, alphanumeric, alphabetic and edited items compare as their bytes.
  const ir::TypeArena& types = module.types();
  if (!field.children.empty() || types.Is<ir::AlphanumericType>(field.type) ||
      types.Is<ir::AlphabeticType>(field.type) || types.Is<ir::NumericEditedType>(field.type) ||
      types.Is<ir::AlphanumericEditedType>(field.type)) {
    operand.kind = ConditionOperand::Kind::kBytes;
  }
  return operand;
}

auto ClassifyOperand(const EmitContext& context, ir::ExpressionId id) -> ConditionOperand {
  const ir::Module& module = context.module;
  const ir::ExpressionArena& expressions = module.expressions();
  ConditionOperand operand;
  operand.collation = context.CollationArgument();
  if (expressions.Is<ir::SpecialRegisterExpression>(id)) {
    // RETURN-CODE: compared as a native integer, as an index is.
    std::optional<DataOperand> item = context.Data(id);
    if (!item || !item->register_format) return operand;
    operand.kind = ConditionOperand::Kind::kNumeric;
    operand.format = *item->register_format;
    operand.address = item->address;
    operand.size = item->size;
    operand.value = fmt::format("{}::Read({})", operand.format, item->address);
    operand.index = true;
    return operand;
  }
  if (expressions.Is<ir::DataRefExpression>(id)) {
    std::optional<DataOperand> item = context.Data(id);
    if (!item) return operand;
    if (item->reference_modified) {
      operand.kind = ConditionOperand::Kind::kBytes;
      operand.address = item->address;
      operand.size = item->size;
      return operand;
    }
    ConditionOperand whole = ItemOperand(context, module.field(item->field), item->address);
    // A group ending with an OCCURS DEPENDING ON table has the length its occurrences give.
    whole.size = item->size;
    return whole;
  }
  if (const auto* numeric = expressions.TryGet<ir::NumericLiteralExpression>(id)) {
    std::optional<std::string> literal = FixedLiteral(module, id);
    if (!literal) return operand;
    operand.kind = ConditionOperand::Kind::kNumeric;
    operand.value = *literal;
    for (char c : module.str(numeric->text)) {
      if (c != '.') operand.literal_bytes += c;
    }
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
    if (std::optional<std::string> bytes = context.FigurativeBytes(figurative->constant)) {
      operand.kind = ConditionOperand::Kind::kRepeated;
      operand.pattern = *bytes;
    }
    return operand;
  }
  if (const auto* all = expressions.TryGet<ir::AllLiteralExpression>(id)) {
    if (const auto* literal = expressions.TryGet<ir::StringLiteralExpression>(all->literal)) {
      if (literal->form == ir::LiteralForm::kNational) return operand;
      operand.kind = ConditionOperand::Kind::kRepeated;
      operand.pattern = std::string(module.str(literal->value));
    } else if (const auto* figurative =
                   expressions.TryGet<ir::FigurativeExpression>(all->literal)) {
      // ALL ZEROES is ZEROES.
      if (std::optional<std::string> bytes = context.FigurativeBytes(figurative->constant)) {
        operand.kind = ConditionOperand::Kind::kRepeated;
        operand.pattern = *bytes;
      }
    }
  }
  return operand;
}

auto Comparison(const ConditionOperand& a, const ConditionOperand& b)
    -> std::optional<std::string> {
  using Kind = ConditionOperand::Kind;
  // Bytes compare by the program collating sequence; numbers by value.
  const std::string& weights = a.collation.empty() ? b.collation : a.collation;
  if (a.kind == Kind::kNumeric && b.kind == Kind::kNumeric) {
    return fmt::format("cobrt::Compare({}, {})", a.value, b.value);
  }
  if (a.kind == Kind::kNumeric && b.kind == Kind::kRepeated && b.pattern == "0") {
    return fmt::format("cobrt::Compare({}, cobrt::Fixed<1, 0>{{0}})", a.value);
  }
  if (a.kind == Kind::kNumeric && !a.format.empty() && !a.index && b.kind == Kind::kBytes) {
    return fmt::format("cobrt::CompareNumericAlphanumeric<{}>({}, {}, {}{})", a.format, a.address,
                       b.address, b.size, weights);
  }
  if (a.kind == Kind::kNumeric && !a.format.empty() && !a.index && b.kind == Kind::kRepeated &&
      !b.pattern.empty()) {
    return fmt::format("cobrt::CompareNumericAll<{}>({}, {}, {}{})", a.format, a.address,
                       CppStringLiteral(b.pattern), b.pattern.size(), weights);
  }
  if (a.kind == Kind::kBytes && b.kind == Kind::kNumeric && !b.literal_bytes.empty() &&
      b.literal_bytes.find(',') == std::string::npos) {
    return fmt::format(
        "cobrt::CompareAlphanumeric({}, {}, reinterpret_cast<const uint8_t*>({}), "
        "{}{})",
        a.address, a.size, CppStringLiteral(b.literal_bytes), b.literal_bytes.size(), weights);
  }
  if (a.kind == Kind::kBytes && b.kind == Kind::kBytes) {
    return fmt::format("cobrt::CompareAlphanumeric({}, {}, {}, {}{})", a.address, a.size, b.address,
                       b.size, weights);
  }
  if (a.kind == Kind::kBytes && b.kind == Kind::kRepeated && !b.pattern.empty()) {
    return fmt::format("cobrt::CompareAll({}, {}, {}, {}{})", a.address, a.size,
                       CppStringLiteral(b.pattern), b.pattern.size(), weights);
  }
  return std::nullopt;
}

auto ComparisonExpression(EmitContext& context, ir::ExpressionId left, ir::ExpressionId right,
                          SourceLoc loc) -> std::optional<std::string> {
  if (IsIndexOperand(context, left) || IsIndexOperand(context, right)) {
    std::optional<std::string> a = IndexRelationInteger(context, left);
    std::optional<std::string> b = IndexRelationInteger(context, right);
    if (a && b) return fmt::format("cobrt::CompareIntegers({}, {})", *a, *b);
    ReportRelation(context, left, right, loc);
    return std::nullopt;
  }
  const ConditionOperand a = ClassifyOperand(context, left);
  const ConditionOperand b = ClassifyOperand(context, right);
  if (std::optional<std::string> compared = Comparison(a, b)) return compared;
  // The same comparisons with the operands the other way round: the result's sign flips.
  if (std::optional<std::string> compared = Comparison(b, a)) return "-" + *compared;
  // Arithmetic expressions on either side are compared by value, computed exactly.
  const int errors = context.errors;
  std::optional<NumericTerm> x = NumericTermOf(context, left, /*computing=*/true);
  std::optional<NumericTerm> y =
      x ? NumericTermOf(context, right, /*computing=*/true) : std::nullopt;
  if (y && (x->checked || y->checked) && (x->dynamic || y->dynamic)) {
    context.Unsupported(loc, "a relation of an exponentiation with a quotient by an item");
    return std::nullopt;
  }
  if (y) {
    return fmt::format("cobrt::{}Compare({}, {})", x->checked || y->checked ? "Checked" : "",
                       x->value, y->value);
  }
  // An operand COMPUTE could not translate was reported there.
  if (context.errors == errors) ReportRelation(context, left, right, loc);
  return std::nullopt;
}

auto RelationExpression(EmitContext& context, ir::ExpressionId left, ir::RelationalOperator op,
                        ir::ExpressionId right, SourceLoc loc) -> std::optional<std::string> {
  // A FUNCTION on either side: its result field compared as cobc's cob_cmp compares it (an
  // EVALUATE subject is called again for each object, as cobc calls it).
  if (HoldsIntrinsic(context.module, left) || HoldsIntrinsic(context.module, right)) {
    // Integer date functions against numbers compare by value on fixed point, as arithmetic
    // computes them (cob_cmp compares numeric fields by value).
    auto fixed_side = [&](ir::ExpressionId id) {
      if (HoldsIntrinsic(context.module, id)) return !HoldsDecimalIntrinsic(context.module, id);
      const ConditionOperand operand = ClassifyOperand(context, id);
      return operand.kind == ConditionOperand::Kind::kNumeric && !operand.index;
    };
    if (!fixed_side(left) || !fixed_side(right)) {
      return IntrinsicRelation(context, left, op, right);
    }
    std::optional<std::string> compared = ComparisonExpression(context, left, right, loc);
    if (!compared) return std::nullopt;
    return fmt::format("({} {} 0)", *compared, OperatorText(op));
  }
  if (IsIndexOperand(context, left) || IsIndexOperand(context, right)) {
    // cobc compares index names as native ints: written as the plain C++ relation.
    std::optional<std::string> a = IndexRelationInteger(context, left);
    std::optional<std::string> b = IndexRelationInteger(context, right);
    if (a && b) return fmt::format("({} {} {})", *a, OperatorText(op), *b);
    ReportRelation(context, left, right, loc);
    return std::nullopt;
  }
  const ConditionOperand a = ClassifyOperand(context, left);
  const ConditionOperand b = ClassifyOperand(context, right);
  const std::string label = fmt::format("= {}", context.SourceComment(loc));
  if (std::optional<std::string> compared = Comparison(a, b)) {
    return fmt::format("({} {} 0)", context.CountedRelation(*compared, label), OperatorText(op));
  }
  if (std::optional<std::string> compared = Comparison(b, a)) {
    return fmt::format("(0 {} {})", OperatorText(op), context.CountedRelation(*compared, label));
  }
  std::optional<std::string> compared = ComparisonExpression(context, left, right, loc);
  if (!compared) return std::nullopt;
  return fmt::format("({} {} 0)", context.CountedRelation(*compared, label), OperatorText(op));
}

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
    return RelationExpression(context, relation->left, relation->op, relation->right,
                              expressions.loc(id));
  }
  if (IsPredicate(module, id)) return PredicateExpression(context, id);
  context.Unsupported(expressions.loc(id),
                      fmt::format("the condition '{}'", ir::KindName(expressions.kind(id))));
  return std::nullopt;
}

auto EmitContext::CountedDecision(const std::string& condition, const std::string& label)
    -> std::string {
  if (!options.decision_counters) return condition;
  decision_labels.push_back(label);
  return fmt::format("decisions_.Decide({}, {})", decision_labels.size() - 1, condition);
}

auto EmitContext::CountedRelation(const std::string& comparison, const std::string& label)
    -> std::string {
  if (!options.decision_counters) return comparison;
  decision_labels.push_back(label);
  const size_t index = decision_labels.size() - 1;
  // Comparisons of two numbers or two texts go through the counters' versions of the same
  // functions, which also note the operand values (the search steers inputs with them).
  const bool negated = comparison.starts_with("-");
  const std::string_view call = std::string_view(comparison).substr(negated ? 1 : 0);
  for (const auto& [runtime, counted] :
       {std::pair<std::string_view, std::string_view>{"cobrt::Compare(", "CompareNumbers"},
        {"cobrt::CompareAlphanumeric(", "CompareText"}}) {
    if (call.starts_with(runtime)) {
      return fmt::format("{}decisions_.{}({}, {}", negated ? "-" : "", counted, index,
                         call.substr(runtime.size()));
    }
  }
  return fmt::format("decisions_.Relation({}, {})", index, comparison);
}

void EmitIf(EmitContext& context, SourceLoc loc, const ir::IfStatement& node) {
  std::optional<std::string> condition = ConditionExpression(context, node.condition);
  if (!condition) return;
  CodeWriter& out = context.out;
  out.Comment(fmt::format("IF {}", context.SourceComment(loc)));
  out.Open(fmt::format(
      "if ({})",
      context.CountedDecision(*condition, fmt::format("IF {}", context.SourceComment(loc)))));
  EmitStatements(context, node.then_branch);
  if (!node.else_branch.empty()) {
    out.Else();
    EmitStatements(context, node.else_branch);
  }
  out.Close();
}

}  // namespace remint::emit_cpp
