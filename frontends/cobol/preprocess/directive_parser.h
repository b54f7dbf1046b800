// Parsing the compiler-directing statements COPY and REPLACE from a file's text-words.
#ifndef REMINT_FRONTENDS_COBOL_PREPROCESS_DIRECTIVE_PARSER_H_
#define REMINT_FRONTENDS_COBOL_PREPROCESS_DIRECTIVE_PARSER_H_

#include <span>
#include <string>
#include <vector>

#include "base/diagnostics/diagnostic_emitter.h"
#include "frontends/cobol/preprocess/stream_word.h"

namespace remint::cobol {

// The words of one file being expanded, and how to turn one into a StreamWord.
struct WordSource {
  const LogicalText& text;
  std::span<const TextWord> words;
  IncludeId include;

  auto Spelling(size_t index) const -> std::string_view {
    const TextWord& word = words[index];
    return std::string_view(text.text).substr(word.begin, word.end - word.begin);
  }
  auto MakeStreamWord(size_t index) const -> StreamWord;
  auto Location(size_t index) const -> SourceLoc;
};

struct CopyStatement {
  bool ok = false;  // False when malformed (already diagnosed): nothing is copied.
  size_t next = 0;  // Index of the first word after the statement.
  std::string name;
  bool name_is_literal = false;
  std::string library;  // Empty when no OF/IN phrase.
  bool library_is_literal = false;
  bool suppress = false;
  std::vector<ReplacementRule> rules;
};

// Parses "COPY ... ." whose COPY word is at `copy_index`.
auto ParseCopyStatement(const WordSource& source, size_t copy_index, DiagnosticEmitter& emitter)
    -> CopyStatement;

enum class ReplaceAction {
  kReplace,      // REPLACE ...: the rules replace those in effect.
  kReplaceAlso,  // REPLACE ALSO ...: the rules stack on those in effect.
  kOff,          // REPLACE OFF: no rules.
  kLastOff,      // REPLACE LAST OFF: back to the rules before the last REPLACE ALSO.
};

struct ReplaceStatement {
  bool ok = false;
  size_t next = 0;
  ReplaceAction action = ReplaceAction::kReplace;
  std::vector<ReplacementRule> rules;
};

// Parses "REPLACE ... ." whose REPLACE word is at `replace_index`.
auto ParseReplaceStatement(const WordSource& source, size_t replace_index,
                           DiagnosticEmitter& emitter) -> ReplaceStatement;

// Strips the quotes of an alphanumeric literal used as a name ("K1W01" -> K1W01).
auto LiteralValue(std::string_view literal) -> std::string;

}  // namespace remint::cobol

#endif  // REMINT_FRONTENDS_COBOL_PREPROCESS_DIRECTIVE_PARSER_H_
