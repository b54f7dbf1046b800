// COMPUTE, ADD, SUBTRACT, MULTIPLY and DIVIDE: the value computed by ValueWriter
// (emit_arithmetic.h), then one store per receiving item with its ROUNDED mode and the SIZE
// ERROR rules (runtime/storage/store.h; numeric-edited items through cobrt::StoreEdited). A
// division by zero leaves every receiving item unchanged.
#include <fmt/format.h>

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "emitters/cpp/emit_arithmetic.h"
#include "emitters/cpp/emit_context.h"
#include "emitters/cpp/emit_move.h"

namespace remint::emit_cpp {
namespace {

// Each line of `text` (written by another CodeWriter) into `out`.
void WriteLines(CodeWriter& out, const std::string& text) {
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string_view line(text.data() + start, end - start);
    const size_t first = line.find_first_not_of(' ');
    if (first != std::string_view::npos) out.Line(line.substr(first));
    start = end + 1;
  }
}

// DIVIDE ... GIVING q REMAINDER r (cob_div_quotient / cob_div_remainder): the quotient is
// stored with its ROUNDED and SIZE ERROR rules; the remainder is the dividend minus the
// quotient truncated at q's scale times the divisor, and is stored even when q had a size
// error, never rounded (cobc stores it without the ROUNDED written after it); a division by
// zero leaves both unchanged. Each checked with cobc 3.1.2.
void EmitDivideRemainder(EmitContext& context, SourceLoc loc, const ir::ArithmeticStatement& node) {
  CodeWriter& out = context.out;
  if (node.verb != ir::ArithmeticVerb::kDivide || !node.giving || !node.giving_operand.is_valid() ||
      node.targets.size() != 1) {
    context.Unsupported(loc, "this REMAINDER form");
    return;
  }
  const bool phrase = node.on_size_error.has_value() || node.not_on_size_error.has_value();
  out.Comment(fmt::format("DIVIDE ... REMAINDER {}", context.SourceComment(loc)));
  out.Open("");
  // Set by a size error of either item; read only by the SIZE ERROR phrases.
  out.Line(phrase ? "bool size_error = false;" : "[[maybe_unused]] bool size_error = false;");
  ValueWriter writer(context, "size_error", "operand");
  auto operand = writer.Value(node.operands.front());
  if (!operand) return out.Close();
  auto giving = writer.Value(node.giving_operand);
  if (!giving) return out.Close();
  // DIVIDE a INTO b: b / a; DIVIDE a BY b: a / b.
  const std::string& dividend = node.divide_by ? operand->first : giving->first;
  const std::string& divisor = node.divide_by ? giving->first : operand->first;
  auto quotient_item = ReceiverOf(context, node.targets.front().target);
  auto remainder_item = ReceiverOf(context, node.remainder->target);
  if (!quotient_item || !remainder_item) return out.Close();
  out.Line(fmt::format("const auto quotient = cobrt::Divide({}, {});", dividend, divisor));
  out.Line("const bool divide_by_zero = quotient.divide_by_zero;");
  out.Open("if (!divide_by_zero)");
  out.Line(fmt::format(
      "if ({} == cobrt::StoreStatus::kSizeError) size_error = true;",
      StoreCall(*quotient_item, "quotient.value", node.targets.front().rounding, phrase)));
  out.Line(fmt::format("const auto remainder = cobrt::DivideRemainder<{}>({}, {});",
                       quotient_item->scale, dividend, divisor));
  out.Line(fmt::format(
      "if ({} == cobrt::StoreStatus::kSizeError) size_error = true;",
      StoreCall(*remainder_item, "remainder.value", ir::RoundingMode::kTruncation, phrase)));
  out.Close();
  if (node.on_size_error) {
    out.Open("if (divide_by_zero || size_error)");
    EmitStatements(context, *node.on_size_error);
    out.Close();
  }
  if (node.not_on_size_error) {
    out.Open("if (!divide_by_zero && !size_error)");
    EmitStatements(context, *node.not_on_size_error);
    out.Close();
  }
  out.Close();
}

// SUBTRACT o1 o2 ... FROM g GIVING r... under ibm arithmetic-osvs: cobc computes g - o1 - o2 ...
// term by term, aligning the running value where the IR says, then stores it in each item.
void EmitAlignedSubtractChain(EmitContext& context, const ir::ArithmeticStatement& node,
                              const std::map<uint32_t, int32_t>& aligned_after, bool phrase) {
  CodeWriter& out = context.out;
  // Only additions and subtractions: nothing sets size_error before the stores.
  out.Line("static_cast<void>(size_error);");
  if (!phrase) out.Line("[[maybe_unused]] bool any_size_error = false;");
  ValueWriter writer(context, "size_error", "operand");
  auto running = writer.Value(node.giving_operand);
  for (size_t i = 0; running && i < node.operands.size(); ++i) {
    if (auto it = aligned_after.find(static_cast<uint32_t>(i + 1)); it != aligned_after.end()) {
      running = writer.Align(*running, it->second, node.operands[i]);
      if (!running) return;
    }
    auto next = writer.Value(node.operands[i]);
    if (!next) return;
    running = writer.Combine(ir::ArithmeticOperator::kSubtract, *running, *next, node.operands[i]);
  }
  if (!running) return;
  for (const ir::ArithmeticTarget& target : node.targets) {
    auto item = ReceiverOf(context, target.target);
    if (!item) continue;
    out.Line(fmt::format("if ({} == cobrt::StoreStatus::kSizeError) any_size_error = true;",
                         StoreCall(*item, running->first, target.rounding, phrase)));
  }
  EmitSizeErrorPhrases(context, node.on_size_error, node.not_on_size_error, "any_size_error");
}

// ADD / SUBTRACT CORRESPONDING: cobc emits an ADD or SUBTRACT of its own for each pair of
// numeric items with the same name (pairs with a non-numeric or edited item are skipped; checked
// against cobc), so a size error leaves that pair's receiving item unchanged while the others
// are stored, and the phrase sees whether any pair had one.
void EmitCorrespondingArithmetic(EmitContext& context, SourceLoc loc,
                                 const ir::ArithmeticStatement& node) {
  const bool add = node.verb == ir::ArithmeticVerb::kAdd;
  std::optional<DataOperand> source =
      node.operands.size() == 1 ? context.Data(node.operands.front()) : std::nullopt;
  std::optional<DataOperand> target =
      node.targets.size() == 1 ? context.Data(node.targets.front().target) : std::nullopt;
  if ((!add && node.verb != ir::ArithmeticVerb::kSubtract) || node.giving || !source || !target ||
      source->reference_modified || target->reference_modified) {
    context.Unsupported(loc, "this CORRESPONDING arithmetic");
    return;
  }
  const ir::Module& module = context.module;
  CodeWriter& out = context.out;
  const bool phrase = node.on_size_error.has_value() || node.not_on_size_error.has_value();
  out.Comment(
      fmt::format("{} CORRESPONDING {}", add ? "ADD" : "SUBTRACT", context.SourceComment(loc)));
  out.Open("");
  if (phrase) out.Line("bool any_size_error = false;");
  auto numeric = [&](const DataOperand& item) {
    const ir::Field& field = module.field(item.field);
    return module.types().Is<ir::DecimalType>(field.type) && !field.blank_when_zero;
  };
  const ir::ExpressionId where = node.targets.front().target;
  for (const CorrespondingPair& pair :
       CorrespondingPairs(context, *source, *target, /*elementary=*/true, /*target_order=*/true)) {
    if (!numeric(pair.source) || !numeric(pair.target)) continue;
    std::optional<std::string> format = context.StorageFormat(module.field(pair.target.field));
    if (!format) {
      context.Unsupported(loc, "this receiving item");
      break;
    }
    out.Open("");
    out.Comment(std::string(module.str(module.field(pair.target.field).name)));
    out.Line("bool target_error = false;");
    ValueWriter writer(context, "target_error", "value");
    auto operand = writer.Item(pair.source, where);
    auto own = operand ? writer.Item(pair.target, where) : std::nullopt;
    auto result =
        own ? writer.Combine(add ? ir::ArithmeticOperator::kAdd : ir::ArithmeticOperator::kSubtract,
                             *own, *operand, where)
            : std::nullopt;
    if (result) {
      out.Line(fmt::format(
          "if (!target_error && cobrt::Store<{}>({}, {}, cobrt::RoundingMode::{}, "
          "cobrt::SizeErrorPhrase::{}) == cobrt::StoreStatus::kSizeError) target_error = true;",
          *format, pair.target.address, result->first,
          RoundingModeName(node.targets.front().rounding), phrase ? "kPresent" : "kAbsent"));
      if (phrase) out.Line("if (target_error) any_size_error = true;");
    }
    out.Close();
  }
  EmitSizeErrorPhrases(context, node.on_size_error, node.not_on_size_error, "any_size_error");
  out.Close();
}

}  // namespace

