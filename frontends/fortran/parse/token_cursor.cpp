#include "frontends/fortran/parse/token_cursor.h"

#include <array>

namespace remint::fortran {
namespace {

auto IsLetter(char c) -> bool { return c >= 'A' && c <= 'Z'; }
auto IsDigit(char c) -> bool { return c >= '0' && c <= '9'; }
auto IsNameChar(char c) -> bool { return IsLetter(c) || IsDigit(c) || c == '_' || c == '$'; }

struct DotWord {
  std::string_view word;
  Operator op;
};

// Operators and logical constants written between periods (F77 6.3-6.5, F90 7.2).
constexpr std::array<DotWord, 13> kDotWords = {{
    {"EQ", Operator::kEq},
    {"NE", Operator::kNe},
    {"LT", Operator::kLt},
    {"LE", Operator::kLe},
    {"GT", Operator::kGt},
    {"GE", Operator::kGe},
    {"NOT", Operator::kNot},
    {"AND", Operator::kAnd},
    {"OR", Operator::kOr},
    {"EQV", Operator::kEqv},
    {"NEQV", Operator::kNeqv},
    {"TRUE", Operator::kNone},
    {"FALSE", Operator::kNone},
}};

auto FindDotWord(std::string_view word) -> const DotWord* {
  for (const DotWord& entry : kDotWords) {
    if (entry.word == word) return &entry;
  }
  return nullptr;
}

struct PunctSpelling {
  std::string_view text;
  Operator op;
};

// Two-character punctuation before one-character, so `**` is not two `*`.
constexpr std::array<PunctSpelling, 24> kPunctuation = {{
    {"**", Operator::kPower}, {"//", Operator::kConcat},  {"==", Operator::kEq},
    {"/=", Operator::kNe},    {"<=", Operator::kLe},      {">=", Operator::kGe},
    {"::", Operator::kNone},  {"=>", Operator::kNone},    {"<", Operator::kLt},
    {">", Operator::kGt},     {"(", Operator::kNone},     {")", Operator::kNone},
    {",", Operator::kNone},   {":", Operator::kNone},     {"=", Operator::kNone},
    {"+", Operator::kAdd},    {"-", Operator::kSubtract}, {"*", Operator::kMultiply},
    {"/", Operator::kDivide}, {"%", Operator::kNone},     {"&", Operator::kNone},
    {";", Operator::kNone},   {"$", Operator::kNone},     {"!", Operator::kNone},
}};

}  // namespace

auto TokenCursor::CodeChar(size_t ahead) const -> char {
  size_t offset = position_ + ahead;
  if (offset >= end_ || !statement_.IsCode(offset)) return '\0';
  return statement_.text[offset];
}

auto TokenCursor::HasWord(std::string_view word) const -> bool {
  if (position_ + word.size() > end_) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    if (CodeChar(i) != word[i]) return false;
  }
  return true;
}

auto TokenCursor::AcceptWord(std::string_view word) -> bool {
  if (!HasWord(word)) return false;
  Seek(position_ + word.size());
  return true;
}

auto TokenCursor::TakeDigits() -> std::optional<uint32_t> {
  size_t offset = position_;
  uint64_t value = 0;
  while (offset < end_ && statement_.IsCode(offset) && IsDigit(statement_.text[offset])) {
    value = value * 10 + static_cast<uint64_t>(statement_.text[offset] - '0');
    if (value > UINT32_MAX) return std::nullopt;
    ++offset;
  }
  if (offset == position_) return std::nullopt;
  Seek(offset);
  return static_cast<uint32_t>(value);
}

void TokenCursor::Seek(size_t offset) {
  position_ = offset;
  peeked_.reset();
}

auto TokenCursor::Peek() -> const Token& {
  if (!peeked_) peeked_ = Lex(position_);
  return *peeked_;
}

auto TokenCursor::PeekSecond() -> Token {
  const Token& first = Peek();
  return Lex(first.end);
}

auto TokenCursor::Next() -> Token {
  Token token = Peek();
  position_ = token.end;
  peeked_.reset();
  return token;
}

auto TokenCursor::Accept(std::string_view punct) -> bool {
  if (!Peek().Is(punct)) return false;
  Next();
  return true;
}

auto TokenCursor::Describe(const Token& token) const -> std::string {
  if (token.kind == TokenKind::kEnd) return "the end of the statement";
  return "'" + statement_.text.substr(token.begin, token.end - token.begin) + "'";
}

