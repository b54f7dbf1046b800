#include "codec/decimal_text.h"

namespace remint::codec {

void WriteDecimal(OutputBuffer& out, const char* digits, size_t count, bool negative,
                  int32_t scale) {
  if (negative) out.Append('-');
  if (scale <= 0) {
    size_t first = 0;
    while (first < count && digits[first] == '0') ++first;
    if (first == count) {
      out.Append('0');
      return;
    }
    out.Append(std::string_view(digits + first, count - first));
    for (int32_t i = 0; i < -scale; ++i) out.Append('0');
    return;
  }
  auto fraction = static_cast<size_t>(scale);
  if (count <= fraction) {
    out.Append("0.");
    for (size_t i = count; i < fraction; ++i) out.Append('0');
    out.Append(std::string_view(digits, count));
    return;
  }
  size_t integer = count - fraction;
  size_t first = 0;
  while (first + 1 < integer && digits[first] == '0') ++first;
  out.Append(std::string_view(digits + first, integer - first));
  out.Append('.');
  out.Append(std::string_view(digits + integer, fraction));
}

auto ParseDecimal(std::string_view text, int32_t scale, size_t width, std::string* digits,
                  bool* negative) -> bool {
  size_t at = 0;
  *negative = false;
  if (at < text.size() && text[at] == '-') {
    *negative = true;
    ++at;
  }
  std::string integer;
  while (at < text.size() && text[at] >= '0' && text[at] <= '9') integer.push_back(text[at++]);
  if (integer.empty()) return false;
  std::string fraction;
  if (at < text.size() && text[at] == '.') {
    ++at;
    while (at < text.size() && text[at] >= '0' && text[at] <= '9') fraction.push_back(text[at++]);
    if (fraction.empty()) return false;
  }
  if (at != text.size()) return false;  // an exponent or other text
  std::string unscaled;
  if (scale >= 0) {
    auto places = static_cast<size_t>(scale);
    if (fraction.size() > places) {
      // Extra places must be zeros: anything else would be lost.
      if (fraction.find_first_not_of('0', places) != std::string::npos) return false;
      fraction.resize(places);
    }
    fraction.append(places - fraction.size(), '0');
    unscaled = integer + fraction;
  } else {
    if (fraction.find_first_not_of('0') != std::string::npos) return false;
    auto zeros = static_cast<size_t>(-scale);
    size_t first_digit = integer.find_first_not_of('0');
    if (first_digit == std::string::npos) {
      unscaled = "0";
    } else {
      if (integer.size() - first_digit <= zeros) return false;
      if (integer.find_first_not_of('0', integer.size() - zeros) != std::string::npos) {
        return false;
      }
      unscaled = integer.substr(0, integer.size() - zeros);
    }
  }
  size_t first = unscaled.find_first_not_of('0');
  if (first == std::string::npos) {
    unscaled = "";
  } else {
    unscaled.erase(0, first);
  }
  if (unscaled.size() > width) return false;
  *digits = std::string(width - unscaled.size(), '0') + unscaled;
  return true;
}

}  // namespace remint::codec
