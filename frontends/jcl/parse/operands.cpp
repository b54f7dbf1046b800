#include "frontends/jcl/parse/operands.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "frontends/jcl/parse/jcl_text.h"

namespace remint::jcl {
namespace {

auto IsKeywordChar(char c) -> bool {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '@' ||
         c == '#' || c == '$' || c == '.' || c == '&' || c == '_' || c == '-';
}

// The characters that matter when a list's items are counted: apostrophes, parentheses and
// commas; every other character is passed over by one table look-up.
constexpr auto kListStops = [] {
  std::array<bool, 256> stops{};
  for (unsigned char c : {'\'', '(', ')', ','}) stops[c] = true;
  return stops;
}();

class OperandParser {
 public:
  OperandParser(std::string_view text, const Statement& statement, DiagnosticEmitter& emitter)
      : text_(text), statement_(statement), emitter_(emitter) {}

  auto Parse() -> Operands {
    Operands operands;
    if (text_.empty()) return operands;
    // One parameter per top-level comma: one allocation of the size kept, instead of a growing
    // vector (parsed statements live as long as the run's member cache).
    operands.parameters.reserve(ItemsFrom(0));
    while (!failed_) {
      ParseParameter(operands.parameters.emplace_back());
      if (failed_ || position_ >= text_.size()) break;
      if (text_[position_] == ',') {
        ++position_;
        continue;
      }
      Fail(position_, text_[position_] == ')'
                          ? std::string("unbalanced parentheses: ')' with no '(' before it")
                          : fmt::format("unexpected '{}' after a parameter", text_[position_]));
    }
    return operands;
  }

 private:
  void Fail(size_t offset, const std::string& message) {
    if (failed_) return;
    failed_ = true;
    SourceLoc loc = statement_.OperandLoc(static_cast<uint32_t>(offset));
    if (message.starts_with("unbalanced parentheses: ")) {
      emitter_.Emit(DiagnosticKind::kJclUnbalancedParentheses, loc,
                    message.substr(std::string_view("unbalanced parentheses: ").size()));
    } else if (message == "unterminated string") {
      emitter_.Emit(DiagnosticKind::kJclUnterminatedString, loc);
    } else {
      emitter_.Emit(DiagnosticKind::kJclMalformedOperand, loc, message);
    }
  }

  // How many items the list (or operand field) starting at `from` holds, counting its commas
  // outside apostrophes and inner parentheses up to its closing `)`: a capacity, so it need not
  // agree with the parse when the text is malformed.
  auto ItemsFrom(size_t from) const -> size_t {
    size_t items = 1;
    int depth = 0;
    size_t i = from;
    while (i < text_.size()) {
      char c = text_[i];
      if (!kListStops[static_cast<unsigned char>(c)]) {
        ++i;
        continue;
      }
      if (c == '\'') {
        // Nothing inside a string counts: on to its closing apostrophe.
        size_t close = text_.find('\'', i + 1);
        if (close == std::string_view::npos) break;
        i = close + 1;
        continue;
      }
      if (c == '(') {
        ++depth;
      } else if (c == ')') {
        if (--depth < 0) break;
      } else if (depth == 0) {
        ++items;  // A comma.
      }
      ++i;
    }
    return items;
  }

  // keyword=value, or a positional value, into `parameter` (new, in place in its vector: a
  // parameter and its value are not moved once parsed).
  void ParseParameter(Parameter& parameter) {
    parameter.offset = static_cast<uint32_t>(position_);
    size_t end = position_;
    while (end < text_.size() && IsKeywordChar(text_[end])) ++end;
    if (end < text_.size() && text_[end] == '=' && end > position_) {
      AssignUpperCase(parameter.keyword, text_.substr(position_, end - position_));
      position_ = end + 1;
    } else if (position_ < text_.size() && text_[position_] == '=') {
      Fail(position_, "'=' with no keyword before it");
      return;
    }
    if ((parameter.keyword == "WHEN" || parameter.keyword == "ERROR") && position_ < text_.size() &&
        text_[position_] == '(') {
      // A job-group condition: kept whole, blanks and operators included.
      parameter.value.kind = Value::Kind::kText;
      parameter.value.offset = static_cast<uint32_t>(position_);
      size_t start = position_;
      SkipBalanced();
      parameter.value.text.assign(text_.substr(start, position_ - start));
      return;
    }
    ParseValue(parameter.value);
  }

