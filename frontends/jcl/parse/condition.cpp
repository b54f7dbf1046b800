#include "frontends/jcl/parse/condition.h"

#include <fmt/format.h>

#include <string_view>

#include "frontends/jcl/parse/jcl_text.h"

namespace remint::jcl {
namespace {

// "¬" as it reads from an EBCDIC or UTF-8 member.
constexpr std::string_view kNotSign = "\xC2\xAC";

struct Token {
  enum class Kind { kWord, kOpen, kClose, kRelation, kAnd, kOr, kNot, kEnd };
  Kind kind = Kind::kEnd;
  std::string text;  // kWord: upper case; kRelation: EQ NE GT LT GE LE
  uint32_t offset = 0;
};

auto IsWordChar(char c) -> bool {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '@' ||
         c == '#' || c == '$' || c == '.' || c == '&' || c == '_' || c == '-';
}

auto Tokenize(std::string_view text, std::vector<Token>& tokens, std::string& error,
              uint32_t& error_offset) -> bool {
  size_t i = 0;
  auto push = [&](Token::Kind kind, std::string token_text, size_t offset) {
    tokens.push_back(Token{kind, std::move(token_text), static_cast<uint32_t>(offset)});
  };
  while (i < text.size()) {
    char c = text[i];
    std::string_view rest = text.substr(i);
    if (c == ' ' || c == '\t') {
      ++i;
    } else if (c == '(') {
      push(Token::Kind::kOpen, "(", i++);
    } else if (c == ')') {
      push(Token::Kind::kClose, ")", i++);
    } else if (c == '&') {
      push(Token::Kind::kAnd, "AND", i++);
    } else if (c == '|') {
      push(Token::Kind::kOr, "OR", i++);
    } else if (rest.starts_with(kNotSign) || c == '^' || c == '!') {
      size_t width = rest.starts_with(kNotSign) ? kNotSign.size() : 1;
      std::string_view after = text.substr(i + width);
      if (after.starts_with("=")) {
        push(Token::Kind::kRelation, "NE", i);
        i += width + 1;
      } else if (after.starts_with(">")) {
        push(Token::Kind::kRelation, "LE", i);
        i += width + 1;
      } else if (after.starts_with("<")) {
        push(Token::Kind::kRelation, "GE", i);
        i += width + 1;
      } else {
        push(Token::Kind::kNot, "NOT", i);
        i += width;
      }
    } else if (c == '=' || c == '<' || c == '>') {
      bool equal_follows = i + 1 < text.size() && text[i + 1] == '=';
      std::string op = c == '='   ? "EQ"
                       : c == '<' ? (equal_follows ? "LE" : "LT")
                                  : (equal_follows ? "GE" : "GT");
      push(Token::Kind::kRelation, op, i);
      i += (c != '=' && equal_follows) ? 2 : 1;
    } else if (IsWordChar(c)) {
      size_t start = i;
      while (i < text.size() && IsWordChar(text[i])) ++i;
      std::string word = UpperCase(text.substr(start, i - start));
      if (word == "AND") {
        push(Token::Kind::kAnd, word, start);
      } else if (word == "OR") {
        push(Token::Kind::kOr, word, start);
      } else if (word == "NOT") {
        push(Token::Kind::kNot, word, start);
      } else if (word == "EQ" || word == "NE" || word == "GT" || word == "LT" || word == "GE" ||
                 word == "LE") {
        push(Token::Kind::kRelation, word, start);
      } else if (word == "NG" || word == "NL") {
        push(Token::Kind::kRelation, word == "NG" ? "LE" : "GE", start);
      } else {
        push(Token::Kind::kWord, word, start);
      }
    } else {
      error = fmt::format("unexpected '{}'", c);
      error_offset = static_cast<uint32_t>(i);
      return false;
    }
  }
  push(Token::Kind::kEnd, "", text.size());
  return true;
}

class ConditionParser {
 public:
  explicit ConditionParser(std::vector<Token> tokens) : tokens_(std::move(tokens)) {}

  auto Parse() -> std::optional<Condition> {
    std::optional<Condition> condition = ParseOr();
    if (condition && Peek().kind != Token::Kind::kEnd) {
      return Fail(Peek().kind == Token::Kind::kClose ? "')' with no '(' before it"
                                                     : "'" + Peek().text + "' after the condition");
    }
    return condition;
  }

  std::string error;
  uint32_t error_offset = 0;

 private:
  auto Peek() const -> const Token& { return tokens_[index_]; }
  auto Next() -> const Token& { return tokens_[index_ < tokens_.size() - 1 ? index_++ : index_]; }

  auto Fail(std::string message) -> std::optional<Condition> {
    if (error.empty()) {
      error = std::move(message);
      error_offset = Peek().offset;
    }
    return std::nullopt;
  }

