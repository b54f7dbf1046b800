#include "runtime/fortran/format.h"

#include <cctype>
#include <optional>
#include <utility>

namespace cobrt::fortran {
namespace {

auto Upper(char c) -> char {
  return static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
}
auto IsDigit(char c) -> bool { return c >= '0' && c <= '9'; }

class FormatParser {
 public:
  explicit FormatParser(std::string_view text) : text_(text) {}

  auto Parse() -> ParsedFormat {
    ParsedFormat parsed;
    SkipBlanks();
    if (!Take('(')) {
      Fail("a format begins with '('");
    } else {
      parsed.format.items = Items();
    }
    if (!error_.empty()) {
      parsed.error = std::move(error_);
      parsed.error_offset = error_offset_;
      return parsed;
    }
    std::vector<FormatItem>& items = parsed.format.items;
    for (size_t i = 0; i < items.size(); ++i) {
      if (items[i].kind == EditKind::kGroup) parsed.format.reversion = i;
    }
    parsed.format.has_data = HasData(items);
    parsed.format.reversion_has_data = HasData(std::vector<FormatItem>(
        items.begin() + static_cast<std::ptrdiff_t>(parsed.format.reversion), items.end()));
    return parsed;
  }

 private:
  static auto HasData(const std::vector<FormatItem>& items) -> bool {
    for (const FormatItem& item : items) {
      if (IsDataEdit(item.kind)) return true;
      if (item.kind == EditKind::kGroup && HasData(item.items)) return true;
    }
    return false;
  }

  void Fail(std::string message) {
    if (!error_.empty()) return;
    error_ = std::move(message);
    error_offset_ = pos_;
  }

  void SkipBlanks() {
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t')) ++pos_;
  }
  auto Peek() -> char {
    SkipBlanks();
    return pos_ < text_.size() ? Upper(text_[pos_]) : '\0';
  }
  auto Take(char c) -> bool {
    if (Peek() != c) return false;
    ++pos_;
    return true;
  }
  // An unsigned number, blanks allowed between its digits.
  auto Number() -> std::optional<int32_t> {
    if (!IsDigit(Peek())) return std::nullopt;
    int64_t value = 0;
    while (IsDigit(Peek())) {
      value = value * 10 + (text_[pos_++] - '0');
      if (value > 1'000'000'000) {
        Fail("a number in the format is too large");
        return std::nullopt;
      }
    }
    return static_cast<int32_t>(value);
  }

  // The items up to the matching ')', which is consumed.
  auto Items() -> std::vector<FormatItem> {
    std::vector<FormatItem> items;
    bool after_separator = true;  // nothing yet, or a comma: an item may follow
    while (error_.empty()) {
      const char c = Peek();
      if (c == '\0') {
        Fail("the format has no closing ')'");
        break;
      }
      if (c == ')') {
        ++pos_;
        break;
      }
      if (c == ',') {
        if (after_separator && !items.empty()) Fail("an item is missing between commas");
        ++pos_;
        after_separator = true;
        continue;
      }
      // Slashes, colons and a scale factor need no comma before what follows them.
      if (!after_separator && !items.empty()) {
        EditKind last = items.back().kind;
        if (last != EditKind::kSlash && last != EditKind::kColon && last != EditKind::kScale &&
            c != '/' && c != ':') {
          Fail("a comma is missing between format items");
          break;
        }
      }
      Item(items);
      after_separator = false;
    }
    return items;
  }

