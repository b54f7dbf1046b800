// Matching and replacing text-words, shared by COPY REPLACING and REPLACE (COBOL-85 rules:
// text-word by text-word, separators ignored, the leftmost longest-listed match first, no
// rescanning of replacement text; LEADING/TRAILING replace part of one word).
#ifndef REMINT_FRONTENDS_COBOL_PREPROCESS_REPLACING_H_
#define REMINT_FRONTENDS_COBOL_PREPROCESS_REPLACING_H_

#include <deque>
#include <span>
#include <string>
#include <vector>

#include "frontends/cobol/preprocess/stream_word.h"

namespace remint::cobol {

// Appends `input` to `output` with `rules` applied (at each word the first rule that matches,
// in the order written). Line ends of replaced text accumulate in `pending_newlines` and go
// before the next word appended. `arena` keeps the text of partly replaced words.
void ApplyReplacements(std::span<const StreamWord> input, std::span<const ReplacementRule> rules,
                       std::deque<std::string>& arena, std::vector<StreamWord>& output,
                       uint32_t& pending_newlines);

auto CountNewlines(std::string_view text) -> uint32_t;

}  // namespace remint::cobol

#endif  // REMINT_FRONTENDS_COBOL_PREPROCESS_REPLACING_H_
