// FormatControlFlow: the text form the golden tests compare (and `remint` prints).
#include <fmt/format.h>

#include "analyzers/control_flow/control_flow.h"

namespace remint::analysis {
namespace {

auto NodeName(const ControlFlowGraph& graph, uint32_t index) -> std::string {
  const FlowNode& node = graph.nodes[index];
  return node.section.empty() ? node.name : node.name + " OF " + node.section;
}

auto FormatEdge(const ControlFlowGraph& graph, const FlowEdge& edge) -> std::string {
  if (edge.kind == FlowEdgeKind::kFallThrough) {
    return fmt::format("{} {} {}", NodeName(graph, edge.from), FlowEdgeKindName(edge.kind),
                       NodeName(graph, edge.to));
  }
  return fmt::format("{} (line {}) {} {}", NodeName(graph, edge.from), edge.loc.line,
                     FlowEdgeKindName(edge.kind), NodeName(graph, edge.to));
}

}  // namespace

auto FormatControlFlow(const ControlFlowGraph& graph) -> std::string {
  std::vector<uint32_t> unreachable = graph.unreachable();
  std::string text = fmt::format(
      "program {}: {} procedures ({} unreachable), {} edges, {}, cyclomatic complexity {}, {} "
      "loop statements, {} GO TO loops\n",
      graph.program, graph.nodes.size(), unreachable.size(), graph.edges.size(),
      graph.reducible() ? "reducible" : "irreducible", graph.cyclomatic_complexity,
      graph.loop_statements, graph.back_edges.size());
  for (uint32_t entry : graph.entries) text += "entry " + NodeName(graph, entry) + "\n";
  size_t edge = 0;
  for (uint32_t index = 0; index < graph.nodes.size(); ++index) {
    const FlowNode& node = graph.nodes[index];
    text += fmt::format("{} {} (line {}): {} decisions{}{}{}\n",
                        node.is_section ? "section" : "procedure", NodeName(graph, index),
                        node.loc.line, node.decisions, node.declarative ? ", declarative" : "",
                        node.falls_through ? "" : ", does not fall through",
                        node.reachable ? "" : ", unreachable");
    for (; edge < graph.edges.size() && graph.edges[edge].from == index; ++edge) {
      const FlowEdge& out = graph.edges[edge];
      if (out.kind == FlowEdgeKind::kFallThrough) {
        text += fmt::format("  {} {}\n", FlowEdgeKindName(out.kind), NodeName(graph, out.to));
      } else {
        text += fmt::format("  {} {} (line {})\n", FlowEdgeKindName(out.kind),
                            NodeName(graph, out.to), out.loc.line);
      }
    }
  }
  for (const FlowEdge& back : graph.back_edges) text += "loop: " + FormatEdge(graph, back) + "\n";
  for (const FlowEdge& jump : graph.irreducible_edges) {
    text += "irreducible: " + FormatEdge(graph, jump) + "\n";
  }
  return text;
}

}  // namespace remint::analysis
