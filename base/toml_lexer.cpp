#include "base/toml_lexer.h"

#include <fmt/format.h>

#include <algorithm>
#include <cassert>
#include <charconv>
#include <limits>

#include "base/encoding.h"

namespace remint::toml::internal {
namespace {

constexpr std::string_view kDatesNotSupported =
    "dates and times are not supported by remint's TOML reader";
constexpr std::string_view kBareKeyHint =
    " (bare keys may only use A-Z a-z 0-9 _ -; quote other keys)";

auto IsDigit(char c) -> bool { return c >= '0' && c <= '9'; }

auto IsBareKeyCharacter(char c) -> bool {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || IsDigit(c) || c == '_' || c == '-';
}

// What a scalar value is made of. Wider than any one kind (':' only for dates and times) so
// that a malformed value is reported whole rather than cut at its first odd character.
auto IsScalarCharacter(char c) -> bool {
  return IsBareKeyCharacter(c) || c == '+' || c == '.' || c == ':';
}

// The value of `c` as a digit of `base`, or -1.
auto DigitValue(char c, int base) -> int {
  int value = -1;
  if (IsDigit(c)) {
    value = c - '0';
  } else if (c >= 'a' && c <= 'f') {
    value = c - 'a' + 10;
  } else if (c >= 'A' && c <= 'F') {
    value = c - 'A' + 10;
  }
  return value < base ? value : -1;
}

auto IsControl(unsigned char byte) -> bool { return byte < 0x20 || byte == 0x7f; }

auto StartsWithDigits(std::string_view token, size_t count) -> bool {
  return token.size() >= count && std::all_of(token.begin(), token.begin() + count, IsDigit);
}

// A date (1979-05-27, with or without a time after it) or a local time (07:32:00).
auto LooksLikeDateOrTime(std::string_view token) -> bool {
  return (StartsWithDigits(token, 4) && token.size() > 4 && token[4] == '-') ||
         (StartsWithDigits(token, 2) && token.size() > 2 && token[2] == ':');
}

// The length of the well-formed UTF-8 sequence at `text[i]` (RFC 3629: no overlong forms, no
// surrogates, nothing above U+10FFFF), or 0.
auto WellFormedUtf8Length(std::string_view text, size_t i) -> size_t {
  auto lead = static_cast<unsigned char>(text[i]);
  if (lead < 0x80) return 1;
  size_t length = 0;
  // The range of the second byte depends on the lead byte; later bytes are 0x80-0xbf.
  unsigned char low = 0x80;
  unsigned char high = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) {
    length = 2;
  } else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    if (lead == 0xe0) low = 0xa0;
    if (lead == 0xed) high = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    if (lead == 0xf0) low = 0x90;
    if (lead == 0xf4) high = 0x8f;
  } else {
    return 0;
  }
  if (i + length > text.size()) return 0;
  auto second = static_cast<unsigned char>(text[i + 1]);
  if (second < low || second > high) return 0;
  for (size_t k = 2; k < length; ++k) {
    if ((static_cast<unsigned char>(text[i + k]) & 0xc0) != 0x80) return 0;
  }
  return length;
}

auto WithoutUnderscores(std::string_view digits) -> std::string {
  std::string kept;
  for (char c : digits) {
    if (c != '_') kept.push_back(c);
  }
  return kept;
}

// Whether a float that from_chars found out of range is too small for a double rather than too
// large: like strtod, remint reads 1e-400 as 0 but refuses 1e400.
auto RoundsToZero(std::string_view digits) -> bool {
  size_t exponent_at = digits.find_first_of("eE");
  std::string_view mantissa = digits.substr(0, exponent_at);
  int64_t exponent = 0;
  if (exponent_at != std::string_view::npos) {
    std::string_view text = digits.substr(exponent_at + 1);
    bool negative = text[0] == '-';
    if (text[0] == '+' || text[0] == '-') text.remove_prefix(1);
    // Clamped: only the sign of the total matters, and huge exponents must not overflow.
    for (char c : text) exponent = std::min<int64_t>(exponent * 10 + (c - '0'), 1'000'000);
    if (negative) exponent = -exponent;
  }
  // The power of ten of the first significant digit.
  size_t point = std::min(mantissa.find('.'), mantissa.size());
  size_t first = mantissa.find_first_of("123456789");
  if (first == std::string_view::npos) return true;
  auto magnitude = first < point ? static_cast<int64_t>(point - first - 1)
                                 : -static_cast<int64_t>(first - point);
  return magnitude + exponent < 0;
}

}  // namespace

