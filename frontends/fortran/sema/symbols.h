// The names of one program unit and what its specification statements say of them: type
// (declared, or by the IMPLICIT rules in force, FORTRAN 77 4.1.2 and 8.5), array bounds,
// dummy argument, COMMON block, SAVE, EXTERNAL, INTRINSIC, PARAMETER value. Integer constant
// expressions in bounds, lengths and PARAMETER values are evaluated where they are constant.
// No diagnostics yet: a later step reports conflicting declarations.
#ifndef REMINT_FRONTENDS_FORTRAN_SEMA_SYMBOLS_H_
#define REMINT_FRONTENDS_FORTRAN_SEMA_SYMBOLS_H_

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "frontends/fortran/parse/ast.h"
#include "frontends/fortran/parse/program_units.h"

namespace remint::fortran {

struct DataType {
  BaseType base = BaseType::kReal;
  // The kind in bytes: INTEGER, REAL and LOGICAL 4 by default, DOUBLE PRECISION 8, COMPLEX 4
  // (of each part), DOUBLE COMPLEX 8, CHARACTER 1.
  uint32_t kind = 4;
  // CHARACTER's length; nullopt for `*(*)` (assumed from the actual argument) or a length that
  // is not a constant.
  std::optional<int64_t> length = 1;

  friend auto operator==(const DataType&, const DataType&) -> bool = default;
};

// "INTEGER*4", "REAL*8", "CHARACTER*10", "CHARACTER*(*)", "COMPLEX*8".
auto DataTypeName(const DataType& type) -> std::string;
// Bytes one element occupies; nullopt for a CHARACTER of unknown length.
auto ElementSize(const DataType& type) -> std::optional<int64_t>;

struct ArrayBound {
  ExprId lower = kNoExpr;  // kNoExpr: 1.
  ExprId upper = kNoExpr;  // kStar for an assumed-size array's last bound.
  std::optional<int64_t> lower_value;
  std::optional<int64_t> upper_value;
  bool assumed_size = false;
};

struct Symbol {
  std::string name;
  SourceLoc loc;  // Where the unit first names it in a specification (or first uses it).
  DataType type;
  bool type_declared = false;
  std::vector<ArrayBound> bounds;
  bool dummy = false;
  bool saved = false;
  bool external = false;
  bool intrinsic = false;
  bool statement_function = false;
  std::optional<std::string> common_block;  // "" for blank COMMON.
  ExprId parameter = kNoExpr;               // A named constant's value.
  std::optional<int64_t> parameter_value;   // When that value is an integer constant.

  auto is_array() const -> bool { return !bounds.empty(); }
  // Elements of a fixed-size array (1 for a scalar); nullopt when a bound is not constant.
  auto element_count() const -> std::optional<int64_t>;
};

struct UnitSymbols {
  // By name; sorted, so walking it is deterministic.
  std::map<std::string, Symbol> symbols;
  // The type each initial letter gives an undeclared name (nullopt under IMPLICIT NONE).
  std::array<std::optional<DataType>, 26> implicit;
  // Each COMMON block this unit names and its members in order.
  std::map<std::string, std::vector<std::string>> commons;
};

// The symbols of `unit`, a unit of `file`.
auto BuildUnitSymbols(const ParsedFile& file, const ProgramUnit& unit) -> UnitSymbols;

// The value of an integer constant expression: literals, named constants of `symbols` already
// known, + - * / ** and parentheses; nullopt when not constant (or out of 64 bits).
auto EvaluateInteger(const ParsedFile& file, ExprId id, const UnitSymbols& symbols)
    -> std::optional<int64_t>;

// Where the storage an EQUIVALENCE item names starts, in bytes from the start of its variable:
// the variable itself (0), an array element in column-major order from the declared bounds
// (FORTRAN 77 5.4.3), a substring's first character (5.7.1), or an element's substring. The
// variable's name is set; nullopt when a subscript is not constant or the designator does not
// fit the symbol.
auto DesignatorOffset(const ParsedFile& file, ExprId designator, const UnitSymbols& symbols,
                      std::string& variable) -> std::optional<int64_t>;

}  // namespace remint::fortran

#endif  // REMINT_FRONTENDS_FORTRAN_SEMA_SYMBOLS_H_
