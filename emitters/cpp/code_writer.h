// Builds C++ text a line at a time with the indentation of the current block, so emission
// functions say what they write ("open a block", "a comment with the legacy line") rather than
// counting spaces. The result is also run through clang-format when the project is written;
// the writer's own layout is already readable without it.
#ifndef REMINT_EMITTERS_CPP_CODE_WRITER_H_
#define REMINT_EMITTERS_CPP_CODE_WRITER_H_

#include <string>
#include <string_view>

namespace remint::emit_cpp {

class CodeWriter {
 public:
  // One line at the current indentation (an empty `text` gives an empty line).
  void Line(std::string_view text);
  // `// text`, split over several lines at '\n'.
  void Comment(std::string_view text);
  // `head {` then indents; Close() dedents and writes `}` plus `tail` (e.g. ";" or " else {").
  void Open(std::string_view head);
  void Close(std::string_view tail = "");
  // `} else {` between the two branches of an open `if`.
  void Else();
  // `} else if (condition) {`.
  void ElseIf(std::string_view condition);
  // A blank line, unless the last line already is one or a block just opened.
  void BlankLine();

  auto depth() const -> int { return depth_; }
  auto text() const -> const std::string& { return text_; }
  auto Take() -> std::string { return std::move(text_); }

 private:
  std::string text_;
  int depth_ = 0;
};

// A C++ string literal holding exactly `bytes` (escapes for quotes, backslashes, control and
// non-ASCII bytes; "?" sequences broken so no trigraph forms), for COBOL literals and VALUEs.
auto CppStringLiteral(std::string_view bytes) -> std::string;

}  // namespace remint::emit_cpp

#endif  // REMINT_EMITTERS_CPP_CODE_WRITER_H_
