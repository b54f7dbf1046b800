// Character encodings of mainframe members: detection from the byte distribution and EBCDIC
// decoding through glibc's iconv (no hand-written code-page tables).
#ifndef REMINT_BASE_ENCODING_H_
#define REMINT_BASE_ENCODING_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "base/error_or.h"

namespace remint {

enum class Encoding {
  kAscii,   // 7-bit text.
  kUtf8,    // Text with valid multi-byte UTF-8 sequences.
  kLatin1,  // 8-bit text that is not valid UTF-8 (decoded as ISO-8859-1).
  kEbcdic,  // EBCDIC text, decoded through the selected code page.
  kBinary,  // Not text in any supported encoding.
};

auto EncodingName(Encoding encoding) -> std::string_view;

struct EncodingGuess {
  Encoding encoding = Encoding::kBinary;
  // For binary content: whether the printable bytes look like EBCDIC rather than ASCII, as in
  // a dataset of EBCDIC text fields mixed with packed-decimal or binary fields.
  bool binary_looks_ebcdic = false;
  // Share of bytes that are printable text in the chosen (or, for binary, the likelier) encoding.
  double printable_ratio = 0.0;
};

// Guesses the encoding from the byte distribution. Looks at most at the first `sample_limit`
// bytes so that huge members are classified in constant time.
auto DetectEncoding(std::string_view bytes, size_t sample_limit = 1 << 20) -> EncodingGuess;

// Whether a byte is printable text (or a line end) in ASCII, respectively in EBCDIC.
auto IsAsciiTextByte(unsigned char byte) -> bool;
auto IsEbcdicTextByte(unsigned char byte) -> bool;

// Canonical iconv name of an EBCDIC code page given as "037", "IBM-037", "ibm1047", "cp500"...
// Returns an error for code pages remint does not support.
auto CanonicalEbcdicCodePage(std::string_view name) -> ErrorOr<std::string>;

// Decodes EBCDIC bytes to UTF-8. EBCDIC NL (0x15) becomes '\n'. Bytes the code page cannot map
// are an error, never silently dropped.
auto DecodeEbcdic(std::string_view bytes, std::string_view code_page) -> ErrorOr<std::string>;

// Encodes UTF-8 text to EBCDIC (used by tools and tests that build mainframe-style fixtures).
auto EncodeEbcdic(std::string_view text, std::string_view code_page) -> ErrorOr<std::string>;

// Decodes ISO-8859-1 to UTF-8.
auto DecodeLatin1(std::string_view bytes) -> std::string;

// Appends the UTF-8 form of a code point (U+0000 to U+10FFFF).
void AppendUtf8(uint32_t code_point, std::string& out);

}  // namespace remint

#endif  // REMINT_BASE_ENCODING_H_
