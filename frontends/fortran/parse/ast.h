// The Fortran syntax tree: each logical statement parsed from its condensed text into a statement
// of its family, expressions in one arena per file. Names are upper case; what a name is (array,
// function, statement function, constant) is decided by semantic analysis, not here: `F(X)`
// is an `Apply` whatever F turns out to be.
#ifndef REMINT_FRONTENDS_FORTRAN_PARSE_AST_H_
#define REMINT_FRONTENDS_FORTRAN_PARSE_AST_H_

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "base/source_loc.h"
#include "frontends/fortran/parse/statement_kind.h"

namespace remint::fortran {

using ExprId = uint32_t;
inline constexpr ExprId kNoExpr = UINT32_MAX;

enum class ExprKind : uint8_t {
  kInteger,    // text: the digits (and any _kind suffix).
  kReal,       // text: as written, e.g. "1.5E3", ".5", "1.5D0"; double when the exponent is D.
  kComplex,    // operands: real part, imaginary part (each possibly signed).
  kLogical,    // text: "TRUE" or "FALSE".
  kCharacter,  // text: the value (delimiters removed, doubled delimiters undone).
  kHollerith,  // text: the n characters after nH.
  kName,       // text: the name.
  kApply,      // text: the name; operands: the arguments or subscripts (an array element,
               // a function or statement-function reference).
  kSubstring,  // operands: the string (kName or kApply), first, last (kNoExpr when omitted).
  kRange,      // operands: lower, upper (kNoExpr when omitted): `lo:hi` in a subscript list.
  kKeyword,    // text: the keyword; operands: the value (`KIND=8` in an F90 argument list).
  kUnary,      // op, operands: the operand.
  kBinary,     // op, operands: left, right.
  kParen,      // operands: the parenthesized expression (kept: it fixes evaluation order).
  kImpliedDo,  // operands: the items, then the variable (kName), start, end, step (kNoExpr).
  kStar,       // `*`: an assumed size, a list-directed format, the default unit.
  kLabel,      // text: the label digits: `*10` in CALL arguments, a format or branch label.
};

enum class Operator : uint8_t {
  kNone,
  kPower,
  kMultiply,
  kDivide,
  kAdd,
  kSubtract,
  kNegate,
  kPlus,
  kConcat,
  kEq,
  kNe,
  kLt,
  kLe,
  kGt,
  kGe,
  kNot,
  kAnd,
  kOr,
  kEqv,
  kNeqv,
};

// "**", "-" (binary), "neg", ".EQ.", ...
auto OperatorSpelling(Operator op) -> std::string_view;

struct Expr {
  ExprKind kind = ExprKind::kName;
  Operator op = Operator::kNone;
  SourceLoc loc;
  std::string text;
  std::vector<ExprId> operands;
};

// A label where a statement names one (GO TO 10, a DO terminal, ERR=20).
struct LabelRef {
  uint32_t label = 0;
  SourceLoc loc;
};

enum class BaseType : uint8_t {
  kInteger,
  kReal,
  kDoublePrecision,
  kComplex,
  kDoubleComplex,
  kLogical,
  kCharacter,
  kByte,
  kDerived,
};

auto BaseTypeSpelling(BaseType type) -> std::string_view;

struct TypeSpec {
  BaseType base = BaseType::kInteger;
  // REAL*8, INTEGER(KIND=2), REAL(8): the kind as written (an expression), kNoExpr when absent.
  ExprId kind = kNoExpr;
  // Written `*n`, a size in bytes (COMPLEX*16 has parts of kind 8), not a kind selector.
  bool kind_is_size = false;
  // CHARACTER*n, CHARACTER*(e), CHARACTER(LEN=e): kNoExpr when absent (length 1); kStar for (*).
  ExprId length = kNoExpr;
  std::string derived_name;  // TYPE(name).
  SourceLoc loc;
};

// One dimension of an array declarator: lower:upper, `*` as the upper bound of an assumed-size
// array (an Expr of kind kStar), lower kNoExpr for the default 1.
struct Dimension {
  ExprId lower = kNoExpr;
  ExprId upper = kNoExpr;
};

// A name being declared, with what its declaration says of it.
struct EntityDecl {
  std::string name;
  SourceLoc loc;
  std::vector<Dimension> dimensions;
  ExprId length = kNoExpr;             // `A*8` in a declaration overrides the type's length.
  ExprId initializer = kNoExpr;        // F90 `= e`.
  std::vector<ExprId> initial_values;  // Old-style `A/1.0/` in a type declaration (data values).
};

// ---- Statement payloads, one per statement family. ----

// Nothing beyond the keyword: CONTINUE, ELSE, END IF, END DO, IMPLICIT NONE, CONTAINS, ...
// `name` is an F90 construct name if one is written.
struct PlainStmt {
  std::string name;
};

// `target = value`; also a statement function definition (target is an Apply of dummy names).
struct AssignmentStmt {
  ExprId target = kNoExpr;
  ExprId value = kNoExpr;
};

// IF (c) THEN, ELSE IF (c) THEN, DO WHILE (c) is DoStmt.
struct ConditionStmt {
  ExprId condition = kNoExpr;
};

// IF (c) statement: the controlled statement is ParsedFile::controlled[controlled].
struct LogicalIfStmt {
  ExprId condition = kNoExpr;
  uint32_t controlled = 0;
};

struct ArithmeticIfStmt {
  ExprId value = kNoExpr;
  LabelRef negative, zero, positive;
};

// DO [label] v = start, end [, step]; DO [label] WHILE (c); F90 DO alone (no control).
struct DoStmt {
  std::optional<LabelRef> terminal;
  ExprId variable = kNoExpr;
  ExprId start = kNoExpr;
  ExprId end = kNoExpr;
  ExprId step = kNoExpr;
  ExprId while_condition = kNoExpr;
};

// GO TO l; GO TO (l1, ...) [,] i; GO TO v [[,] (l1, ...)].
struct GotoStmt {
  std::vector<LabelRef> targets;
  ExprId selector = kNoExpr;  // The computed index or the assigned variable.
};

struct AssignStmt {
  LabelRef label;
  ExprId variable = kNoExpr;
};

struct CallStmt {
  std::string name;
  SourceLoc name_loc;
  std::vector<ExprId> arguments;  // Alternate returns are kLabel.
};

// RETURN [e], STOP [code], PAUSE [code]: the value, kNoExpr when absent.
struct ValueStmt {
  ExprId value = kNoExpr;
};

// PROGRAM, SUBROUTINE, FUNCTION, ENTRY, BLOCK DATA, MODULE: the name and dummy arguments
// (`*` for an alternate return); a FUNCTION's type when written in front of it.
struct UnitHeaderStmt {
  std::string name;
  SourceLoc name_loc;
  std::vector<std::string> dummies;
  std::vector<SourceLoc> dummy_locs;
  std::optional<TypeSpec> result_type;
  std::vector<std::string> prefixes;  // RECURSIVE, PURE, ELEMENTAL.
};

// A type declaration, DIMENSION, SAVE, EXTERNAL, INTRINSIC: the entities named. For a type
// declaration `type` is set and `attributes` holds F90 attributes (DIMENSION(...) as written).
struct DeclarationStmt {
  std::optional<TypeSpec> type;
  std::vector<std::string> attributes;
  std::vector<Dimension> attribute_dimensions;  // From a DIMENSION(...) attribute.
  std::vector<EntityDecl> entities;
  std::vector<std::string> common_blocks;  // SAVE /name/.
};

struct NamedConstant {
  std::string name;
  SourceLoc loc;
  ExprId value = kNoExpr;
};

struct ParameterStmt {
  std::vector<NamedConstant> constants;
};

struct ImplicitRule {
  TypeSpec type;
  std::vector<std::pair<char, char>> letters;  // Inclusive ranges.
};

struct ImplicitStmt {
  std::vector<ImplicitRule> rules;
};

struct CommonGroup {
  std::string block;  // "" for blank COMMON.
  SourceLoc loc;
  std::vector<EntityDecl> entities;
};

struct CommonStmt {
  std::vector<CommonGroup> groups;
};

struct EquivalenceStmt {
  std::vector<std::vector<ExprId>> sets;
};

// One value of a DATA value list: [repeat *] constant.
struct DataValue {
  ExprId repeat = kNoExpr;
  ExprId value = kNoExpr;
};

struct DataSet {
  std::vector<ExprId> objects;  // Variables, array elements, substrings, implied DOs.
  std::vector<DataValue> values;
};

struct DataStmt {
  std::vector<DataSet> sets;
};

// FORMAT (...): the specification as condensed text from its `(` to the end of the statement
// (Hollerith and character constants verbatim), and where that text starts in the statement.
struct FormatStmt {
  std::string text;
  size_t offset = 0;
};

// One item of an I/O control list: `keyword = value` or a positional unit or format (keyword
// empty). A `*` value is kStar; a label value is kLabel.
struct IoControl {
  std::string keyword;
  SourceLoc loc;
  ExprId value = kNoExpr;
};

// READ, WRITE, PRINT, OPEN, CLOSE, INQUIRE, REWIND, BACKSPACE, ENDFILE. The short forms
// (READ f, list; PRINT f, list; REWIND u) put their format or unit in `controls` without a
// keyword.
struct IoStmt {
  std::vector<IoControl> controls;
  std::vector<ExprId> items;
  bool has_control_list = false;  // Written with a parenthesized control list.
};

// F90 statements legacy code grows into, kept as their expressions: SELECT CASE (e), CASE (...),
// ALLOCATE (...), DEALLOCATE (...), USE name.
struct ExprListStmt {
  std::string name;
  std::vector<ExprId> exprs;
};

using StatementPayload =
    std::variant<PlainStmt, AssignmentStmt, ConditionStmt, LogicalIfStmt, ArithmeticIfStmt, DoStmt,
                 GotoStmt, AssignStmt, CallStmt, ValueStmt, UnitHeaderStmt, DeclarationStmt,
                 ParameterStmt, ImplicitStmt, CommonStmt, EquivalenceStmt, DataStmt, FormatStmt,
                 IoStmt, ExprListStmt>;

struct Statement {
  StatementKind kind = StatementKind::kUnknown;
  std::optional<uint32_t> label;
  SourceLoc label_loc;
  SourceLoc loc;
  // The logical statement this was parsed from (an index into the reader's statements).
  uint32_t source_index = 0;
  // Whether the statement parsed; a statement with an error keeps its kind and label (so labels
  // and block structure stay checkable) and an empty payload of its family.
  bool valid = true;
  StatementPayload payload;
};

// A source file's statements in order, the statements logical IFs control, and the expressions
// of both.
struct ParsedFile {
  std::vector<Statement> statements;
  std::vector<Statement> controlled;
  std::vector<Expr> exprs;

  auto expr(ExprId id) const -> const Expr& { return exprs[id]; }
};

}  // namespace remint::fortran

#endif  // REMINT_FRONTENDS_FORTRAN_PARSE_AST_H_