auto ComputedOperand(EmitContext& context, ir::ExpressionId id) -> std::optional<ComputedValue> {
  CodeWriter body;
  ValueWriter writer(context, "operand_size_error", "term", &body);
  auto value = writer.Value(id);
  if (!value) return std::nullopt;
  // A size error inside (a quotient by zero) leaves cob_decimal a value of its own, which the
  // lambda's Fixed cannot hold.
  if (body.text().find("operand_size_error") != std::string::npos) {
    context.Unsupported(context.module.expressions().loc(id),
                        "a relation operand whose computation may raise a size error");
    return std::nullopt;
  }
  if (!value->second.dynamic) {
    return ComputedValue{fmt::format("[&] {{\n{}return {};\n}}()", body.text(), value->first),
                         value->second.digits, value->second.scale};
  }
  // An exponentiation: 0 ** 0 is 1 here (its size error concerns statements only); cobc's NaN
  // (a negative base with a fractional exponent, a zero divisor) and what cobrt does not compute
  // end the run with a message rather than compare a wrong value.
  const std::string message = CppStringLiteral(
      fmt::format("remint: a relation operand whose exponentiation gives no number (a size "
                  "error, a fractional exponent or a result wider than 153 digits) is not "
                  "translated ({})",
                  context.SourceComment(context.module.expressions().loc(id))));
  return ComputedValue{
      fmt::format("[&] {{\n{}if ({}.status != cobrt::DecimalStatus::kOk && {}.status != "
                  "cobrt::DecimalStatus::kStoredThenSizeError) {{\n"
                  "cobrt::ProcessTermination().FatalError({});\n}}\nreturn {}.value;\n}}()",
                  body.text(), value->first, value->first, message, value->first),
      0, 0, /*dynamic=*/true};
}

