#include "frontends/cobol/preprocess/replacing.h"

#include <algorithm>

namespace remint::cobol {
namespace {

auto MatchesAt(std::span<const StreamWord> input, size_t at, const ReplacementRule& rule) -> bool {
  if (at + rule.pattern.size() > input.size()) return false;
  for (size_t k = 0; k < rule.pattern.size(); ++k) {
    const StreamWord& word = input[at + k];
    const StreamWord& expected = rule.pattern[k];
    if (word.is_directive() || !SameTextWord(word.kind, word.text, expected.kind, expected.text)) {
      return false;
    }
  }
  return true;
}

// LEADING / TRAILING: the new spelling of `word`, or false when the rule does not apply.
auto ReplacePartOfWord(const StreamWord& word, const ReplacementRule& rule, std::string& result)
    -> bool {
  if (word.kind != WordKind::kWord || word.is_directive()) return false;
  std::string_view part = rule.pattern.front().text;
  if (word.text.size() < part.size()) return false;
  bool leading = rule.mode == MatchMode::kLeading;
  std::string_view compared =
      leading ? word.text.substr(0, part.size()) : word.text.substr(word.text.size() - part.size());
  if (!EqualsIgnoringCase(compared, part)) return false;
  std::string replacement;
  for (const StreamWord& piece : rule.replacement) replacement.append(piece.text);
  if (leading) {
    result = replacement;
    result.append(word.text.substr(part.size()));
  } else {
    result = std::string(word.text.substr(0, word.text.size() - part.size()));
    result.append(replacement);
  }
  return true;
}

}  // namespace

auto CountNewlines(std::string_view text) -> uint32_t {
  return static_cast<uint32_t>(std::count(text.begin(), text.end(), '\n'));
}

void ApplyReplacements(std::span<const StreamWord> input, std::span<const ReplacementRule> rules,
                       std::deque<std::string>& arena, std::vector<StreamWord>& output,
                       uint32_t& pending_newlines) {
  std::string spelled;
  for (size_t i = 0; i < input.size();) {
    const StreamWord& word = input[i];
    const ReplacementRule* applied = nullptr;
    if (!word.is_directive()) {
      for (const ReplacementRule& rule : rules) {
        bool matches = rule.mode == MatchMode::kWholeWords ? MatchesAt(input, i, rule)
                                                           : ReplacePartOfWord(word, rule, spelled);
        if (matches) {
          applied = &rule;
          break;
        }
      }
    }
    if (applied == nullptr) {
      StreamWord copy = word;
      copy.newlines_before += pending_newlines;
      pending_newlines = 0;
      output.push_back(copy);
      ++i;
      continue;
    }
    SourceLoc replaced_at = word.Location();
    if (applied->mode != MatchMode::kWholeWords) {
      if (spelled.empty()) {
        pending_newlines += word.newlines_before + CountNewlines(word.gap);
      } else {
        StreamWord copy = word;
        arena.push_back(spelled);
        copy.text = arena.back();
        copy.relocated = true;
        copy.replaced_at = replaced_at;
        copy.newlines_before += pending_newlines;
        pending_newlines = 0;
        output.push_back(copy);
      }
      ++i;
      continue;
    }
    // Whole words: the replaced words' line ends are kept, ahead of the replacement.
    size_t count = applied->pattern.size();
    uint32_t newlines = pending_newlines;
    for (size_t k = 0; k < count; ++k) {
      newlines += input[i + k].newlines_before;
      if (k > 0) newlines += CountNewlines(input[i + k].gap);
    }
    if (applied->replacement.empty()) {
      pending_newlines = newlines + CountNewlines(word.gap);
    } else {
      pending_newlines = 0;
      for (size_t r = 0; r < applied->replacement.size(); ++r) {
        StreamWord copy = applied->replacement[r];
        copy.relocated = true;
        copy.replaced_at = replaced_at;
        copy.newlines_before = 0;
        if (r == 0) {
          copy.gap = word.gap;  // Keeps the layout of the line the replaced text was on.
          copy.space_before = word.space_before;
          copy.newlines_before = newlines;
        }
        output.push_back(copy);
      }
    }
    i += count;
  }
}

}  // namespace remint::cobol