auto FormatKey(const Key& key, size_t segment_count) -> std::string {
  std::string text;
  for (size_t i = 0; i < segment_count && i < key.size(); ++i) {
    if (i > 0) text.push_back('.');
    const std::string& name = key[i].name;
    if (!name.empty() && std::all_of(name.begin(), name.end(), IsBareKeyCharacter)) {
      text += name;
      continue;
    }
    // Quoted and escaped, so that a message stays on one line.
    text.push_back('"');
    for (char c : name) {
      if (c == '"' || c == '\\') {
        text.push_back('\\');
        text.push_back(c);
      } else if (IsControl(static_cast<unsigned char>(c))) {
        text += fmt::format("\\u{:04X}", static_cast<unsigned char>(c));
      } else {
        text.push_back(c);
      }
    }
    text.push_back('"');
  }
  return text;
}

Lexer::Lexer(std::string_view text, std::string_view file_name)
    : text_(text), file_name_(file_name) {
  // A byte order mark is not part of the document; columns on line 1 count from after it.
  if (text_.substr(0, 3) == "\xEF\xBB\xBF") offset_ = 3;
  line_starts_.push_back(offset_);
  for (size_t i = offset_; i < text_.size(); ++i) {
    if (text_[i] == '\n') line_starts_.push_back(i + 1);
  }
  column_cache_ = ColumnCache{0, offset_, 1};
}

auto Lexer::CheckEncoding() -> bool {
  for (size_t i = offset_; i < text_.size();) {
    if (text_[i] == '\0') return Fail(i, "NUL byte in the input");
    size_t length = WellFormedUtf8Length(text_, i);
    if (length == 0) {
      return Fail(
          i, fmt::format("invalid UTF-8 (byte 0x{:02X})", static_cast<unsigned char>(text_[i])));
    }
    i += length;
  }
  return true;
}

auto Lexer::PositionAt(size_t offset) const -> Position {
  auto after = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  size_t line_index = after == line_starts_.begin() ? 0 : (after - line_starts_.begin()) - 1;
  size_t end = std::min(std::max(offset, line_starts_[line_index]), text_.size());
  if (line_index != column_cache_.line_index || end < column_cache_.offset) {
    column_cache_ = ColumnCache{line_index, line_starts_[line_index], 1};
  }
  // Columns count characters: every byte but UTF-8 continuation bytes starts one.
  column_cache_.column +=
      std::count_if(text_.begin() + column_cache_.offset, text_.begin() + end,
                    [](char c) { return (static_cast<unsigned char>(c) & 0xc0) != 0x80; });
  column_cache_.offset = end;
  return Position{static_cast<uint32_t>(line_index + 1),
                  static_cast<uint32_t>(column_cache_.column)};
}

auto Lexer::Fail(size_t offset, std::string_view message) -> bool {
  if (!error_) error_ = LocatedError(file_name_, PositionAt(offset), message);
  return false;
}

auto Lexer::TakeError() -> Error {
  assert(error_);
  return *error_;
}

auto Lexer::Describe(size_t offset) const -> std::string {
  if (offset >= text_.size()) return "the end of the file";
  auto byte = static_cast<unsigned char>(text_[offset]);
  if (byte == '\n' || (byte == '\r' && text_.substr(offset, 2) == "\r\n")) {
    return "the end of the line";
  }
  if (IsControl(byte)) return fmt::format("U+{:04X}", byte);
  size_t length = WellFormedUtf8Length(text_, offset);
  return fmt::format("'{}'", text_.substr(offset, std::max<size_t>(length, 1)));
}

void Lexer::SkipWhitespace() {
  while (Peek() == ' ' || Peek() == '\t') Advance();
}

auto Lexer::SkipComment() -> bool {
  assert(Peek() == '#');
  Advance();
  while (!AtEnd() && Peek() != '\n' && !(Peek() == '\r' && Peek(1) == '\n')) {
    auto byte = static_cast<unsigned char>(Peek());
    if (IsControl(byte) && byte != '\t') {
      return Fail(offset_, fmt::format("control character U+{:04X} in a comment", byte));
    }
    Advance();
  }
  return true;
}

