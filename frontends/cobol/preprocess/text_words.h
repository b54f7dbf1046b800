// Text-words (COBOL-85 "text words": character-strings, literals, separators other than
// spaces, commas and semicolons) of preprocessed program text: what COPY REPLACING and REPLACE
// compare, one word at a time, ignoring the separators between them.
#ifndef REMINT_FRONTENDS_COBOL_PREPROCESS_TEXT_WORDS_H_
#define REMINT_FRONTENDS_COBOL_PREPROCESS_TEXT_WORDS_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "frontends/cobol/preprocess/logical_text.h"

namespace remint::cobol {

enum class WordKind : uint8_t {
  kWord,                 // COBOL word, PICTURE string, numeric literal, operator.
  kLiteral,              // Alphanumeric, national, hexadecimal, ... literal, quotes included.
  kPseudoTextDelimiter,  // ==
  kPeriod,               // A period followed by a space or a line end.
  kPunctuation,          // ( ) :
};

struct TextWord {
  WordKind kind;
  bool debugging = false;  // Comes from a debugging line.
  uint32_t gap_begin;      // The separators before the word start here.
  uint32_t begin;
  uint32_t end;
};

// Splits the whole text; separators end up in the gaps. Unterminated literals end at their
// line end (the reference-format reader reports them).
auto SplitTextWords(const LogicalText& text) -> std::vector<TextWord>;

auto ToUpperAscii(char c) -> char;
auto EqualsIgnoringCase(std::string_view a, std::string_view b) -> bool;
// Whether two text-words are equal for REPLACING: words ignore case, literals do not.
auto SameTextWord(WordKind kind_a, std::string_view a, WordKind kind_b, std::string_view b) -> bool;

}  // namespace remint::cobol

#endif  // REMINT_FRONTENDS_COBOL_PREPROCESS_TEXT_WORDS_H_