  // Into `value` (new).
  void ParseValue(Value& value) {
    value.offset = static_cast<uint32_t>(position_);
    if (position_ >= text_.size() || text_[position_] == ',' || text_[position_] == ')') {
      return;  // Omitted.
    }
    if (text_[position_] == '(') {
      value.kind = Value::Kind::kList;
      size_t open = position_++;
      value.items.reserve(ItemsFrom(position_));
      while (!failed_) {
        ParseParameter(value.items.emplace_back());
        if (failed_) break;
        if (position_ >= text_.size()) {
          Fail(open, "unbalanced parentheses: '(' has no closing ')'");
          break;
        }
        char c = text_[position_];
        if (c == ',') {
          ++position_;
          continue;
        }
        if (c == ')') {
          ++position_;
          break;
        }
        Fail(position_, fmt::format("unexpected '{}' in a parenthesised list", c));
      }
      // A list directly followed by text, as in `(ACCT)---`: not JCL as IBM documents it, but
      // accepted by the system for some fields; kept as one text value, with a warning.
      if (!failed_ && position_ < text_.size() && text_[position_] != ',' &&
          text_[position_] != ')') {
        size_t tail = position_;
        while (position_ < text_.size() && text_[position_] != ',' && text_[position_] != ')') {
          if (text_[position_] == '\'') {
            SkipString();
            continue;
          }
          if (text_[position_] == '(') {
            SkipBalanced();
            continue;
          }
          ++position_;
        }
        emitter_.Emit(DiagnosticKind::kJclTextAfterList,
                      statement_.OperandLoc(static_cast<uint32_t>(tail)),
                      text_.substr(tail, position_ - tail));
        value.kind = Value::Kind::kText;
        value.items.clear();
        value.text.assign(text_.substr(value.offset, position_ - value.offset));
      }
      return;
    }
    value.kind = Value::Kind::kText;
    size_t start = position_;
    while (position_ < text_.size() && !failed_) {
      char c = text_[position_];
      if (c == '\'') {
        SkipString();
        continue;
      }
      if (c == ',' || c == ')') break;
      if (c == '(') {
        SkipBalanced();  // A member or generation suffix belongs to the name.
        continue;
      }
      ++position_;
    }
    value.text.assign(text_.substr(start, position_ - start));
  }

  void SkipString() {
    size_t open = position_++;
    while (position_ < text_.size()) {
      if (text_[position_] == '\'') {
        if (position_ + 1 < text_.size() && text_[position_ + 1] == '\'') {
          position_ += 2;
          continue;
        }
        ++position_;
        return;
      }
      ++position_;
    }
    Fail(open, "unterminated string");
  }

  void SkipBalanced() {
    size_t open = position_;
    int depth = 0;
    while (position_ < text_.size() && !failed_) {
      char c = text_[position_];
      if (c == '\'') {
        SkipString();
        continue;
      }
      ++position_;
      if (c == '(') ++depth;
      if (c == ')' && --depth == 0) return;
    }
    Fail(open, "unbalanced parentheses: '(' has no closing ')'");
  }

  std::string_view text_;
  const Statement& statement_;
  DiagnosticEmitter& emitter_;
  size_t position_ = 0;
  bool failed_ = false;
};

auto FindKeyword(const std::vector<Parameter>& parameters, std::string_view keyword)
    -> const Value* {
  for (const Parameter& parameter : parameters) {
    if (parameter.keyword == keyword) return &parameter.value;
  }
  return nullptr;
}

auto FindPositional(const std::vector<Parameter>& parameters, size_t index) -> const Value* {
  size_t seen = 0;
  for (const Parameter& parameter : parameters) {
    if (!parameter.keyword.empty()) continue;
    if (seen++ == index) return &parameter.value;
  }
  return nullptr;
}

}  // namespace

auto Value::Unquoted() const -> std::string { return Unquote(text); }

auto Value::Positional(size_t index) const -> const Value* {
  if (kind == Kind::kText) return index == 0 ? this : nullptr;
  return FindPositional(items, index);
}

auto Value::Keyword(std::string_view keyword) const -> const Value* {
  return FindKeyword(items, keyword);
}

auto Operands::Positional(size_t index) const -> const Value* {
  return FindPositional(parameters, index);
}

auto Operands::Keyword(std::string_view keyword) const -> const Value* {
  return FindKeyword(parameters, keyword);
}

auto ParseOperands(std::string_view text, const Statement& statement, DiagnosticEmitter& emitter)
    -> Operands {
  return OperandParser(text, statement, emitter).Parse();
}

void AppendValue(const Value& value, std::string& text) {
  switch (value.kind) {
    case Value::Kind::kOmitted:
      return;
    case Value::Kind::kText:
      text += value.text;
      return;
    case Value::Kind::kList:
      text += '(';
      for (size_t i = 0; i < value.items.size(); ++i) {
        if (i > 0) text += ',';
        AppendParameter(value.items[i], text);
      }
      text += ')';
      return;
  }
}

void AppendParameter(const Parameter& parameter, std::string& text) {
  if (!parameter.keyword.empty()) {
    text += parameter.keyword;
    text += '=';
  }
  AppendValue(parameter.value, text);
}

auto FormatValue(const Value& value) -> std::string {
  std::string text;
  AppendValue(value, text);
  return text;
}

auto FormatParameter(const Parameter& parameter) -> std::string {
  std::string text;
  AppendParameter(parameter, text);
  return text;
}

}  // namespace remint::jcl
