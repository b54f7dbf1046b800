// Parsing a JCL member without expanding it: statements, their operands and IF conditions, with
// every syntax error reported. What `remint parse` does for JCL.
#ifndef REMINT_FRONTENDS_JCL_PARSE_PARSE_MEMBER_H_
#define REMINT_FRONTENDS_JCL_PARSE_PARSE_MEMBER_H_

#include <vector>

#include "base/diagnostics/diagnostic_emitter.h"
#include "base/source_manager.h"
#include "frontends/jcl/parse/operands.h"
#include "frontends/jcl/parse/statement.h"

namespace remint::jcl {

struct ParsedStatement {
  Statement statement;
  Operands operands;
};

auto ParseMember(const SourceManager& sources, FileId file, DiagnosticEmitter& emitter)
    -> std::vector<ParsedStatement>;

}  // namespace remint::jcl

#endif  // REMINT_FRONTENDS_JCL_PARSE_PARSE_MEMBER_H_
