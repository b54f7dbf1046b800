// Builds a logical statement's condensed text one source character at a time, whatever the
// source form: blanks dropped and letters upper-cased outside character context, character
// constants ('...' and "...", doubled delimiters inside) and Hollerith constants (nH followed by
// exactly n characters) kept verbatim. The form readers decide which characters are statement
// text (columns, continuation, comments) and feed them here.
#ifndef REMINT_FRONTENDS_FORTRAN_SOURCE_STATEMENT_TEXT_H_
#define REMINT_FRONTENDS_FORTRAN_SOURCE_STATEMENT_TEXT_H_

#include <optional>

#include "base/diagnostics/diagnostic_emitter.h"
#include "frontends/fortran/source/logical_statement.h"

namespace remint::fortran {

class StatementBuilder {
 public:
  explicit StatementBuilder(DiagnosticEmitter& emitter) : emitter_(emitter) {}

  // Starts a statement whose first line begins at `loc`.
  void Begin(std::optional<uint32_t> label, SourceLoc label_loc, SourceLoc loc);
  auto HasStatement() const -> bool { return active_; }
  // Inside a character constant or Hollerith text: blanks count, `!` is not a comment.
  auto InLiteral() const -> bool {
    return state_ == State::kCharacter || state_ == State::kHollerith;
  }
  // One character of statement text. Tabs outside character context count as blanks.
  void Feed(char c, SourceLoc loc);
  // Ends the statement, reporting a character constant or Hollerith left open.
  auto Finish() -> LogicalStatement;

 private:
  enum class State {
    kCode,
    kCharacter,
    kHollerith,
  };

  void FeedCode(char c, SourceLoc loc);
  void Push(char c, CharContext context, SourceLoc loc);
  // Whether an unsigned integer starting now may be a Hollerith count: it follows a token that
  // can precede a constant.
  auto CountMayStartHere() const -> bool;

  DiagnosticEmitter& emitter_;
  LogicalStatement statement_;
  bool active_ = false;
  State state_ = State::kCode;
  char delimiter_ = '\'';
  SourceLoc literal_start_;
  // The unsigned integer just read, while it may still be a Hollerith count.
  std::optional<uint32_t> count_;
  SourceLoc count_loc_;
  uint32_t hollerith_remaining_ = 0;
  uint32_t hollerith_count_ = 0;
};

}  // namespace remint::fortran

#endif  // REMINT_FRONTENDS_FORTRAN_SOURCE_STATEMENT_TEXT_H_