auto Lexer::SkipNewline() -> bool {
  if (Peek() == '\n') {
    Advance();
    return true;
  }
  if (Peek() == '\r' && Peek(1) == '\n') {
    Advance(2);
    return true;
  }
  return Fail(offset_, "a carriage return must be followed by a newline");
}

auto Lexer::SkipBlankLines() -> bool {
  while (true) {
    SkipWhitespace();
    if (Peek() == '#') {
      if (!SkipComment()) return false;
    } else if (AtNewline()) {
      if (!SkipNewline()) return false;
    } else {
      return true;
    }
  }
}

auto Lexer::ExpectLineEnd(std::string_view what) -> bool {
  SkipWhitespace();
  if (Peek() == '#' && !SkipComment()) return false;
  if (AtEnd()) return true;
  if (AtNewline()) return SkipNewline();
  return Fail(offset_,
              fmt::format("expected a newline after {}, found {}", what, Describe(offset_)));
}

auto Lexer::ReadKey(Key& key) -> bool {
  key.clear();
  while (true) {
    size_t start = offset_;
    Position position = PositionAt(start);
    char c = Peek();
    if (c == '"' || c == '\'') {
      if (Peek(1) == c && Peek(2) == c) return Fail(start, "a multi-line string cannot be a key");
      std::string name;
      if (!ReadString(name)) return false;
      key.push_back(KeySegment{std::move(name), start, position});
    } else if (IsBareKeyCharacter(c)) {
      while (IsBareKeyCharacter(Peek())) Advance();
      key.push_back(KeySegment{std::string(text_.substr(start, offset_ - start)), start, position});
      // A character glued to a bare key that cannot follow one: most likely the user meant it
      // as part of the key.
      char next = Peek();
      if (!AtEnd() && !AtNewline() &&
          std::string_view(" \t.=]#,}").find(next) == std::string_view::npos) {
        return Fail(offset_, fmt::format("invalid character {} in a bare key{}", Describe(offset_),
                                         kBareKeyHint));
      }
    } else {
      bool structural =
          AtEnd() || AtNewline() || std::string_view("=[]{},.#").find(c) != std::string_view::npos;
      return Fail(start, fmt::format("expected a key, found {}{}", Describe(start),
                                     structural ? "" : kBareKeyHint));
    }
    SkipWhitespace();
    if (Peek() != '.') return true;
    Advance();
    SkipWhitespace();
  }
}

auto Lexer::ReadString(std::string& out) -> bool {
  char quote = Peek();
  assert(quote == '"' || quote == '\'');
  if (Peek(1) == quote && Peek(2) == quote) return ReadMultiLineString(out, quote);
  return ReadSingleLineString(out, quote);
}

auto Lexer::CheckStringCharacter() -> bool {
  auto byte = static_cast<unsigned char>(Peek());
  if (IsControl(byte) && byte != '\t') {
    return Fail(offset_, fmt::format("control character U+{:04X} in a string", byte));
  }
  return true;
}

auto Lexer::ReadSingleLineString(std::string& out, char quote) -> bool {
  size_t start = offset_;
  Advance();
  while (true) {
    if (AtEnd() || Peek() == '\n' || (Peek() == '\r' && Peek(1) == '\n')) {
      return Fail(start, "unterminated string");
    }
    if (Peek() == quote) {
      Advance();
      return true;
    }
    if (quote == '"' && Peek() == '\\') {
      if (!ReadEscape(out, start, false)) return false;
      continue;
    }
    if (!CheckStringCharacter()) return false;
    out.push_back(Peek());
    Advance();
  }
}

