// The character set of a dataset's text bytes: ASCII, or an EBCDIC code page whose 256-byte
// table is built once by converting every byte through iconv (base/encoding.h), so no code page
// is written out by hand here.
#ifndef REMINT_CODEC_CODE_PAGE_H_
#define REMINT_CODEC_CODE_PAGE_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "base/error_or.h"

namespace remint::codec {

class CodePage {
 public:
  // "ascii", or an EBCDIC code page name CanonicalEbcdicCodePage accepts ("ibm037", "1047"...).
  static auto Make(std::string_view name) -> ErrorOr<CodePage>;

  auto is_ebcdic() const -> bool { return ebcdic_; }
  // Whether the byte is a printable character that maps back to the same byte: only such bytes
  // may appear in a field written as a JSON string.
  auto is_text(uint8_t byte) const -> bool { return text_[byte]; }
  // The byte's character as it appears inside a JSON string (UTF-8, with " and \ escaped).
  auto json_form(uint8_t byte) const -> std::string_view {
    return std::string_view(json_[byte].bytes.data(), json_[byte].length);
  }
  // The byte's JSON string form when it is a single byte (printable ASCII other than " and \),
  // else 0: text made of such bytes is copied through this table alone.
  auto single_byte_form(uint8_t byte) const -> char { return single_byte_form_[byte]; }
  // The byte of a Unicode code point, or -1 when the code page has no text byte for it.
  auto ByteOf(uint32_t code_point) const -> int;

  // Bytes of the zoned-decimal digit zone and of the separate signs.
  auto digit_zone() const -> uint8_t { return ebcdic_ ? 0xF0 : 0x30; }
  auto plus_byte() const -> uint8_t { return plus_; }
  auto minus_byte() const -> uint8_t { return minus_; }
  auto space_byte() const -> uint8_t { return space_; }

 private:
  struct JsonForm {
    std::array<char, 7> bytes{};
    uint8_t length = 0;
  };
  bool ebcdic_ = false;
  std::array<bool, 256> text_{};
  std::array<JsonForm, 256> json_{};
  std::array<char, 256> single_byte_form_{};
  std::unordered_map<uint32_t, uint8_t> byte_of_;
  uint8_t plus_ = '+';
  uint8_t minus_ = '-';
  uint8_t space_ = ' ';
};

// Decodes one UTF-8 sequence at text[*position]; advances *position. Returns false on bad UTF-8.
auto NextCodePoint(std::string_view text, size_t* position, uint32_t* code_point) -> bool;

}  // namespace remint::codec

#endif  // REMINT_CODEC_CODE_PAGE_H_
