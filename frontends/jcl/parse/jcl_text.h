// Small text helpers every JCL phase uses.
#ifndef REMINT_FRONTENDS_JCL_PARSE_JCL_TEXT_H_
#define REMINT_FRONTENDS_JCL_PARSE_JCL_TEXT_H_

#include <string>
#include <string_view>
#include <vector>

namespace remint::jcl {

// JCL names and keywords compare in upper case; only ASCII letters change.
inline auto UpperCase(std::string_view text) -> std::string {
  std::string upper(text);
  for (char& c : upper) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return upper;
}

// UpperCase(text) assigned to `target` (its buffer reused, no string made and moved).
inline void AssignUpperCase(std::string& target, std::string_view text) {
  target.assign(text);
  for (char& c : target) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
}

// `text` without its enclosing apostrophes, doubled apostrophes made single; unchanged when it
// is not enclosed.
inline auto Unquote(std::string_view text) -> std::string {
  if (text.size() < 2 || text.front() != '\'' || text.back() != '\'') return std::string(text);
  text = text.substr(1, text.size() - 2);
  std::string result;
  for (size_t i = 0; i < text.size(); ++i) {
    result += text[i];
    if (text[i] == '\'' && i + 1 < text.size() && text[i + 1] == '\'') ++i;
  }
  return result;
}

// The offsets just after each comma outside apostrophes and parentheses: where an operand field
// splits into parameters.
inline auto TopLevelCommas(std::string_view text) -> std::vector<size_t> {
  std::vector<size_t> after;
  bool quoted = false;
  int depth = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\'') quoted = !quoted;
    if (quoted) continue;
    if (c == '(') ++depth;
    if (c == ')') --depth;
    if (c == ',' && depth == 0) after.push_back(i + 1);
  }
  return after;
}

}  // namespace remint::jcl

#endif  // REMINT_FRONTENDS_JCL_PARSE_JCL_TEXT_H_
