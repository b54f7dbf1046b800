// Reads a JCL member's card images into statements: fields, continuations (a trailing comma, a
// quoted string carried past column 71, an IF condition not yet closed by THEN), comment cards,
// in-stream data (DD *, DD DATA, DLM=, and the SYSIN DD * the system implies for data following a
// step), JES2 and JES3 statements. Columns 72-80 are ignored.
#ifndef REMINT_FRONTENDS_JCL_PARSE_STATEMENT_READER_H_
#define REMINT_FRONTENDS_JCL_PARSE_STATEMENT_READER_H_

#include <vector>

#include "base/diagnostics/diagnostic_emitter.h"
#include "base/source_manager.h"
#include "frontends/jcl/parse/statement.h"

namespace remint::jcl {

// `include` is the INCLUDE or PROC expansion that brought the member in (invalid for a job
// member read directly); every location the statements carry names it.
auto ReadStatements(const SourceManager& sources, FileId file, IncludeId include,
                    DiagnosticEmitter& emitter) -> std::vector<Statement>;

// True for the operations of JCL statements remint knows (JOB, EXEC, DD, PROC, ...).
auto IsKnownOperation(std::string_view operation) -> bool;

}  // namespace remint::jcl

#endif  // REMINT_FRONTENDS_JCL_PARSE_STATEMENT_READER_H_
