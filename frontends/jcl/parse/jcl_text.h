// Small text helpers every JCL phase uses.
#ifndef REMINT_FRONTENDS_JCL_PARSE_JCL_TEXT_H_
#define REMINT_FRONTENDS_JCL_PARSE_JCL_TEXT_H_

#include <string>
#include <string_view>

namespace remint::jcl {

// JCL names and keywords compare in upper case; only ASCII letters change.
inline auto UpperCase(std::string_view text) -> std::string {
  std::string upper(text);
  for (char& c : upper) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return upper;
}

}  // namespace remint::jcl

#endif  // REMINT_FRONTENDS_JCL_PARSE_JCL_TEXT_H_
