// DesignatorOffset (symbols.h): byte offsets of array elements and substrings, as EQUIVALENCE
// needs them to associate storage.
#include "frontends/fortran/sema/symbols.h"

namespace remint::fortran {
namespace {

// The offset of element (subscripts) of `symbol` in elements, column-major; nullopt when a
// subscript is not constant or their number does not match the dimensions.
auto ElementIndex(const ParsedFile& file, const std::vector<ExprId>& subscripts,
                  const Symbol& symbol, const UnitSymbols& symbols) -> std::optional<int64_t> {
  if (subscripts.size() != symbol.bounds.size()) return std::nullopt;
  int64_t index = 0;
  int64_t stride = 1;
  for (size_t i = 0; i < subscripts.size(); ++i) {
    const ArrayBound& bound = symbol.bounds[i];
    std::optional<int64_t> subscript = EvaluateInteger(file, subscripts[i], symbols);
    if (!subscript || !bound.lower_value) return std::nullopt;
    index += (*subscript - *bound.lower_value) * stride;
    if (i + 1 < subscripts.size()) {
      if (!bound.upper_value) return std::nullopt;
      stride *= *bound.upper_value - *bound.lower_value + 1;
    }
  }
  return index;
}

// The first character position of a substring range (1 when omitted), less one.
auto SubstringStart(const ParsedFile& file, ExprId first, const UnitSymbols& symbols)
    -> std::optional<int64_t> {
  if (first == kNoExpr) return 0;
  std::optional<int64_t> start = EvaluateInteger(file, first, symbols);
  if (!start) return std::nullopt;
  return *start - 1;
}

}  // namespace

auto DesignatorOffset(const ParsedFile& file, ExprId designator, const UnitSymbols& symbols,
                      std::string& variable) -> std::optional<int64_t> {
  const Expr& expr = file.expr(designator);
  ExprId base = expr.kind == ExprKind::kSubstring ? expr.operands[0] : designator;
  const Expr& named = file.expr(base);
  variable = named.text;
  auto it = symbols.symbols.find(named.text);
  if (it == symbols.symbols.end()) return std::nullopt;
  const Symbol& symbol = it->second;
  std::optional<int64_t> element_size = ElementSize(symbol.type);
  if (!element_size) return std::nullopt;
  int64_t offset = 0;
  if (named.kind == ExprKind::kApply) {
    const std::vector<ExprId>& arguments = named.operands;
    bool substring_of_scalar = !symbol.is_array() && arguments.size() == 1 &&
                               file.expr(arguments[0]).kind == ExprKind::kRange;
    if (substring_of_scalar) {
      std::optional<int64_t> start =
          SubstringStart(file, file.expr(arguments[0]).operands[0], symbols);
      if (!start) return std::nullopt;
      offset = *start;
    } else {
      std::optional<int64_t> index = ElementIndex(file, arguments, symbol, symbols);
      if (!index) return std::nullopt;
      offset = *index * *element_size;
    }
  }
  if (expr.kind == ExprKind::kSubstring) {
    std::optional<int64_t> start = SubstringStart(file, expr.operands[1], symbols);
    if (!start) return std::nullopt;
    offset += *start;
  }
  return offset;
}

}  // namespace remint::fortran
