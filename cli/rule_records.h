// The business rules of programs as the project database keeps them: `remint rules SOURCE` and
// `remint report` write them, `remint rules PROGRAM` reads them back without the sources.
#ifndef REMINT_CLI_RULE_RECORDS_H_
#define REMINT_CLI_RULE_RECORDS_H_

#include <span>
#include <string>
#include <vector>

#include "analyzers/rules/rules.h"
#include "base/error_or.h"
#include "base/source_manager.h"
#include "store/project_store.h"

namespace remint::cli {

// The record of one program's rules, read through `sources` (its member first, then the
// copybooks it copies); `member_path` is where the member is on disk (`sources` may hold a
// display path for it).
auto MakeStoredRules(const std::string& program, const std::vector<analysis::Rule>& rules,
                     const SourceManager& sources, const std::string& member_path, bool has_errors)
    -> store::StoredProgramRules;

// The files of `stored` whose text is no longer what its rules were extracted from (changed,
// or gone), sorted.
auto ChangedFiles(const store::StoredProgramRules& stored) -> std::vector<std::string>;

// The rules `stored` holds, in order; an error names the first entry that is not a rule.
auto RulesOf(const store::StoredProgramRules& stored) -> ErrorOr<std::vector<analysis::Rule>>;

// Writes `programs` into the database at `db_path` (one transaction); false, with RM8001 or
// RM8003 reported through `emitter`, when it cannot.
auto KeepRules(const std::string& db_path, std::span<const store::StoredProgramRules> programs,
               DiagnosticEmitter& emitter) -> bool;

}  // namespace remint::cli

#endif  // REMINT_CLI_RULE_RECORDS_H_
