// COPY, EXEC SQL INCLUDE and CALL in COBOL members, from a light token stream over the program
// text area (comments skipped, literals kept whole, tokens may continue on the next line).
#include <string>
#include <vector>

#include "frontends/inventory/dependencies.h"
#include "frontends/inventory/text_scan.h"

namespace remint::inventory {
namespace {

struct Token {
  std::string_view text;
  uint32_t line;
  bool is_literal;
};

auto IsSeparator(char c) -> bool { return c == ' ' || c == '\t' || c == ',' || c == ';'; }

void TokenizeText(std::string_view text, uint32_t line, std::vector<Token>& tokens) {
  size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    if (IsSeparator(c)) {
      ++i;
      continue;
    }
    if (c == '*' && i + 1 < text.size() && text[i + 1] == '>') return;  // Inline comment.
    if (c == '\'' || c == '"') {
      size_t close = text.find(c, i + 1);
      if (close == std::string_view::npos) close = text.size() - 1;
      tokens.push_back({text.substr(i, close - i + 1), line, true});
      i = close + 1;
      continue;
    }
    if (c == '.' || c == '(' || c == ')') {
      tokens.push_back({text.substr(i, 1), line, false});
      ++i;
      continue;
    }
    size_t end = i;
    while (end < text.size() && !IsSeparator(text[end]) && text[end] != '\'' &&
           text[end] != '"' && text[end] != '(' && text[end] != ')') {
      // A period ends a word only when followed by a separator or the end of the line.
      if (text[end] == '.' && (end + 1 == text.size() || IsSeparator(text[end + 1]))) break;
      ++end;
    }
    tokens.push_back({text.substr(i, end - i), line, false});
    i = end;
  }
}

auto Unquote(std::string_view literal) -> std::string {
  if (literal.size() >= 2) return std::string(literal.substr(1, literal.size() - 2));
  return std::string(literal);
}

auto TargetName(const Token& token) -> std::string {
  return token.is_literal ? Unquote(token.text) : ToUpper(token.text);
}

}  // namespace

auto ExtractCobolDependencies(const SourceText& source, SourceForm form)
    -> std::vector<Dependency> {
  std::vector<Token> tokens;
  for (uint32_t number = 1; number <= source.line_count(); ++number) {
    std::string_view line = source.line(number);
    if (form == SourceForm::kFree) {
      std::string_view trimmed = TrimSpaces(line);
      if (trimmed.starts_with("*>") || trimmed.starts_with(">>")) continue;
      TokenizeText(line, number, tokens);
      continue;
    }
    CardImage card = SplitCardImage(line);
    if (card.indicator == '*' || card.indicator == '/' || card.indicator == 'D' ||
        card.indicator == 'd') {
      continue;
    }
    // Continued literals are not names of anything; skip the continuation line's literal part.
    if (card.indicator == '-') continue;
    TokenizeText(card.program_text, number, tokens);
  }

  std::vector<Dependency> dependencies;
  for (size_t i = 0; i + 1 < tokens.size(); ++i) {
    const Token& token = tokens[i];
    if (token.is_literal) continue;
    const Token& next = tokens[i + 1];
    if (EqualsIgnoreCase(token.text, "COPY") && next.text != ".") {
      Dependency dependency{DependencyKind::kCopy, TargetName(next), "", token.line};
      if (i + 3 < tokens.size() &&
          (EqualsIgnoreCase(tokens[i + 2].text, "OF") ||
           EqualsIgnoreCase(tokens[i + 2].text, "IN"))) {
        dependency.library = TargetName(tokens[i + 3]);
      }
      dependencies.push_back(std::move(dependency));
    } else if (EqualsIgnoreCase(token.text, "CALL") && next.text != ".") {
      if (next.is_literal) {
        dependencies.push_back({DependencyKind::kCall, Unquote(next.text), "", token.line});
      } else if (IsAsciiAlpha(next.text.front()) && !EqualsIgnoreCase(next.text, "END-CALL")) {
        dependencies.push_back(
            {DependencyKind::kCallDynamic, ToUpper(next.text), "", token.line});
      }
    } else if (EqualsIgnoreCase(token.text, "EXEC") && i + 3 < tokens.size() &&
               EqualsIgnoreCase(next.text, "SQL") &&
               EqualsIgnoreCase(tokens[i + 2].text, "INCLUDE")) {
      dependencies.push_back(
          {DependencyKind::kSqlInclude, TargetName(tokens[i + 3]), "", token.line});
    }
  }
  return dependencies;
}

}  // namespace remint::inventory
