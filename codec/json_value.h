// A small JSON reader for `encode`: numbers keep their text, so that a 31-digit amount is not
// rounded through a double as general JSON libraries do.
#ifndef REMINT_CODEC_JSON_VALUE_H_
#define REMINT_CODEC_JSON_VALUE_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/error_or.h"

namespace remint::codec {

struct JsonValue {
  enum class Type { kNull, kBool, kNumber, kString, kArray, kObject };
  Type type = Type::kNull;
  std::string text;  // a number as written; a string unescaped (UTF-8); "true"/"false"
  std::vector<JsonValue> items;
  std::vector<std::pair<std::string, JsonValue>> members;

  // The member named `key`, or null.
  auto Find(std::string_view key) const -> const JsonValue*;
};

auto ParseJson(std::string_view text) -> ErrorOr<JsonValue>;

}  // namespace remint::codec

#endif  // REMINT_CODEC_JSON_VALUE_H_
