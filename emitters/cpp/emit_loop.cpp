// PERFORM loops -> C++ loops: TIMES counts once up front, UNTIL tests before (or after, WITH
// TEST AFTER) each pass, VARYING sets its variables, tests, runs the body and adds BY. The
// body is the inline statements or, for PERFORM p UNTIL ..., the PERFORM of p. Also the jumps
// out of procedures and loops: EXIT PARAGRAPH / SECTION / PERFORM [CYCLE] and GO TO ...
// DEPENDING ON, and NEXT SENTENCE (a jump past its sentence's block).
//
// VARYING ... AFTER is nested as cobc nests it (checked with `cobc -C`): each inner variable is
// set from its FROM at the top of every pass of the loop outside it, before that loop's test;
// with TEST AFTER the body runs first and each loop tests after its inner loop ends.
// Variables: an index name is a native int (SET semantics: integer parts); a binary or COMP-5
// variable is added to past its PICTURE even under binary-truncate, wrapping only at its bytes:
// natively when it is an integer and BY an int (cobc's cob_add_u16 and the like: 9(4) BINARY
// from 9998 by 1 reaches 10000; an unsigned one wraps below zero), else as a decimal sum kept to
// its bytes; every other variable is stored as ADD stores without SIZE ERROR, cut to its
// PICTURE.
#include <fmt/format.h>

#include <string>
#include <vector>

#include "emitters/cpp/code_writer.h"
#include "emitters/cpp/emit_context.h"
#include "ir/statement_walk.h"

