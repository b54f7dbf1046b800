// The control flow of a COBOL program between its procedures: one node per section and paragraph
// (and one for statements before the first of them), edges for falling through to the next
// procedure, PERFORM, GO TO (DEPENDING ON) and ALTER; which procedures the entry points reach;
// loops made of GO TO and fall-through, whether that flow graph is reducible, and McCabe's
// cyclomatic complexity. The rule map (issue 12) draws its control-flow graphs from it.
//
// PERFORM is a call: its edge makes the range reachable, but the return to the PERFORM is no
// edge, and PERFORM edges take no part in loops and reducibility (PERFORM UNTIL and VARYING are
// loop statements, counted apart).
#ifndef REMINT_ANALYZERS_CONTROL_FLOW_CONTROL_FLOW_H_
#define REMINT_ANALYZERS_CONTROL_FLOW_CONTROL_FLOW_H_

#include <cstdint>
#include <string>
#include <vector>

#include "ir/module.h"

namespace remint::analysis {

enum class FlowEdgeKind {
  kFallThrough,  // the end of a procedure into the next one
  kPerform,      // PERFORM p [THRU q], SORT/MERGE INPUT or OUTPUT PROCEDURE p: to p
  kGoTo,         // GO TO p (and an ALTERable GO TO's coded target)
  kGoToDepending,
  kAlter,  // ALTER x TO PROCEED TO y: x's GO TO may go to y
};

struct FlowEdge {
  uint32_t from = 0;  // node indices
  uint32_t to = 0;
  FlowEdgeKind kind = FlowEdgeKind::kFallThrough;
  SourceLoc loc;  // the statement (for a fall-through: the procedure it leaves)
};

struct FlowNode {
  ir::ParagraphId procedure;  // invalid for the statements before the first procedure
  std::string name;           // "(start)" for those
  std::string section;        // the section of a paragraph inside one
  bool is_section = false;
  bool declarative = false;
  SourceLoc loc;
  uint32_t decisions = 0;     // decision points in its own statements
  bool falls_through = true;  // its statements can end normally
  bool reachable = false;
};

struct ControlFlowGraph {
  ir::UnitId unit;
  std::string program;
  std::vector<FlowNode> nodes;    // in source order
  std::vector<FlowEdge> edges;    // by source node, then in statement order
  std::vector<uint32_t> entries;  // the program's start, then each declarative section
  // GO TO and fall-through edges that close a loop (their target dominates their source), and
  // the retreating edges whose target does not: any of those makes the graph irreducible.
  std::vector<FlowEdge> back_edges;
  std::vector<FlowEdge> irreducible_edges;
  uint32_t loop_statements = 0;        // PERFORM UNTIL / VARYING / TIMES and inline loops
  uint32_t cyclomatic_complexity = 1;  // decision points of the program + 1

  auto reducible() const -> bool { return irreducible_edges.empty(); }
  auto unreachable() const -> std::vector<uint32_t>;
};

// The graph of `unit` (its own procedures; nested programs have their own).
auto BuildControlFlow(const ir::Module& module, ir::UnitId unit) -> ControlFlowGraph;

// A stable text form: summary, each procedure with its edges, unreachable procedures, loops.
auto FormatControlFlow(const ControlFlowGraph& graph) -> std::string;

auto FlowEdgeKindName(FlowEdgeKind kind) -> const char*;

}  // namespace remint::analysis

#endif  // REMINT_ANALYZERS_CONTROL_FLOW_CONTROL_FLOW_H_