auto TokenCursor::Lex(size_t offset) const -> Token {
  Token token;
  token.begin = offset;
  token.end = offset;
  if (offset >= end_) return token;
  const std::string& text = statement_.text;
  if (statement_.context[offset] == CharContext::kCharacter) return LexCharacter(offset);
  char c = text[offset];
  if (IsLetter(c)) {
    size_t end = offset;
    while (end < end_ && statement_.IsCode(end) && IsNameChar(text[end])) ++end;
    token.kind = TokenKind::kName;
    token.end = end;
    token.text = text.substr(offset, end - offset);
    return token;
  }
  if (IsDigit(c)) return LexNumber(offset);
  if (c == '.') {
    if (offset + 1 < end_ && statement_.IsCode(offset + 1) && IsDigit(text[offset + 1])) {
      return LexNumber(offset);
    }
    Token dot = LexDot(offset);
    if (dot.kind != TokenKind::kEnd) return dot;
  }
  for (const PunctSpelling& punct : kPunctuation) {
    if (offset + punct.text.size() > end_) continue;
    bool matches = true;
    for (size_t i = 0; i < punct.text.size(); ++i) {
      if (!statement_.IsCode(offset + i) || text[offset + i] != punct.text[i]) matches = false;
    }
    if (!matches) continue;
    token.kind = TokenKind::kPunct;
    token.end = offset + punct.text.size();
    token.text = punct.text;
    token.op = punct.op;
    return token;
  }
  // Anything else is a one-character punctuation the parser will reject by its text.
  token.kind = TokenKind::kPunct;
  token.end = offset + 1;
  token.text = std::string(1, c);
  return token;
}

// digits [. digits] [exponent] | . digits [exponent]; nH Hollerith; digits followed by a dotted
// operator (`1.EQ.2`) end before the period.
auto TokenCursor::LexNumber(size_t offset) const -> Token {
  const std::string& text = statement_.text;
  auto code = [&](size_t at) -> char {
    return at < end_ && statement_.IsCode(at) ? text[at] : '\0';
  };
  Token token;
  token.begin = offset;
  size_t at = offset;
  while (IsDigit(code(at))) ++at;
  if (at > offset && code(at) == 'H' && at + 1 < end_ &&
      statement_.context[at + 1] == CharContext::kHollerith) {
    size_t end = at + 1;
    while (end < end_ && statement_.context[end] == CharContext::kHollerith) ++end;
    token.kind = TokenKind::kHollerith;
    token.end = end;
    token.text = text.substr(at + 1, end - at - 1);
    return token;
  }
  bool real = false;
  if (code(at) == '.') {
    // A dotted operator or logical constant after the digits keeps the period for itself.
    size_t word_end = at + 1;
    while (IsLetter(code(word_end))) ++word_end;
    bool dotted_word = word_end > at + 1 && code(word_end) == '.' &&
                       FindDotWord(text.substr(at + 1, word_end - at - 1)) != nullptr;
    if (!dotted_word) {
      real = true;
      ++at;
      while (IsDigit(code(at))) ++at;
    }
  }
  char marker = code(at);
  if (marker == 'E' || marker == 'D' || marker == 'Q') {
    size_t exponent = at + 1;
    if (code(exponent) == '+' || code(exponent) == '-') ++exponent;
    if (IsDigit(code(exponent))) {
      real = true;
      at = exponent;
      while (IsDigit(code(at))) ++at;
    }
  }
  // An F90 kind parameter: 1_8, 1.0_DP.
  if (code(at) == '_' && (IsNameChar(code(at + 1)))) {
    ++at;
    while (IsNameChar(code(at))) ++at;
  }
  token.kind = real ? TokenKind::kReal : TokenKind::kInteger;
  token.end = at;
  token.text = text.substr(offset, at - offset);
  return token;
}

// .WORD.: an operator, a logical constant, or a bad word; kEnd when no word follows the period.
auto TokenCursor::LexDot(size_t offset) const -> Token {
  const std::string& text = statement_.text;
  Token token;
  token.begin = offset;
  size_t at = offset + 1;
  while (at < end_ && statement_.IsCode(at) && IsLetter(text[at])) ++at;
  if (at == offset + 1 || at >= end_ || !statement_.IsCode(at) || text[at] != '.') return token;
  std::string word = text.substr(offset + 1, at - offset - 1);
  token.end = at + 1;
  const DotWord* entry = FindDotWord(word);
  if (entry == nullptr) {
    token.kind = TokenKind::kBadDotOperator;
  } else if (entry->op == Operator::kNone) {
    token.kind = TokenKind::kLogical;
  } else {
    token.kind = TokenKind::kDotOperator;
    token.op = entry->op;
  }
  token.text = std::move(word);
  return token;
}

// '...' or "..." (the reader marks the delimiters as character context): the value with doubled
// delimiters undone.
auto TokenCursor::LexCharacter(size_t offset) const -> Token {
  const std::string& text = statement_.text;
  Token token;
  token.kind = TokenKind::kCharacter;
  token.begin = offset;
  char delimiter = text[offset];
  size_t at = offset + 1;
  while (at < end_ && statement_.context[at] == CharContext::kCharacter) {
    if (text[at] == delimiter) {
      if (at + 1 < end_ && statement_.context[at + 1] == CharContext::kCharacter &&
          text[at + 1] == delimiter) {
        token.text += delimiter;
        at += 2;
        continue;
      }
      ++at;
      break;
    }
    token.text += text[at];
    ++at;
  }
  token.end = at;
  return token;
}

}  // namespace remint::fortran
