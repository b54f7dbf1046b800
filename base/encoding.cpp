#include "base/encoding.h"

#include <fmt/format.h>
#include <iconv.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <cstdint>
#include <cstring>

namespace remint {
namespace {

// Byte classes used by the detector, built once.
struct ByteTables {
  std::array<bool, 256> ascii_text{};   // Printable ASCII plus TAB, LF, CR, FF.
  std::array<bool, 256> ebcdic_text{};  // Printable EBCDIC (code page 037 layout) plus NL/LF.

  ByteTables() {
    for (int b = 0x20; b < 0x7f; ++b) ascii_text[b] = true;
    for (int b : {0x09, 0x0a, 0x0d, 0x0c}) ascii_text[b] = true;
    // EBCDIC: space, punctuation rows, letters, digits. The gaps between letter runs
    // (0x8A-0x90, 0x9A-0xA1, ...) are deliberately excluded.
    auto mark = [&](int first, int last) {
      for (int b = first; b <= last; ++b) ebcdic_text[b] = true;
    };
    mark(0x40, 0x40);
    mark(0x4a, 0x50);
    mark(0x5a, 0x61);
    mark(0x6a, 0x6f);
    mark(0x79, 0x7f);
    mark(0x81, 0x89);
    mark(0x91, 0x99);
    mark(0xa1, 0xa9);
    mark(0xc0, 0xc9);
    mark(0xd0, 0xd9);
    mark(0xe0, 0xe0);
    mark(0xe2, 0xe9);
    mark(0xf0, 0xf9);
    mark(0x15, 0x15);
    mark(0x25, 0x25);
  }
};

auto Tables() -> const ByteTables& {
  static const ByteTables tables;
  return tables;
}

// Returns the number of bytes of a valid UTF-8 sequence starting at `data[i]`, or 0.
auto Utf8SequenceLength(std::string_view data, size_t i) -> size_t {
  auto byte = static_cast<unsigned char>(data[i]);
  size_t length = 0;
  if (byte >= 0xc2 && byte <= 0xdf) {
    length = 2;
  } else if (byte >= 0xe0 && byte <= 0xef) {
    length = 3;
  } else if (byte >= 0xf0 && byte <= 0xf4) {
    length = 4;
  } else {
    return 0;
  }
  if (i + length > data.size()) {
    // A sequence cut by the sample limit still counts as valid.
    return data.size() - i;
  }
  for (size_t k = 1; k < length; ++k) {
    if ((static_cast<unsigned char>(data[i + k]) & 0xc0) != 0x80) return 0;
  }
  return length;
}

auto RunIconv(std::string_view bytes, const char* to, const char* from) -> ErrorOr<std::string> {
  iconv_t converter = iconv_open(to, from);
  if (converter == reinterpret_cast<iconv_t>(-1)) {
    return Error(fmt::format("iconv cannot convert from {} to {}", from, to));
  }
  std::string output(bytes.size() * 3 + 16, '\0');
  char* in = const_cast<char*>(bytes.data());
  size_t in_left = bytes.size();
  char* out = output.data();
  size_t out_left = output.size();
  while (in_left > 0) {
    size_t result = iconv(converter, &in, &in_left, &out, &out_left);
    if (result != static_cast<size_t>(-1)) continue;
    if (errno == E2BIG) {
      size_t used = static_cast<size_t>(out - output.data());
      output.resize(output.size() * 2);
      out = output.data() + used;
      out_left = output.size() - used;
      continue;
    }
    size_t offset = static_cast<size_t>(in - bytes.data());
    iconv_close(converter);
    return Error(fmt::format("byte 0x{:02X} at offset {} cannot be converted from {} to {}",
                             static_cast<unsigned char>(bytes[offset]), offset, from, to));
  }
  iconv_close(converter);
  output.resize(static_cast<size_t>(out - output.data()));
  return output;
}

// Whether every byte of `sample` is ASCII text (printable, TAB, LF, CR, FF): then the full count
// below is known without making it (ratio 1, no high bytes, no NUL). Eight bytes at a time: line
// ends are turned into printable bytes, and a word with no byte below 0x20, none at 0x7F and
// none at 0x80 or above passes at once; any other word is looked at byte by byte.
auto AllAsciiText(std::string_view sample, const ByteTables& tables) -> bool {
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  constexpr uint64_t kLowBits = 0x7f7f7f7f7f7f7f7fULL;
  constexpr uint64_t kHighBits = 0x8080808080808080ULL;
  size_t i = 0;
  for (; i + 8 <= sample.size(); i += 8) {
    uint64_t word;
    std::memcpy(&word, sample.data() + i, sizeof(word));
    // The high bit of each byte that is exactly '\n' (exact per byte: no borrow between bytes).
    uint64_t newline_bytes = word ^ ('\n' * kOnes);
    uint64_t is_newline = ~(((newline_bytes & kLowBits) + kLowBits) | newline_bytes) & kHighBits;
    // '\n' | 0x20 is '*': printable.
    uint64_t text = word | ((is_newline >> 7) * 0x20);
    uint64_t below_space = (text - 0x20 * kOnes) & ~text & kHighBits;
    uint64_t delete_bytes = text ^ (0x7f * kOnes);
    uint64_t is_delete = (delete_bytes - kOnes) & ~delete_bytes & kHighBits;
    if (((text & kHighBits) | below_space | is_delete) == 0) continue;
    for (size_t j = i; j < i + 8; ++j) {
      if (!tables.ascii_text[static_cast<unsigned char>(sample[j])]) return false;
    }
  }
  for (; i < sample.size(); ++i) {
    if (!tables.ascii_text[static_cast<unsigned char>(sample[i])]) return false;
  }
  return true;
}

}  // namespace

auto IsAsciiTextByte(unsigned char byte) -> bool { return Tables().ascii_text[byte]; }
auto IsEbcdicTextByte(unsigned char byte) -> bool { return Tables().ebcdic_text[byte]; }

auto EncodingName(Encoding encoding) -> std::string_view {
  switch (encoding) {
    case Encoding::kAscii:
      return "ascii";
    case Encoding::kUtf8:
      return "utf-8";
    case Encoding::kLatin1:
      return "latin-1";
    case Encoding::kEbcdic:
      return "ebcdic";
    case Encoding::kBinary:
      return "binary";
  }
  return "binary";
}

auto DetectEncoding(std::string_view bytes, size_t sample_limit) -> EncodingGuess {
  std::string_view sample = bytes.substr(0, std::min(bytes.size(), sample_limit));
  EncodingGuess guess;
  if (sample.empty()) {
    guess.encoding = Encoding::kAscii;
    guess.printable_ratio = 1.0;
    return guess;
  }
  const ByteTables& tables = Tables();
  if (AllAsciiText(sample, tables)) {
    // What the count below finds for such text, without counting.
    guess.encoding = Encoding::kAscii;
    guess.printable_ratio = 1.0;
    return guess;
  }
  size_t ascii_text = 0;
  size_t ebcdic_text = 0;
  size_t high_bytes = 0;
  size_t utf8_valid_bytes = 0;
  size_t nul_bytes = 0;
  for (size_t i = 0; i < sample.size(); ++i) {
    auto byte = static_cast<unsigned char>(sample[i]);
    ascii_text += tables.ascii_text[byte];
    ebcdic_text += tables.ebcdic_text[byte];
    nul_bytes += byte == 0;
    if (byte >= 0x80) {
      ++high_bytes;
      size_t length = Utf8SequenceLength(sample, i);
      if (length > 0) {
        // Count the whole sequence as one valid character and skip its continuation bytes.
        utf8_valid_bytes += length;
        high_bytes += length - 1;
        i += length - 1;
      }
    }
  }
  double size = static_cast<double>(sample.size());
  // Latin-1 text: a few accented letters (0xA0-0xFF) among ASCII text with ASCII spaces or
  // line ends. EBCDIC text also lives in that range but has neither 0x20 nor 0x0A.
  size_t latin1_letters = 0;
  if (utf8_valid_bytes < high_bytes && high_bytes * 10 < sample.size() * 3 &&
      sample.find_first_of(" \n") != std::string_view::npos) {
    for (char c : sample) latin1_letters += static_cast<unsigned char>(c) >= 0xa0;
  }
  double ascii_ratio =
      static_cast<double>(ascii_text + std::max(utf8_valid_bytes, latin1_letters)) / size;
  double ebcdic_ratio = static_cast<double>(ebcdic_text) / size;

  // Text members are overwhelmingly printable; allow a little noise (form feeds, stray bytes).
  constexpr double kTextThreshold = 0.97;
  if (nul_bytes == 0 && ascii_ratio >= kTextThreshold && ascii_ratio >= ebcdic_ratio) {
    guess.printable_ratio = ascii_ratio;
    if (high_bytes == 0) {
      guess.encoding = Encoding::kAscii;
    } else if (utf8_valid_bytes == high_bytes) {
      guess.encoding = Encoding::kUtf8;
    } else {
      guess.encoding = Encoding::kLatin1;
    }
    return guess;
  }
  if (ebcdic_ratio >= kTextThreshold) {
    guess.encoding = Encoding::kEbcdic;
    guess.printable_ratio = ebcdic_ratio;
    return guess;
  }
  guess.encoding = Encoding::kBinary;
  guess.binary_looks_ebcdic = ebcdic_ratio > ascii_ratio;
  guess.printable_ratio = std::max(ascii_ratio, ebcdic_ratio);
  return guess;
}

auto CanonicalEbcdicCodePage(std::string_view name) -> ErrorOr<std::string> {
  std::string digits;
  for (char c : name) {
    if (std::isdigit(static_cast<unsigned char>(c))) digits.push_back(c);
  }
  if (digits == "037" || digits == "37") return std::string("IBM037");
  if (digits == "1047") return std::string("IBM1047");
  if (digits == "1140") return std::string("IBM1140");
  if (digits == "500") return std::string("IBM500");
  return Error(
      fmt::format("unsupported EBCDIC code page '{}' (supported: IBM-037, IBM-1047, "
                  "IBM-1140, IBM-500)",
                  name));
}

auto DecodeEbcdic(std::string_view bytes, std::string_view code_page) -> ErrorOr<std::string> {
  ErrorOr<std::string> canonical = CanonicalEbcdicCodePage(code_page);
  if (!canonical) return canonical.error();
  ErrorOr<std::string> decoded = RunIconv(bytes, "UTF-8", canonical->c_str());
  if (!decoded) return decoded;
  // EBCDIC NL (0x15) decodes to U+0085 (C2 85 in UTF-8); mainframe text uses it as a line end.
  std::string& text = *decoded;
  std::string normalized;
  normalized.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (static_cast<unsigned char>(text[i]) == 0xc2 && i + 1 < text.size() &&
        static_cast<unsigned char>(text[i + 1]) == 0x85) {
      normalized.push_back('\n');
      ++i;
    } else {
      normalized.push_back(text[i]);
    }
  }
  return normalized;
}

auto EncodeEbcdic(std::string_view text, std::string_view code_page) -> ErrorOr<std::string> {
  ErrorOr<std::string> canonical = CanonicalEbcdicCodePage(code_page);
  if (!canonical) return canonical.error();
  return RunIconv(text, canonical->c_str(), "UTF-8");
}

auto DecodeLatin1(std::string_view bytes) -> std::string {
  std::string text;
  text.reserve(bytes.size() + bytes.size() / 8);
  for (char c : bytes) {
    auto byte = static_cast<unsigned char>(c);
    if (byte < 0x80) {
      text.push_back(c);
    } else {
      text.push_back(static_cast<char>(0xc0 | (byte >> 6)));
      text.push_back(static_cast<char>(0x80 | (byte & 0x3f)));
    }
  }
  return text;
}

void AppendUtf8(uint32_t code_point, std::string& out) {
  if (code_point < 0x80) {
    out.push_back(static_cast<char>(code_point));
  } else if (code_point < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (code_point >> 6)));
    out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  } else if (code_point < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (code_point >> 12)));
    out.push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (code_point >> 18)));
    out.push_back(static_cast<char>(0x80 | ((code_point >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  }
}

}  // namespace remint
