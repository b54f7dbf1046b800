#include "codec/code_page.h"

#include <string>

#include "base/encoding.h"

namespace remint::codec {
namespace {

// Printable: not a C0 or C1 control character, not DEL. Line ends and controls in a text field
// are shown as hex so that the JSON string is plain text.
auto IsPrintableCodePoint(uint32_t code_point) -> bool {
  if (code_point < 0x20 || code_point == 0x7F) return false;
  if (code_point >= 0x80 && code_point < 0xA0) return false;
  return true;
}

}  // namespace

auto NextCodePoint(std::string_view text, size_t* position, uint32_t* code_point) -> bool {
  size_t at = *position;
  if (at >= text.size()) return false;
  auto lead = static_cast<uint8_t>(text[at]);
  int extra = 0;
  uint32_t value = 0;
  if (lead < 0x80) {
    value = lead;
  } else if ((lead & 0xE0) == 0xC0) {
    extra = 1;
    value = lead & 0x1F;
  } else if ((lead & 0xF0) == 0xE0) {
    extra = 2;
    value = lead & 0x0F;
  } else if ((lead & 0xF8) == 0xF0) {
    extra = 3;
    value = lead & 0x07;
  } else {
    return false;
  }
  if (at + static_cast<size_t>(extra) >= text.size()) return false;
  for (int i = 1; i <= extra; ++i) {
    auto next = static_cast<uint8_t>(text[at + i]);
    if ((next & 0xC0) != 0x80) return false;
    value = (value << 6) | (next & 0x3F);
  }
  *position = at + 1 + extra;
  *code_point = value;
  return true;
}

auto CodePage::Make(std::string_view name) -> ErrorOr<CodePage> {
  CodePage page;
  std::array<uint32_t, 256> code_points{};
  std::array<bool, 256> mapped{};
  if (name == "ascii" || name == "ASCII") {
    for (uint32_t byte = 0; byte < 0x80; ++byte) {
      code_points[byte] = byte;
      mapped[byte] = true;
    }
  } else {
    ErrorOr<std::string> canonical = CanonicalEbcdicCodePage(name);
    if (!canonical) return canonical.error();
    page.ebcdic_ = true;
    for (uint32_t byte = 0; byte < 256; ++byte) {
      std::string one(1, static_cast<char>(byte));
      ErrorOr<std::string> utf8 = DecodeEbcdic(one, *canonical);
      if (!utf8) continue;
      size_t position = 0;
      uint32_t code_point = 0;
      if (!NextCodePoint(*utf8, &position, &code_point) || position != utf8->size()) continue;
      code_points[byte] = code_point;
      mapped[byte] = true;
    }
  }
  // A character that two bytes map to could not be encoded back to the right one.
  std::unordered_map<uint32_t, int> uses;
  for (int byte = 0; byte < 256; ++byte) {
    if (mapped[byte]) ++uses[code_points[byte]];
  }
  for (int byte = 0; byte < 256; ++byte) {
    if (!mapped[byte] || uses[code_points[byte]] != 1) continue;
    uint32_t code_point = code_points[byte];
    auto value = static_cast<uint8_t>(byte);
    if (code_point == '+') page.plus_ = value;
    if (code_point == '-') page.minus_ = value;
    if (code_point == ' ') page.space_ = value;
    if (!IsPrintableCodePoint(code_point)) continue;
    page.text_[byte] = true;
    page.byte_of_[code_point] = value;
    std::string form;
    if (code_point == '"' || code_point == '\\') form.push_back('\\');
    AppendUtf8(code_point, form);
    JsonForm& json = page.json_[byte];
    json.length = static_cast<uint8_t>(form.size());
    for (size_t i = 0; i < form.size(); ++i) json.bytes[i] = form[i];
    if (form.size() == 1) page.single_byte_form_[byte] = form[0];
  }
  return page;
}

auto CodePage::ByteOf(uint32_t code_point) const -> int {
  auto it = byte_of_.find(code_point);
  return it == byte_of_.end() ? -1 : it->second;
}

}  // namespace remint::codec
