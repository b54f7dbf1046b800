#include "frontends/cobol/preprocess/conditional_compilation.h"

#include <cctype>

namespace remint::cobol {
namespace {

auto IsQuoted(std::string_view word) -> bool {
  return !word.empty() && (word.front() == '"' || word.front() == '\'');
}

auto IsNumeric(std::string_view word) -> bool {
  size_t start = !word.empty() && (word[0] == '+' || word[0] == '-') ? 1 : 0;
  if (start == word.size()) return false;
  bool digit = false;
  for (size_t i = start; i < word.size(); ++i) {
    if (std::isdigit(static_cast<unsigned char>(word[i])) != 0) {
      digit = true;
    } else if (word[i] != '.') {
      return false;
    }
  }
  return digit;
}

auto IsLiteral(std::string_view word) -> bool { return IsQuoted(word) || IsNumeric(word); }

// An alphanumeric literal's characters (doubled quotes made single).
auto LiteralText(std::string_view literal) -> std::string {
  if (!IsQuoted(literal)) return std::string(literal);
  char quote = literal.front();
  std::string text;
  for (size_t i = 1; i + 1 < literal.size(); ++i) {
    text += literal[i];
    if (literal[i] == quote && i + 2 < literal.size() && literal[i + 1] == quote) ++i;
  }
  return text;
}

enum class Relation { kEqual, kNotEqual, kLess, kGreater, kLessOrEqual, kGreaterOrEqual };

// Compares two literals: numerically when both are numeric, else as text padded with spaces.
auto Compare(std::string_view left, std::string_view right) -> int {
  if (IsNumeric(left) && IsNumeric(right)) {
    double a = std::stod(std::string(left));
    double b = std::stod(std::string(right));
    return a < b ? -1 : (a > b ? 1 : 0);
  }
  std::string a = LiteralText(left);
  std::string b = LiteralText(right);
  size_t width = std::max(a.size(), b.size());
  a.resize(width, ' ');
  b.resize(width, ' ');
  return a.compare(b) < 0 ? -1 : (a.compare(b) > 0 ? 1 : 0);
}

auto Holds(Relation relation, int order) -> bool {
  switch (relation) {
    case Relation::kEqual:
      return order == 0;
    case Relation::kNotEqual:
      return order != 0;
    case Relation::kLess:
      return order < 0;
    case Relation::kGreater:
      return order > 0;
    case Relation::kLessOrEqual:
      return order <= 0;
    case Relation::kGreaterOrEqual:
      return order >= 0;
  }
  return false;
}

// Reads a condition from words[at...]: a recursive-descent parser over OR, AND and simple
// conditions.
class ConditionReader {
 public:
  ConditionReader(const std::vector<std::string>& words, size_t at,
                  const std::map<std::string, std::string>& variables)
      : words_(words), at_(at), variables_(variables) {}

  auto Read(std::string& error) -> std::optional<bool> {
    std::optional<bool> value = Or();
    if (value && at_ < words_.size()) Fail("unexpected '" + words_[at_] + "'");
    if (!error_.empty()) {
      error = error_;
      return std::nullopt;
    }
    return value;
  }

 private:
  auto Peek(size_t ahead = 0) const -> std::string_view {
    return at_ + ahead < words_.size() ? std::string_view(words_[at_ + ahead]) : "";
  }
  auto Accept(std::string_view word) -> bool {
    if (Peek() != word) return false;
    ++at_;
    return true;
  }
  void Fail(std::string message) {
    if (error_.empty()) error_ = std::move(message);
  }

  auto Or() -> std::optional<bool> {
    std::optional<bool> value = And();
    while (value && Peek() == "OR") {
      ++at_;
      std::optional<bool> right = And();
      if (!right) return std::nullopt;
      value = *value || *right;
    }
    return value;
  }
  auto And() -> std::optional<bool> {
    std::optional<bool> value = Simple();
    while (value && Peek() == "AND") {
      ++at_;
      std::optional<bool> right = Simple();
      if (!right) return std::nullopt;
      value = *value && *right;
    }
    return value;
  }

