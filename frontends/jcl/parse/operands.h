// The operand field of a JCL statement as parameters: positional and keyword parameters whose
// values are text or parenthesised lists of subparameters (themselves positional or keyword).
#ifndef REMINT_FRONTENDS_JCL_PARSE_OPERANDS_H_
#define REMINT_FRONTENDS_JCL_PARSE_OPERANDS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics/diagnostic_emitter.h"
#include "frontends/jcl/parse/statement.h"

namespace remint::jcl {

struct Parameter;

struct Value {
  enum class Kind { kOmitted, kText, kList };
  Kind kind = Kind::kOmitted;
  // kText: as written, apostrophes kept; a name with a parenthesised suffix (`A.B(+1)`,
  // `LIB(MEMBER)`) is one text.
  std::string text;
  std::vector<Parameter> items;  // kList
  uint32_t offset = 0;           // Into Statement::operands.

  auto is_omitted() const -> bool { return kind == Kind::kOmitted; }
  // The text without enclosing apostrophes, doubled apostrophes made single.
  auto Unquoted() const -> std::string;
  // Positional item `index` of a list (a text value counts as a one-item list); null if absent.
  auto Positional(size_t index) const -> const Value*;
  auto Keyword(std::string_view keyword) const -> const Value*;
};

struct Parameter {
  std::string keyword;  // Upper case; empty for a positional parameter.
  Value value;
  uint32_t offset = 0;
};

struct Operands {
  std::vector<Parameter> parameters;
  auto Positional(size_t index) const -> const Value*;
  // The first parameter with this keyword (upper case); null if absent.
  auto Keyword(std::string_view keyword) const -> const Value*;
};

// Parses `text` (a statement's operands, or a symbol's value). Errors are reported at the
// statement's locations; the parameters read up to the error are returned.
auto ParseOperands(std::string_view text, const Statement& statement, DiagnosticEmitter& emitter)
    -> Operands;

// Renders parameters back to JCL text (keywords upper case, values as written).
auto FormatValue(const Value& value) -> std::string;
auto FormatParameter(const Parameter& parameter) -> std::string;
// The same, appended to `text`: a statement's operands rendered into one string, without a
// string per parameter and list.
void AppendValue(const Value& value, std::string& text);
void AppendParameter(const Parameter& parameter, std::string& text);

}  // namespace remint::jcl

#endif  // REMINT_FRONTENDS_JCL_PARSE_OPERANDS_H_
