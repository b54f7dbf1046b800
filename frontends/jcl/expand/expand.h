// Expansion of a JCL job stream: INCLUDE members (through JCLLIB ORDER and the default procedure
// libraries), SET, in-stream and cataloged procedures with their symbols, EXEC parameter
// overrides (PARM.procstep=, COND=, ...) and DD overrides and additions (procstep.ddname). The
// result is what the system would run: every statement with its symbols resolved, located in its
// original member through the chain of INCLUDEs and PROC calls that brought it in.
#ifndef REMINT_FRONTENDS_JCL_EXPAND_EXPAND_H_
#define REMINT_FRONTENDS_JCL_EXPAND_EXPAND_H_

#include <map>
#include <string>
#include <vector>

#include "base/diagnostics/diagnostic_emitter.h"
#include "base/source_manager.h"
#include "frontends/jcl/parse/operands.h"
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
  Statement statement;  // Operands with symbols substituted (overridden: the merged operands).
  Operands operands;    // `statement.operands` parsed (empty for IF and statements with none).
  StatementOrigin origin = StatementOrigin::kJobStream;
  int depth = 0;                     // PROC nesting: 0 in the job stream.
  std::vector<SourceLoc> overrides;  // kOverridden: the overriding statements
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