  auto Simple() -> std::optional<bool> {
    if (at_ >= words_.size()) {
      Fail("a condition is missing");
      return std::nullopt;
    }
    std::string subject = words_[at_++];
    size_t mark = at_;
    Accept("IS");
    bool negated = Accept("NOT");
    if (Accept("DEFINED")) {
      if (IsLiteral(subject)) {
        Fail("DEFINED needs a compilation variable, not " + subject);
        return std::nullopt;
      }
      return variables_.contains(subject) != negated;
    }
    at_ = mark;
    std::optional<Relation> relation = ReadRelation();
    if (!relation) return std::nullopt;
    if (at_ >= words_.size()) {
      Fail("a comparison needs a right-hand side");
      return std::nullopt;
    }
    std::string object = words_[at_++];
    std::optional<std::string> left = ValueOf(subject);
    std::optional<std::string> right = ValueOf(object);
    if (!left || !right) return std::nullopt;
    return Holds(*relation, Compare(*left, *right));
  }

  // A literal, or a defined variable's literal.
  auto ValueOf(const std::string& operand) -> std::optional<std::string> {
    if (IsLiteral(operand)) return operand;
    auto found = variables_.find(operand);
    if (found == variables_.end()) {
      Fail("'" + operand + "' is not a defined compilation variable");
      return std::nullopt;
    }
    return found->second;
  }

  auto ReadRelation() -> std::optional<Relation> {
    Accept("IS");
    bool negated = Accept("NOT");
    std::optional<Relation> relation;
    if (Accept("=")) {
      relation = Relation::kEqual;
    } else if (Accept("<>")) {
      relation = Relation::kNotEqual;
    } else if (Accept("<=")) {
      relation = Relation::kLessOrEqual;
    } else if (Accept(">=")) {
      relation = Relation::kGreaterOrEqual;
    } else if (Accept("<")) {
      relation = Relation::kLess;
    } else if (Accept(">")) {
      relation = Relation::kGreater;
    } else if (Accept("EQUAL")) {
      Accept("TO");
      relation = Relation::kEqual;
    } else if (Peek() == "GREATER" || Peek() == "LESS") {
      bool greater = Peek() == "GREATER";
      ++at_;
      Accept("THAN");
      bool or_equal = false;
      if (Peek() == "OR" && Peek(1) == "EQUAL") {
        at_ += 2;
        Accept("TO");
        or_equal = true;
      }
      relation = greater ? (or_equal ? Relation::kGreaterOrEqual : Relation::kGreater)
                         : (or_equal ? Relation::kLessOrEqual : Relation::kLess);
    }
    if (!relation) {
      Fail(at_ < words_.size() ? "expected a relation, found '" + words_[at_] + "'"
                               : "expected a relation");
      return std::nullopt;
    }
    if (!negated) return relation;
    switch (*relation) {
      case Relation::kEqual:
        return Relation::kNotEqual;
      case Relation::kNotEqual:
        return Relation::kEqual;
      case Relation::kLess:
        return Relation::kGreaterOrEqual;
      case Relation::kGreater:
        return Relation::kLessOrEqual;
      case Relation::kLessOrEqual:
        return Relation::kGreater;
      case Relation::kGreaterOrEqual:
        return Relation::kLess;
    }
    return relation;
  }

  const std::vector<std::string>& words_;
  size_t at_;
  const std::map<std::string, std::string>& variables_;
  std::string error_;
};

}  // namespace

auto DirectiveWords(std::string_view text) -> std::vector<std::string> {
  std::vector<std::string> words;
  size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    if (c == ' ' || c == '\t' || c == ',' || c == ';' || c == '\r') {
      ++i;
      continue;
    }
    if (c == '*' && i + 1 < text.size() && text[i + 1] == '>') break;  // Inline comment.
    if (c == '"' || c == '\'') {
      size_t end = i + 1;
      while (end < text.size()) {
        if (text[end] == c) {
          if (end + 1 < text.size() && text[end + 1] == c) {
            end += 2;
            continue;
          }
          ++end;
          break;
        }
        ++end;
      }
      words.emplace_back(text.substr(i, end - i));
      i = end;
      continue;
    }
    if (c == '=' || c == '<' || c == '>') {
      size_t length = 1;
      if (i + 1 < text.size() && (text[i + 1] == '=' || (c == '<' && text[i + 1] == '>'))) {
        length = 2;
      }
      words.emplace_back(text.substr(i, length));
      i += length;
      continue;
    }
    size_t end = i;
    while (end < text.size() && text[end] != ' ' && text[end] != '\t' && text[end] != ',' &&
           text[end] != ';' && text[end] != '=' && text[end] != '<' && text[end] != '>' &&
           text[end] != '"' && text[end] != '\'' && text[end] != '\r') {
      ++end;
    }
    std::string word(text.substr(i, end - i));
    // X"..", N"..", Z"..": the prefix and its literal are one word.
    if (end < text.size() && (text[end] == '"' || text[end] == '\'') && word.size() <= 2) {
      size_t close = text.find(text[end], end + 1);
      end = close == std::string_view::npos ? text.size() : close + 1;
      word = std::string(text.substr(i, end - i));
      words.push_back(std::move(word));
      i = end;
      continue;
    }
    for (char& letter : word)
      letter = static_cast<char>(std::toupper(static_cast<unsigned char>(letter)));
    words.push_back(std::move(word));
    i = end;
  }
  return words;
}

