#include "base/toml.h"

#include <fmt/format.h>

#include <cassert>
#include <cstdint>

#include "base/source_manager.h"
#include "base/toml_lexer.h"

namespace remint::toml {

auto KindName(Kind kind) -> std::string_view {
  switch (kind) {
    case Kind::kString:
      return "string";
    case Kind::kInteger:
      return "integer";
    case Kind::kFloat:
      return "float";
    case Kind::kBoolean:
      return "boolean";
    case Kind::kArray:
      return "array";
    case Kind::kTable:
      return "table";
  }
  return "value";
}

auto Value::FromString(std::string value, Position position) -> Value {
  return Value(std::in_place_type<std::string>, std::move(value), position);
}
auto Value::FromInteger(int64_t value, Position position) -> Value {
  return Value(std::in_place_type<int64_t>, value, position);
}
auto Value::FromFloat(double value, Position position) -> Value {
  return Value(std::in_place_type<double>, value, position);
}
auto Value::FromBoolean(bool value, Position position) -> Value {
  return Value(std::in_place_type<bool>, value, position);
}
auto Value::FromArray(Array value, Position position) -> Value {
  return Value(std::in_place_type<Array>, std::move(value), position);
}
auto Value::FromTable(Table value, Position position) -> Value {
  return Value(std::in_place_type<Table>, std::move(value), position);
}

namespace internal {
namespace {

// Deeper documents are refused: the parser recurses once per level of arrays and inline tables,
// and destroying the values recurses once per level of tables.
constexpr size_t kMaxDepth = 128;
constexpr std::string_view kTooDeep = "nesting is deeper than 128 levels";

}  // namespace

class Parser {
 public:
  Parser(std::string_view text, std::string_view file_name) : lexer_(text, file_name) {}

  auto Run() -> ErrorOr<Table> {
    if (!lexer_.CheckEncoding() || !ParseDocument()) return lexer_.TakeError();
    return std::move(root_);
  }

 private:
  using Origin = Value::Origin;

  auto ParseDocument() -> bool;
  // At '[': a [table] or [[array of tables]] header.
  auto ParseHeader() -> bool;
  // Moves `table` down one segment of a header's key that is not the last.
  auto DescendForHeader(Table*& table, const Key& key, size_t index, Position header) -> bool;
  auto DefineTable(Table& parent, const Key& key, Position header) -> bool;
  auto AppendTable(Table& parent, const Key& key, Position header) -> bool;
  // `key = value`, stored in `table`, which is `depth` levels below the root.
  auto ParseKeyValue(Table& table, size_t depth) -> bool;
  // Stores `value` at `key` in `table`, creating the tables of a dotted key.
  auto Insert(Table& table, const Key& key, Value value) -> bool;
  auto ParseValue(Value& out, size_t depth) -> bool;
  auto ParseArray(Value& out, size_t depth) -> bool;
  auto ParseInlineTable(Value& out, size_t depth) -> bool;
  // Marks the tables a dotted key created inside an inline table as closed, like the inline
  // table itself.
  static void Close(Table& table);
  // "a table", "an array of tables", "an integer"...: what a key already holds.
  static auto Describe(const Value& value) -> std::string;

  static auto MakeTable(Position position, Origin origin) -> Value {
    Value table = Value::FromTable({}, position);
    table.origin_ = origin;
    return table;
  }

