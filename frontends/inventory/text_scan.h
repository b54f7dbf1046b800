// Small lexical helpers shared by the inventory scanners: they look at raw lines, never parse.
#ifndef REMINT_FRONTENDS_INVENTORY_TEXT_SCAN_H_
#define REMINT_FRONTENDS_INVENTORY_TEXT_SCAN_H_

#include <array>
#include <initializer_list>
#include <string>
#include <vector>
#include <string_view>

namespace remint::inventory {

inline auto IsAsciiDigit(char c) -> bool { return c >= '0' && c <= '9'; }
inline auto IsAsciiAlpha(char c) -> bool {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}
inline auto ToUpperAscii(char c) -> char { return c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c; }

auto TrimSpaces(std::string_view text) -> std::string_view;
auto ToUpper(std::string_view text) -> std::string;
auto EqualsIgnoreCase(std::string_view a, std::string_view b) -> bool;
auto StartsWithIgnoreCase(std::string_view text, std::string_view prefix) -> bool;
// Finds `needle` (upper case) in `haystack` ignoring case, as a whole word: the characters
// around the match are not letters, digits or hyphens.
auto ContainsWordIgnoreCase(std::string_view haystack, std::string_view needle) -> bool;

// A small case-insensitive set of ASCII keywords, bucketed by first letter: the classifier asks
// it several times for every line of every member.
class KeywordSet {
 public:
  KeywordSet(std::initializer_list<std::string_view> words);
  auto Contains(std::string_view word) const -> bool;

 private:
  std::array<std::vector<std::string_view>, 26> buckets_;
};

// Splits off the next blank-separated word; `text` keeps what follows.
auto NextWord(std::string_view& text) -> std::string_view;

}  // namespace remint::inventory

#endif  // REMINT_FRONTENDS_INVENTORY_TEXT_SCAN_H_