  void Item(std::vector<FormatItem>& items) {
    FormatItem item;
    item.offset = pos_;
    const char first = Peek();
    // A literal: 'text' or "text", the delimiter doubled inside.
    if (first == '\'' || first == '"') {
      ++pos_;
      item.kind = EditKind::kLiteral;
      while (true) {
        if (pos_ >= text_.size()) {
          Fail("a character string in the format is not closed");
          return;
        }
        const char c = text_[pos_++];
        if (c == first) {
          if (pos_ < text_.size() && text_[pos_] == first) {
            item.text += c;
            ++pos_;
            continue;
          }
          break;
        }
        item.text += c;
      }
      items.push_back(std::move(item));
      return;
    }
    if (first == ':') {
      ++pos_;
      item.kind = EditKind::kColon;
      items.push_back(std::move(item));
      return;
    }
    bool negative = false;
    if (first == '-' || first == '+') {
      negative = first == '-';
      ++pos_;
    }
    const std::optional<int32_t> count = Number();
    const bool signed_count = first == '-' || first == '+';
    const char letter = Peek();
    if (signed_count && letter != 'P') {
      Fail("only a scale factor (kP) takes a sign");
      return;
    }
    if (count && *count == 0 && letter != 'P') {
      Fail("a repeat count must be positive");
      return;
    }
    if (letter == 'P') {
      ++pos_;
      if (!count) {
        Fail("a scale factor needs its value (kP)");
        return;
      }
      item.kind = EditKind::kScale;
      item.width = negative ? -*count : *count;
      items.push_back(std::move(item));
      return;
    }
    if (letter == 'H') {
      ++pos_;  // Exactly n characters follow, blanks included.
      if (!count) {
        Fail("a Hollerith constant needs its length (nH)");
        return;
      }
      if (pos_ + static_cast<size_t>(*count) > text_.size()) {
        Fail("the Hollerith constant runs past the end of the format");
        return;
      }
      item.kind = EditKind::kLiteral;
      item.text = std::string(text_.substr(pos_, static_cast<size_t>(*count)));
      pos_ += static_cast<size_t>(*count);
      items.push_back(std::move(item));
      return;
    }
    item.repeat = count.value_or(1);
    if (letter == '(') {
      ++pos_;
      item.kind = EditKind::kGroup;
      item.items = Items();
      items.push_back(std::move(item));
      return;
    }
    if (letter == '/') {
      ++pos_;
      item.kind = EditKind::kSlash;
      items.push_back(std::move(item));
      return;
    }
    if (letter == 'X') {
      ++pos_;
      item.kind = EditKind::kSkip;
      item.width = item.repeat;
      item.repeat = 1;
      items.push_back(std::move(item));
      return;
    }
    if (letter == '\0' || !std::isalpha(static_cast<unsigned char>(letter))) {
      Fail("a format item is expected");
      return;
    }
    ++pos_;
    const char second = Peek();
    switch (letter) {
      case 'I':
      case 'F':
      case 'E':
      case 'D':
      case 'G':
        DataWithDigits(letter, item);
        break;
      case 'L':
        item.kind = EditKind::kLogical;
        item.width = Width("L");
        break;
      case 'A':
        item.kind = EditKind::kCharacter;
        if (IsDigit(Peek())) item.width = Width("A");
        break;
      case 'T':
        if (second == 'L' || second == 'R') ++pos_;
        item.kind = second == 'L'   ? EditKind::kTabLeft
                    : second == 'R' ? EditKind::kTabRight
                                    : EditKind::kTab;
        item.width = Width("T");
        if (item.kind == EditKind::kTab && item.width == 0) Fail("Tn needs a column from 1");
        break;
      case 'S':
        if (second == 'P' || second == 'S') ++pos_;
        item.kind = second == 'P'   ? EditKind::kSignPlus
                    : second == 'S' ? EditKind::kSignSuppress
                                    : EditKind::kSignDefault;
        break;
      case 'B':
        if (second != 'N' && second != 'Z') {
          Fail("BN or BZ is expected");
          return;
        }
        ++pos_;
        item.kind = second == 'N' ? EditKind::kBlankNull : EditKind::kBlankZero;
        break;
      default:
        pos_ = item.offset;
        Fail(std::string("'") + letter + "' is not an edit descriptor remint knows");
        return;
    }
    if (!error_.empty()) return;
    const bool repeatable = IsDataEdit(item.kind);
    if (count && !repeatable) {
      pos_ = item.offset;
      Fail("this edit descriptor takes no repeat count");
      return;
    }
    items.push_back(std::move(item));
  }

  auto Width(const char* descriptor) -> int32_t {
    std::optional<int32_t> width = Number();
    if (!width) {
      Fail(std::string(descriptor) + " needs a width");
      return 0;
    }
    return *width;
  }

  // Iw[.m], Fw.d, Ew.d[Ee], Dw.d, Gw.d[Ee].
  void DataWithDigits(char letter, FormatItem& item) {
    const std::string name(1, letter);
    item.kind = letter == 'I'   ? EditKind::kInteger
                : letter == 'F' ? EditKind::kFixed
                : letter == 'E' ? EditKind::kExponent
                : letter == 'D' ? EditKind::kDouble
                                : EditKind::kGeneral;
    item.width = Width(name.c_str());
    if (!error_.empty()) return;
    if (Take('.')) {
      std::optional<int32_t> digits = Number();
      if (!digits) {
        Fail(name + "w. needs its digits");
        return;
      }
      item.digits = *digits;
    } else if (letter != 'I') {
      Fail(name + "w.d needs its digits (.d)");
      return;
    }
    if ((letter == 'E' || letter == 'G') && Peek() == 'E') {
      ++pos_;
      std::optional<int32_t> exponent = Number();
      if (!exponent || *exponent == 0) {
        Fail(name + "w.dEe needs a positive e");
        return;
      }
      item.exponent = *exponent;
    }
    if (item.width == 0 && letter != 'I' && letter != 'F') {
      Fail(name + " needs a positive width");
    }
  }

  std::string_view text_;
  size_t pos_ = 0;
  std::string error_;
  size_t error_offset_ = 0;
};

}  // namespace

auto IsDataEdit(EditKind kind) -> bool {
  switch (kind) {
    case EditKind::kInteger:
    case EditKind::kFixed:
    case EditKind::kExponent:
    case EditKind::kDouble:
    case EditKind::kGeneral:
    case EditKind::kLogical:
    case EditKind::kCharacter:
      return true;
    default:
      return false;
  }
}

auto ParseFormat(std::string_view text) -> ParsedFormat { return FormatParser(text).Parse(); }

}  // namespace cobrt::fortran