// ADD, SUBTRACT, MULTIPLY, DIVIDE (fact sheet §1): the operands' sum (or the single operand)
// is computed once, then each receiving item gets its own result and its own store: a size
// error leaves that item unchanged (with the phrase) and the others are still stored.
void EmitArithmetic(EmitContext& context, SourceLoc loc, const ir::ArithmeticStatement& node) {
  if (node.corresponding) {
    EmitCorrespondingArithmetic(context, loc, node);
    return;
  }
  bool holds_intrinsic = HoldsDecimalIntrinsic(context.module, node.giving_operand);
  for (ir::ExpressionId operand : node.operands) {
    holds_intrinsic = holds_intrinsic || HoldsDecimalIntrinsic(context.module, operand);
  }
  if (holds_intrinsic) {
    EmitArithmeticWithIntrinsics(context, loc, node);
    return;
  }
  if (node.remainder && node.alignments.empty() && !node.operands.empty()) {
    EmitDivideRemainder(context, loc, node);
    return;
  }
  if (node.corresponding || node.remainder || node.operands.empty()) {
    context.Unsupported(loc, node.corresponding      ? "ADD / SUBTRACT CORRESPONDING"
                             : node.remainder        ? "DIVIDE ... REMAINDER"
                             : node.operands.empty() ? "this arithmetic statement"
                                                     : "ibm arithmetic-osvs alignments");
    return;
  }
  CodeWriter& out = context.out;
  const bool phrase = node.on_size_error.has_value() || node.not_on_size_error.has_value();
  const char* verb = node.verb == ir::ArithmeticVerb::kAdd        ? "ADD"
                     : node.verb == ir::ArithmeticVerb::kSubtract ? "SUBTRACT"
                     : node.verb == ir::ArithmeticVerb::kMultiply ? "MULTIPLY"
                                                                  : "DIVIDE";
  out.Comment(fmt::format("{} {}", verb, context.SourceComment(loc)));
  out.Open("");
  const bool sums =
      node.verb == ir::ArithmeticVerb::kAdd || node.verb == ir::ArithmeticVerb::kSubtract;
  // ibm arithmetic-osvs: the running sum after `terms` terms is aligned before the next one
  // joins it (docs/ir.md). SUBTRACT ... FROM g GIVING chains g - o1 - o2 ..., counting g.
  std::map<uint32_t, int32_t> aligned_after;
  for (const ir::ChainAlignment& alignment : node.alignments) {
    aligned_after[alignment.terms] = alignment.places;
  }
  const bool subtract_chain =
      node.verb == ir::ArithmeticVerb::kSubtract && node.giving && node.giving_operand.is_valid();
  // Without the phrase and without a division nothing can stop a store (an overflow is cut):
  // the items are stored one after the other with no size-error bookkeeping.
  const bool plain = !phrase && node.verb != ir::ArithmeticVerb::kDivide &&
                     !(subtract_chain && !aligned_after.empty());
  if (!plain) out.Line("bool size_error = false;");
  // Only a SIZE ERROR phrase needs to know whether any item failed.
  if (phrase) out.Line("bool any_size_error = false;");
  ValueWriter operands_writer(context, "size_error", "operand");
  if (subtract_chain && !aligned_after.empty()) {
    EmitAlignedSubtractChain(context, node, aligned_after, phrase);
    return out.Close();
  }
  auto align_after = [&](uint32_t terms, std::optional<Computed> value) {
    auto it = aligned_after.find(terms);
    if (!value || it == aligned_after.end()) return value;
    return operands_writer.Align(*value, it->second, node.operands.front());
  };
  // ADD / SUBTRACT: the sum of the operands; MULTIPLY / DIVIDE: the one operand.
  auto operand = operands_writer.Value(node.operands.front());
  for (size_t i = 1; operand && sums && i < node.operands.size(); ++i) {
    operand = align_after(static_cast<uint32_t>(i), operand);
    if (!operand) return out.Close();
    auto next = operands_writer.Value(node.operands[i]);
    if (!next) return out.Close();
    operand =
        operands_writer.Combine(ir::ArithmeticOperator::kAdd, *operand, *next, node.operands[i]);
  }
  if (!operand) return out.Close();
  // The sum of every operand, before the TO or FROM item (or GIVING's TO item) joins it.
  if (sums) operand = align_after(static_cast<uint32_t>(node.operands.size()), operand);
  if (!operand) return out.Close();
  std::optional<Computed> giving;
  // ADD a b GIVING c has no TO operand: c receives the sum alone.
  const bool sum_alone = node.giving && !node.giving_operand.is_valid();
  if (sum_alone && node.verb != ir::ArithmeticVerb::kAdd) {
    context.Unsupported(loc, "this GIVING form");
    return out.Close();
  }
  if (node.giving && !sum_alone) {
    giving = operands_writer.Value(node.giving_operand);
    if (!giving) return out.Close();
  }
  for (size_t t = 0; t < node.targets.size(); ++t) {
    const ir::ArithmeticTarget& target = node.targets[t];
    auto item = ReceiverOf(context, target.target);
    if (!item) continue;
    if (!plain) {
      out.Open("");
      out.Line("bool target_error = size_error;");
    }
    ValueWriter writer(context, "target_error", fmt::format("result{}", t));
    // The value this item receives: its own value (or the GIVING operand) joined with the
    // operand as the verb says.
    std::optional<Computed> own = sum_alone ? operand
                                  : giving  ? giving
                                            : writer.Value(target.target);
    std::optional<Computed> result;
    if (sum_alone) {
      result = operand;
    } else if (own) {
      switch (node.verb) {
        case ir::ArithmeticVerb::kAdd:
          result = writer.Combine(ir::ArithmeticOperator::kAdd, *own, *operand, target.target);
          break;
        case ir::ArithmeticVerb::kSubtract:
          result = writer.Combine(ir::ArithmeticOperator::kSubtract, *own, *operand, target.target);
          break;
        case ir::ArithmeticVerb::kMultiply:
          result = writer.Combine(ir::ArithmeticOperator::kMultiply, *operand, *own, target.target);
          break;
        case ir::ArithmeticVerb::kDivide: {
          // DIVIDE a INTO b: b / a; DIVIDE a BY b GIVING c: a / b. Computed at the item's scale.
          const std::optional<int> scale = QuotientScaleFor({{&*item, target.rounding}});
          result = node.divide_by ? writer.Combine(ir::ArithmeticOperator::kDivide, *operand,
                                                   *own, target.target, scale)
                                  : writer.Combine(ir::ArithmeticOperator::kDivide, *own,
                                                   *operand, target.target, scale);
          break;
        }
      }
    }
    if (result && plain) {
      out.Line(StoreCall(*item, result->first, target.rounding, phrase) + ";");
    } else if (result) {
      out.Line(fmt::format(
          "if (!target_error && {} == cobrt::StoreStatus::kSizeError) target_error = true;",
          StoreCall(*item, result->first, target.rounding, phrase)));
      if (phrase) out.Line("if (target_error) any_size_error = true;");
    }
    if (!plain) out.Close();
  }
  EmitSizeErrorPhrases(context, node.on_size_error, node.not_on_size_error, "any_size_error");
  out.Close();
}

