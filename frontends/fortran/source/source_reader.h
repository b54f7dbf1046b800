// Reads a Fortran member's lines into logical statements, in fixed or free source form.
// INCLUDE lines come out as statements (INCLUDE then a character constant); the preprocess step
// (frontends/fortran/preprocess/include_resolver.h) replaces them with the included text.
#ifndef REMINT_FRONTENDS_FORTRAN_SOURCE_SOURCE_READER_H_
#define REMINT_FRONTENDS_FORTRAN_SOURCE_SOURCE_READER_H_

#include <vector>

#include "base/diagnostics/diagnostic_emitter.h"
#include "base/source_manager.h"
#include "frontends/fortran/source/logical_statement.h"

namespace remint::fortran {

// Fixed form: columns 1-5 label, 6 continuation, 7-72 text; C, c, * or ! in column 1 and blank
// lines are comments; text past column 72 is ignored; a tab in columns 1-6 is the DEC tab form.
// `include` names the INCLUDE that brought the file in (invalid for the main file); every
// location the statements carry names it.
auto ReadFixedForm(const SourceManager& sources, FileId file, IncludeId include,
                   DiagnosticEmitter& emitter) -> std::vector<LogicalStatement>;

// Free form: `&` continuation, `!` comments, `;` between statements, a label as leading digits.
auto ReadFreeForm(const SourceManager& sources, FileId file, IncludeId include,
                  DiagnosticEmitter& emitter) -> std::vector<LogicalStatement>;

inline auto ReadLogicalStatements(const SourceManager& sources, FileId file, IncludeId include,
                                  SourceForm form, DiagnosticEmitter& emitter)
    -> std::vector<LogicalStatement> {
  return form == SourceForm::kFixed ? ReadFixedForm(sources, file, include, emitter)
                                    : ReadFreeForm(sources, file, include, emitter);
}

}  // namespace remint::fortran

#endif  // REMINT_FRONTENDS_FORTRAN_SOURCE_SOURCE_READER_H_
