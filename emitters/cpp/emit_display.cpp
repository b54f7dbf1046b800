// DISPLAY (and, later, ACCEPT) -> cobrt's console (runtime/io/console.h): the operands'
// display forms concatenated, then a newline unless NO ADVANCING; UPON SYSERR to stderr.
#include <fmt/format.h>

#include <string>
#include <vector>

#include "emitters/cpp/code_writer.h"
#include "emitters/cpp/emit_context.h"

namespace remint::emit_cpp {
namespace {

// The bytes a literal operand displays as (fact sheet §4): a literal's own bytes, a figurative
// constant once. Empty optional for what needs the edit layer (numbers, data items).
auto LiteralDisplayBytes(const ir::Module& module, ir::ExpressionId operand)
    -> std::optional<std::string> {
  const ir::ExpressionArena& expressions = module.expressions();
  if (const auto* literal = expressions.TryGet<ir::StringLiteralExpression>(operand)) {
    if (literal->form == ir::LiteralForm::kNational) return std::nullopt;
    return std::string(module.str(literal->value));
  }
  if (const auto* figurative = expressions.TryGet<ir::FigurativeExpression>(operand)) {
    switch (figurative->constant) {
      case ir::FigurativeConstant::kZero:
        return std::string("0");
      case ir::FigurativeConstant::kSpace:
        return std::string(" ");
      case ir::FigurativeConstant::kHighValue:
        return std::string("\xff");
      case ir::FigurativeConstant::kLowValue:
        return std::string(1, '\0');
      case ir::FigurativeConstant::kQuote:
        return std::string("\"");
      case ir::FigurativeConstant::kNull:
        return std::nullopt;
    }
  }
  return std::nullopt;
}

// An alphanumeric, alphabetic or group item displays its bytes as they are (fact sheet §4);
// numeric items need the edit layer's display forms.
auto DataItemPiece(const EmitContext& context, ir::ExpressionId operand)
    -> std::optional<std::string> {
  const ir::Module& module = context.module;
  const auto* reference = module.expressions().TryGet<ir::DataRefExpression>(operand);
  if (reference == nullptr || !reference->subscripts.empty() ||
      reference->refmod_start.is_valid()) {
    return std::nullopt;
  }
  const ir::Field& field = module.field(reference->field);
  const ir::TypeArena& types = module.types();
  const bool bytes_as_they_are = !field.children.empty() ||
                                 types.Is<ir::AlphanumericType>(field.type) ||
                                 types.Is<ir::AlphabeticType>(field.type);
  if (!bytes_as_they_are) return std::nullopt;
  std::optional<std::string> address = context.FieldAddress(reference->field);
  if (!address) return std::nullopt;
  return fmt::format("std::string_view(reinterpret_cast<const char*>({}), {})", *address,
                     field.size);
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
  for (ir::ExpressionId item : node.items) {
    if (std::optional<std::string> piece = DataItemPiece(context, item)) {
      pieces.push_back(*piece);
      continue;
    }
    std::optional<std::string> bytes = LiteralDisplayBytes(context.module, item);
    if (!bytes) {
      context.Unsupported(context.module.expressions().loc(item),
                          fmt::format("DISPLAY of a {} operand",
                                      ir::KindName(context.module.expressions().kind(item))));
      return;
    }
    pieces.push_back(CppStringLiteral(*bytes) + "sv");
  }
  context.needs_console = true;
  context.out.Line(fmt::format("cobrt::ProcessConsole().Display({}, {{{}}}{});  // DISPLAY {}",
                               stream, fmt::join(pieces, ", "),
                               node.no_advancing ? ", /*advancing=*/false" : "",
                               context.SourceComment(loc)));
}

}  // namespace remint::emit_cpp
