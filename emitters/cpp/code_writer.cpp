#include "emitters/cpp/code_writer.h"

#include <fmt/format.h>

namespace remint::emit_cpp {

void CodeWriter::Line(std::string_view text) {
  if (!text.empty()) text_.append(static_cast<size_t>(depth_) * 2, ' ');
  text_ += text;
  text_ += '\n';
}

void CodeWriter::Comment(std::string_view text) {
  size_t start = 0;
  while (start <= text.size()) {
    const size_t end = text.find('\n', start);
    const std::string_view line =
        text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    Line(line.empty() ? "//" : fmt::format("// {}", line));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
}

void CodeWriter::Open(std::string_view head) {
  Line(head.empty() ? std::string("{") : fmt::format("{} {{", head));
  ++depth_;
}

void CodeWriter::Close(std::string_view tail) {
  if (depth_ > 0) --depth_;
  Line(fmt::format("}}{}", tail));
}

void CodeWriter::Else() {
  if (depth_ > 0) --depth_;
  Line("} else {");
  ++depth_;
}

void CodeWriter::ElseIf(std::string_view condition) {
  if (depth_ > 0) --depth_;
  Line(fmt::format("}} else if ({}) {{", condition));
  ++depth_;
}

void CodeWriter::BlankLine() {
  if (text_.empty() || text_.ends_with("\n\n") || text_.ends_with("{\n")) return;
  text_ += '\n';
}

auto CppStringLiteral(std::string_view bytes) -> std::string {
  std::string out = "\"";
  char previous = 0;
  for (char c : bytes) {
    const auto byte = static_cast<unsigned char>(c);
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '?':
        out += previous == '?' ? "\\?" : "?";
        break;
      default:
        if (byte < 0x20 || byte >= 0x7f) {
          // Octal escapes stop after three digits, so a following digit cannot join them.
          out += fmt::format("\\{:03o}", byte);
        } else {
          out += c;
        }
    }
    previous = c;
  }
  out += '"';
  return out;
}

}  // namespace remint::emit_cpp
