#include "codec/json_value.h"

#include "base/encoding.h"
#include "codec/code_page.h"

namespace remint::codec {
namespace {

// Deep enough for any COBOL record (levels 01-49), shallow enough for the call stack.
constexpr int kMaxDepth = 200;

class JsonParser {
 public:
  explicit JsonParser(std::string_view text) : text_(text) {}

  auto Parse() -> ErrorOr<JsonValue> {
    JsonValue value;
    if (!ParseValue(value, 0)) return Error(Message());
    SkipSpace();
    if (at_ != text_.size()) {
      error_ = "text after the value";
      return Error(Message());
    }
    return value;
  }

 private:
  auto Message() const -> std::string {
    return "invalid JSON at column " + std::to_string(at_ + 1) + ": " + error_;
  }

  void SkipSpace() {
    while (at_ < text_.size() &&
           (text_[at_] == ' ' || text_[at_] == '\t' || text_[at_] == '\n' || text_[at_] == '\r')) {
      ++at_;
    }
  }

  auto Fail(std::string message) -> bool {
    error_ = std::move(message);
    return false;
  }

  auto ParseValue(JsonValue& value, int depth) -> bool {
    if (depth > kMaxDepth) return Fail("nested too deeply");
    SkipSpace();
    if (at_ >= text_.size()) return Fail("unexpected end");
    char next = text_[at_];
    if (next == '{') return ParseObject(value, depth);
    if (next == '[') return ParseArray(value, depth);
    if (next == '"') {
      value.type = JsonValue::Type::kString;
      return ParseString(value.text);
    }
    if (next == '-' || (next >= '0' && next <= '9')) {
      value.type = JsonValue::Type::kNumber;
      size_t start = at_;
      while (at_ < text_.size() &&
             (std::string_view("+-.eE").find(text_[at_]) != std::string_view::npos ||
              (text_[at_] >= '0' && text_[at_] <= '9'))) {
        ++at_;
      }
      value.text = std::string(text_.substr(start, at_ - start));
      return true;
    }
    for (std::string_view word : {"true", "false", "null"}) {
      if (text_.substr(at_, word.size()) == word) {
        at_ += word.size();
        value.type = word == "null" ? JsonValue::Type::kNull : JsonValue::Type::kBool;
        value.text = std::string(word);
        return true;
      }
    }
    return Fail("unexpected character");
  }

  auto ParseObject(JsonValue& value, int depth) -> bool {
    value.type = JsonValue::Type::kObject;
    ++at_;
    SkipSpace();
    if (at_ < text_.size() && text_[at_] == '}') {
      ++at_;
      return true;
    }
    while (true) {
      SkipSpace();
      if (at_ >= text_.size() || text_[at_] != '"') return Fail("expected a member name");
      std::string key;
      if (!ParseString(key)) return false;
      SkipSpace();
      if (at_ >= text_.size() || text_[at_] != ':') return Fail("expected ':'");
      ++at_;
      JsonValue member;
      if (!ParseValue(member, depth + 1)) return false;
      value.members.emplace_back(std::move(key), std::move(member));
      SkipSpace();
      if (at_ < text_.size() && text_[at_] == ',') {
        ++at_;
        continue;
      }
      if (at_ < text_.size() && text_[at_] == '}') {
        ++at_;
        return true;
      }
      return Fail("expected ',' or '}'");
    }
  }

  auto ParseArray(JsonValue& value, int depth) -> bool {
    value.type = JsonValue::Type::kArray;
    ++at_;
    SkipSpace();
    if (at_ < text_.size() && text_[at_] == ']') {
      ++at_;
      return true;
    }
    while (true) {
      JsonValue item;
      if (!ParseValue(item, depth + 1)) return false;
      value.items.push_back(std::move(item));
      SkipSpace();
      if (at_ < text_.size() && text_[at_] == ',') {
        ++at_;
        continue;
      }
      if (at_ < text_.size() && text_[at_] == ']') {
        ++at_;
        return true;
      }
      return Fail("expected ',' or ']'");
    }
  }

  auto ParseHex4(uint32_t* value) -> bool {
    if (at_ + 4 > text_.size()) return Fail("short \\u escape");
    *value = 0;
    for (int i = 0; i < 4; ++i) {
      char digit = text_[at_++];
      *value <<= 4;
      if (digit >= '0' && digit <= '9') {
        *value |= static_cast<uint32_t>(digit - '0');
      } else if (digit >= 'a' && digit <= 'f') {
        *value |= static_cast<uint32_t>(digit - 'a' + 10);
      } else if (digit >= 'A' && digit <= 'F') {
        *value |= static_cast<uint32_t>(digit - 'A' + 10);
      } else {
        return Fail("bad \\u escape");
      }
    }
    return true;
  }

  auto ParseString(std::string& out) -> bool {
    ++at_;  // the opening quote
    while (at_ < text_.size()) {
      char next = text_[at_++];
      if (next == '"') return true;
      if (next != '\\') {
        out.push_back(next);
        continue;
      }
      if (at_ >= text_.size()) break;
      char escape = text_[at_++];
      switch (escape) {
        case '"':
        case '\\':
        case '/':
          out.push_back(escape);
          break;
        case 'b':
          out.push_back('\b');
          break;
        case 'f':
          out.push_back('\f');
          break;
        case 'n':
          out.push_back('\n');
          break;
        case 'r':
          out.push_back('\r');
          break;
        case 't':
          out.push_back('\t');
          break;
        case 'u': {
          uint32_t code_point = 0;
          if (!ParseHex4(&code_point)) return false;
          if (code_point >= 0xD800 && code_point < 0xDC00 && text_.substr(at_, 2) == "\\u") {
            at_ += 2;
            uint32_t low = 0;
            if (!ParseHex4(&low)) return false;
            code_point = 0x10000 + ((code_point - 0xD800) << 10) + (low - 0xDC00);
          }
          AppendUtf8(code_point, out);
          break;
        }
        default:
          return Fail("bad escape");
      }
    }
    return Fail("unterminated string");
  }

  std::string_view text_;
  size_t at_ = 0;
  std::string error_;
};

}  // namespace

auto JsonValue::Find(std::string_view key) const -> const JsonValue* {
  for (const auto& [name, value] : members) {
    if (name == key) return &value;
  }
  return nullptr;
}

auto ParseJson(std::string_view text) -> ErrorOr<JsonValue> { return JsonParser(text).Parse(); }

}  // namespace remint::codec
