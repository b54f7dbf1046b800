// The estate's call graph: which program calls which (CALL with a literal, and CALL through an
// identifier with the literals that reach it: its VALUE and every MOVE of a literal into it),
// CANCEL, and which programs JCL steps run (EXEC PGM=); the entry points (programs a step runs)
// and the programs nothing calls or runs. Built from lowered modules only: one per COBOL member
// (its nested programs included), and one holding the lowered jobs.
//
// EXEC CICS LINK and XCTL are calls too: PROGRAM('LITERAL'), or PROGRAM(identifier) with the
// literals that reach the identifier.
#ifndef REMINT_ANALYZERS_CALL_GRAPH_CALL_GRAPH_H_
#define REMINT_ANALYZERS_CALL_GRAPH_CALL_GRAPH_H_

#include <cstdint>
#include <string>
#include <vector>

#include "ir/module.h"

namespace remint::analysis {

enum class CallKind {
  kStatic,    // CALL 'LITERAL'
  kDynamic,   // CALL identifier: one edge per literal that reaches it
  kCancel,    // CANCEL 'LITERAL' or identifier
  kJobStep,   // EXEC PGM=
  kCicsLink,  // EXEC CICS LINK PROGRAM('LITERAL') or PROGRAM(identifier)
  kCicsXctl,  // EXEC CICS XCTL PROGRAM(...): control passes and does not come back
};

struct CallSite {
  std::string caller;  // a program, or "JOB.STEP" for a job step
  std::string callee;  // as called, upper case; empty for an identifier no literal reaches
  CallKind kind = CallKind::kStatic;
  std::string file;  // where the statement is (the module's display path)
  uint32_t line = 0;
  std::string through;     // kDynamic / kCancel through an identifier: its name
  bool in_estate = false;  // the callee is one of the estate's programs
};

struct CallGraph {
  std::vector<std::string> programs;      // every program of the estate, sorted
  std::vector<CallSite> calls;            // by caller, file, line, callee
  std::vector<std::string> entry_points;  // programs a job step runs
  std::vector<std::string> uncalled;      // programs nothing calls, cancels or runs
  std::vector<CallSite> unresolved;       // dynamic calls no literal reaches
  std::vector<std::string> external;      // callees outside the estate (utilities...)
};

class CallGraphBuilder {
 public:
  // A lowered COBOL member: its programs, and the calls in them.
  void AddProgramModule(const ir::Module& module);
  // Lowered jobs: their program steps.
  void AddJobModule(const ir::Module& module);
  auto Build() const -> CallGraph;

 private:
  std::vector<std::string> programs_;
  std::vector<CallSite> calls_;
};

auto FormatCallGraph(const CallGraph& graph) -> std::string;
auto CallKindName(CallKind kind) -> const char*;
// The class the rule map's graphs draw an edge of this kind with ("static-call", "cics-link").
auto CallKindClass(CallKind kind) -> const char*;

}  // namespace remint::analysis

#endif  // REMINT_ANALYZERS_CALL_GRAPH_CALL_GRAPH_H_
