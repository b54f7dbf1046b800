// The character level of the TOML reader (base/toml.h): the cursor over the text, positions,
// whitespace, comments and newlines, keys, strings and the scalar values. Internal to toml.cpp;
// nothing else should include it.
#ifndef REMINT_BASE_TOML_LEXER_H_
#define REMINT_BASE_TOML_LEXER_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/error_or.h"
#include "base/toml.h"

namespace remint::toml::internal {

struct KeySegment {
  std::string name;
  size_t offset = 0;  // Of the segment's first character (its quote, if quoted).
  Position position;  // Of that character.
};

// A dotted key such as `a."b.c".d`: one segment per name.
using Key = std::vector<KeySegment>;

// `a."b c"`: a key as a user would write it, for messages.
auto FormatKey(const Key& key, size_t segment_count) -> std::string;

// One pass over one document. The reading functions return false on an error and keep the
// first one, so that callers propagate with `if (!...) return false;`.
class Lexer {
 public:
  Lexer(std::string_view text, std::string_view file_name);

  // Rejects invalid UTF-8 and NUL bytes anywhere in the text, before anything is read.
  auto CheckEncoding() -> bool;

  auto AtEnd() const -> bool { return offset_ >= text_.size(); }
  // The byte `ahead` bytes on, or '\0' past the end (NUL bytes are rejected up front).
  auto Peek(size_t ahead = 0) const -> char {
    return offset_ + ahead < text_.size() ? text_[offset_ + ahead] : '\0';
  }
  auto offset() const -> size_t { return offset_; }
  void Advance(size_t count = 1) { offset_ += count; }

  // Cheap when asked in reading order (see ColumnCache below): ask for a value's position when
  // reading starts, not after reading what is inside it.
  auto PositionAt(size_t offset) const -> Position;
  // Records the error (the first one only) and returns false.
  auto Fail(size_t offset, std::string_view message) -> bool;
  auto TakeError() -> Error;
  // The character at `offset` for a message: "'x'", "U+0007", "the end of the line"...
  auto Describe(size_t offset) const -> std::string;

  // Spaces and tabs.
  void SkipWhitespace();
  // At '#': the comment up to (not including) the newline.
  auto SkipComment() -> bool;
  // At '\n' or '\r': one newline, LF or CRLF (a carriage return alone is an error).
  auto AtNewline() const -> bool { return Peek() == '\n' || Peek() == '\r'; }
  auto SkipNewline() -> bool;
  // Whitespace, comments and newlines: what may stand between the elements of an array.
  auto SkipBlankLines() -> bool;
  // Whitespace and a comment, then a newline or the end: what must follow a key/value pair or a
  // table header. `what` names it for the message.
  auto ExpectLineEnd(std::string_view what) -> bool;

  // A bare, quoted or dotted key, with the whitespace inside it.
  auto ReadKey(Key& key) -> bool;
  // At '"' or '\'': a basic, literal or multi-line string.
  auto ReadString(std::string& out) -> bool;
  // A value that is not a string, array or inline table: an integer, float or boolean.
  auto ReadScalar(Value& out) -> bool;

 private:
  // At the opening quote: '"' for a basic string (with escapes), '\'' for a literal one.
  auto ReadSingleLineString(std::string& out, char quote) -> bool;
  auto ReadMultiLineString(std::string& out, char quote) -> bool;
  auto ReadEscape(std::string& out, size_t string_start, bool multi_line) -> bool;
  // Checks a character inside a string; false with an error for control characters.
  auto CheckStringCharacter() -> bool;
  auto ReadNumber(std::string_view token, size_t start, Value& out) -> bool;
  auto ReadRadixInteger(std::string_view token, size_t start, Value& out) -> bool;
  auto ReadDecimal(std::string_view token, size_t start, Value& out) -> bool;
  // The integer of `token` after its first `skip` characters.
  auto MakeInteger(std::string_view token, size_t start, size_t skip, int base, Value& out) -> bool;
  // Digits of `base` with single underscores between them, from `token[index]` (the token
  // starts at `start` in the text); returns the index after them, or npos after an error.
  auto ScanDigits(std::string_view token, size_t start, size_t index, int base) -> size_t;

  std::string_view text_;
  std::string_view file_name_;
  size_t offset_ = 0;
  std::vector<size_t> line_starts_;
  // The last position computed. Counting resumes from it when the next one is later on the same
  // line, so that a long one-line array does not cost time quadratic in its length.
  struct ColumnCache {
    size_t line_index = 0;
    size_t offset = 0;
    size_t column = 1;
  };
  mutable ColumnCache column_cache_;
  std::optional<Error> error_;
};

}  // namespace remint::toml::internal

#endif  // REMINT_BASE_TOML_LEXER_H_
