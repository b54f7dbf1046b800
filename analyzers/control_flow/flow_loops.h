// Loops and reducibility of a control-flow graph (control_flow.h): dominators over the GO TO and
// fall-through edges, from the entries and from every PERFORM target (a call starts a flow of
// its own); a retreating edge of a depth-first walk is a back edge when its target dominates its
// source, and makes the graph irreducible otherwise.
#ifndef REMINT_ANALYZERS_CONTROL_FLOW_FLOW_LOOPS_H_
#define REMINT_ANALYZERS_CONTROL_FLOW_FLOW_LOOPS_H_

#include "analyzers/control_flow/control_flow.h"

namespace remint::analysis {

// Fills graph.back_edges and graph.irreducible_edges.
void FindLoops(ControlFlowGraph& graph);

}  // namespace remint::analysis

#endif  // REMINT_ANALYZERS_CONTROL_FLOW_FLOW_LOOPS_H_