  auto ParseOr() -> std::optional<Condition> {
    std::optional<Condition> left = ParseAnd();
    if (!left || Peek().kind != Token::Kind::kOr) return left;
    Condition either{Condition::Kind::kOr, {std::move(*left)}, "", "", "", ""};
    while (Peek().kind == Token::Kind::kOr) {
      Next();
      std::optional<Condition> right = ParseAnd();
      if (!right) return std::nullopt;
      either.operands.push_back(std::move(*right));
    }
    return either;
  }

  auto ParseAnd() -> std::optional<Condition> {
    std::optional<Condition> left = ParseUnary();
    if (!left || Peek().kind != Token::Kind::kAnd) return left;
    Condition both{Condition::Kind::kAnd, {std::move(*left)}, "", "", "", ""};
    while (Peek().kind == Token::Kind::kAnd) {
      Next();
      std::optional<Condition> right = ParseUnary();
      if (!right) return std::nullopt;
      both.operands.push_back(std::move(*right));
    }
    return both;
  }

  auto ParseUnary() -> std::optional<Condition> {
    if (Peek().kind == Token::Kind::kNot) {
      Next();
      std::optional<Condition> operand = ParseUnary();
      if (!operand) return std::nullopt;
      return Condition{Condition::Kind::kNot, {std::move(*operand)}, "", "", "", ""};
    }
    if (Peek().kind == Token::Kind::kOpen) {
      Next();
      std::optional<Condition> inner = ParseOr();
      if (!inner) return std::nullopt;
      if (Peek().kind != Token::Kind::kClose) return Fail("'(' has no closing ')'");
      Next();
      return inner;
    }
    return ParseRelation();
  }

  auto ParseRelation() -> std::optional<Condition> {
    if (Peek().kind != Token::Kind::kWord) {
      return Fail(Peek().kind == Token::Kind::kEnd ? "the condition ends too early"
                                                   : "'" + Peek().text + "' where a test belongs");
    }
    Condition relation;
    std::string word = Next().text;
    size_t dot = word.rfind('.');
    if (dot != std::string::npos) {
      relation.step = word.substr(0, dot);
      relation.subject = word.substr(dot + 1);
    } else {
      relation.subject = word;
    }
    static constexpr std::string_view kSubjects[] = {"RC",  "ABEND", "ABENDCC",
                                                     "RUN", "TRUE",  "FALSE"};
    bool known = false;
    for (std::string_view subject : kSubjects) known = known || relation.subject == subject;
    if (!known) {
      --index_;
      return Fail("'" + word + "' is not RC, ABEND, ABENDCC or RUN");
    }
    if (Peek().kind != Token::Kind::kRelation) {
      relation.kind = Condition::Kind::kKeyword;
      return relation;
    }
    relation.kind = Condition::Kind::kCompare;
    relation.op = Next().text;
    if (Peek().kind != Token::Kind::kWord) return Fail("a comparison has no value");
    relation.value = Next().text;
    return relation;
  }

  std::vector<Token> tokens_;
  size_t index_ = 0;
};

}  // namespace

auto ParseCondition(const Statement& statement, DiagnosticEmitter& emitter)
    -> std::optional<Condition> {
  std::vector<Token> tokens;
  std::string error;
  uint32_t error_offset = 0;
  if (statement.operands.empty()) {
    emitter.Emit(DiagnosticKind::kJclMalformedCondition, statement.loc, "the condition is empty");
    return std::nullopt;
  }
  if (!Tokenize(statement.operands, tokens, error, error_offset)) {
    emitter.Emit(DiagnosticKind::kJclMalformedCondition, statement.OperandLoc(error_offset), error);
    return std::nullopt;
  }
  ConditionParser parser(std::move(tokens));
  std::optional<Condition> condition = parser.Parse();
  if (!condition) {
    emitter.Emit(DiagnosticKind::kJclMalformedCondition, statement.OperandLoc(parser.error_offset),
                 parser.error);
  }
  return condition;
}

auto FormatCondition(const Condition& condition) -> std::string {
  switch (condition.kind) {
    case Condition::Kind::kOr:
    case Condition::Kind::kAnd: {
      std::string text = "(";
      for (size_t i = 0; i < condition.operands.size(); ++i) {
        if (i > 0) text += condition.kind == Condition::Kind::kOr ? " OR " : " AND ";
        text += FormatCondition(condition.operands[i]);
      }
      return text + ")";
    }
    case Condition::Kind::kNot:
      return "NOT " + FormatCondition(condition.operands.front());
    case Condition::Kind::kCompare:
    case Condition::Kind::kKeyword: {
      std::string text =
          condition.step.empty() ? condition.subject : condition.step + "." + condition.subject;
      if (condition.kind == Condition::Kind::kCompare) {
        text += " " + condition.op + " " + condition.value;
      }
      return text;
    }
  }
  return "";
}

}  // namespace remint::jcl
