// Statements holding intrinsic functions (FUNCTION name(arguments)); the calls themselves are
// written by intrinsic_writer.{h,cpp}. COMPUTE computes with cob_decimal's rules on
// cobrt::BigDecimal (a function's scale is known only at run time, and cobc's division depends
// on it; ** through cob_decimal_pow), and so do ADD / SUBTRACT / MULTIPLY / DIVIDE with a
// function operand; MOVE, DISPLAY, relation conditions (EVALUATE's included) and PERFORM ... TIMES
// counts take the function's result field or bytes. Anything else is reported (RM6101).
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <string>
#include <utility>
#include <vector>

#include "emitters/cpp/code_writer.h"
#include "emitters/cpp/emit_arithmetic.h"
#include "emitters/cpp/emit_condition_operands.h"
#include "emitters/cpp/emit_context.h"
#include "emitters/cpp/intrinsic_writer.h"

namespace remint::emit_cpp {
namespace {

// An alphanumeric item (or group, or reference-modified item) that takes bytes.
auto IsBytesItem(const ir::Module& module, const DataOperand& operand) -> bool {
  if (!operand.field.is_valid()) return false;
  if (operand.reference_modified) return true;
  const ir::Field& field = module.field(operand.field);
  return !field.children.empty() || module.types().Is<ir::AlphanumericType>(field.type) ||
         module.types().Is<ir::AlphabeticType>(field.type);
}

}  // namespace

auto HoldsIntrinsic(const ir::Module& module, ir::ExpressionId id) -> bool {
  const ir::ExpressionArena& expressions = module.expressions();
  if (!id.is_valid()) return false;
  if (expressions.Is<ir::IntrinsicCallExpression>(id)) return true;
  if (const auto* binary = expressions.TryGet<ir::BinaryExpression>(id)) {
    return HoldsIntrinsic(module, binary->left) || HoldsIntrinsic(module, binary->right);
  }
  if (const auto* unary = expressions.TryGet<ir::UnaryExpression>(id)) {
    return HoldsIntrinsic(module, unary->operand);
  }
  if (const auto* align = expressions.TryGet<ir::DecimalAlignExpression>(id)) {
    return HoldsIntrinsic(module, align->operand);
  }
  return false;
}

auto IntegerDateFunctionOf(const ir::Module& module, ir::ExpressionId id)
    -> const IntegerDateFunction* {
  // Sorted by name.
  static constexpr std::array kFunctions = {
      IntegerDateFunction{"DATE-OF-INTEGER", "DateOfIntegerValue", 8},
      IntegerDateFunction{"DAY-OF-INTEGER", "DayOfIntegerValue", 7},
      IntegerDateFunction{"INTEGER-OF-DATE", "IntegerOfDateValue", 7},
      IntegerDateFunction{"INTEGER-OF-DAY", "IntegerOfDayValue", 7},
      IntegerDateFunction{"TEST-DATE-YYYYMMDD", "TestDateYyyymmddValue", 1},
      IntegerDateFunction{"TEST-DAY-YYYYDDD", "TestDayYyyydddValue", 1},
  };
  const ir::ExpressionArena& expressions = module.expressions();
  const auto* call = expressions.TryGet<ir::IntrinsicCallExpression>(id);
  if (call == nullptr || call->refmod_start.is_valid() || call->arguments.size() != 1) {
    return nullptr;
  }
  // An item or a literal: an expression argument is cob_intr_binop's, field by field.
  const ir::ExpressionId argument = call->arguments.front();
  if (!expressions.Is<ir::DataRefExpression>(argument) &&
      !expressions.Is<ir::NumericLiteralExpression>(argument)) {
    return nullptr;
  }
  const std::string_view name = module.str(call->function);
  auto found = std::lower_bound(
      kFunctions.begin(), kFunctions.end(), name,
      [](const IntegerDateFunction& function, std::string_view key) { return function.name < key; });
  return found != kFunctions.end() && found->name == name ? &*found : nullptr;
}

auto HoldsDecimalIntrinsic(const ir::Module& module, ir::ExpressionId id) -> bool {
  const ir::ExpressionArena& expressions = module.expressions();
  if (!id.is_valid()) return false;
  if (expressions.Is<ir::IntrinsicCallExpression>(id)) {
    return IntegerDateFunctionOf(module, id) == nullptr;
  }
  if (const auto* binary = expressions.TryGet<ir::BinaryExpression>(id)) {
    return HoldsDecimalIntrinsic(module, binary->left) ||
           HoldsDecimalIntrinsic(module, binary->right);
  }
  if (const auto* unary = expressions.TryGet<ir::UnaryExpression>(id)) {
    return HoldsDecimalIntrinsic(module, unary->operand);
  }
  if (const auto* align = expressions.TryGet<ir::DecimalAlignExpression>(id)) {
    return HoldsDecimalIntrinsic(module, align->operand);
  }
  return false;
}

void EmitComputeWithIntrinsics(EmitContext& context, SourceLoc loc,
                               const ir::ComputeStatement& node) {
  CodeWriter& out = context.out;
  IntrinsicWriter writer(context);
  std::optional<std::string> value = writer.Decimal(node.value);
  if (!value) return;
  std::vector<std::pair<std::string, std::string>> items;  // format, address
  for (const ir::ArithmeticTarget& target : node.targets) {
    std::optional<DataOperand> item = context.Data(target.target);
    std::optional<std::string> format = item ? context.NumericFormat(*item) : std::nullopt;
    if (!format) {
      context.Unsupported(context.module.expressions().loc(target.target), "this receiving item");
      return;
    }
    items.emplace_back(*format, item->address);
  }
  const bool phrase = node.on_size_error.has_value() || node.not_on_size_error.has_value();
  out.Comment(fmt::format("COMPUTE {}", context.SourceComment(loc)));
  out.Open("");
  out.Comment("cob_decimal arithmetic: a FUNCTION's scale is known only at run time.");
  out.Line(fmt::format("const cobrt::BigDecimal value = {};", *value));
  out.Comment("A division by zero leaves every item unchanged.");
  out.Line("bool size_error = value.nan;");
  out.Open("if (!size_error)");
  for (size_t i = 0; i < items.size(); ++i) {
    out.Line(fmt::format(
        "if (cobrt::StoreDecimal<{}>({}, value, cobrt::RoundingMode::{}, "
        "cobrt::SizeErrorPhrase::{}) == cobrt::StoreStatus::kSizeError) size_error = true;",
        items[i].first, items[i].second, RoundingModeName(node.targets[i].rounding),
        phrase ? "kPresent" : "kAbsent"));
  }
  out.Close();
  if (writer.uses_power()) {
    out.Comment("0 ** 0: 1 is stored, then SIZE ERROR (EC-SIZE-EXPONENTIATION).");
    out.Line("if (value.zero_power_zero) size_error = true;");
  }
  EmitSizeErrorPhrases(context, node.on_size_error, node.not_on_size_error, "size_error");
  if (!phrase) out.Line("static_cast<void>(size_error);");
  out.Close();
}

// ADD / SUBTRACT / MULTIPLY / DIVIDE with a FUNCTION among the operands, as cobc 3.1.2 compiles
// them (checked with cobc -C): on cob_decimal values, each receiving item stored with
// cob_decimal_get_field's rules (its ROUNDED mode; a size error, a division by zero included,
// leaves that item unchanged and the SIZE ERROR phrase sees any item's). With one operand and no
// GIVING, cobc calls cob_add / cob_sub / cob_mul / cob_div once per receiving item, so the
// operand (the FUNCTION) is evaluated again for each; otherwise the operands are computed once,
// in the order cobc reads them (ADD ... TO g GIVING: the sum, then g; SUBTRACT ... FROM g GIVING:
// g - o1 - o2 ...; MULTIPLY and DIVIDE ... GIVING: the left operand of the operation first).
void EmitArithmeticWithIntrinsics(EmitContext& context, SourceLoc loc,
                                  const ir::ArithmeticStatement& node) {
  if (node.corresponding || node.remainder || !node.alignments.empty() || node.operands.empty()) {
    context.Unsupported(loc, node.remainder ? "DIVIDE ... REMAINDER with a FUNCTION operand"
                             : !node.alignments.empty()
                                 ? "ibm arithmetic-osvs alignments with a FUNCTION operand"
                                 : "this arithmetic statement with a FUNCTION operand");
    return;
  }
  const ir::ArithmeticVerb verb = node.verb;
  const bool sums = verb == ir::ArithmeticVerb::kAdd || verb == ir::ArithmeticVerb::kSubtract;
  const bool sum_alone = node.giving && !node.giving_operand.is_valid();
  if ((sum_alone && verb != ir::ArithmeticVerb::kAdd) || (!sums && node.operands.size() != 1)) {
    context.Unsupported(loc, "this arithmetic statement with a FUNCTION operand");
    return;
  }
  IntrinsicWriter writer(context);
  // Every operand as a cob_decimal expression, in source order.
  std::vector<std::string> operands;
  for (ir::ExpressionId operand : node.operands) {
    std::optional<std::string> value = writer.Decimal(operand);
    if (!value) return;
    operands.push_back(*value);
  }
  std::optional<std::string> giving;
  if (node.giving && !sum_alone) {
    giving = writer.Decimal(node.giving_operand);
    if (!giving) return;
  }
  struct Target {
    std::string format;
    std::string address;
    std::string own;  // the item's value as a cob_decimal expression (without GIVING)
  };
  std::vector<Target> targets;
  for (const ir::ArithmeticTarget& target : node.targets) {
    std::optional<DataOperand> item = context.Data(target.target);
    std::optional<std::string> format = item ? context.NumericFormat(*item) : std::nullopt;
    if (!format || item->register_format || *format == "cobrt::IndexItem") {
      context.Unsupported(context.module.expressions().loc(target.target),
                          "this receiving item of arithmetic with a FUNCTION");
      return;
    }
    targets.push_back(
        Target{*format, item->address,
               fmt::format("cobrt::ToBigDecimal({}::Read({}))", *format, item->address)});
  }
  const char* verb_name = verb == ir::ArithmeticVerb::kAdd        ? "ADD"
                          : verb == ir::ArithmeticVerb::kSubtract ? "SUBTRACT"
                          : verb == ir::ArithmeticVerb::kMultiply ? "MULTIPLY"
                                                                  : "DIVIDE";
  const char* operation = verb == ir::ArithmeticVerb::kAdd        ? "DecimalAdd"
                          : verb == ir::ArithmeticVerb::kSubtract ? "DecimalSubtract"
                          : verb == ir::ArithmeticVerb::kMultiply ? "DecimalMultiply"
                                                                  : "DecimalDivide";
  const bool phrase = node.on_size_error.has_value() || node.not_on_size_error.has_value();
  CodeWriter& out = context.out;
  out.Comment(fmt::format("{} {}", verb_name, context.SourceComment(loc)));
  out.Open("");
  out.Comment("cob_decimal arithmetic: a FUNCTION's scale is known only at run time.");
  out.Line(phrase ? "bool size_error = false;" : "[[maybe_unused]] bool size_error = false;");
  auto store = [&](size_t t, const std::string& value) {
    out.Line(fmt::format(
        "if (cobrt::StoreDecimal<{}>({}, {}, cobrt::RoundingMode::{}, "
        "cobrt::SizeErrorPhrase::{}) == cobrt::StoreStatus::kSizeError) size_error = true;",
        targets[t].format, targets[t].address, value, RoundingModeName(node.targets[t].rounding),
        phrase ? "kPresent" : "kAbsent"));
  };
  if (operands.size() == 1 && !node.giving) {
    // cob_add (t, operand) per item: the operand is evaluated for each.
    for (size_t t = 0; t < targets.size(); ++t) {
      out.Open("");
      out.Line(fmt::format("const cobrt::BigDecimal operand = {};", operands.front()));
      out.Line(fmt::format("const cobrt::BigDecimal value = cobrt::{}({}, operand);", operation,
                           targets[t].own));
      store(t, "value");
      out.Close();
    }
  } else {
    // The operands once, one statement each so that they are evaluated in cobc's order.
    std::string value;
    if (sums) {
      const bool chain = verb == ir::ArithmeticVerb::kSubtract && giving;
      if (chain) {
        // SUBTRACT o1 o2 ... FROM g GIVING: g - o1 - o2 ...
        out.Line(fmt::format("cobrt::BigDecimal value = {};", *giving));
        for (const std::string& operand : operands) {
          out.Line(fmt::format("value = cobrt::DecimalSubtract(value, {});", operand));
        }
      } else {
        out.Line(fmt::format("cobrt::BigDecimal value = {};", operands.front()));
        for (size_t i = 1; i < operands.size(); ++i) {
          out.Line(fmt::format("value = cobrt::DecimalAdd(value, {});", operands[i]));
        }
        if (giving) out.Line(fmt::format("value = cobrt::DecimalAdd(value, {});", *giving));
      }
      value = "value";
    } else {
      // MULTIPLY o BY g GIVING: o * g; DIVIDE o INTO g GIVING: g / o; DIVIDE o BY g GIVING: o / g.
      const bool operand_first = verb == ir::ArithmeticVerb::kMultiply || node.divide_by;
      out.Line(fmt::format("const cobrt::BigDecimal left = {};",
                           operand_first ? operands.front() : *giving));
      out.Line(fmt::format("const cobrt::BigDecimal right = {};",
                           operand_first ? *giving : operands.front()));
      out.Line(fmt::format("const cobrt::BigDecimal value = cobrt::{}(left, right);", operation));
      value = "value";
    }
    if (node.giving) {
      for (size_t t = 0; t < targets.size(); ++t) store(t, value);
    } else {
      // ADD / SUBTRACT o1 o2 ... TO (FROM) t: each item joined with the sum.
      for (size_t t = 0; t < targets.size(); ++t) {
        out.Open("");
        out.Line(fmt::format("const cobrt::BigDecimal result = cobrt::{}({}, {});", operation,
                             targets[t].own, value));
        store(t, "result");
        out.Close();
      }
    }
  }
  EmitSizeErrorPhrases(context, node.on_size_error, node.not_on_size_error, "size_error");
  out.Close();
}

auto IntrinsicCount(EmitContext& context, ir::ExpressionId id) -> std::optional<std::string> {
  IntrinsicWriter writer(context);
  if (!context.module.expressions().Is<ir::IntrinsicCallExpression>(id) || writer.IsTextCall(id)) {
    return writer.Fail(id, "this PERFORM ... TIMES count");
  }
  std::optional<std::string> call = writer.Numeric(id);
  if (!call) return std::nullopt;
  return fmt::format("cobrt::IntegerArgument64({})", *call);
}

auto IntrinsicMove(EmitContext& context, ir::ExpressionId source, ir::ExpressionId target)
    -> std::optional<std::string> {
  IntrinsicWriter writer(context);
  std::optional<DataOperand> item = context.Data(target);
  if (!item) return writer.Fail(target, "this receiving item of a FUNCTION");
  const ir::Module& module = context.module;
  std::optional<std::string> numeric_format = context.NumericFormat(*item);
  const char* justified = IsJustified(module, *item) ? ", /*justified_right=*/true" : "";
  if (writer.IsTextCall(source)) {
    auto text = writer.Text(source);
    if (!text) return std::nullopt;
    if (numeric_format) {
      return fmt::format("cobrt::MoveTextToNumeric<{}>({}, {});", *numeric_format, *text,
                         item->address);
    }
    if (!IsBytesItem(module, *item))
      return writer.Fail(target, "this receiving item of a FUNCTION");
    return fmt::format("cobrt::MoveText({}, {}, {}{});", *text, item->address, item->size,
                       justified);
  }
  auto result = writer.Numeric(source);
  if (!result) return std::nullopt;
  if (numeric_format) {
    if (item->register_format || *numeric_format == "cobrt::IndexItem") {
      return writer.Fail(target, "this receiving item of a FUNCTION");
    }
    return fmt::format("cobrt::MoveResult<{}>({}, {});", *numeric_format, *result, item->address);
  }
  // A group receives the result field's own bytes in cobc; not translated.
  if (!IsBytesItem(module, *item) || !module.field(item->field).children.empty()) {
    return writer.Fail(target, "this receiving item of a numeric FUNCTION");
  }
  return fmt::format("cobrt::MoveResultToAlphanumeric({}, {}, {}{});", *result, item->address,
                     item->size, justified);
}

auto IntrinsicDisplayLines(EmitContext& context, ir::ExpressionId item, const std::string& buffer)
    -> std::optional<IntrinsicDisplay> {
  IntrinsicWriter writer(context);
  const std::string result = buffer + "_function";
  if (writer.IsTextCall(item)) {
    auto text = writer.Text(item);
    if (!text) return std::nullopt;
    return IntrinsicDisplay{fmt::format("const std::string {} = {};", result, *text),
                            fmt::format("const std::string& {} = {};", buffer, result)};
  }
  auto call = writer.Numeric(item);
  if (!call) return std::nullopt;
  return IntrinsicDisplay{
      fmt::format("const cobrt::NumericResult {} = {};", result, *call),
      fmt::format("const std::string {} = cobrt::ResultDisplayForm({}, {}, {});", buffer, result,
                  context.options.pretty_display ? "true" : "false",
                  context.options.binary_truncate ? "true" : "false")};
}

auto IntrinsicRelation(EmitContext& context, ir::ExpressionId left, ir::RelationalOperator relation,
                       ir::ExpressionId right) -> std::optional<std::string> {
  IntrinsicWriter writer(context);
  const ir::ExpressionArena& expressions = context.module.expressions();
  const char* op = OperatorText(relation);
  const bool left_text = writer.IsTextCall(left);
  const bool right_text = writer.IsTextCall(right);
  if (!left_text && !right_text) {
    // Numeric by value (cob_numeric_cmp); ZERO is 0.
    if (!writer.IsNumericOperand(left) && !expressions.Is<ir::FigurativeExpression>(left)) {
      return writer.Fail(left, "a comparison of a numeric FUNCTION with this operand");
    }
    if (!writer.IsNumericOperand(right) && !expressions.Is<ir::FigurativeExpression>(right)) {
      return writer.Fail(right, "a comparison of a numeric FUNCTION with this operand");
    }
    auto a = writer.Decimal(left);
    if (!a) return std::nullopt;
    auto b = writer.Decimal(right);
    if (!b) return std::nullopt;
    return fmt::format("(cobrt::DecimalCompare({}, {}) {} 0)", *a, *b, op);
  }
  // An alphanumeric function against bytes, a figurative constant or ALL literal, or another
  // function: as alphanumeric operands, space padded.
  const ir::ExpressionId text_side = left_text ? left : right;
  const ir::ExpressionId other = left_text ? right : left;
  if (!context.collating_weights.empty()) {
    return writer.Fail(text_side,
                       "a comparison of an alphanumeric FUNCTION under a literal PROGRAM "
                       "COLLATING SEQUENCE");
  }
  auto text = writer.Text(text_side);
  if (!text) return std::nullopt;
  std::optional<std::string> comparison;
  if (const auto* figurative = expressions.TryGet<ir::FigurativeExpression>(other)) {
    std::optional<std::string> bytes = context.FigurativeBytes(figurative->constant);
    if (!bytes) return writer.Fail(other, "this comparison with a FUNCTION");
    comparison = fmt::format("cobrt::CompareTextAll({}, {}sv)", *text, CppStringLiteral(*bytes));
  } else if (const auto* all = expressions.TryGet<ir::AllLiteralExpression>(other)) {
    const auto* literal = expressions.TryGet<ir::StringLiteralExpression>(all->literal);
    if (literal == nullptr) return writer.Fail(other, "this comparison with a FUNCTION");
    comparison = fmt::format("cobrt::CompareTextAll({}, {}sv)", *text,
                             CppStringLiteral(context.module.str(literal->value)));
  } else if (!writer.IsNumericOperand(other)) {
    auto bytes = writer.TextArgument(other);
    if (!bytes) return std::nullopt;
    comparison = fmt::format("cobrt::CompareText({}, {})", *text, *bytes);
  } else {
    return writer.Fail(other, "a comparison of an alphanumeric FUNCTION with a number");
  }
  // The comparison is written text side first: flip the operator's sides otherwise.
  return left_text ? fmt::format("({} {} 0)", *comparison, op)
                   : fmt::format("(0 {} {})", op, *comparison);
}

}  // namespace remint::emit_cpp
