// Parses classified logical statements into the syntax tree (ast.h): each statement's operands
// by its family, a logical IF's controlled statement beside it. A statement that does not
// parse is reported once, where parsing stopped, and kept with its kind and label but marked
// invalid, so later phases can still check labels and block structure around it.
#ifndef REMINT_FRONTENDS_FORTRAN_PARSE_PARSE_STATEMENTS_H_
#define REMINT_FRONTENDS_FORTRAN_PARSE_PARSE_STATEMENTS_H_

#include <vector>

#include "base/diagnostics/diagnostic_emitter.h"
#include "frontends/fortran/parse/ast.h"
#include "frontends/fortran/parse/classify.h"
#include "frontends/fortran/source/logical_statement.h"

namespace remint::fortran {

// `kinds` holds ClassifyStatements' result for `statements`, one per statement.
auto ParseStatements(const std::vector<LogicalStatement>& statements,
                     const std::vector<Classification>& kinds, DiagnosticEmitter& emitter)
    -> ParsedFile;

}  // namespace remint::fortran

#endif  // REMINT_FRONTENDS_FORTRAN_PARSE_PARSE_STATEMENTS_H_
