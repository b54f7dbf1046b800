// Arithmetic values and stores (emit_arithmetic.h). Values compute on cobrt's decimal arithmetic
// (runtime/decimal/fixed.h): each operand read into a Fixed<Digits, Scale> whose width C++
// knows at compile time, + - * exact, / truncated as cobc truncates it. An exponentiation's scale
// depends on its operands' values (cobc trims its trailing zeros), so `**` and everything its
// result joins compute on cobrt::DecimalResult (runtime/decimal/decimal.h) instead.
#include "emitters/cpp/emit_arithmetic.h"

#include <fmt/format.h>

#include <algorithm>
#include <string>

#include "emitters/cpp/code_writer.h"
#include "emitters/cpp/emit_move.h"

namespace remint::emit_cpp {
namespace {

constexpr int kMaxMantissaDigits = 153;
constexpr int kDivisionDigits = 38;

// Whether `id` is a numeric literal with a non-zero fractional part (2.5, not 2.0).
auto IsFractionalLiteral(const ir::Module& module, ir::ExpressionId id) -> bool {
  const auto* literal = module.expressions().TryGet<ir::NumericLiteralExpression>(id);
  if (literal == nullptr || literal->scale <= 0) return false;
  const std::string_view digits = module.str(literal->digits);
  const size_t decimals = static_cast<size_t>(literal->scale);
  const std::string_view fraction =
      digits.size() > decimals ? digits.substr(digits.size() - decimals) : digits;
  return fraction.find_first_not_of('0') != std::string_view::npos;
}

// The decimals cobc's quotient keeps (cob_decimal_div): 38 beyond the dividend's scale, and more
// for a divisor with more decimals than the dividend.
auto KeptDecimals(const Width& dividend, const Width& divisor) -> int {
  return dividend.scale - divisor.scale + kDivisionDigits +
         std::max(0, divisor.scale - dividend.scale);
}

}  // namespace

auto ValueWriter::Align(const Computed& value, int places, ir::ExpressionId where)
    -> std::optional<Computed> {
  const Width width = value.second;
  if (width.dynamic) return Fail(where, "an ibm arithmetic-osvs alignment of an exponentiation");
  if (places < 0 || width.scale == places) return value;
  const int scale = width.scale > places ? places : 2 * width.scale - places;
  return Temporary(fmt::format("cobrt::TruncateTo<{}>({})", scale, value.first),
                   Width{std::max(width.digits - width.scale + scale + 1, 1), scale});
}

auto ValueWriter::Item(const DataOperand& item, ir::ExpressionId where) -> std::optional<Computed> {
  std::optional<std::string> format = context_.NumericFormat(item);
  if (!format) return Fail(where, "this operand");
  if (item.register_format || *format == "cobrt::IndexItem") {
    // RETURN-CODE and indexes: a native int.
    return Temporary(fmt::format("{}::Read({})", *format, item.address), Width{10, 0});
  }
  const ir::Field& field = module_.field(item.field);
  const auto* decimal = module_.types().TryGet<ir::DecimalType>(field.type);
  if (decimal == nullptr) return Fail(where, "this operand");
  int digits = static_cast<int>(decimal->digits);
  if (decimal->encoding == ir::DecimalEncoding::kBinary ||
      decimal->encoding == ir::DecimalEncoding::kNative) {
    // A binary item reads as its byte capacity (it may hold more than its PICTURE).
    digits = field.size == 1 ? 3 : field.size == 2 ? 5 : field.size == 4 ? 10 : 20;
  }
  return Temporary(fmt::format("{}::Read({})", *format, item.address),
                   Width{digits, decimal->scale});
}

auto ValueWriter::Value(ir::ExpressionId id) -> std::optional<Computed> {
  const ir::ExpressionArena& expressions = module_.expressions();
  if (const auto* literal = expressions.TryGet<ir::NumericLiteralExpression>(id)) {
    std::optional<std::string> value = FixedLiteral(module_, id);
    if (!value) return Fail(id, "a numeric literal of more than 18 digits or in floating form");
    return Temporary(*value,
                     Width{static_cast<int>(module_.str(literal->digits).size()), literal->scale});
  }
  if (const auto* figurative = expressions.TryGet<ir::FigurativeExpression>(id)) {
    // ZERO is the only figurative constant with a numeric value.
    if (figurative->constant == ir::FigurativeConstant::kZero) {
      return Temporary("cobrt::Fixed<1, 0>{0}", Width{1, 0});
    }
  }
  if (expressions.Is<ir::DataRefExpression>(id) ||
      expressions.Is<ir::SpecialRegisterExpression>(id)) {
    std::optional<DataOperand> item = context_.Data(id);
    if (!item) return Fail(id, "this operand");
    return Item(*item, id);
  }
  if (const auto* align = expressions.TryGet<ir::DecimalAlignExpression>(id)) {
    // A quotient aligned to fewer decimals than it keeps: computed at those decimals alone.
    const auto* quotient = expressions.TryGet<ir::BinaryExpression>(align->operand);
    if (quotient != nullptr && quotient->op == ir::ArithmeticOperator::kDivide &&
        align->places >= 0) {
      auto left = Value(quotient->left);
      if (!left) return std::nullopt;
      auto right = Value(quotient->right);
      if (!right) return std::nullopt;
      if (!left->second.dynamic && !right->second.dynamic &&
          align->places < KeptDecimals(left->second, right->second)) {
        return TruncatedQuotient(*left, *right, align->places, id);
      }
      auto divided = Binary(ir::ArithmeticOperator::kDivide, *left, *right, align->operand);
      if (!divided) return std::nullopt;
      return Align(*divided, align->places, id);
    }
    auto operand = Value(align->operand);
    if (!operand) return std::nullopt;
    return Align(*operand, align->places, id);
  }
  if (const IntegerDateFunction* function = IntegerDateFunctionOf(module_, id)) {
    // An integer whatever its argument (cob_get_int of it): a Fixed like an item's value.
    const auto& call = expressions.Get<ir::IntrinsicCallExpression>(id);
    auto argument = Value(call.arguments.front());
    if (!argument) return std::nullopt;
    return Temporary(fmt::format("cobrt::IntegerFunction<{}>(cobrt::{}, {})", function->digits,
                                 function->runtime, argument->first),
                     Width{function->digits, 0});
  }
  if (const auto* unary = expressions.TryGet<ir::UnaryExpression>(id)) {
    auto operand = Value(unary->operand);
    if (!operand) return std::nullopt;
    if (unary->op == ir::UnaryOperator::kPlus) return operand;
    return Temporary(fmt::format("cobrt::Negate({})", operand->first), operand->second);
  }
  if (const auto* binary = expressions.TryGet<ir::BinaryExpression>(id)) {
    auto left = Value(binary->left);
    if (!left) return std::nullopt;
    auto right = Value(binary->right);
    if (!right) return std::nullopt;
    return Binary(binary->op, *left, *right, id);
  }
  return Fail(id, fmt::format("a '{}' operand", ir::KindName(expressions.kind(id))));
}

auto ValueWriter::ValueStoredAt(ir::ExpressionId id, std::optional<int> quotient_scale)
    -> std::optional<Computed> {
  const auto* binary = module_.expressions().TryGet<ir::BinaryExpression>(id);
  if (!quotient_scale || binary == nullptr || binary->op != ir::ArithmeticOperator::kDivide) {
    return Value(id);
  }
  auto left = Value(binary->left);
  if (!left) return std::nullopt;
  auto right = Value(binary->right);
  if (!right) return std::nullopt;
  return TruncatedQuotient(*left, *right, *quotient_scale, id);
}

auto ValueWriter::TruncatedQuotient(const Computed& left, const Computed& right, int scale,
                                    ir::ExpressionId id) -> std::optional<Computed> {
  const Width a = left.second;
  const Width b = right.second;
  if (a.dynamic || b.dynamic || scale >= KeptDecimals(a, b)) {
    return Binary(ir::ArithmeticOperator::kDivide, left, right, id);
  }
  const Width width{std::max(a.digits - a.scale + b.scale + scale + 1, 1), scale};
  const int shift = scale - (a.scale - b.scale);
  if (a.digits + std::max(shift, 0) > kMaxMantissaDigits ||
      b.digits + std::max(-shift, 0) > kMaxMantissaDigits) {
    return Fail(id, "an intermediate result wider than 153 digits");
  }
  auto quotient = Temporary(
      fmt::format("cobrt::DivideTruncated<{}>({}, {})", scale, left.first, right.first), width);
  out_.Line(fmt::format("if ({}.divide_by_zero) {} = true;", quotient->first, flag_));
  return Computed(quotient->first + ".value", width);
}

auto ValueWriter::Binary(ir::ArithmeticOperator op, const Computed& left, const Computed& right,
                         ir::ExpressionId id) -> std::optional<Computed> {
  if (op == ir::ArithmeticOperator::kPower || left.second.dynamic || right.second.dynamic) {
    return DynamicBinary(op, left, right, id);
  }
  const Width a = left.second;
  const Width b = right.second;
  Width width;
  std::string call;
  switch (op) {
    case ir::ArithmeticOperator::kAdd:
    case ir::ArithmeticOperator::kSubtract:
      width = {std::max(a.digits - a.scale, b.digits - b.scale) + 1 + std::max(a.scale, b.scale),
               std::max(a.scale, b.scale)};
      call = op == ir::ArithmeticOperator::kAdd ? "Add" : "Subtract";
      break;
    case ir::ArithmeticOperator::kMultiply:
      width = {a.digits + b.digits, a.scale + b.scale};
      call = "Multiply";
      break;
    case ir::ArithmeticOperator::kDivide: {
      const int shift = kDivisionDigits + std::max(0, b.scale - a.scale);
      width = {a.digits + shift, a.scale - b.scale + shift};
      if (width.digits > kMaxMantissaDigits) {
        return Fail(id, "an intermediate result wider than 153 digits");
      }
      auto quotient =
          Temporary(fmt::format("cobrt::Divide({}, {})", left.first, right.first), width);
      out_.Line(fmt::format("if ({}.divide_by_zero) {} = true;", quotient->first, flag_));
      return Computed(quotient->first + ".value", width);
    }
    default:
      return Fail(id, fmt::format("the '{}' operator", ir::Spelling(op)));
  }
  if (width.digits > kMaxMantissaDigits) {
    return Fail(id, "an intermediate result wider than 153 digits");
  }
  return Temporary(fmt::format("cobrt::{}({}, {})", call, left.first, right.first), width);
}

auto ValueWriter::DynamicBinary(ir::ArithmeticOperator op, const Computed& left,
                                const Computed& right, ir::ExpressionId id)
    -> std::optional<Computed> {
  const char* call = nullptr;
  switch (op) {
    case ir::ArithmeticOperator::kAdd:
      call = "Add";
      break;
    case ir::ArithmeticOperator::kSubtract:
      call = "Subtract";
      break;
    case ir::ArithmeticOperator::kMultiply:
      call = "Multiply";
      break;
    case ir::ArithmeticOperator::kDivide:
      call = "Divide";
      break;
    case ir::ArithmeticOperator::kPower: {
      // cobc computes a fractional power in GMP floating point, which cobrt does not reproduce;
      // an exponent that is an item ends the run if it turns out fractional (StoredValue).
      const auto* binary = module_.expressions().TryGet<ir::BinaryExpression>(id);
      if (binary != nullptr && IsFractionalLiteral(module_, binary->right)) {
        return Fail(id, "a fractional exponent");
      }
      call = "Power";
      break;
    }
    default:
      return Fail(id, fmt::format("the '{}' operator", ir::Spelling(op)));
  }
  auto lift = [](const Computed& value) {
    return value.second.dynamic ? value.first : fmt::format("cobrt::Dynamic({})", value.first);
  };
  return Temporary(fmt::format("cobrt::{}({}, {})", call, lift(left), lift(right)),
                   Width{0, 0, /*dynamic=*/true});
}

auto ValueWriter::Temporary(const std::string& initializer, Width width)
    -> std::optional<Computed> {
  const std::string name = fmt::format("{}_{}", prefix_, next_++);
  out_.Line(fmt::format("const auto {} = {};", name, initializer));
  return Computed(name, width);
}

auto ValueWriter::Fail(ir::ExpressionId id, const std::string& what) -> std::optional<Computed> {
  context_.Unsupported(module_.expressions().loc(id), fmt::format("arithmetic with {}", what));
  return std::nullopt;
}

auto StoredValue(EmitContext& context, const Computed& value, const std::string& flag,
                 SourceLoc loc) -> std::string {
  if (!value.second.dynamic) return value.first;
  CodeWriter& out = context.out;
  // cobc's NaN: a division by zero or a negative base with a fractional exponent leaves every
  // receiving item unchanged.
  out.Line(fmt::format("if ({}.status == cobrt::DecimalStatus::kSizeError) {} = true;", value.first,
                       flag));
  out.Open(
      fmt::format("if ({0}.status == cobrt::DecimalStatus::kNotImplemented || {0}.status == "
                  "cobrt::DecimalStatus::kTooWide)",
                  value.first));
  out.Line(fmt::format("cobrt::ProcessTermination().FatalError({});",
                       CppStringLiteral(fmt::format(
                           "remint: an exponentiation with a fractional exponent or a result "
                           "wider than 153 digits is not translated ({})",
                           context.SourceComment(loc)))));
  out.Line(fmt::format("{} = true;", flag));
  out.Close();
  return value.first + ".value";
}

void RaisePendingSizeError(EmitContext& context, const Computed& value, const std::string& flag) {
  if (!value.second.dynamic) return;
  context.out.Line(
      fmt::format("if ({}.status == cobrt::DecimalStatus::kStoredThenSizeError) {} = true;",
                  value.first, flag));
}

void EmitSizeErrorPhrases(EmitContext& context, const ir::OptionalStatementList& on_size_error,
                          const ir::OptionalStatementList& not_on_size_error,
                          std::string_view flag) {
  if (on_size_error) {
    context.out.Open(fmt::format("if ({})", flag));
    EmitStatements(context, *on_size_error);
    context.out.Close();
  }
  if (not_on_size_error) {
    context.out.Open(fmt::format("if (!{})", flag));
    EmitStatements(context, *not_on_size_error);
    context.out.Close();
  }
}

auto ReceiverOf(EmitContext& context, ir::ExpressionId target) -> std::optional<Receiver> {
  const ir::Module& module = context.module;
  if (std::optional<DataOperand> item = context.Data(target)) {
    Receiver receiver;
    receiver.address = item->address;
    const ir::Field* field = item->field.is_valid() ? &module.field(item->field) : nullptr;
    if (field != nullptr && !item->reference_modified && IsNumericEdited(module, *field)) {
      // Checked first: a numeric item with BLANK WHEN ZERO is numeric-edited to cobc.
      std::optional<EditedDigits> digits = EditedDigitsOf(context, item->field);
      std::optional<std::string> arguments = EditedTargetArguments(context, item->field);
      if (digits && arguments) {
        receiver.edited = fmt::format("{}, {}", digits->digits, digits->scale);
        receiver.edited_arguments = *arguments;
        receiver.scale = digits->scale;
        return receiver;
      }
    } else if (std::optional<std::string> format = context.NumericFormat(*item)) {
      receiver.format = *format;
      if (field != nullptr) {
        if (const auto* decimal = module.types().TryGet<ir::DecimalType>(field->type)) {
          receiver.scale = decimal->scale;
        }
      }
      return receiver;
    }
  }
  context.Unsupported(module.expressions().loc(target), "this receiving item");
  return std::nullopt;
}

auto QuotientScaleFor(const std::vector<std::pair<const Receiver*, ir::RoundingMode>>& stores)
    -> std::optional<int> {
  std::optional<int> scale;
  for (const auto& [receiver, rounding] : stores) {
    if (receiver == nullptr) return std::nullopt;
    int needed = receiver->scale;
    if (rounding == ir::RoundingMode::kNearestAwayFromZero) {
      ++needed;  // the digit that decides: 5 or more rounds away from zero
    } else if (rounding != ir::RoundingMode::kNone &&
               rounding != ir::RoundingMode::kTruncation) {
      return std::nullopt;  // a rule that looks at every further digit, or PROHIBITED's check
    }
    scale = scale ? std::max(*scale, needed) : needed;
  }
  return scale;
}

auto StoreCall(const Receiver& receiver, const std::string& value, ir::RoundingMode rounding,
               bool phrase) -> std::string {
  const char* phrase_name = phrase ? "kPresent" : "kAbsent";
  if (receiver.edited) {
    return fmt::format(
        "cobrt::StoreEdited<{}>({}, {}, cobrt::RoundingMode::{}, cobrt::SizeErrorPhrase::{}, {})",
        *receiver.edited, receiver.address, value, RoundingModeName(rounding), phrase_name,
        receiver.edited_arguments);
  }
  // Truncation without the phrase are Store's defaults: left out, as a person would write it.
  const bool truncates =
      rounding == ir::RoundingMode::kNone || rounding == ir::RoundingMode::kTruncation;
  if (!phrase && truncates) {
    return fmt::format("cobrt::Store<{}>({}, {})", receiver.format, receiver.address, value);
  }
  if (!phrase) {
    return fmt::format("cobrt::Store<{}>({}, {}, cobrt::RoundingMode::{})", receiver.format,
                       receiver.address, value, RoundingModeName(rounding));
  }
  return fmt::format(
      "cobrt::Store<{}>({}, {}, cobrt::RoundingMode::{}, cobrt::SizeErrorPhrase::{})",
      receiver.format, receiver.address, value, RoundingModeName(rounding), phrase_name);
}

}  // namespace remint::emit_cpp
