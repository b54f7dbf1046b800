#include "frontends/fortran/source/statement_text.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <utility>

namespace remint::fortran {
namespace {

auto IsBlank(char c) -> bool { return c == ' ' || c == '\t'; }
auto IsDigit(char c) -> bool { return c >= '0' && c <= '9'; }
auto ToUpper(char c) -> char { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c; }

// Type keywords that a length specifier `*n` may follow at the start of a declaration
// (`CHARACTER*8 HEAD` condenses to CHARACTER*8HEAD, which is not a Hollerith constant).
constexpr std::array<std::string_view, 8> kTypeKeywords = {
    "CHARACTER", "INTEGER",         "REAL",          "LOGICAL",
    "COMPLEX",   "DOUBLEPRECISION", "DOUBLECOMPLEX", "BYTE"};

// A count past this cannot fit a statement; it also keeps the arithmetic from overflowing.
constexpr uint32_t kMaxHollerithCount = 1u << 20;

}  // namespace

void StatementBuilder::Begin(std::optional<uint32_t> label, SourceLoc label_loc, SourceLoc loc) {
  statement_ = LogicalStatement{};
  statement_.label = label;
  statement_.label_loc = label_loc;
  statement_.loc = loc;
  active_ = true;
  state_ = State::kCode;
  count_.reset();
  hollerith_remaining_ = 0;
}

auto StatementBuilder::CountMayStartHere() const -> bool {
  const std::string& text = statement_.text;
  if (text.empty() || !statement_.IsCode(text.size() - 1)) return false;
  char previous = text.back();
  if (previous == '*') {
    std::string_view before(text.data(), text.size() - 1);
    for (std::string_view keyword : kTypeKeywords) {
      if (before == keyword) return false;
    }
    return true;
  }
  return previous == '(' || previous == ',' || previous == '/' || previous == '=';
}

void StatementBuilder::Push(char c, CharContext context, SourceLoc loc) {
  if (statement_.text.empty()) statement_.loc = loc;
  statement_.text.push_back(c);
  statement_.context.push_back(context);
  statement_.locs.push_back(loc);
}

void StatementBuilder::Feed(char c, SourceLoc loc) {
  switch (state_) {
    case State::kCharacter:
      // A doubled delimiter inside the constant closes it and opens another at once, which
      // leaves the same characters in character context: nothing more is needed to keep it.
      Push(c, CharContext::kCharacter, loc);
      if (c == delimiter_) state_ = State::kCode;
      return;
    case State::kHollerith:
      Push(c, CharContext::kHollerith, loc);
      if (--hollerith_remaining_ == 0) state_ = State::kCode;
      return;
    case State::kCode:
      break;
  }
  FeedCode(c, loc);
}

void StatementBuilder::FeedCode(char c, SourceLoc loc) {
  // Blanks are insignificant in code (fixed form, ISO 1539:1980 3.1.6); a count and its H may
  // be separated by them, so a pending count survives.
  if (IsBlank(c)) return;
  if (c == '\'' || c == '"') {
    count_.reset();
    delimiter_ = c;
    literal_start_ = loc;
    state_ = State::kCharacter;
    Push(c, CharContext::kCharacter, loc);
    return;
  }
  char upper = ToUpper(c);
  if (upper == 'H' && count_ && *count_ > 0) {
    Push(upper, CharContext::kCode, loc);
    hollerith_count_ = *count_;
    hollerith_remaining_ = *count_;
    literal_start_ = count_loc_;
    count_.reset();
    state_ = State::kHollerith;
    return;
  }
  if (IsDigit(c)) {
    uint32_t digit = static_cast<uint32_t>(c - '0');
    bool continues_count = count_ && !statement_.text.empty() && IsDigit(statement_.text.back());
    if (continues_count) {
      count_ = std::min(kMaxHollerithCount, *count_ * 10 + digit);
    } else if (CountMayStartHere()) {
      count_ = digit;
      count_loc_ = loc;
    } else {
      count_.reset();
    }
  } else {
    count_.reset();
  }
  Push(upper, CharContext::kCode, loc);
}

auto StatementBuilder::Finish() -> LogicalStatement {
  if (state_ != State::kCode) statement_.reported = true;
  if (state_ == State::kCharacter) {
    emitter_.Emit(DiagnosticKind::kFortranUnterminatedCharacter, literal_start_,
                  delimiter_ == '\'' ? "apostrophe" : "quotation mark");
  } else if (state_ == State::kHollerith) {
    emitter_.Emit(DiagnosticKind::kFortranHollerithPastStatement, literal_start_, hollerith_count_,
                  hollerith_count_ - hollerith_remaining_);
  }
  active_ = false;
  state_ = State::kCode;
  return std::move(statement_);
}

}  // namespace remint::fortran