auto ConditionalCompilation::Handle(const std::vector<std::string>& words) -> DirectiveOutcome {
  DirectiveOutcome outcome;
  if (words.empty()) return outcome;
  const std::string& verb = words[0];
  if (verb == "IF") {
    outcome.handled = true;
    Branch branch;
    branch.outer_active = active();
    if (branch.outer_active) {
      std::string error;
      std::optional<bool> value = Evaluate(words, 1, error);
      if (!value) outcome.error = ">>IF: " + error;
      branch.compiling = value.value_or(false);
      branch.taken = branch.compiling;
    }
    branches_.push_back(branch);
    return outcome;
  }
  if (verb == "ELIF" || verb == "ELSE-IF" || verb == "ELSE" || verb == "END-IF") {
    outcome.handled = true;
    if (branches_.empty()) {
      outcome.error = ">>" + verb + " without >>IF";
      return outcome;
    }
    Branch& branch = branches_.back();
    if (verb == "END-IF") {
      branches_.pop_back();
    } else if (branch.seen_else) {
      outcome.error = ">>" + verb + " after >>ELSE";
      branch.compiling = false;
    } else if (verb == "ELSE") {
      branch.seen_else = true;
      branch.compiling = branch.outer_active && !branch.taken;
      branch.taken = branch.taken || branch.compiling;
    } else {
      branch.compiling = false;
      if (branch.outer_active && !branch.taken) {
        std::string error;
        std::optional<bool> value = Evaluate(words, 1, error);
        if (!value) outcome.error = ">>ELIF: " + error;
        branch.compiling = value.value_or(false);
        branch.taken = branch.compiling;
      }
    }
    return outcome;
  }
  if (verb == "DEFINE" || (verb == "SET" && words.size() > 1 && words[1] == "CONSTANT")) {
    outcome.handled = true;
    if (active()) Define(words, outcome);
  }
  return outcome;
}

void ConditionalCompilation::Define(const std::vector<std::string>& words,
                                    DirectiveOutcome& outcome) {
  // >>SET CONSTANT name literal
  if (words[0] == "SET") {
    if (words.size() != 4 || !IsLiteral(words[3])) {
      outcome.error = ">>SET CONSTANT: expected a name and a literal";
      return;
    }
    variables_[words[2]] = words[3];
    outcome.constant = std::make_pair(words[2], words[3]);
    return;
  }
  size_t at = 1;
  bool constant = at < words.size() && words[at] == "CONSTANT";
  if (constant) ++at;
  if (at >= words.size() || IsLiteral(words[at]) || words[at] == "AS") {
    outcome.error = ">>DEFINE: expected a compilation variable name";
    return;
  }
  const std::string& name = words[at++];
  if (at < words.size() && words[at] == "OFF") {
    variables_.erase(name);
    return;
  }
  if (at < words.size() && words[at] == "AS") ++at;
  if (at >= words.size()) {
    outcome.error = ">>DEFINE " + name + ": expected AS literal, AS PARAMETER or OFF";
    return;
  }
  if (words[at] == "PARAMETER") {
    // The value comes from the compiler's command line (cobc -D): remint has none, so the
    // variable stays as it was.
    return;
  }
  if (!IsLiteral(words[at])) {
    outcome.error = ">>DEFINE " + name + ": '" + words[at] + "' is not a literal";
    return;
  }
  bool override = at + 1 < words.size() && words[at + 1] == "OVERRIDE";
  if (!override && at + 1 < words.size()) {
    outcome.error = ">>DEFINE " + name + ": unexpected '" + words[at + 1] + "'";
    return;
  }
  variables_[name] = words[at];
  if (constant) outcome.constant = std::make_pair(name, words[at]);
}

auto ConditionalCompilation::Evaluate(const std::vector<std::string>& words, size_t begin,
                                      std::string& error) const -> std::optional<bool> {
  return ConditionReader(words, begin, variables_).Read(error);
}

auto ConditionalCompilation::TakeOpenBranches() -> size_t {
  size_t open = branches_.size();
  branches_.clear();
  return open;
}

}  // namespace remint::cobol