namespace remint::emit_cpp {
namespace {

// One VARYING variable: how it is set from FROM and how BY is added.
struct VaryingStep {
  std::string name;   // as written, for comments
  std::string set;    // statement
  std::string add;    // statement
  std::string until;  // condition
};

auto IntegerLiteralText(const ir::Module& module, ir::ExpressionId id)
    -> std::optional<std::string> {
  const auto* literal = module.expressions().TryGet<ir::NumericLiteralExpression>(id);
  if (literal == nullptr || literal->form != ir::NumericLiteralForm::kFixed ||
      literal->scale != 0) {
    return std::nullopt;
  }
  const std::string_view digits = module.str(literal->digits);
  if (digits.size() > 9) return std::nullopt;
  return fmt::format("{}{}", literal->negative ? "-" : "", digits);
}

// BY as a native int when cobc takes it as one (cb_fits_int): an integer literal of at most 9
// digits, an index, or an integer item of a binary of at most 4 bytes, a DISPLAY item of at
// most 9 bytes, or a packed item of at most 9 digits.
auto FitsInt(const EmitContext& context, ir::ExpressionId id) -> std::optional<std::string> {
  const ir::Module& module = context.module;
  if (module.expressions().Is<ir::NumericLiteralExpression>(id)) {
    return IntegerLiteralText(module, id);
  }
  std::optional<DataOperand> item = context.Data(id);
  if (!item || item->reference_modified) return std::nullopt;
  const ir::Field& field = module.field(item->field);
  if (module.types().Is<ir::IndexType>(field.type)) return context.IntegerExpression(id);
  const auto* decimal = module.types().TryGet<ir::DecimalType>(field.type);
  if (decimal == nullptr || decimal->scale > 0) return std::nullopt;
  bool fits = false;
  switch (decimal->encoding) {
    case ir::DecimalEncoding::kBinary:
    case ir::DecimalEncoding::kNative:
      fits = field.size <= 4;
      break;
    case ir::DecimalEncoding::kZoned:
      fits = field.size < 10;
      break;
    case ir::DecimalEncoding::kPacked:
    case ir::DecimalEncoding::kPackedUnsigned:
      fits = decimal->digits < 10;
      break;
    case ir::DecimalEncoding::kByteBinary:
    case ir::DecimalEncoding::kByteNative:
      break;  // the emitter has no storage format for these yet
  }
  if (!fits) return std::nullopt;
  return context.IntegerExpression(id);
}

auto Step(EmitContext& context, const ir::VaryingClause& clause, SourceLoc loc)
    -> std::optional<VaryingStep> {
  const ir::Module& module = context.module;
  std::optional<DataOperand> variable = context.Data(clause.variable);
  if (!variable || variable->reference_modified) {
    context.Unsupported(loc, "PERFORM VARYING of this variable");
    return std::nullopt;
  }
  const ir::Field& field = module.field(variable->field);
  const std::string& address = variable->address;
  VaryingStep step;
  step.name = std::string(module.str(field.name));
  std::optional<std::string> until = ConditionExpression(context, clause.until);
  if (!until) return std::nullopt;
  step.until = *until;
  if (module.types().Is<ir::IndexType>(field.type)) {
    // An index name varies as SET sets it: integer parts, native adds.
    const auto* literal = module.expressions().TryGet<ir::NumericLiteralExpression>(clause.from);
    std::optional<std::string> from = literal != nullptr ? IntegerLiteralText(module, clause.from)
                                                         : context.IntegerExpression(clause.from);
    std::optional<std::string> by = FitsInt(context, clause.by);
    if (!by) by = context.IntegerExpression(clause.by);
    if (!from || !by) {
      context.Unsupported(loc, "PERFORM VARYING an index with these FROM / BY operands");
      return std::nullopt;
    }
    step.set = fmt::format("cobrt::IndexItem::Write({}, int64_t{{{}}});", address, *from);
    step.add = fmt::format(
        "cobrt::IndexItem::Write({0}, cobrt::IndexItem::Read({0}).mantissa + {1});", address, *by);
    return step;
  }
  const auto* decimal = module.types().TryGet<ir::DecimalType>(field.type);
  std::optional<std::string> format = context.StorageFormat(field);
  if (decimal == nullptr || !format || !field.children.empty()) {
    context.Unsupported(loc, "PERFORM VARYING of this variable");
    return std::nullopt;
  }
  std::optional<std::string> from = NumericValueExpression(context, clause.from);
  if (!from) return std::nullopt;
  step.set = fmt::format("cobrt::Store<{}>({}, {});", *format, address, *from);
  const bool binary = decimal->encoding == ir::DecimalEncoding::kBinary ||
                      decimal->encoding == ir::DecimalEncoding::kNative;
  if (binary && decimal->scale == 0) {
    if (std::optional<std::string> by = FitsInt(context, clause.by)) {
      step.add =
          fmt::format("{0}::Write({1}, {0}::Read({1}).mantissa + {2});", *format, address, *by);
      return step;
    }
  }
  std::optional<std::string> by = NumericValueExpression(context, clause.by);
  if (!by) return std::nullopt;
  std::string add_format = *format;
  if (binary) {
    // cobc's cob_add(v, by, 0) passes no truncation option: a binary variable keeps what its
    // bytes hold, past its PICTURE (998.0 + 1.5 into 9(3)V9 BINARY is 1001.0, tested as such).
    const std::string digits_cut = "cobrt::BinaryTruncation::kToPictureDigits";
    if (const size_t at = add_format.find(digits_cut); at != std::string::npos) {
      add_format.replace(at, digits_cut.size(), "cobrt::BinaryTruncation::kToStorageBytes");
    }
  }
  step.add = fmt::format("cobrt::Store<{0}>({1}, cobrt::Add({2}::Read({1}), {3}));", add_format,
                         address, *format, *by);
  return step;
}

// Whether `body` holds an EXIT PERFORM CYCLE (of this loop or of one inside it).
auto HasCycleExit(const ir::Module& module, const ir::StatementList& body) -> bool {
  bool found = false;
  ir::ForEachStatement(module, body, [&](ir::StatementId id) {
    if (const auto* exit = module.statements().TryGet<ir::ExitStatement>(id)) {
      found = found || exit->kind == ir::ExitKind::kPerformCycle;
    }
  });
  return found;
}

// Writes the loop body: in a block of its own when EXIT PERFORM CYCLE jumps past it (so the
// jump crosses no declaration), then the label it jumps to.
void EmitBody(EmitContext& context, const ir::LoopStatement& node) {
  const bool cycles = HasCycleExit(context.module, node.body);
  if (cycles) context.out.Open("");
  EmitStatements(context, node.body);
  if (cycles) context.out.Close();
  const PerformExitLabels& labels = context.perform_exits.back();
  if (labels.cycle_used) context.out.Line(labels.cycle + ":;");
}

// VARYING clause `level` and the clauses after it (AFTER), test before.
void EmitVaryingBefore(EmitContext& context, const ir::LoopStatement& node,
                       const std::vector<VaryingStep>& steps, size_t level) {
  CodeWriter& out = context.out;
  const VaryingStep& step = steps[level];
  if (level + 1 == steps.size()) {
    out.Open(fmt::format("while (!{})", step.until));
    EmitBody(context, node);
  } else {
    out.Open("while (true)");
    out.Line(steps[level + 1].set);
    out.Line(fmt::format("if ({}) break;", step.until));
    EmitVaryingBefore(context, node, steps, level + 1);
  }
  out.Line(step.add);
  out.Close();
}

// The same with the tests after the passes (WITH TEST AFTER).
void EmitVaryingAfter(EmitContext& context, const ir::LoopStatement& node,
                      const std::vector<VaryingStep>& steps, size_t level) {
  CodeWriter& out = context.out;
  const VaryingStep& step = steps[level];
  out.Open("while (true)");
  if (level + 1 == steps.size()) {
    EmitBody(context, node);
  } else {
    out.Line(steps[level + 1].set);
    EmitVaryingAfter(context, node, steps, level + 1);
  }
  out.Line(fmt::format("if ({}) break;", step.until));
  out.Line(step.add);
  out.Close();
}

void EmitVarying(EmitContext& context, SourceLoc loc, const ir::LoopStatement& node) {
  std::vector<VaryingStep> steps;
  for (const ir::VaryingClause& clause : node.varying) {
    std::optional<VaryingStep> step = Step(context, clause, loc);
    if (!step) return;
    steps.push_back(std::move(*step));
  }
  if (steps.empty()) {
    context.Unsupported(loc, "PERFORM VARYING without a variable");
    return;
  }
  std::string names;
  for (const VaryingStep& step : steps) names += (names.empty() ? "" : " AFTER ") + step.name;
  context.out.Comment(fmt::format("PERFORM VARYING {}{}  {}", names,
                                  node.test == ir::TestPosition::kAfter ? " WITH TEST AFTER" : "",
                                  context.SourceComment(loc)));
  context.out.Line(steps.front().set);
  if (node.test == ir::TestPosition::kAfter) {
    EmitVaryingAfter(context, node, steps, 0);
  } else {
    EmitVaryingBefore(context, node, steps, 0);
  }
}

void EmitLoopKind(EmitContext& context, SourceLoc loc, const ir::LoopStatement& node) {
  CodeWriter& out = context.out;
  switch (node.kind) {
    case ir::LoopKind::kOnce:
      out.Comment(fmt::format("PERFORM {}", context.SourceComment(loc)));
      out.Open("");
      EmitBody(context, node);
      out.Close();
      return;
    case ir::LoopKind::kTimes: {
      // The count is taken once, before the first pass; a count of zero or less runs nothing.
      std::optional<std::string> count = HoldsIntrinsic(context.module, node.times)
                                             ? IntrinsicCount(context, node.times)
                                             : IntegerValueExpression(context, node.times);
      if (!count) return;
      out.Comment(fmt::format("PERFORM ... TIMES {}", context.SourceComment(loc)));
      out.Open(fmt::format("for (int64_t count = {}; count > 0; --count)", *count));
      EmitBody(context, node);
      out.Close();
      return;
    }
    case ir::LoopKind::kUntil: {
      std::optional<std::string> until = ConditionExpression(context, node.condition);
      if (!until) return;
      out.Comment(fmt::format("PERFORM ... UNTIL {}", context.SourceComment(loc)));
      if (node.test == ir::TestPosition::kAfter) {
        out.Open("do");
        EmitBody(context, node);
        out.Close(fmt::format(" while (!{});", *until));
      } else {
        out.Open(fmt::format("while (!{})", *until));
        EmitBody(context, node);
        out.Close();
      }
      return;
    }
    case ir::LoopKind::kVarying:
      EmitVarying(context, loc, node);
      return;
    default:
      context.Unsupported(loc, fmt::format("a '{}' loop", ir::Spelling(node.kind)));
  }
}

}  // namespace

void EmitLoop(EmitContext& context, SourceLoc loc, const ir::LoopStatement& node) {
  // The labels EXIT PERFORM and EXIT PERFORM CYCLE in the body jump to.
  const int label = ++context.next_label;
  context.perform_exits.push_back({fmt::format("perform_exit_{}", label),
                                   fmt::format("perform_cycle_{}", label), false, false});
  EmitLoopKind(context, loc, node);
  const PerformExitLabels labels = context.perform_exits.back();
  context.perform_exits.pop_back();
  if (labels.exit_used) context.out.Line(labels.exit + ":;");
}

void EmitExit(EmitContext& context, SourceLoc loc, const ir::ExitStatement& node) {
  CodeWriter& out = context.out;
  const std::string where = context.SourceComment(loc);
  const ir::ParagraphId procedure = context.current_procedure;
  const ir::Paragraph* paragraph =
      procedure.is_valid() ? &context.module.paragraph(procedure) : nullptr;
  const bool section = paragraph != nullptr && paragraph->kind == ir::ProcedureKind::kSection;
  const bool section_with_paragraphs = section && !paragraph->paragraphs.empty();
  switch (node.kind) {
    case ir::ExitKind::kPlain:
      // A plain EXIT only marks the end of a PERFORM range; it does nothing.
      out.Line(fmt::format("// EXIT  {}", where));
      return;
    case ir::ExitKind::kParagraph:
      // The end of the paragraph: in a dispatcher unit, falling through to the next one. A
      // section's own statements before its first paragraph are followed by that paragraph,
      // which the structured section function calls after them.
      if (paragraph == nullptr || (section_with_paragraphs && !context.dispatcher())) break;
      out.Line(fmt::format("return{};  // EXIT PARAGRAPH {}",
                           context.dispatcher() ? " kFallThrough" : "", where));
      return;
    case ir::ExitKind::kSection:
      // The end of the section: its own function's end when it has no paragraphs after the
      // statement, or (structured) when the statement is in the section's own statements.
      if (!section || (section_with_paragraphs && context.dispatcher())) break;
      out.Line(fmt::format("return{};  // EXIT SECTION {}",
                           context.dispatcher() ? " kFallThrough" : "", where));
      return;
    case ir::ExitKind::kPerform:
    case ir::ExitKind::kPerformCycle: {
      if (context.perform_exits.empty()) break;
      PerformExitLabels& labels = context.perform_exits.back();
      const bool cycle = node.kind == ir::ExitKind::kPerformCycle;
      (cycle ? labels.cycle_used : labels.exit_used) = true;
      out.Line(fmt::format("goto {};  // EXIT PERFORM{} {}", cycle ? labels.cycle : labels.exit,
                           cycle ? " CYCLE" : "", where));
      return;
    }
    case ir::ExitKind::kNextSentence: {
      // The sentence's block is being written around the statement (EmitBlock).
      auto label = context.sentence_ends.find(node.target.index);
      if (label == context.sentence_ends.end()) break;
      out.Line(fmt::format("goto {};  // NEXT SENTENCE {}", label->second, where));
      return;
    }
    default:
      break;
  }
  context.Unsupported(loc, fmt::format("EXIT {} here", ir::Spelling(node.kind)));
}

void EmitBlock(EmitContext& context, ir::StatementId id, SourceLoc loc,
               const ir::BlockStatement& node) {
  bool named = false;
  ir::ForEachStatement(context.module, node.body, [&](ir::StatementId nested) {
    const auto* exit = context.module.statements().TryGet<ir::ExitStatement>(nested);
    named = named || (exit != nullptr && exit->target == id);
  });
  if (!named) {
    EmitStatements(context, node.body);
    return;
  }
  // A sentence NEXT SENTENCE leaves: its statements in braces, so the jump past them never
  // crosses a declaration, and the label after them.
  CodeWriter& out = context.out;
  const std::string label = fmt::format("sentence_end_{}", ++context.next_label);
  context.sentence_ends[id.index] = label;
  out.Comment(
      fmt::format("Sentence: NEXT SENTENCE goes to {}  {}", label, context.SourceComment(loc)));
  out.Open("");
  EmitStatements(context, node.body);
  out.Close();
  out.Line(label + ":;");
}

void EmitGoToDepending(EmitContext& context, SourceLoc loc, const ir::GoToStatement& node) {
  // cobc takes the selector's integer part (cob_get_int); 1 goes to the first procedure, and a
  // value out of range falls through to the next statement.
  std::optional<std::string> selector = context.IntegerExpression(node.selector);
  if (!selector || !context.dispatcher()) {
    context.Unsupported(loc, "GO TO ... DEPENDING ON this selector");
    return;
  }
  CodeWriter& out = context.out;
  out.Comment(fmt::format("GO TO ... DEPENDING ON {}", context.SourceComment(loc)));
  out.Open(fmt::format("switch ({})", *selector));
  for (size_t i = 0; i < node.targets.size(); ++i) {
    const auto* target = std::get_if<ir::ParagraphId>(&node.targets[i]);
    if (target == nullptr) {
      context.Unsupported(loc, "GO TO ... DEPENDING ON a target that is not a procedure");
      return;
    }
    out.Line(fmt::format("case {}:", i + 1));
    out.Line(fmt::format("  return {};", context.ProcedureConstant(*target)));
  }
  out.Close();
}

}  // namespace remint::emit_cpp