auto Lexer::ReadMultiLineString(std::string& out, char quote) -> bool {
  size_t start = offset_;
  Advance(3);
  // A newline right after the opening delimiter is not part of the string.
  if (Peek() == '\n') {
    Advance();
  } else if (Peek() == '\r' && Peek(1) == '\n') {
    Advance(2);
  }
  while (true) {
    if (AtEnd()) return Fail(start, "unterminated multi-line string");
    char c = Peek();
    if (c == quote) {
      size_t run = 0;
      while (Peek(run) == quote) ++run;
      if (run < 3) {
        out.append(run, quote);
        Advance(run);
        continue;
      }
      // One or two quotes may stand just before the closing delimiter. More than five leave
      // quotes after the string, which the caller reports.
      size_t kept = std::min<size_t>(run - 3, 2);
      out.append(kept, quote);
      Advance(kept + 3);
      return true;
    }
    if (c == '\\' && quote == '"') {
      // A backslash that ends a line (trailing whitespace allowed) removes the newline and all
      // whitespace and newlines after it.
      size_t ahead = 1;
      while (Peek(ahead) == ' ' || Peek(ahead) == '\t') ++ahead;
      if (Peek(ahead) == '\n' || (Peek(ahead) == '\r' && Peek(ahead + 1) == '\n')) {
        Advance(ahead);
        while (Peek() == ' ' || Peek() == '\t' || Peek() == '\n' ||
               (Peek() == '\r' && Peek(1) == '\n')) {
          Advance();
        }
        continue;
      }
      if (!ReadEscape(out, start, true)) return false;
      continue;
    }
    if (c == '\n' || (c == '\r' && Peek(1) == '\n')) {
      // CRLF is read as LF: the value does not depend on how the file was saved.
      out.push_back('\n');
      Advance(c == '\n' ? 1 : 2);
      continue;
    }
    if (!CheckStringCharacter()) return false;
    out.push_back(c);
    Advance();
  }
}

auto Lexer::ReadEscape(std::string& out, size_t string_start, bool multi_line) -> bool {
  size_t escape = offset_;
  Advance();
  if (AtEnd() || AtNewline()) {
    return Fail(string_start,
                multi_line ? "unterminated multi-line string" : "unterminated string");
  }
  char c = Peek();
  Advance();
  // \b \t \n \f \r \" \\ stand for the character at the same index.
  constexpr std::string_view kEscapeLetters = "btnfr\"\\";
  constexpr std::string_view kEscapedCharacters = "\b\t\n\f\r\"\\";
  if (size_t index = kEscapeLetters.find(c); index != std::string_view::npos) {
    out.push_back(kEscapedCharacters[index]);
    return true;
  }
  if (c != 'u' && c != 'U') {
    return Fail(escape, fmt::format("invalid escape sequence: a backslash followed by {}",
                                    Describe(offset_ - 1)));
  }
  // \uXXXX or \UXXXXXXXX: a Unicode scalar value, stored as UTF-8.
  size_t digits = c == 'u' ? 4 : 8;
  uint32_t code_point = 0;
  for (size_t i = 0; i < digits; ++i) {
    int digit = DigitValue(Peek(i), 16);
    if (digit < 0) {
      return Fail(escape, fmt::format("\\{} must be followed by {} hex digits", c, digits));
    }
    code_point = code_point * 16 + static_cast<uint32_t>(digit);
  }
  if ((code_point >= 0xd800 && code_point <= 0xdfff) || code_point > 0x10ffff) {
    return Fail(escape, fmt::format("\\{}{} is not a Unicode scalar value", c,
                                    text_.substr(offset_, digits)));
  }
  Advance(digits);
  AppendUtf8(code_point, out);
  return true;
}

auto Lexer::ReadScalar(Value& out) -> bool {
  size_t start = offset_;
  while (IsScalarCharacter(Peek())) Advance();
  std::string_view token = text_.substr(start, offset_ - start);
  if (token.empty()) {
    return Fail(start, fmt::format("expected a value, found {}", Describe(start)));
  }
  if (token == "true" || token == "false") {
    out = Value::FromBoolean(token == "true", PositionAt(start));
    return true;
  }
  if (LooksLikeDateOrTime(token)) return Fail(start, kDatesNotSupported);
  char first = token[0];
  if (IsDigit(first) || first == '+' || first == '-' || first == '.' || token == "inf" ||
      token == "nan") {
    return ReadNumber(token, start, out);
  }
  return Fail(start, fmt::format("invalid value '{}' (strings must be quoted)", token));
}

