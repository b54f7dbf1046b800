// Guessing fixed or free reference format from a file's first lines.
#include <algorithm>
#include <string_view>

#include "frontends/cobol/preprocess/reference_format.h"

namespace remint::cobol {
namespace {

auto IsBlank(char c) -> bool { return c == ' ' || c == '\r' || c == '\f' || c == '\v'; }

auto FirstNonBlank(std::string_view text) -> size_t {
  for (size_t i = 0; i < text.size(); ++i) {
    if (!IsBlank(text[i])) return i;
  }
  return std::string_view::npos;
}

// What column 7 of a fixed-form line may hold.
auto IsValidIndicator(char c) -> bool {
  return c == ' ' || c == '*' || c == '/' || c == '-' || c == 'D' || c == 'd' || c == '$';
}

}  // namespace

// Each non-blank line votes: a valid indicator in column 7 for fixed form; text in the
// sequence area running into column 7, or "*>" there, for free form.
auto DetectReferenceFormat(const SourceText& text, ReferenceFormat fallback) -> ReferenceFormat {
  constexpr int kLinesToExamine = 40;
  int fixed_votes = 0;
  int free_votes = 0;
  for (uint32_t number = 1;
       number <= text.line_count() && fixed_votes + free_votes < kLinesToExamine; ++number) {
    std::string_view line = text.line(number);
    size_t first = FirstNonBlank(line);
    if (first == std::string_view::npos || line.find('\t') != std::string_view::npos) continue;
    std::string_view rest = line.substr(first);
    if (rest.starts_with(">>")) continue;  // Directives set the format themselves.
    if (first < 6 && rest.starts_with("*>")) {
      ++free_votes;
      continue;
    }
    if (line.size() < 7) {
      bool sequence_only = std::all_of(line.begin(), line.end(),
                                       [](char c) { return IsBlank(c) || (c >= '0' && c <= '9'); });
      if (!sequence_only) ++free_votes;
      continue;
    }
    if (IsValidIndicator(line[6])) {
      ++fixed_votes;
    } else {
      ++free_votes;
    }
  }
  if (fixed_votes == 0 && free_votes == 0) return fallback;
  return free_votes > fixed_votes ? ReferenceFormat::kFree : ReferenceFormat::kFixed;
}

}  // namespace remint::cobol
