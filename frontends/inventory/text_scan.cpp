#include "frontends/inventory/text_scan.h"

namespace remint::inventory {
namespace {

auto IsWordChar(char c) -> bool { return IsAsciiAlpha(c) || IsAsciiDigit(c) || c == '-'; }

}  // namespace

// Hand-written loops: std::string_view::find_first_not_of calls memchr once per character,
// which dominated the scan profile.
auto IsBlank(char c) -> bool { return c == ' ' || c == '\t' || c == '\r' || c == '\f'; }

auto TrimSpaces(std::string_view text) -> std::string_view {
  size_t first = 0;
  while (first < text.size() && IsBlank(text[first])) ++first;
  size_t last = text.size();
  while (last > first && IsBlank(text[last - 1])) --last;
  return text.substr(first, last - first);
}

auto ToUpper(std::string_view text) -> std::string {
  std::string upper(text);
  for (char& c : upper) c = ToUpperAscii(c);
  return upper;
}

auto EqualsIgnoreCase(std::string_view a, std::string_view b) -> bool {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (ToUpperAscii(a[i]) != ToUpperAscii(b[i])) return false;
  }
  return true;
}

auto StartsWithIgnoreCase(std::string_view text, std::string_view prefix) -> bool {
  return text.size() >= prefix.size() && EqualsIgnoreCase(text.substr(0, prefix.size()), prefix);
}

auto ContainsWordIgnoreCase(std::string_view haystack, std::string_view needle) -> bool {
  if (needle.empty() || haystack.size() < needle.size()) return false;
  for (size_t i = 0; i + needle.size() <= haystack.size(); ++i) {
    if (ToUpperAscii(haystack[i]) != needle[0]) continue;
    if (!EqualsIgnoreCase(haystack.substr(i, needle.size()), needle)) continue;
    bool starts_word = i == 0 || !IsWordChar(haystack[i - 1]);
    size_t end = i + needle.size();
    bool ends_word = end == haystack.size() || !IsWordChar(haystack[end]);
    if (starts_word && ends_word) return true;
  }
  return false;
}

KeywordSet::KeywordSet(std::initializer_list<std::string_view> words) {
  for (std::string_view word : words) {
    buckets_[static_cast<size_t>(ToUpperAscii(word.front()) - 'A')].push_back(word);
  }
}

auto KeywordSet::Contains(std::string_view word) const -> bool {
  if (word.empty() || !IsAsciiAlpha(word.front())) return false;
  for (std::string_view candidate : buckets_[static_cast<size_t>(ToUpperAscii(word.front()) - 'A')]) {
    if (EqualsIgnoreCase(word, candidate)) return true;
  }
  return false;
}

auto NextWord(std::string_view& text) -> std::string_view {
  size_t first = 0;
  while (first < text.size() && (text[first] == ' ' || text[first] == '\t')) ++first;
  size_t last = first;
  while (last < text.size() && text[last] != ' ' && text[last] != '\t') ++last;
  std::string_view word = text.substr(first, last - first);
  text = text.substr(last);
  return word;
}

}  // namespace remint::inventory
