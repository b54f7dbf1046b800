// Expansion of a JCL job stream: INCLUDE members (through JCLLIB ORDER and the default procedure
// libraries), SET, in-stream and cataloged procedures with their symbols, EXEC parameter
// overrides (PARM.procstep=, COND=, ...) and DD overrides and additions (procstep.ddname). The
// result is what the system would run: every statement with its symbols resolved, located in its
// original member through the chain of INCLUDEs and PROC calls that brought it in.
#ifndef REMINT_FRONTENDS_JCL_EXPAND_EXPAND_H_
#define REMINT_FRONTENDS_JCL_EXPAND_EXPAND_H_

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "base/diagnostics/diagnostic_emitter.h"
#include "base/source_manager.h"
#include "frontends/jcl/parse/operands.h"
#include "frontends/jcl/parse/parse_member.h"
#include "frontends/jcl/parse/statement.h"

namespace remint::jcl {

struct LibraryOptions {
  // Partitioned dataset name -> directory, for JCLLIB ORDER= libraries.
  std::map<std::string, std::string> libraries;
  // Directories holding folders named like libraries (a dump: BANK.PROD.PROCLIB/ ...).
  std::vector<std::string> library_roots;
  // Searched after the JCLLIB libraries, in order (the system's procedure libraries).
  std::vector<std::string> procedure_libraries;
  // System symbols (&SYSUID ...) and symbols the user sets.
  std::map<std::string, std::string> symbols;
  // When set, folder listings and members are read once for every expansion that shares it.
  class MemberCache* cache = nullptr;
};

// Where an expanded statement came from, as JES marks it in a job listing.
enum class StatementOrigin {
  kJobStream,      // `//`: the job member or an INCLUDE member of it
  kCatalogedProc,  // `XX`: a procedure from a library
  kInStreamProc,   // `++`: an in-stream procedure
  kOverridden,     // `X/`: a procedure statement merged with an override from the caller
};

struct ExpandedStatement {
  // The statement as the job runs it: symbols substituted, operands parsed (overridden: the
  // merged operands). Shared between the uses of a procedure or INCLUDE member that read the
  // same text with the same symbol values; read locations through loc() and OperandLoc().
  std::shared_ptr<const ParsedStatement> parsed;
  // When valid, every location in `parsed` is reached through this include: the INCLUDE or
  // procedure call that brought the statement in (the shared statement is located in its
  // member alone).
  IncludeId include;
  StatementOrigin origin = StatementOrigin::kJobStream;
  int depth = 0;                     // PROC nesting: 0 in the job stream.
  std::vector<SourceLoc> overrides;  // kOverridden: the overriding statements

  auto statement() const -> const Statement& { return parsed->statement; }
  auto operands() const -> const Operands& { return parsed->operands; }
  auto loc() const -> SourceLoc { return Through(parsed->statement.loc); }
  auto data_loc() const -> SourceLoc { return Through(parsed->statement.data_loc); }
  auto OperandLoc(uint32_t offset) const -> SourceLoc {
    return Through(parsed->statement.OperandLoc(offset));
  }

 private:
  auto Through(SourceLoc loc) const -> SourceLoc {
    if (include.is_valid()) loc.include = include;
    return loc;
  }
};

struct ExpandedJob {
  std::string name;
  std::vector<ExpandedStatement> statements;
};

// Every job of a member (a member may hold several JOB statements).
auto ExpandMember(SourceManager& sources, FileId member, const LibraryOptions& options,
                  DiagnosticEmitter& emitter) -> std::vector<ExpandedJob>;

// Two-character mark of an origin: "//", "XX", "++", "X/".
auto OriginMark(StatementOrigin origin) -> std::string_view;

}  // namespace remint::jcl

#endif  // REMINT_FRONTENDS_JCL_EXPAND_EXPAND_H_
