#include "frontends/inventory/text_scan.h"

namespace remint::inventory {
namespace {

auto IsWordChar(char c) -> bool { return IsAsciiAlpha(c) || IsAsciiDigit(c) || c == '-'; }

}  // namespace

auto TrimSpaces(std::string_view text) -> std::string_view {
  size_t first = text.find_first_not_of(" \t\r\f");
  if (first == std::string_view::npos) return {};
  size_t last = text.find_last_not_of(" \t\r\f");
  return text.substr(first, last - first + 1);
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

auto NextWord(std::string_view& text) -> std::string_view {
  size_t first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) {
    text = {};
    return {};
  }
  size_t last = text.find_first_of(" \t", first);
  std::string_view word = text.substr(first, last == std::string_view::npos ? text.size() - first
                                                                            : last - first);
  text = last == std::string_view::npos ? std::string_view{} : text.substr(last);
  return word;
}

}  // namespace remint::inventory
