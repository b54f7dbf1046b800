// A deterministic layered graph drawing as inline SVG, for the reviewers' static report site (the
// rule map's control-flow and call graphs). Sugiyama-style: depth-first back edges reversed to
// break cycles, longest-path layers, dummy nodes along edges that span several layers, barycenter
// sweeps against crossings, then coordinates per layer by isotonic regression toward the
// neighbours. Every coordinate is an integer, so one graph always gives the same bytes.
//
// Graph text comes from legacy sources and is untrusted: every label, link, id, class and tooltip
// is escaped, and links with a script scheme are dropped. Styling is the stylesheet's business
// (`.graph .node rect`, `.graph .edge path`, ...): the markup carries classes, not colours.
#ifndef REMINT_EMITTERS_REPORT_SVG_SVG_GRAPH_H_
#define REMINT_EMITTERS_REPORT_SVG_SVG_GRAPH_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace remint::report {

struct GraphNode {
  std::string label;      // shown text (long ones cut to 28 characters; all of it in <title>)
  std::string href;       // link target; empty = no link. Wraps the node in <a href="...">.
  std::string css_class;  // extra class(es) added to the node's <g class="node ...">
  std::string tooltip;    // extra lines for <title>, after the full label
  std::string id;         // optional DOM id for the <g>
};

struct GraphEdge {
  uint32_t from = 0;  // node indices; an edge naming no node is ignored
  uint32_t to = 0;
  std::string css_class;  // e.g. "perform", "goto", "fall-through"; added to <g class="edge ...">
  std::string label;      // optional short label drawn at the edge's middle
};

struct Graph {
  std::vector<GraphNode> nodes;
  std::vector<GraphEdge> edges;
};

struct SvgGraphOptions {
  std::string title;  // the svg's aria-label and <title>
  // Above either limit RenderSvgGraph draws nothing and returns a <p class="graph-too-large">
  // note with the counts, so that a page stays fast. max_edges 0 = 4 * max_nodes.
  size_t max_nodes = 600;
  size_t max_edges = 0;
  bool left_to_right = false;  // default top-to-bottom
};

// The drawing's geometry, in SVG user units with the origin at the top left of the svg.
struct GraphPoint {
  int32_t x = 0;
  int32_t y = 0;

  auto operator==(const GraphPoint&) const -> bool = default;
};

struct NodePlacement {
  GraphPoint center;
  int32_t width = 0;
  int32_t height = 0;
  uint32_t layer = 0;      // 0 = first layer (top, or left when left_to_right)
  uint32_t component = 0;  // connected components, numbered by their lowest node index
};

struct EdgeRoute {
  uint32_t edge = 0;  // index into Graph::edges
  // From the source's border to the target's (the arrowhead's tip), through one or two points
  // per layer crossed. A self loop has four: start, two cubic Bézier control points, end.
  std::vector<GraphPoint> points;
  GraphPoint label_at;     // where the edge's label goes
  bool self_loop = false;  // drawn as a cubic curve beside its node
  bool reversed = false;   // laid out against its direction to break a cycle (drawn the right way)
};

struct GraphLayout {
  std::vector<NodePlacement> nodes;  // one per Graph::nodes
  std::vector<EdgeRoute> edges;      // the edges naming existing nodes, in Graph::edges order
  int32_t width = 0;                 // of the whole drawing, margins included
  int32_t height = 0;
  uint64_t crossings = 0;  // edge crossings between adjacent layers after the ordering sweeps
};

// The layout alone (no limits applied: RenderSvgGraph checks max_nodes and max_edges first).
auto LayoutGraph(const Graph& graph, const SvgGraphOptions& options) -> GraphLayout;

// `<svg class="graph" ...>` markup: nodes as `<g class="node ..."><rect/><text/></g>`, edges as
// `<g class="edge ..."><path/></g>` ending in an arrowhead marker; components side by side. An
// empty graph gives a small svg saying so; a graph over the limits gives the note above.
auto RenderSvgGraph(const Graph& graph, const SvgGraphOptions& options) -> std::string;

// Escapes & < > " ' for HTML/SVG text and attributes.
auto EscapeHtml(std::string_view text) -> std::string;

}  // namespace remint::report

#endif  // REMINT_EMITTERS_REPORT_SVG_SVG_GRAPH_H_
