// Classifies logical statements by kind. Fixed-form text has no significant blanks, so the
// keyword alone cannot decide: `DO10I=1.10` is an assignment to DO10I and `DO10I=1,10` a DO
// statement; `REALFUNCTIONF(X)` a typed FUNCTION header and `REALFUNCTIONX` a declaration. The
// rule (ISO 1539:1980 3.5 and each statement's syntax): a statement with an `=` outside
// parentheses and character context is an assignment unless it is a DO (a comma after the `=`
// outside parentheses), a logical IF controlling an assignment, or an F90 declaration with `::`;
// any other statement begins with its keyword.
#ifndef REMINT_FRONTENDS_FORTRAN_PARSE_CLASSIFY_H_
#define REMINT_FRONTENDS_FORTRAN_PARSE_CLASSIFY_H_

#include <vector>

#include "base/diagnostics/diagnostic_emitter.h"
#include "frontends/fortran/parse/statement_kind.h"
#include "frontends/fortran/source/logical_statement.h"

namespace remint::fortran {

struct Classification {
  StatementKind kind = StatementKind::kUnknown;
  // Offset in the condensed text where the operands start: after the keyword (and after a type
  // specifier for FUNCTION and type declarations, at the name); 0 for an assignment; at the
  // condition's `(` for IF forms and ELSE IF; after DO (its label, then the loop control) for
  // DO and DO WHILE.
  size_t operands = 0;
  // A logical IF's controlled statement: its kind, where it starts, where its operands start.
  StatementKind nested_kind = StatementKind::kUnknown;
  size_t nested_start = 0;
  size_t nested_operands = 0;

  friend auto operator==(const Classification&, const Classification&) -> bool = default;
};

// The kind of one statement; no diagnostics.
auto ClassifyStatement(const LogicalStatement& statement) -> Classification;

// Every statement's kind; an unknown statement (or an unknown statement controlled by a logical
// IF) is reported where it starts.
auto ClassifyStatements(const std::vector<LogicalStatement>& statements, DiagnosticEmitter& emitter)
    -> std::vector<Classification>;

}  // namespace remint::fortran

#endif  // REMINT_FRONTENDS_FORTRAN_PARSE_CLASSIFY_H_
