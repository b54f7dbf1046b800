#include "frontends/jcl/parse/parse_member.h"

#include "frontends/jcl/parse/condition.h"
#include "frontends/jcl/parse/statement_reader.h"

namespace remint::jcl {

auto ParseMember(const SourceManager& sources, FileId file, DiagnosticEmitter& emitter)
    -> std::vector<ParsedStatement> {
  std::vector<ParsedStatement> parsed;
  for (Statement& statement : ReadStatements(sources, file, IncludeId{}, emitter)) {
    Operands operands;
    if (statement.kind == StatementKind::kJcl) {
      if (statement.operation == "IF") {
        ParseCondition(statement, emitter);
      } else {
        operands = ParseOperands(statement.operands, statement, emitter);
      }
    }
    parsed.push_back(ParsedStatement{std::move(statement), std::move(operands)});
  }
  return parsed;
}

}  // namespace remint::jcl
