#include "frontends/cobol/parse/comment_entries.h"

#include <array>
#include <cctype>
#include <span>
#include <string_view>

namespace remint::cobol {
namespace {

auto IsWordChar(char c) -> bool {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || c == '_';
}

auto EqualsIgnoringCase(std::string_view a, std::string_view b) -> bool {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::toupper(static_cast<unsigned char>(a[i])) != b[i]) return false;
  }
  return true;
}

auto IsOneOf(std::string_view word, std::span<const std::string_view> candidates) -> bool {
  for (std::string_view candidate : candidates) {
    if (EqualsIgnoringCase(word, candidate)) return true;
  }
  return false;
}

constexpr std::array<std::string_view, 6> kCommentParagraphs = {
    "AUTHOR", "INSTALLATION", "DATE-WRITTEN", "DATE-COMPILED", "SECURITY", "REMARKS"};
constexpr std::array<std::string_view, 5> kDivisions = {"IDENTIFICATION", "ID", "ENVIRONMENT",
                                                        "DATA", "PROCEDURE"};
constexpr std::array<std::string_view, 3> kLaterDivisions = {"ENVIRONMENT", "DATA", "PROCEDURE"};
constexpr size_t kAreaAWidth = 4;

void BlankRange(std::string& text, size_t begin, size_t end) {
  for (size_t i = begin; i < end; ++i) {
    if (text[i] != '\n') text[i] = ' ';
  }
}

// The word starting at `begin` (letters, digits, hyphens), and where it ends.
auto WordAt(std::string_view line, size_t begin) -> std::string_view {
  while (begin < line.size() && (line[begin] == ' ' || line[begin] == '\t')) ++begin;
  size_t end = begin;
  while (end < line.size() && IsWordChar(line[end])) ++end;
  return line.substr(begin, end - begin);
}

// Free format: whether `line` (whose first word is `first_word`) is a header that ends a
// comment entry.
auto IsHeaderLine(std::string_view line, std::string_view first_word) -> bool {
  size_t after_first = static_cast<size_t>(first_word.data() + first_word.size() - line.data());
  std::string_view second_word = WordAt(line, after_first);
  if (IsOneOf(first_word, kDivisions)) return EqualsIgnoringCase(second_word, "DIVISION");
  if (EqualsIgnoringCase(first_word, "END")) return EqualsIgnoringCase(second_word, "PROGRAM");
  if (IsOneOf(first_word, kCommentParagraphs) || EqualsIgnoringCase(first_word, "PROGRAM-ID")) {
    size_t next = after_first;
    while (next < line.size() && line[next] == ' ') ++next;
    return next < line.size() && line[next] == '.';
  }
  return false;
}

}  // namespace

void BlankCommentEntries(std::string& text, bool area_a) {
  bool in_identification_division = false;
  bool in_comment_entry = false;
  size_t line_begin = 0;
  while (line_begin < text.size()) {
    size_t line_end = text.find('\n', line_begin);
    if (line_end == std::string::npos) line_end = text.size();
    size_t word_begin = line_begin;
    while (word_begin < line_end && (text[word_begin] == ' ' || text[word_begin] == '\t')) {
      ++word_begin;
    }
    size_t word_end = word_begin;
    while (word_end < line_end && IsWordChar(text[word_end])) ++word_end;
    std::string_view first_word(text.data() + word_begin, word_end - word_begin);

    bool starts_paragraph = IsOneOf(first_word, kCommentParagraphs);
    std::string_view line(text.data() + line_begin, line_end - line_begin);
    bool ends_entry = first_word.empty() ? false
                      : area_a           ? word_begin - line_begin < kAreaAWidth
                                         : IsHeaderLine(line, first_word);
    if (in_comment_entry && !ends_entry) {
      BlankRange(text, line_begin, line_end);
    } else {
      in_comment_entry = false;
      if (EqualsIgnoringCase(first_word, "IDENTIFICATION") ||
          EqualsIgnoringCase(first_word, "ID")) {
        in_identification_division = true;
      } else if (IsOneOf(first_word, kLaterDivisions)) {
        in_identification_division = false;
      } else if (starts_paragraph && in_identification_division) {
        // The entry starts after the paragraph's period (or right after its name).
        size_t entry_begin = word_end;
        while (entry_begin < line_end && text[entry_begin] == ' ') ++entry_begin;
        if (entry_begin < line_end && text[entry_begin] == '.') ++entry_begin;
        BlankRange(text, entry_begin, line_end);
        in_comment_entry = true;
      }
    }
    line_begin = line_end + 1;
  }
}

}  // namespace remint::cobol
