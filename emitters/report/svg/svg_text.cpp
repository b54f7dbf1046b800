#include "emitters/report/svg/svg_text.h"

#include <algorithm>
#include <array>

#include "emitters/report/svg/svg_graph.h"

namespace remint::report {

auto EscapeHtml(std::string_view text) -> std::string {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      case '\0':
        // A NUL in a dump is shown, never passed on (browsers replace it inconsistently).
        out += "&#xFFFD;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

namespace svg_internal {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD
constexpr std::string_view kEllipsis = "\xE2\x80\xA6";     // U+2026

// The length of the well-formed UTF-8 sequence at text[i], or 0 when it is malformed (overlong
// forms, surrogates and values above U+10FFFF included: an XML parser rejects them).
auto SequenceLength(std::string_view text, size_t i) -> size_t {
  auto byte = [&](size_t k) -> unsigned { return static_cast<unsigned char>(text[k]); };
  unsigned lead = byte(i);
  if (lead < 0x80) return 1;
  size_t length = 0;
  unsigned low = 0x80;
  unsigned high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    return 0;
  }
  if (i + length > text.size()) return 0;
  if (byte(i + 1) < low || byte(i + 1) > high) return 0;
  for (size_t k = 2; k < length; ++k) {
    if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
  }
  return length;
}

}  // namespace

auto CleanText(std::string_view text, bool keep_newlines) -> std::string {
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    size_t length = SequenceLength(text, i);
    if (length == 0) {
      out += kReplacement;
      ++i;
      continue;
    }
    char c = text[i];
    if (length == 1 && (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)) {
      if (c == '\n' && keep_newlines) {
        out += '\n';
      } else if (c == '\t' || c == '\n' || c == '\r') {
        out += ' ';
      } else {
        out += kReplacement;  // NUL and friends are not allowed in XML at all
      }
    } else {
      out.append(text.substr(i, length));
    }
    i += length;
  }
  return out;
}

auto CountChars(std::string_view utf8) -> size_t {
  // Continuation bytes (10xxxxxx) start no character.
  return static_cast<size_t>(std::count_if(utf8.begin(), utf8.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

auto DisplayLabel(std::string_view label) -> std::string {
  std::string clean = CleanText(label);
  if (CountChars(clean) <= kMaxLabelChars) return clean;
  // Keep kMaxLabelChars - 1 characters, cut at a character boundary, then the ellipsis.
  size_t chars = 0;
  size_t end = 0;
  while (end < clean.size()) {
    if ((static_cast<unsigned char>(clean[end]) & 0xC0) != 0x80) {
      if (chars == kMaxLabelChars - 1) break;
      ++chars;
    }
    ++end;
  }
  clean.resize(end);
  clean += kEllipsis;
  return clean;
}

auto NodeWidth(std::string_view display_label) -> int32_t {
  constexpr int32_t kCharWidth = 7;
  constexpr int32_t kPadding = 16;
  constexpr int32_t kMinWidth = 60;
  auto chars = static_cast<int32_t>(std::min<size_t>(CountChars(display_label), 1000));
  return std::max(kMinWidth, chars * kCharWidth + kPadding);
}

auto SafeHref(std::string_view href) -> std::string {
  // What a browser would read as the scheme: spaces and controls dropped, lower case.
  std::string probe;
  for (char c : href) {
    auto byte = static_cast<unsigned char>(c);
    if (byte <= 0x20 || byte == 0x7F) continue;
    probe += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  size_t end = probe.find_first_of(":/?#");
  if (end != std::string::npos && probe[end] == ':') {
    constexpr std::array<std::string_view, 3> kAllowed = {"http", "https", "mailto"};
    std::string_view scheme = std::string_view(probe).substr(0, end);
    if (std::find(kAllowed.begin(), kAllowed.end(), scheme) == kAllowed.end()) return {};
  }
  return CleanText(href);
}

}  // namespace svg_internal
}  // namespace remint::report
