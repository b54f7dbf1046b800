#include "frontends/cobol/preprocess/text_words.h"

namespace remint::cobol {
namespace {

auto IsSpace(char c) -> bool {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

// A comma or semicolon is a separator when a space follows it (COBOL-85 8.3.1.2); we also
// take one that starts a word, as compilers do.
auto IsSeparatorPunctuation(std::string_view text, size_t i, bool at_word_start) -> bool {
  char c = text[i];
  if (c != ',' && c != ';') return false;
  return at_word_start || i + 1 == text.size() || IsSpace(text[i + 1]);
}

auto IsLiteralPrefix(std::string_view word) -> bool {
  if (word.size() == 1) {
    char c = ToUpperAscii(word[0]);
    return c == 'X' || c == 'N' || c == 'Z' || c == 'G' || c == 'B' || c == 'U';
  }
  return EqualsIgnoringCase(word, "NX") || EqualsIgnoringCase(word, "BX");
}

// The end of the literal whose opening quote is at `quote_offset`.
auto LiteralEnd(std::string_view text, size_t quote_offset) -> size_t {
  char quote = text[quote_offset];
  size_t i = quote_offset + 1;
  while (i < text.size()) {
    char c = text[i];
    if (c == '\n') return i;
    if (c == quote) {
      if (i + 1 < text.size() && text[i + 1] == quote) {
        i += 2;
        continue;
      }
      return i + 1;
    }
    ++i;
  }
  return i;
}

}  // namespace

auto ToUpperAscii(char c) -> char { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c; }

auto EqualsIgnoringCase(std::string_view a, std::string_view b) -> bool {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (ToUpperAscii(a[i]) != ToUpperAscii(b[i])) return false;
  }
  return true;
}

auto SameTextWord(WordKind kind_a, std::string_view a, WordKind kind_b, std::string_view b)
    -> bool {
  if (kind_a != kind_b) return false;
  return kind_a == WordKind::kLiteral ? a == b : EqualsIgnoringCase(a, b);
}

auto SplitTextWords(const LogicalText& logical) -> std::vector<TextWord> {
  std::string_view text = logical.text;
  std::vector<TextWord> words;
  words.reserve(text.size() / 6);
  size_t debugging_index = 0;
  size_t i = 0;
  size_t gap_begin = 0;
  while (i < text.size()) {
    char c = text[i];
    if (IsSpace(c) || IsSeparatorPunctuation(text, i, true)) {
      ++i;
      continue;
    }
    TextWord word{WordKind::kWord, false, static_cast<uint32_t>(gap_begin),
                  static_cast<uint32_t>(i), 0};
    size_t end = i + 1;
    if (c == '"' || c == '\'') {
      word.kind = WordKind::kLiteral;
      end = LiteralEnd(text, i);
    } else if (c == '=' && i + 1 < text.size() && text[i + 1] == '=') {
      word.kind = WordKind::kPseudoTextDelimiter;
      end = i + 2;
    } else if (c == '(' || c == ')' || c == ':') {
      word.kind = WordKind::kPunctuation;
    } else if (c == '.' && (i + 1 == text.size() || IsSpace(text[i + 1]))) {
      word.kind = WordKind::kPeriod;
    } else {
      end = i;
      while (end < text.size()) {
        char d = text[end];
        if (IsSpace(d) || d == '(' || d == ')' || d == ':' ||
            IsSeparatorPunctuation(text, end, false)) {
          break;
        }
        if (d == '.' && (end + 1 == text.size() || IsSpace(text[end + 1]))) break;
        if (d == '=' && end > i && end + 1 < text.size() && text[end + 1] == '=') break;
        if (d == '"' || d == '\'') {
          if (IsLiteralPrefix(text.substr(i, end - i))) {
            word.kind = WordKind::kLiteral;
            end = LiteralEnd(text, end);
          }
          break;
        }
        ++end;
      }
      if (end == i) end = i + 1;  // Always make progress.
    }
    word.end = static_cast<uint32_t>(end);
    while (debugging_index < logical.debugging_lines.size() &&
           logical.debugging_lines[debugging_index].end <= word.begin) {
      ++debugging_index;
    }
    word.debugging = debugging_index < logical.debugging_lines.size() &&
                     logical.debugging_lines[debugging_index].begin <= word.begin;
    words.push_back(word);
    i = end;
    gap_begin = end;
  }
  return words;
}

}  // namespace remint::cobol
