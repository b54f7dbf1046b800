// INCLUDE lines (F90 3.4; an extension to FORTRAN 77 that every compiler of it accepts): the line
// `INCLUDE 'name'` is replaced by the logical statements of the named file, read in the same
// source form. The name is looked up in the including file's directory, then in each directory
// of the search path (gfortran -I). Locations in included text name the include record, so the
// chain renders the way COBOL COPY and JCL INCLUDE do.
#ifndef REMINT_FRONTENDS_FORTRAN_PREPROCESS_INCLUDE_RESOLVER_H_
#define REMINT_FRONTENDS_FORTRAN_PREPROCESS_INCLUDE_RESOLVER_H_

#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics/diagnostic_emitter.h"
#include "base/source_manager.h"
#include "frontends/fortran/source/logical_statement.h"

namespace remint::fortran {

struct ReadOptions {
  SourceForm form = SourceForm::kFixed;
  std::vector<std::string> include_path;
};

// The file name an INCLUDE line names, when `statement` is one: INCLUDE followed by a single
// character constant and nothing else, with no label.
auto IncludedName(const LogicalStatement& statement) -> std::optional<std::string>;

// Reads `file` and, recursively, the files its INCLUDE lines name. An INCLUDE that cannot be
// followed (member missing, or already being included) is reported and left out.
auto ReadWithIncludes(SourceManager& sources, FileId file, const ReadOptions& options,
                      DiagnosticEmitter& emitter) -> std::vector<LogicalStatement>;

}  // namespace remint::fortran

#endif  // REMINT_FRONTENDS_FORTRAN_PREPROCESS_INCLUDE_RESOLVER_H_