auto Lexer::ReadNumber(std::string_view token, size_t start, Value& out) -> bool {
  bool has_sign = token[0] == '+' || token[0] == '-';
  bool negative = token[0] == '-';
  std::string_view unsigned_part = token.substr(has_sign ? 1 : 0);
  if (unsigned_part == "inf" || unsigned_part == "nan") {
    double value = unsigned_part == "inf" ? std::numeric_limits<double>::infinity()
                                          : std::numeric_limits<double>::quiet_NaN();
    out = Value::FromFloat(negative ? -value : value, PositionAt(start));
    return true;
  }
  if (unsigned_part.size() >= 2 && unsigned_part[0] == '0' &&
      (unsigned_part[1] == 'x' || unsigned_part[1] == 'o' || unsigned_part[1] == 'b')) {
    if (has_sign) {
      return Fail(start, "a hexadecimal, octal or binary integer cannot have a sign");
    }
    return ReadRadixInteger(token, start, out);
  }
  return ReadDecimal(token, start, out);
}

auto Lexer::ScanDigits(std::string_view token, size_t start, size_t index, int base) -> size_t {
  if (index >= token.size() || DigitValue(token[index], base) < 0) {
    Fail(start + index, fmt::format("expected a digit, found {}", Describe(start + index)));
    return std::string_view::npos;
  }
  while (index < token.size()) {
    if (token[index] == '_') {
      if (index + 1 >= token.size() || DigitValue(token[index + 1], base) < 0) {
        Fail(start + index, "an underscore in a number must stand between two digits");
        return std::string_view::npos;
      }
    } else if (DigitValue(token[index], base) < 0) {
      break;
    }
    ++index;
  }
  return index;
}

auto Lexer::ReadRadixInteger(std::string_view token, size_t start, Value& out) -> bool {
  int base = token[1] == 'x' ? 16 : token[1] == 'o' ? 8 : 2;
  size_t end = ScanDigits(token, start, 2, base);
  if (end == std::string_view::npos) return false;
  if (end != token.size()) {
    return Fail(start + end,
                fmt::format("invalid digit {} in a base-{} integer", Describe(start + end), base));
  }
  return MakeInteger(token, start, 2, base, out);
}

auto Lexer::MakeInteger(std::string_view token, size_t start, size_t skip, int base, Value& out)
    -> bool {
  std::string digits = WithoutUnderscores(token.substr(skip));
  int64_t value = 0;
  auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value, base);
  if (error != std::errc() || end != digits.data() + digits.size()) {
    return Fail(start, fmt::format("integer {} does not fit in 64 bits", token));
  }
  out = Value::FromInteger(value, PositionAt(start));
  return true;
}

auto Lexer::ReadDecimal(std::string_view token, size_t start, Value& out) -> bool {
  size_t integer_start = token[0] == '+' || token[0] == '-' ? 1 : 0;
  size_t index = ScanDigits(token, start, integer_start, 10);
  if (index == std::string_view::npos) return false;
  if (token[integer_start] == '0' && index - integer_start > 1) {
    return Fail(start + integer_start, "leading zeros are not allowed in a decimal number");
  }
  bool is_float = false;
  if (index < token.size() && token[index] == '.') {
    is_float = true;
    index = ScanDigits(token, start, index + 1, 10);
    if (index == std::string_view::npos) return false;
  }
  if (index < token.size() && (token[index] == 'e' || token[index] == 'E')) {
    is_float = true;
    ++index;
    if (index < token.size() && (token[index] == '+' || token[index] == '-')) ++index;
    index = ScanDigits(token, start, index, 10);
    if (index == std::string_view::npos) return false;
  }
  if (index != token.size()) {
    return Fail(start + index,
                fmt::format("invalid character {} in a number", Describe(start + index)));
  }

  // from_chars takes neither underscores nor a '+'.
  size_t skip = token[0] == '+' ? 1 : 0;
  if (!is_float) return MakeInteger(token, start, skip, 10, out);
  std::string digits = WithoutUnderscores(token.substr(skip));
  double value = 0;
  auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (error == std::errc::result_out_of_range && RoundsToZero(digits)) {
    value = token[0] == '-' ? -0.0 : 0.0;
  } else if (error != std::errc() || end != digits.data() + digits.size()) {
    return Fail(start, fmt::format("float {} is out of range", token));
  }
  out = Value::FromFloat(value, PositionAt(start));
  return true;
}

}  // namespace remint::toml::internal
