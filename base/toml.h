// A TOML 1.0 reader for remint's own files: the project file (remint.toml) and case files.
// Written from the specification (https://toml.io/en/v1.0.0). Everything but dates and times is
// read; a date or time is a located error, since no remint file needs one. Every error names the
// offending character as `file:line:column: what is wrong`, so a user can fix a hand-edited
// file without guessing.
//
// Where TOML 1.0 is unclear, the stricter reading is taken: dotted keys extend only tables that
// dotted keys created, never one that a [table] header created, even on the way to another
// ([a.b.c] then `b.d = 1` under [a] is an error).
#ifndef REMINT_BASE_TOML_H_
#define REMINT_BASE_TOML_H_

#include <cassert>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "base/error_or.h"

namespace remint::toml {

// 1-based; columns count characters (UTF-8 code points), not bytes.
struct Position {
  uint32_t line = 0;
  uint32_t column = 0;

  friend auto operator==(const Position&, const Position&) -> bool = default;
};

class Value;
// Sorted, so that iterating a table is deterministic. std::less<> allows lookups by
// std::string_view without building a std::string.
using Table = std::map<std::string, Value, std::less<>>;
using Array = std::vector<Value>;

enum class Kind : uint8_t { kString, kInteger, kFloat, kBoolean, kArray, kTable };

// "string", "integer", "float", "boolean", "array", "table": for messages about a wrong kind.
auto KindName(Kind kind) -> std::string_view;

namespace internal {
class Parser;
}  // namespace internal

class Value {
 public:
  Value() = default;  // An empty string.
  static auto FromString(std::string value, Position position = {}) -> Value;
  static auto FromInteger(int64_t value, Position position = {}) -> Value;
  static auto FromFloat(double value, Position position = {}) -> Value;
  static auto FromBoolean(bool value, Position position = {}) -> Value;
  static auto FromArray(Array value, Position position = {}) -> Value;
  static auto FromTable(Table value, Position position = {}) -> Value;

  auto kind() const -> Kind { return static_cast<Kind>(data_.index()); }
  // Where the value starts: its first character, or for a table defined by a [header] (or an
  // array of [[tables]]) the header's '['.
  auto position() const -> Position { return position_; }

  auto is_string() const -> bool { return kind() == Kind::kString; }
  auto is_integer() const -> bool { return kind() == Kind::kInteger; }
  auto is_float() const -> bool { return kind() == Kind::kFloat; }
  auto is_boolean() const -> bool { return kind() == Kind::kBoolean; }
  auto is_array() const -> bool { return kind() == Kind::kArray; }
  auto is_table() const -> bool { return kind() == Kind::kTable; }

  // The accessors assert the kind: check it first.
  auto as_string() const -> const std::string& { return Get<std::string>(); }
  auto as_integer() const -> int64_t { return Get<int64_t>(); }
  auto as_float() const -> double { return Get<double>(); }
  auto as_boolean() const -> bool { return Get<bool>(); }
  auto as_array() const -> const Array& { return Get<Array>(); }
  auto as_array() -> Array& { return Get<Array>(); }
  auto as_table() const -> const Table& { return Get<Table>(); }
  auto as_table() -> Table& { return Get<Table>(); }

 private:
  // How a table or array came to be. The parser needs it to tell extending a table (allowed)
  // from redefining it (an error), and static arrays from arrays of tables.
  enum class Origin : uint8_t {
    kValue,          // A plain value, or an array written as [ ... ].
    kImplicit,       // A table created on the way to a header: `a` of [a.b].
    kHeader,         // A table defined by [header], or an element of [[array]].
    kDotted,         // A table created by a dotted key: `a` of `a.b = 1`.
    kInline,         // An inline table { ... } and every table inside it: closed.
    kArrayOfTables,  // An array created by [[header]].
  };
  friend class internal::Parser;

  // The alternatives are in the order of Kind.
  using Data = std::variant<std::string, int64_t, double, bool, Array, Table>;

  template <typename T>
  auto Get() const -> const T& {
    assert(std::holds_alternative<T>(data_));
    return std::get<T>(data_);
  }
  template <typename T>
  auto Get() -> T& {
    assert(std::holds_alternative<T>(data_));
    return std::get<T>(data_);
  }

  // In place: moving a temporary variant trips GCC 12's -Wmaybe-uninitialized.
  template <typename T>
  Value(std::in_place_type_t<T> kind, T data, Position position)
      : data_(kind, std::move(data)), position_(position) {}

  Data data_;
  Position position_;
  Origin origin_ = Origin::kValue;
};

// Parses a whole document. `file_name` only prefixes error messages.
auto Parse(std::string_view text, std::string_view file_name) -> ErrorOr<Table>;

// Reads and parses a file; errors name it by `path`.
auto ParseFile(const std::string& path) -> ErrorOr<Table>;

// The value of one key of `table` (a single key: "a.b" is a key with a dot in it), or nullptr.
auto Find(const Table& table, std::string_view key) -> const Value*;

// The value at a path of keys through nested tables, e.g. FindPath(root, {"project", "name"}),
// or nullptr if a key is missing or a value on the way is not a table.
auto FindPath(const Table& table, std::initializer_list<std::string_view> path) -> const Value*;

// "file:line:column: message", the form of every error Parse returns, for readers that find
// something wrong in a document's contents ("remint.toml:9:9: 'lrecl' must be an integer").
auto LocatedError(std::string_view file_name, Position position, std::string_view message) -> Error;

}  // namespace remint::toml

#endif  // REMINT_BASE_TOML_H_
