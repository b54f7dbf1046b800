#include "frontends/cobol/preprocess/directive_parser.h"

#include <fmt/format.h>

namespace remint::cobol {

auto WordSource::MakeStreamWord(size_t index) const -> StreamWord {
  const TextWord& word = words[index];
  std::string_view all = text.text;
  StreamWord result;
  result.kind = word.kind;
  result.gap = all.substr(word.gap_begin, word.begin - word.gap_begin);
  result.text = all.substr(word.begin, word.end - word.begin);
  result.origin = &text;
  result.include = include;
  return result;
}

auto WordSource::Location(size_t index) const -> SourceLoc {
  if (words.empty()) return text.LocationAt(0, include);
  index = std::min(index, words.size() - 1);
  return text.LocationAt(words[index].begin, include);
}

auto LiteralValue(std::string_view literal) -> std::string {
  if (literal.size() < 2) return std::string(literal);
  char quote = literal.front();
  std::string value;
  for (size_t i = 1; i + 1 < literal.size(); ++i) {
    value.push_back(literal[i]);
    if (literal[i] == quote && literal[i + 1] == quote) ++i;
  }
  return value;
}

namespace {

class DirectiveParser {
 public:
  DirectiveParser(const WordSource& source, size_t start, DiagnosticKind malformed_kind,
                  DiagnosticEmitter& emitter)
      : source_(source), position_(start), malformed_kind_(malformed_kind), emitter_(emitter) {}

  auto position() const -> size_t { return position_; }
  auto AtEnd() const -> bool { return position_ >= source_.words.size(); }
  auto Kind() const -> WordKind { return source_.words[position_].kind; }
  auto Spelling() const -> std::string_view { return source_.Spelling(position_); }
  auto IsKeyword(std::string_view keyword) const -> bool {
    return !AtEnd() && Kind() == WordKind::kWord && EqualsIgnoringCase(Spelling(), keyword);
  }
  auto IsKind(WordKind kind) const -> bool { return !AtEnd() && Kind() == kind; }
  void Advance() { ++position_; }

  // Reports a malformed statement at the current word; returns where to resume: after the
  // next period from `resume_from`, or the end of the file.
  auto Fail(std::string_view message, size_t resume_from) -> size_t {
    emitter_.Emit(malformed_kind_, source_.Location(position_), message);
    return ResumeAfterPeriod(resume_from);
  }

  auto ResumeAfterPeriod(size_t resume_from) const -> size_t {
    for (size_t i = resume_from; i < source_.words.size(); ++i) {
      if (source_.words[i].kind == WordKind::kPeriod) return i + 1;
    }
    return source_.words.size();
  }

  // "== ... ==" at the current word. On failure `resume` says where to go on.
  auto ParsePseudoText(std::vector<StreamWord>& words, size_t& resume) -> bool {
    size_t opening = position_;
    Advance();
    while (!AtEnd() && Kind() != WordKind::kPseudoTextDelimiter) {
      words.push_back(source_.MakeStreamWord(position_));
      Advance();
    }
    if (AtEnd()) {
      emitter_.Emit(DiagnosticKind::kCobolUnterminatedPseudoText, source_.Location(opening));
      position_ = opening;
      resume = ResumeAfterPeriod(opening + 1);
      return false;
    }
    Advance();
    return true;
  }

  // One side of "text-1 BY text-2": pseudo-text, an identifier, a literal or a word.
  auto ParseOperand(std::vector<StreamWord>& words, size_t& resume) -> bool {
    if (IsKind(WordKind::kPseudoTextDelimiter)) return ParsePseudoText(words, resume);
    if (IsKind(WordKind::kLiteral)) {
      words.push_back(source_.MakeStreamWord(position_));
      Advance();
      return true;
    }
    if (!IsKind(WordKind::kWord)) {
      resume = Fail("expected pseudo-text, an identifier, a literal or a word", position_);
      return false;
    }
    // word [IN|OF word]... [(subscripts or reference modification)]...
    words.push_back(source_.MakeStreamWord(position_));
    Advance();
    while (IsKeyword("OF") || IsKeyword("IN")) {
      words.push_back(source_.MakeStreamWord(position_));
      Advance();
      if (!IsKind(WordKind::kWord)) {
        resume = Fail("expected a qualifier after OF/IN", position_);
        return false;
      }
      words.push_back(source_.MakeStreamWord(position_));
      Advance();
    }
    while (IsKind(WordKind::kPunctuation) && Spelling() == "(") {
      int depth = 0;
      do {
        if (Kind() == WordKind::kPunctuation && Spelling() == "(") ++depth;
        if (Kind() == WordKind::kPunctuation && Spelling() == ")") --depth;
        words.push_back(source_.MakeStreamWord(position_));
        Advance();
      } while (depth > 0 && !AtEnd() && Kind() != WordKind::kPeriod);
      if (depth > 0) {
        resume = Fail("unbalanced parentheses in an identifier", position_);
        return false;
      }
    }
    return true;
  }

