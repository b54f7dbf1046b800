// The syntax tree as text, one line per statement, expressions as S-expressions: what the
// parser goldens compare and `remint parse` prints for Fortran. Stable: no pointers, no ids.
#ifndef REMINT_FRONTENDS_FORTRAN_PARSE_AST_PRINTER_H_
#define REMINT_FRONTENDS_FORTRAN_PARSE_AST_PRINTER_H_

#include <string>

#include "frontends/fortran/parse/ast.h"

namespace remint::fortran {

// "(+ A (* B 2))", "(apply X 1 (range 2 -))", "'IT''S'", "5HHELLO", "@10" (a label), "*".
auto PrintExpr(const ParsedFile& file, ExprId id) -> std::string;

// "LINE:COLUMN [LABEL] KIND operands" per statement; a logical IF's controlled statement
// follows it on the same line after "->"; "!" marks a statement that did not parse.
auto PrintParsedFile(const ParsedFile& file) -> std::string;

}  // namespace remint::fortran

#endif  // REMINT_FRONTENDS_FORTRAN_PARSE_AST_PRINTER_H_