  Lexer lexer_;
  Table root_;
  // The table that key/value pairs go to: the last header's.
  Table* current_ = &root_;
  size_t current_depth_ = 0;
};

auto Parser::ParseDocument() -> bool {
  while (true) {
    lexer_.SkipWhitespace();
    if (lexer_.AtEnd()) return true;
    if (lexer_.Peek() == '#') {
      if (!lexer_.SkipComment()) return false;
    } else if (lexer_.AtNewline()) {
      if (!lexer_.SkipNewline()) return false;
    } else if (lexer_.Peek() == '[') {
      if (!ParseHeader()) return false;
    } else if (!ParseKeyValue(*current_, current_depth_) ||
               !lexer_.ExpectLineEnd("a key/value pair")) {
      return false;
    }
  }
}

auto Parser::ParseHeader() -> bool {
  size_t start = lexer_.offset();
  Position header = lexer_.PositionAt(start);
  bool array = lexer_.Peek(1) == '[';
  lexer_.Advance(array ? 2 : 1);
  lexer_.SkipWhitespace();
  Key key;
  if (!lexer_.ReadKey(key)) return false;
  std::string_view close = array ? "]]" : "]";
  for (char c : close) {
    if (lexer_.Peek() != c) {
      return lexer_.Fail(
          lexer_.offset(),
          fmt::format("expected '{}' to close the {} header, found {}", close,
                      array ? "array-of-tables" : "table", lexer_.Describe(lexer_.offset())));
    }
    lexer_.Advance();
  }
  if (!lexer_.ExpectLineEnd(array ? "an array-of-tables header" : "a table header")) return false;
  if (key.size() > kMaxDepth) return lexer_.Fail(key[kMaxDepth].offset, kTooDeep);

  Table* table = &root_;
  for (size_t i = 0; i + 1 < key.size(); ++i) {
    if (!DescendForHeader(table, key, i, header)) return false;
  }
  current_depth_ = key.size();
  return array ? AppendTable(*table, key, header) : DefineTable(*table, key, header);
}

auto Parser::DescendForHeader(Table*& table, const Key& key, size_t index, Position header)
    -> bool {
  const KeySegment& segment = key[index];
  auto it = table->find(segment.name);
  if (it == table->end()) {
    it = table->emplace(segment.name, MakeTable(header, Origin::kImplicit)).first;
  }
  Value& value = it->second;
  if (value.is_table() && value.origin_ != Origin::kInline) {
    table = &value.as_table();
    return true;
  }
  if (value.is_array() && value.origin_ == Origin::kArrayOfTables) {
    // [a.b] after [[a]] is a table in the last element of a.
    table = &value.as_array().back().as_table();
    return true;
  }
  return lexer_.Fail(segment.offset, fmt::format("cannot define a table inside '{}': it is {}",
                                                 FormatKey(key, index + 1), Describe(value)));
}

auto Parser::DefineTable(Table& parent, const Key& key, Position header) -> bool {
  const KeySegment& segment = key.back();
  auto it = parent.find(segment.name);
  if (it == parent.end()) {
    current_ =
        &parent.emplace(segment.name, MakeTable(header, Origin::kHeader)).first->second.as_table();
    return true;
  }
  Value& value = it->second;
  if (value.is_table() && value.origin_ == Origin::kImplicit) {
    // Created on the way to an earlier header such as [a.b]; this is its one definition.
    value.origin_ = Origin::kHeader;
    value.position_ = header;
    current_ = &value.as_table();
    return true;
  }
  std::string path = FormatKey(key, key.size());
  if (value.is_table() && value.origin_ == Origin::kHeader) {
    return lexer_.Fail(segment.offset, fmt::format("table '{}' is already defined", path));
  }
  return lexer_.Fail(segment.offset, fmt::format("cannot define table '{}': it is already {}", path,
                                                 Describe(value)));
}

auto Parser::AppendTable(Table& parent, const Key& key, Position header) -> bool {
  const KeySegment& segment = key.back();
  auto it = parent.find(segment.name);
  if (it == parent.end()) {
    Value array = Value::FromArray({}, header);
    array.origin_ = Origin::kArrayOfTables;
    it = parent.emplace(segment.name, std::move(array)).first;
  }
  Value& value = it->second;
  if (!value.is_array() || value.origin_ != Origin::kArrayOfTables) {
    std::string path = FormatKey(key, key.size());
    return lexer_.Fail(
        segment.offset,
        value.is_array()
            ? fmt::format("cannot append to the static array '{}' with [[{}]]", path, path)
            : fmt::format("cannot define array of tables '{}': it is already {}", path,
                          Describe(value)));
  }
  Array& elements = value.as_array();
  elements.push_back(MakeTable(header, Origin::kHeader));
  current_ = &elements.back().as_table();
  return true;
}

auto Parser::ParseKeyValue(Table& table, size_t depth) -> bool {
  Key key;
  if (!lexer_.ReadKey(key)) return false;
  if (lexer_.Peek() != '=') {
    return lexer_.Fail(lexer_.offset(),
                       fmt::format("expected '=' after the key '{}', found {}",
                                   FormatKey(key, key.size()), lexer_.Describe(lexer_.offset())));
  }
  if (depth + key.size() > kMaxDepth) return lexer_.Fail(key[kMaxDepth - depth].offset, kTooDeep);
  lexer_.Advance();
  lexer_.SkipWhitespace();
  Value value;
  if (!ParseValue(value, depth + key.size())) return false;
  return Insert(table, key, std::move(value));
}

auto Parser::Insert(Table& table, const Key& key, Value value) -> bool {
  Table* target = &table;
  for (size_t i = 0; i + 1 < key.size(); ++i) {
    const KeySegment& segment = key[i];
    auto it = target->find(segment.name);
    if (it == target->end()) {
      it = target->emplace(segment.name, MakeTable(segment.position, Origin::kDotted)).first;
    }
    Value& existing = it->second;
    if (!existing.is_table() || existing.origin_ != Origin::kDotted) {
      // Dotted keys may only extend tables that dotted keys created: a [table] is defined in
      // one place, and an inline table is complete where it is written.
      return lexer_.Fail(segment.offset,
                         fmt::format("cannot add keys to '{}' with a dotted key: it is {}",
                                     FormatKey(key, i + 1), Describe(existing)));
    }
    target = &existing.as_table();
  }
  const KeySegment& last = key.back();
  auto it = target->find(last.name);
  if (it != target->end()) {
    std::string path = FormatKey(key, key.size());
    return lexer_.Fail(last.offset,
                       it->second.is_table()
                           ? fmt::format("key '{}' is already {}", path, Describe(it->second))
                           : fmt::format("duplicate key '{}'", path));
  }
  target->emplace(last.name, std::move(value));
  return true;
}

auto Parser::ParseValue(Value& out, size_t depth) -> bool {
  char c = lexer_.Peek();
  if (c == '"' || c == '\'') {
    Position position = lexer_.PositionAt(lexer_.offset());
    std::string text;
    if (!lexer_.ReadString(text)) return false;
    out = Value::FromString(std::move(text), position);
    return true;
  }
  if (c == '[') return ParseArray(out, depth);
  if (c == '{') return ParseInlineTable(out, depth);
  return lexer_.ReadScalar(out);
}

auto Parser::ParseArray(Value& out, size_t depth) -> bool {
  size_t start = lexer_.offset();
  if (depth > kMaxDepth) return lexer_.Fail(start, kTooDeep);
  Position position = lexer_.PositionAt(start);
  lexer_.Advance();
  Array elements;
  while (true) {
    if (!lexer_.SkipBlankLines()) return false;
    if (lexer_.Peek() == ']') break;
    if (lexer_.AtEnd()) return lexer_.Fail(start, "unterminated array");
    Value element;
    if (!ParseValue(element, depth + 1)) return false;
    elements.push_back(std::move(element));
    if (!lexer_.SkipBlankLines()) return false;
    if (lexer_.Peek() == ']') break;
    if (lexer_.AtEnd()) return lexer_.Fail(start, "unterminated array");
    if (lexer_.Peek() != ',') {
      return lexer_.Fail(lexer_.offset(),
                         fmt::format("expected ',' or ']' after an array element, found {}",
                                     lexer_.Describe(lexer_.offset())));
    }
    lexer_.Advance();
  }
  lexer_.Advance();
  out = Value::FromArray(std::move(elements), position);
  return true;
}

auto Parser::ParseInlineTable(Value& out, size_t depth) -> bool {
  size_t start = lexer_.offset();
  if (depth > kMaxDepth) return lexer_.Fail(start, kTooDeep);
  Position position = lexer_.PositionAt(start);
  lexer_.Advance();
  lexer_.SkipWhitespace();
  // Where a key or a ',' or '}' should be: the end of the line or the file is an unclosed table.
  auto unterminated = [&] {
    if (lexer_.AtEnd()) return lexer_.Fail(start, "unterminated inline table");
    return lexer_.Fail(lexer_.offset(),
                       "unterminated inline table: an inline table must be on one line");
  };
  Table table;
  while (lexer_.Peek() != '}') {
    if (lexer_.AtEnd() || lexer_.AtNewline() || lexer_.Peek() == '#') return unterminated();
    if (!ParseKeyValue(table, depth)) return false;
    lexer_.SkipWhitespace();
    if (lexer_.Peek() == '}') break;
    if (lexer_.AtEnd() || lexer_.AtNewline() || lexer_.Peek() == '#') return unterminated();
    if (lexer_.Peek() != ',') {
      return lexer_.Fail(lexer_.offset(),
                         fmt::format("expected ',' or '}}' in an inline table, found {}",
                                     lexer_.Describe(lexer_.offset())));
    }
    size_t comma = lexer_.offset();
    lexer_.Advance();
    lexer_.SkipWhitespace();
    if (lexer_.Peek() == '}') {
      return lexer_.Fail(comma, "trailing comma in an inline table (not allowed in TOML 1.0)");
    }
  }
  lexer_.Advance();
  Close(table);
  out = MakeTable(position, Origin::kInline);
  out.as_table() = std::move(table);
  return true;
}

void Parser::Close(Table& table) {
  for (auto& [name, value] : table) {
    if (value.is_table() && value.origin_ == Origin::kDotted) {
      value.origin_ = Origin::kInline;
      Close(value.as_table());
    }
  }
}

auto Parser::Describe(const Value& value) -> std::string {
  switch (value.origin_) {
    case Origin::kImplicit:
    case Origin::kHeader:
      return "a table defined by a [table] header";
    case Origin::kDotted:
      return "a table defined by dotted keys";
    case Origin::kInline:
      return "an inline table";
    case Origin::kArrayOfTables:
      return "an array of tables";
    case Origin::kValue:
      break;
  }
  return value.kind() == Kind::kArray || value.kind() == Kind::kInteger
             ? fmt::format("an {}", KindName(value.kind()))
             : fmt::format("a {}", KindName(value.kind()));
}

}  // namespace internal

auto Parse(std::string_view text, std::string_view file_name) -> ErrorOr<Table> {
  return internal::Parser(text, file_name).Run();
}

auto ParseFile(const std::string& path) -> ErrorOr<Table> {
  // remint's TOML files are hand-written and small; a huge one is a mistake, not a project.
  constexpr uint64_t kMaxBytes = 64 << 20;
  ErrorOr<std::string> bytes = ReadFileBytes(path, kMaxBytes);
  if (!bytes) return Error(fmt::format("{}: {}", path, bytes.error().message()));
  return Parse(*bytes, path);
}

auto Find(const Table& table, std::string_view key) -> const Value* {
  auto it = table.find(key);
  return it == table.end() ? nullptr : &it->second;
}

auto FindPath(const Table& table, std::initializer_list<std::string_view> path) -> const Value* {
  const Table* current = &table;
  const Value* value = nullptr;
  for (std::string_view key : path) {
    if (value != nullptr) {
      if (!value->is_table()) return nullptr;
      current = &value->as_table();
    }
    value = Find(*current, key);
    if (value == nullptr) return nullptr;
  }
  return value;
}

auto LocatedError(std::string_view file_name, Position position, std::string_view message)
    -> Error {
  return Error(fmt::format("{}:{}:{}: {}", file_name, position.line, position.column, message));
}

}  // namespace remint::toml
