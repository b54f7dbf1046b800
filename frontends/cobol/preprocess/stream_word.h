// The unit of text flowing from source files, through COPY (with REPLACING) and REPLACE, to the
// expanded text: a text-word with the separators before it and where both came from.
#ifndef REMINT_FRONTENDS_COBOL_PREPROCESS_STREAM_WORD_H_
#define REMINT_FRONTENDS_COBOL_PREPROCESS_STREAM_WORD_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "base/source_loc.h"
#include "frontends/cobol/preprocess/logical_text.h"
#include "frontends/cobol/preprocess/text_words.h"

namespace remint::cobol {

struct StreamWord {
  static constexpr uint32_t kNotDirective = UINT32_MAX;

  WordKind kind = WordKind::kWord;
  // Replacement text: it maps, as a whole, to `replaced_at` (the text it replaced).
  bool relocated = false;
  // A REPLACE statement's place in the stream (an index into its statements); such markers
  // carry no text and no word matches across them.
  uint32_t replace_directive = kNotDirective;
  // Line ends of text dropped just before this word (COPY statements, debugging lines,
  // replaced text), written before `gap` so the line structure survives.
  uint32_t newlines_before = 0;
  // A space goes before `gap`: the word follows a removed statement (COPY, REPLACE) or
  // starts copied text, and must not join the word before it.
  bool space_before = false;
  std::string_view gap;   // Separators before the word, as written.
  std::string_view text;  // The word itself.
  // Where `gap` and `text` live (they are adjacent there) unless `relocated`.
  const LogicalText* origin = nullptr;
  IncludeId include;
  SourceLoc replaced_at;

  auto is_directive() const -> bool { return replace_directive != kNotDirective; }
  // Where the word's first character came from.
  auto Location() const -> SourceLoc {
    if (relocated || origin == nullptr) return replaced_at;
    return origin->LocationAt(static_cast<uint32_t>(text.data() - origin->text.data()), include);
  }
};

enum class MatchMode { kWholeWords, kLeading, kTrailing };

// One "text-1 BY text-2" of COPY REPLACING or REPLACE.
struct ReplacementRule {
  MatchMode mode = MatchMode::kWholeWords;
  std::vector<StreamWord> pattern;      // Text-1: never empty.
  std::vector<StreamWord> replacement;  // Text-2: may be empty.
};

}  // namespace remint::cobol

#endif  // REMINT_FRONTENDS_COBOL_PREPROCESS_STREAM_WORD_H_
