// DISPLAY (and, later, ACCEPT) -> cobrt's console (runtime/io/console.h): the operands'
// display forms concatenated, then a newline unless NO ADVANCING; UPON SYSERR to stderr.
#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <vector>

#include "emitters/cpp/code_writer.h"
#include "emitters/cpp/emit_context.h"
#include "emitters/cpp/emit_move.h"

namespace remint::emit_cpp {
namespace {

// The bytes a literal operand displays as (fact sheet §4): a literal's own bytes, a figurative
// constant once, an ALL literal as its literal once (DISPLAY ALL "AB" shows "AB"; checked
// against cobc). Empty optional for what needs the edit layer (numbers, data items).
auto LiteralDisplayBytes(const EmitContext& context, ir::ExpressionId operand)
    -> std::optional<std::string> {
  const ir::Module& module = context.module;
  const ir::ExpressionArena& expressions = module.expressions();
  if (const auto* literal = expressions.TryGet<ir::StringLiteralExpression>(operand)) {
    if (literal->form == ir::LiteralForm::kNational) return std::nullopt;
    return std::string(module.str(literal->value));
  }
  if (const auto* figurative = expressions.TryGet<ir::FigurativeExpression>(operand)) {
    return context.FigurativeBytes(figurative->constant);
  }
  // ALL "AB" displays "AB": nothing is there to fill (checked with cobc 3.1.2).
  if (const auto* all = expressions.TryGet<ir::AllLiteralExpression>(operand)) {
    return LiteralDisplayBytes(context, all->literal);
  }
  return std::nullopt;
}

// An alphanumeric, alphabetic or group item displays its bytes as they are (fact sheet §4);
// numeric items need the edit layer's display forms.
auto DataItemPiece(const EmitContext& context, ir::ExpressionId operand)
    -> std::optional<std::string> {
  const ir::Module& module = context.module;
  std::optional<DataOperand> item = context.Data(operand);
  if (!item || !item->field.is_valid()) return std::nullopt;
  const ir::Field& field = module.field(item->field);
  const ir::TypeArena& types = module.types();
  const bool bytes_as_they_are =
      item->reference_modified || !field.children.empty() ||
      types.Is<ir::AlphanumericType>(field.type) || types.Is<ir::AlphabeticType>(field.type) ||
      IsNumericEdited(module, field) || IsAlphanumericEdited(module, field);
  if (!bytes_as_they_are) return std::nullopt;
  return fmt::format("std::string_view(reinterpret_cast<const char*>({}), {})", item->address,
                     item->size);
}

}  // namespace

void EmitDisplay(EmitContext& context, SourceLoc loc, const ir::DisplayStatement& node) {
  const char* stream = nullptr;
  switch (node.device) {
    case ir::TerminalDevice::kConsole:
    case ir::TerminalDevice::kSysout:
      stream = "cobrt::ConsoleStream::kStandardOutput";
      break;
    case ir::TerminalDevice::kSyserr:
      stream = "cobrt::ConsoleStream::kStandardError";
      break;
    default:
      context.Unsupported(loc, fmt::format("DISPLAY UPON {}", ir::Spelling(node.device)));
      return;
  }
  std::vector<std::string> pieces;
  // Numeric operands are formatted into local buffers first, in operand order (the order in
  // which cobc formats them, which its stale-byte quirk for P-scaled items depends on).
  std::vector<std::string> preamble;
  const ir::Module& module = context.module;
  for (ir::ExpressionId item : node.items) {
    if (std::optional<std::string> piece = DataItemPiece(context, item)) {
      pieces.push_back(*piece);
      continue;
    }
    const std::string buffer = fmt::format("display_{}", preamble.size());
    if (module.expressions().Is<ir::IntrinsicCallExpression>(item)) {
      std::optional<IntrinsicDisplay> display = IntrinsicDisplayLines(context, item, buffer);
      if (!display) return;
      // cobc passes each FUNCTION's result to cob_display as an argument, and GCC evaluates
      // arguments last first (FUNCTION RANDOM(3) FUNCTION RANDOM draws the second one first).
      preamble.insert(preamble.begin(), display->evaluation);
      preamble.push_back(display->form);
      pieces.push_back(fmt::format("std::string_view({})", buffer));
      continue;
    }
    if (std::optional<DataOperand> data = context.Data(item)) {
      if (data->field.is_valid() &&
          module.types().Is<ir::IndexType>(module.field(data->field).type) &&
          !data->reference_modified) {
        // An index shows a sign and 9 digits, whatever the dialect.
        preamble.push_back(
            fmt::format("char {0}[11];\nconst size_t {0}_size = cobrt::DisplayIndexForm({1}, {0});",
                        buffer, data->address));
        pieces.push_back(fmt::format("std::string_view({0}, {0}_size)", buffer));
        continue;
      }
      std::optional<std::string> format = context.NumericFormat(*data);
      const std::optional<std::string> address = data->address;
      if (format) {
        preamble.push_back(
            fmt::format("char {0}[cobrt::DisplayFormCapacity<{1}>()];\n"
                        "const size_t {0}_size = cobrt::DisplayForm<{1}, {2}{3}>({4}, {0});",
                        buffer, *format, context.options.pretty_display ? "true" : "false",
                        DecimalPointArgument(context), *address));
        pieces.push_back(fmt::format("std::string_view({0}, {0}_size)", buffer));
        continue;
      }
    }
    if (const auto* literal = module.expressions().TryGet<ir::NumericLiteralExpression>(item)) {
      // The IR keeps the literal with a '.' point; DISPLAY shows it as written.
      std::string text(module.str(literal->text));
      std::replace(text.begin(), text.end(), '.', DecimalPoint(context));
      std::string lines = fmt::format(
          "char {0}[{1}];\nconst size_t {0}_size = cobrt::NumericLiteralDisplayForm({2}, {3}, "
          "{0}{4});",
          buffer, text.size() + 1, CppStringLiteral(text),
          context.options.pretty_display ? "true" : "false", DecimalPointArgument(context));
      if (context.options.pretty_display) {
        lines += fmt::format("\ncobrt::RecordPrettyDisplay({0}, {0}_size);", buffer);
      }
      preamble.push_back(lines);
      pieces.push_back(fmt::format("std::string_view({0}, {0}_size)", buffer));
      continue;
    }
    std::optional<std::string> bytes = LiteralDisplayBytes(context, item);
    if (!bytes) {
      context.Unsupported(context.module.expressions().loc(item),
                          fmt::format("DISPLAY of a {} operand",
                                      ir::KindName(context.module.expressions().kind(item))));
      return;
    }
    pieces.push_back(CppStringLiteral(*bytes) + "sv");
  }
  if (!preamble.empty()) {
    context.out.Open("");
    for (const std::string& lines : preamble) {
      size_t start = 0;
      while (start <= lines.size()) {
        const size_t end = lines.find('\n', start);
        context.out.Line(std::string_view(lines).substr(
            start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos) break;
        start = end + 1;
      }
    }
  }
  context.out.Line(fmt::format("cobrt::ProcessConsole().Display({}, {{{}}}{});  // DISPLAY {}",
                               stream, fmt::join(pieces, ", "),
                               node.no_advancing ? ", /*advancing=*/false" : "",
                               context.SourceComment(loc)));
  if (!preamble.empty()) context.out.Close();
}

}  // namespace remint::emit_cpp