void EmitCompute(EmitContext& context, SourceLoc loc, const ir::ComputeStatement& node) {
  if (HoldsDecimalIntrinsic(context.module, node.value)) {
    EmitComputeWithIntrinsics(context, loc, node);
    return;
  }
  CodeWriter& out = context.out;
  const bool phrase = node.on_size_error.has_value() || node.not_on_size_error.has_value();
  out.Comment(fmt::format("COMPUTE {}", context.SourceComment(loc)));
  out.Open("");
  std::vector<std::optional<Receiver>> items;
  std::vector<std::pair<const Receiver*, ir::RoundingMode>> stores;
  for (const ir::ArithmeticTarget& target : node.targets) {
    items.push_back(ReceiverOf(context, target.target));
  }
  for (size_t t = 0; t < items.size(); ++t) {
    stores.emplace_back(items[t] ? &*items[t] : nullptr, node.targets[t].rounding);
  }
  // The temporaries first, to learn whether any can raise a size error (a divisor that may be
  // zero, an exponentiation).
  CodeWriter temporaries;
  ValueWriter writer(context, "size_error", "value", &temporaries);
  auto value = writer.ValueStoredAt(node.value, QuotientScaleFor(stores));
  if (!value) {
    out.Close();
    return;
  }
  const bool may_fail =
      value->second.dynamic || temporaries.text().find("size_error") != std::string::npos;
  if (!phrase && !may_fail) {
    // Nothing can stop a store: each item stored in turn (an overflow is cut).
    WriteLines(out, temporaries.text());
    for (size_t t = 0; t < items.size(); ++t) {
      if (!items[t]) continue;
      out.Line(StoreCall(*items[t], value->first, node.targets[t].rounding, phrase) + ";");
    }
    out.Close();
    return;
  }
  out.Line("bool size_error = false;");
  WriteLines(out, temporaries.text());
  const std::string stored = StoredValue(context, *value, "size_error", loc);
  out.Open("if (!size_error)");
  for (size_t t = 0; t < items.size(); ++t) {
    if (!items[t]) continue;
    out.Line(fmt::format("if ({} == cobrt::StoreStatus::kSizeError) size_error = true;",
                         StoreCall(*items[t], stored, node.targets[t].rounding, phrase)));
  }
  out.Close();
  RaisePendingSizeError(context, *value, "size_error");
  EmitSizeErrorPhrases(context, node.on_size_error, node.not_on_size_error, "size_error");
  out.Close();
}

}  // namespace remint::emit_cpp
