// Literals -> IR literal expressions: numeric (exact digits and scale), alphanumeric with the
// quotes removed and doubled quotes undone, hexadecimal decoded to bytes, national, figurative
// constants and ALL literals.
#include <algorithm>

#include "frontends/cobol/lower/lowering_context.h"
#include "ir/move_rules.h"

namespace remint::cobol::lower {
namespace {

// The characters between the quotes of a literal token (after any X/N/Z/G prefix), with each
// doubled quote taken as one.
auto QuotedValue(std::string_view token) -> std::string {
  size_t open = token.find_first_of("\"'");
  if (open == std::string_view::npos) return std::string(token);
  const char quote = token[open];
  size_t close = token.size();
  if (close > open + 1 && token[close - 1] == quote) --close;
  std::string value;
  for (size_t i = open + 1; i < close; ++i) {
    value += token[i];
    if (token[i] == quote && i + 1 < close && token[i + 1] == quote) ++i;
  }
  return value;
}

auto HexDigit(char c) -> int {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return 0;
}

auto FigurativeFromText(std::string_view text) -> ir::FigurativeConstant {
  const std::string word = UpperName(text);
  if (word.starts_with("SPACE")) return ir::FigurativeConstant::kSpace;
  if (word.starts_with("HIGH-VALUE")) return ir::FigurativeConstant::kHighValue;
  if (word.starts_with("LOW-VALUE")) return ir::FigurativeConstant::kLowValue;
  if (word.starts_with("QUOTE")) return ir::FigurativeConstant::kQuote;
  if (word.starts_with("NULL")) return ir::FigurativeConstant::kNull;
  return ir::FigurativeConstant::kZero;
}

}  // namespace

auto Lowering::IntegerValue(Tree::IntegerContext* integer) const -> int64_t {
  int64_t value = 0;
  if (integer == nullptr) return 0;
  for (char c : Text(integer)) {
    if (c >= '0' && c <= '9' && value < (int64_t{1} << 56)) value = value * 10 + (c - '0');
  }
  return value;
}

auto Lowering::ClassLiteralBytes(Tree::LiteralContext* literal) const
    -> std::optional<std::string> {
  if (literal->ALL() != nullptr) return std::nullopt;
  if (Tree::NumericLiteralContext* numeric = literal->numericLiteral()) {
    // An ordinal: 1 is the first character of the native set.
    antlr4::tree::TerminalNode* integer = numeric->INTEGER_LITERAL();
    if (integer == nullptr || numeric->PLUS_SIGN() != nullptr || numeric->MINUS_SIGN() != nullptr) {
      return std::nullopt;
    }
    int64_t ordinal = 0;
    for (char c : Text(integer)) ordinal = std::min<int64_t>(ordinal * 10 + (c - '0'), 1000);
    if (ordinal < 1 || ordinal > 256) return std::nullopt;
    return std::string(1, static_cast<char>(ordinal - 1));
  }
  if (Tree::FigurativeConstantContext* figurative = literal->figurativeConstant()) {
    return ir::FigurativeBytes(FigurativeFromText(Text(figurative)));
  }
  if (antlr4::tree::TerminalNode* hex = literal->HEX_LITERAL()) {
    const std::string digits = QuotedValue(Text(hex));
    std::string bytes;
    for (size_t i = 0; i + 1 < digits.size(); i += 2) {
      bytes += static_cast<char>(HexDigit(digits[i]) * 16 + HexDigit(digits[i + 1]));
    }
    return bytes;
  }
  if (antlr4::tree::TerminalNode* alnum = literal->ALNUM_LITERAL()) {
    std::string bytes = QuotedValue(Text(alnum));
    if (!bytes.empty()) return bytes;
  }
  return std::nullopt;
}

auto Lowering::LowerLiteral(const UnitScope& scope, Tree::LiteralContext* literal)
    -> ir::ExpressionId {
  const SourceLoc loc = Loc(literal);
  if (Tree::NumericLiteralContext* numeric = literal->numericLiteral()) {
    std::string text;
    for (char c : Text(numeric)) {
      if (c == ' ' || c == '\t' || c == '\n') continue;
      // With DECIMAL-POINT IS COMMA the comma is the point and a period cannot appear.
      text += (scope.decimal_point_is_comma && c == ',') ? '.' : c;
    }
    return builder_.NumericLiteral(loc, text);
  }
  ir::ExpressionId value;
  if (Tree::FigurativeConstantContext* figurative = literal->figurativeConstant()) {
    value = builder_.Figurative(Loc(figurative), FigurativeFromText(Text(figurative)));
  } else if (antlr4::tree::TerminalNode* hex = literal->HEX_LITERAL()) {
    const std::string digits = QuotedValue(Text(hex));
    std::string bytes;
    for (size_t i = 0; i + 1 < digits.size(); i += 2) {
      bytes += static_cast<char>(HexDigit(digits[i]) * 16 + HexDigit(digits[i + 1]));
    }
    value = builder_.StringLiteral(Loc(hex), bytes, ir::LiteralForm::kHexadecimal);
  } else if (antlr4::tree::TerminalNode* national = literal->NATIONAL_LITERAL()) {
    std::string bytes = QuotedValue(Text(national));
    const std::string_view text = Text(national);
    if (text.size() > 1 && (text[1] == 'X' || text[1] == 'x')) {
      // NX"0041...": the bytes the hexadecimal digits spell, as cobc 3.1.2 holds them
      // (NX"00410042" is 4 bytes, X"00" "A" X"00" "B"); N"..." keeps its characters' bytes.
      const std::string digits = std::move(bytes);
      bytes.clear();
      for (size_t i = 0; i + 1 < digits.size(); i += 2) {
        bytes += static_cast<char>(HexDigit(digits[i]) * 16 + HexDigit(digits[i + 1]));
      }
    }
    value = builder_.StringLiteral(Loc(national), bytes, ir::LiteralForm::kNational);
  } else if (antlr4::tree::TerminalNode* alnum = literal->ALNUM_LITERAL()) {
    std::string bytes = QuotedValue(Text(alnum));
    if (bytes.empty()) {
      // cobc: "alphanumeric literal has zero length; a SPACE will be assumed".
      Emit(DiagnosticKind::kCobolLowerEmptyLiteral, Loc(alnum));
      bytes = " ";
    }
    value = builder_.StringLiteral(Loc(alnum), bytes);
  } else if (antlr4::tree::TerminalNode* zero_terminated = literal->NULL_TERMINATED_LITERAL()) {
    value = builder_.StringLiteral(Loc(zero_terminated),
                                   QuotedValue(Text(zero_terminated)) + std::string(1, '\0'));
  } else if (antlr4::tree::TerminalNode* dbcs = literal->DBCS_LITERAL()) {
    value = builder_.StringLiteral(Loc(dbcs), QuotedValue(Text(dbcs)));
  } else {
    value = builder_.StringLiteral(loc, Text(literal));
  }
  if (literal->ALL() != nullptr) return builder_.AllLiteral(loc, value);
  return value;
}

auto Lowering::FindConstant(const UnitScope& scope, std::string_view name) const
    -> const ConstantValue* {
  auto found = scope.constants.find(UpperName(name));
  return found == scope.constants.end() ? nullptr : &found->second;
}

auto Lowering::LowerConstant(const UnitScope& scope, const ConstantValue& constant, SourceLoc loc)
    -> ir::ExpressionId {
  if (constant.count) return builder_.NumericLiteral(loc, std::to_string(*constant.count));
  const ir::ExpressionId value = LowerLiteral(scope, constant.literal);
  // The value is the constant's literal; it is located where the name is used.
  if (value.is_valid()) module().mutable_expressions().set_loc(value, loc);
  return value;
}

auto Lowering::LowerConstantName(const UnitScope& scope, Tree::UserWordContext* name)
    -> ir::ExpressionId {
  const ConstantValue* constant = FindConstant(scope, Text(name));
  if (constant == nullptr) {
    Emit(DiagnosticKind::kCobolLowerUnresolvedDataName, Loc(name), std::string(Text(name)));
    return {};
  }
  return LowerConstant(scope, *constant, Loc(name));
}

}  // namespace remint::cobol::lower
