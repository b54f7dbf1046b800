// Tokens of a Fortran statement's condensed text, read on demand. Fixed-form text has no
// significant blanks, so the tokenizer cannot run ahead of the parser: in `DO10D1=1,5` the
// statement parser takes the label's digits itself (a tokenizer would read 10D1 as a real), in
// `ASSIGN10TOI` the TO from the name that follows. The cursor therefore lexes one token at a
// time from its position, and the parser may take raw digits or a keyword instead.
#ifndef REMINT_FRONTENDS_FORTRAN_PARSE_TOKEN_CURSOR_H_
#define REMINT_FRONTENDS_FORTRAN_PARSE_TOKEN_CURSOR_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "frontends/fortran/parse/ast.h"
#include "frontends/fortran/source/logical_statement.h"

namespace remint::fortran {

enum class TokenKind : uint8_t {
  kEnd,
  kName,
  kInteger,
  kReal,
  kCharacter,
  kHollerith,
  kLogical,         // .TRUE. or .FALSE.; text TRUE or FALSE.
  kDotOperator,     // .EQ., .AND., ...: op set.
  kBadDotOperator,  // `.XYZ.` that is no operator; text XYZ.
  kPunct,           // text: ( ) , : = + - * / % ** // == /= < <= > >= :: =>
};

struct Token {
  TokenKind kind = TokenKind::kEnd;
  size_t begin = 0;
  size_t end = 0;
  std::string text;
  Operator op = Operator::kNone;

  auto Is(std::string_view punct) const -> bool {
    return kind == TokenKind::kPunct && text == punct;
  }
};

class TokenCursor {
 public:
  TokenCursor(const LogicalStatement& statement, size_t begin, size_t end)
      : statement_(statement), end_(end), position_(begin) {}

  auto Statement() const -> const LogicalStatement& { return statement_; }
  auto Position() const -> size_t { return position_; }
  auto End() const -> size_t { return end_; }
  auto AtEnd() const -> bool { return position_ >= end_; }
  auto LocAt(size_t offset) const -> SourceLoc { return statement_.LocAt(offset); }
  auto Loc() const -> SourceLoc { return statement_.LocAt(position_); }

  // The token at the position, lexed once.
  auto Peek() -> const Token&;
  // The token after the next one (the position is kept).
  auto PeekSecond() -> Token;
  auto Next() -> Token;
  // Takes the punctuation `punct` if it is next.
  auto Accept(std::string_view punct) -> bool;
  auto IsNext(std::string_view punct) -> bool { return Peek().Is(punct); }

  // Raw access, bypassing the tokenizer: code characters spelling `word` at the position
  // (taken when present), and a run of digits (a label).
  auto AcceptWord(std::string_view word) -> bool;
  auto HasWord(std::string_view word) const -> bool;
  auto TakeDigits() -> std::optional<uint32_t>;
  // The raw character at the position ('\0' at the end or in character context).
  auto CodeChar(size_t ahead = 0) const -> char;

  void Seek(size_t offset);

  // How a token is quoted in a diagnostic: 'text' or "the end of the statement".
  auto Describe(const Token& token) const -> std::string;

 private:
  auto Lex(size_t offset) const -> Token;
  auto LexNumber(size_t offset) const -> Token;
  auto LexDot(size_t offset) const -> Token;
  auto LexCharacter(size_t offset) const -> Token;

  const LogicalStatement& statement_;
  size_t end_;
  size_t position_;
  std::optional<Token> peeked_;
};

}  // namespace remint::fortran

#endif  // REMINT_FRONTENDS_FORTRAN_PARSE_TOKEN_CURSOR_H_
