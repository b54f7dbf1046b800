// The statement parser's shared state, used by the files that parse each statement family
// (parse_expression.cpp, parse_declarations.cpp, parse_control.cpp, parse_io.cpp) and by
// parse_statements.cpp, which picks the family from the classifier's kind. Internal to the
// parser: the public entry point is parse_statements.h.
#ifndef REMINT_FRONTENDS_FORTRAN_PARSE_STATEMENT_PARSER_H_
#define REMINT_FRONTENDS_FORTRAN_PARSE_STATEMENT_PARSER_H_

#include <string>
#include <string_view>

#include "base/diagnostics/diagnostic_emitter.h"
#include "frontends/fortran/parse/ast.h"
#include "frontends/fortran/parse/classify.h"
#include "frontends/fortran/parse/token_cursor.h"

namespace remint::fortran {

class StatementParser {
 public:
  StatementParser(ParsedFile& file, DiagnosticEmitter& emitter, const LogicalStatement& statement,
                  size_t begin, size_t end)
      : file_(file), emitter_(emitter), cursor_(statement, begin, end) {}

  // The statement of `kind` whose operands start at the cursor; `start` is where the statement
  // itself starts (before its keyword), for families that reread their keyword (typed FUNCTION).
  auto ParsePayload(StatementKind kind, size_t start) -> StatementPayload;
  auto Failed() const -> bool { return failed_; }

  // ---- Expressions (parse_expression.cpp). ----
  auto ParseExpr() -> ExprId;
  // A variable, array element or substring (or function reference): a name with its
  // parenthesized suffixes, no operators; what DATA, EQUIVALENCE and input lists name.
  auto ParseDesignator() -> ExprId;
  // A DATA value or PARAMETER-like constant: [sign] constant, or a name.
  auto ParseSignedConstant() -> ExprId;
  // An item of an I/O or DATA list: an implied DO `(items, v = e1, e2 [, e3])` or, in output
  // lists, any expression (`designators_only` for input and DATA lists).
  auto ParseListItem(bool designators_only) -> ExprId;
  // `(` args `)` after a name already taken: subscripts, substring ranges, keyword arguments.
  auto ParseArguments(std::vector<ExprId>& arguments) -> bool;

  // ---- Statement families. ----
  auto ParseAssignment() -> StatementPayload;
  auto ParseCondition(bool then_required) -> StatementPayload;
  auto ParseArithmeticIf() -> StatementPayload;
  auto ParseDo(bool is_while) -> StatementPayload;
  auto ParseGoto(StatementKind kind) -> StatementPayload;
  auto ParseAssign() -> StatementPayload;
  auto ParseCall() -> StatementPayload;
  auto ParseValue() -> StatementPayload;
  auto ParseEnd() -> StatementPayload;
  auto ParseUnitHeader(StatementKind kind, size_t start) -> StatementPayload;
  auto ParseTypeDeclaration(size_t start) -> StatementPayload;
  auto ParseNameList(StatementKind kind) -> StatementPayload;
  auto ParseParameter() -> StatementPayload;
  auto ParseImplicit() -> StatementPayload;
  auto ParseCommon() -> StatementPayload;
  auto ParseEquivalence() -> StatementPayload;
  auto ParseData() -> StatementPayload;
  auto ParseFormat() -> StatementPayload;
  auto ParseIo(StatementKind kind) -> StatementPayload;
  auto ParseExprList(StatementKind kind) -> StatementPayload;

  // ---- Shared pieces. ----
  // A type specifier at the cursor (INTEGER, REAL*8, CHARACTER*(*), DOUBLE PRECISION, ...);
  // with `allow_selector`, an F90 selector in parentheses after the keyword (REAL(8)).
  auto ParseTypeSpec(TypeSpec& spec, bool allow_selector = true) -> bool;
  // `( d1, d2, ... )` of an array declarator.
  auto ParseDimensions(std::vector<Dimension>& dimensions) -> bool;
  // name [(dims)] [*len] [/values/]: `allow_length` for type declarations.
  auto ParseEntity(EntityDecl& entity, bool allow_length, bool allow_initial) -> bool;
  auto ParseLabel(LabelRef& label) -> bool;
  auto ExpectName(std::string& name, SourceLoc* loc = nullptr) -> bool;
  auto Expect(std::string_view punct) -> bool;
  // Reports that `what` was expected at the next token (the first error of a statement only).
  void Fail(std::string_view what);
  // Reports anything left after a statement's operands.
  void ExpectEnd();

  auto AddExpr(Expr expr) -> ExprId;
  auto MakeLeaf(ExprKind kind, std::string text, SourceLoc loc) -> ExprId;
  auto Cursor() -> TokenCursor& { return cursor_; }
  auto File() -> ParsedFile& { return file_; }

 private:
  auto ParseLeftChain(ExprId (StatementParser::*operand)(), bool (*is_operator)(const Token&))
      -> ExprId;
  auto ParseEquivalenceLevel() -> ExprId;
  auto ParseOr() -> ExprId;
  auto ParseAnd() -> ExprId;
  auto ParseNot() -> ExprId;
  auto ParseRelational() -> ExprId;
  auto ParseConcat() -> ExprId;
  auto ParseAdditive() -> ExprId;
  auto ParseMultiplicative() -> ExprId;
  auto ParseFactor() -> ExprId;
  auto ParseOperandAfterOperator() -> ExprId;
  auto ParsePrimary() -> ExprId;
  auto ParseParenthesized() -> ExprId;
  auto ParseNameSuffixes(ExprId base) -> ExprId;
  auto ParseImpliedDoRest(ExprId first_item, SourceLoc loc, bool designators_only) -> ExprId;
  auto MakeBinary(Operator op, ExprId left, ExprId right, SourceLoc loc) -> ExprId;
  auto MakeUnary(Operator op, ExprId operand, SourceLoc loc) -> ExprId;
  // An integer variable `=` at the cursor: the start of an implied DO's control.
  auto AtImpliedDoControl() -> bool;

  ParsedFile& file_;
  DiagnosticEmitter& emitter_;
  TokenCursor cursor_;
  bool failed_ = false;
};

}  // namespace remint::fortran

#endif  // REMINT_FRONTENDS_FORTRAN_PARSE_STATEMENT_PARSER_H_