  // "text-1 BY text-2" pairs until something else; `pseudo_text_only` for REPLACE.
  auto ParseRules(std::vector<ReplacementRule>& rules, bool pseudo_text_only, size_t& resume)
      -> bool {
    do {
      ReplacementRule rule;
      size_t rule_start = position_;
      if (IsKeyword("LEADING") || IsKeyword("TRAILING")) {
        rule.mode = IsKeyword("LEADING") ? MatchMode::kLeading : MatchMode::kTrailing;
        Advance();
        if (!IsKind(WordKind::kPseudoTextDelimiter)) {
          resume = Fail("LEADING and TRAILING take pseudo-text", position_);
          return false;
        }
      } else if (pseudo_text_only && !IsKind(WordKind::kPseudoTextDelimiter)) {
        resume = Fail("expected pseudo-text (==...==)", position_);
        return false;
      }
      if (!ParseOperand(rule.pattern, resume)) return false;
      if (rule.pattern.empty()) {
        position_ = rule_start;
        resume = Fail("the text to be replaced must not be empty", position_);
        return false;
      }
      if (rule.mode != MatchMode::kWholeWords &&
          (rule.pattern.size() != 1 || rule.pattern[0].kind != WordKind::kWord)) {
        position_ = rule_start;
        resume = Fail("LEADING and TRAILING text must be a single word", position_);
        return false;
      }
      if (!IsKeyword("BY")) {
        resume = Fail("expected BY", position_);
        return false;
      }
      Advance();
      if (pseudo_text_only && !IsKind(WordKind::kPseudoTextDelimiter)) {
        resume = Fail("expected pseudo-text (==...==)", position_);
        return false;
      }
      if (!ParseOperand(rule.replacement, resume)) return false;
      rules.push_back(std::move(rule));
    } while (IsKind(WordKind::kPseudoTextDelimiter) || IsKeyword("LEADING") ||
             IsKeyword("TRAILING") ||
             (!pseudo_text_only && (IsKind(WordKind::kWord) || IsKind(WordKind::kLiteral))));
    return true;
  }

  // The closing period; a missing one is reported but the statement still takes effect.
  void ExpectPeriod(std::string_view statement) {
    if (IsKind(WordKind::kPeriod)) {
      Advance();
      return;
    }
    emitter_.Emit(malformed_kind_, source_.Location(position_),
                  fmt::format("{} must end with a period", statement));
  }

 private:
  const WordSource& source_;
  size_t position_;
  DiagnosticKind malformed_kind_;
  DiagnosticEmitter& emitter_;
};

}  // namespace

auto ParseCopyStatement(const WordSource& source, size_t copy_index, DiagnosticEmitter& emitter)
    -> CopyStatement {
  CopyStatement statement;
  DirectiveParser parser(source, copy_index + 1, DiagnosticKind::kCobolMalformedCopy, emitter);
  if (!parser.IsKind(WordKind::kWord) && !parser.IsKind(WordKind::kLiteral)) {
    statement.next = parser.Fail("expected a copybook name after COPY", parser.position());
    return statement;
  }
  statement.name_is_literal = parser.Kind() == WordKind::kLiteral;
  statement.name =
      statement.name_is_literal ? LiteralValue(parser.Spelling()) : std::string(parser.Spelling());
  parser.Advance();
  if (parser.IsKeyword("OF") || parser.IsKeyword("IN")) {
    parser.Advance();
    if (!parser.IsKind(WordKind::kWord) && !parser.IsKind(WordKind::kLiteral)) {
      statement.next = parser.Fail("expected a library name after OF/IN", parser.position());
      return statement;
    }
    statement.library_is_literal = parser.Kind() == WordKind::kLiteral;
    statement.library = statement.library_is_literal ? LiteralValue(parser.Spelling())
                                                     : std::string(parser.Spelling());
    parser.Advance();
  }
  if (parser.IsKeyword("SUPPRESS")) {
    statement.suppress = true;
    parser.Advance();
  }
  if (parser.IsKeyword("REPLACING")) {
    parser.Advance();
    if (!parser.ParseRules(statement.rules, false, statement.next)) return statement;
  }
  parser.ExpectPeriod("a COPY statement");
  statement.ok = true;
  statement.next = parser.position();
  return statement;
}

auto ParseReplaceStatement(const WordSource& source, size_t replace_index,
                           DiagnosticEmitter& emitter) -> ReplaceStatement {
  ReplaceStatement statement;
  DirectiveParser parser(source, replace_index + 1, DiagnosticKind::kCobolMalformedReplace,
                         emitter);
  if (parser.IsKeyword("LAST")) {
    parser.Advance();
    if (!parser.IsKeyword("OFF")) {
      statement.next = parser.Fail("expected OFF after REPLACE LAST", parser.position());
      return statement;
    }
    statement.action = ReplaceAction::kLastOff;
    parser.Advance();
  } else if (parser.IsKeyword("OFF")) {
    statement.action = ReplaceAction::kOff;
    parser.Advance();
  } else {
    if (parser.IsKeyword("ALSO")) {
      statement.action = ReplaceAction::kReplaceAlso;
      parser.Advance();
    }
    if (!parser.ParseRules(statement.rules, true, statement.next)) return statement;
  }
  parser.ExpectPeriod("a REPLACE statement");
  statement.ok = true;
  statement.next = parser.position();
  return statement;
}

}  // namespace remint::cobol
