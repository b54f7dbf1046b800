// RenderSvgGraph: the layout written as SVG markup. Graph text is cleaned (svg_text.h) and then
// escaped at every use, in text and attributes alike; numbers are integers.
#include <charconv>
#include <string>

#include "emitters/report/svg/svg_graph.h"
#include "emitters/report/svg/svg_text.h"

namespace remint::report {
namespace {

using svg_internal::CleanText;
using svg_internal::DisplayLabel;

// Untrusted text, made safe for an attribute or element content.
auto Safe(std::string_view text, bool keep_newlines = false) -> std::string {
  return EscapeHtml(CleanText(text, keep_newlines));
}

auto Num(int64_t value) -> std::string { return std::to_string(value); }

// Appends "x,y" (paths have many points: no temporaries).
void AppendPoint(std::string& out, const GraphPoint& p) {
  char buffer[16];
  out.append(buffer, std::to_chars(buffer, buffer + sizeof buffer, p.x).ptr);
  out += ',';
  out.append(buffer, std::to_chars(buffer, buffer + sizeof buffer, p.y).ptr);
}

auto ValidEdges(const Graph& graph) -> size_t {
  size_t count = 0;
  for (const GraphEdge& edge : graph.edges) {
    if (edge.from < graph.nodes.size() && edge.to < graph.nodes.size()) ++count;
  }
  return count;
}

// FNV-1a over the graph's shape and labels: the arrowhead marker's id differs between the graphs
// of one page (ids are page-wide) yet stays the same from run to run.
auto MarkerId(const Graph& graph, const SvgGraphOptions& options) -> std::string {
  uint32_t hash = 2166136261U;
  auto mix = [&](std::string_view bytes) {
    for (char c : bytes) {
      hash ^= static_cast<unsigned char>(c);
      hash *= 16777619U;
    }
    hash ^= 0xFFU;  // a separator, so that "ab"+"c" and "a"+"bc" differ
    hash *= 16777619U;
  };
  mix(options.title);
  for (const GraphNode& node : graph.nodes) mix(node.label);
  for (const GraphEdge& edge : graph.edges) mix(Num(edge.from) + ">" + Num(edge.to));
  constexpr char kHex[] = "0123456789abcdef";
  std::string id = "remint-arrow-";
  for (int shift = 28; shift >= 0; shift -= 4) id += kHex[(hash >> shift) & 0xFU];
  return id;
}

// `<svg ...>` with its size and accessible name.
void OpenSvg(std::string& out, std::string_view classes, int64_t width, int64_t height,
             std::string_view title) {
  out += "<svg class=\"" + std::string(classes) + "\" xmlns=\"http://www.w3.org/2000/svg\"";
  out += " viewBox=\"0 0 " + Num(width) + " " + Num(height) + "\" width=\"" + Num(width) +
         "\" height=\"" + Num(height) + "\" role=\"img\"";
  // Node widths assume about 7 units a character: a 12-unit monospace font, unless styled.
  out += " font-family=\"monospace\" font-size=\"12\"";
  if (!title.empty()) out += " aria-label=\"" + Safe(title) + "\"";
  out += ">\n";
  if (!title.empty()) out += "<title>" + Safe(title) + "</title>\n";
}

void WriteEdge(std::string& out, const Graph& graph, const EdgeRoute& route,
               const std::string& marker) {
  const GraphEdge& edge = graph.edges[route.edge];
  out += "<g class=\"edge";
  if (route.self_loop) out += " self-loop";
  if (!edge.css_class.empty()) out += " " + Safe(edge.css_class);
  out += "\"><title>" + Safe(graph.nodes[edge.from].label) + " \xE2\x86\x92 " +
         Safe(graph.nodes[edge.to].label) + "</title><path d=\"";
  const std::vector<GraphPoint>& p = route.points;
  out += 'M';
  AppendPoint(out, p[0]);
  for (size_t i = 1; i < p.size(); ++i) {
    // A self loop is one cubic curve: "C c1 c2 end".
    out += route.self_loop ? (i == 1 ? 'C' : ' ') : 'L';
    AppendPoint(out, p[i]);
  }
  // Presentation attributes are the weakest styling: any stylesheet rule overrides them.
  out += "\" fill=\"none\" stroke=\"currentColor\" marker-end=\"url(#" + marker + ")\"/>";
  if (!edge.label.empty()) {
    out += "<text class=\"edge-label\" x=\"" + Num(route.label_at.x) + "\" y=\"" +
           Num(route.label_at.y) +
           "\" text-anchor=\"middle\" dominant-baseline=\"central\" font-size=\"10\">" +
           EscapeHtml(DisplayLabel(edge.label)) + "</text>";
  }
  out += "</g>\n";
}

void WriteNode(std::string& out, const GraphNode& node, const NodePlacement& at) {
  std::string href = svg_internal::SafeHref(node.href);
  if (!href.empty()) out += "<a href=\"" + EscapeHtml(href) + "\">";
  out += "<g class=\"node";
  if (!node.css_class.empty()) out += " " + Safe(node.css_class);
  out += "\"";
  if (!node.id.empty()) out += " id=\"" + Safe(node.id) + "\"";
  out += "><title>" + Safe(node.label);
  if (!node.tooltip.empty()) out += "\n" + Safe(node.tooltip, /*keep_newlines=*/true);
  out += "</title><rect x=\"" + Num(at.center.x - at.width / 2) + "\" y=\"" +
         Num(at.center.y - at.height / 2) + "\" width=\"" + Num(at.width) + "\" height=\"" +
         Num(at.height) + "\" rx=\"4\" fill=\"white\" stroke=\"currentColor\"/>";
  out += "<text x=\"" + Num(at.center.x) + "\" y=\"" + Num(at.center.y) +
         "\" text-anchor=\"middle\" dominant-baseline=\"central\">" +
         EscapeHtml(DisplayLabel(node.label)) + "</text></g>";
  if (!href.empty()) out += "</a>";
  out += "\n";
}

}  // namespace

auto RenderSvgGraph(const Graph& graph, const SvgGraphOptions& options) -> std::string {
  size_t edges = ValidEdges(graph);
  size_t max_edges = options.max_edges != 0 ? options.max_edges : 4 * options.max_nodes;
  if (graph.nodes.size() > options.max_nodes || edges > max_edges) {
    // Too big to draw usefully or quickly: say so instead.
    std::string note = "<p class=\"graph-too-large\">";
    if (!options.title.empty()) note += Safe(options.title) + ": ";
    note += "too large to draw (" + Num(static_cast<int64_t>(graph.nodes.size())) + " nodes, " +
            Num(static_cast<int64_t>(edges)) + " edges; the limit is " +
            Num(static_cast<int64_t>(options.max_nodes)) + " nodes and " +
            Num(static_cast<int64_t>(max_edges)) + " edges).</p>\n";
    return note;
  }
  std::string out;
  if (graph.nodes.empty()) {
    OpenSvg(out, "graph graph-empty", 160, 40, options.title);
    out +=
        "<text x=\"80\" y=\"20\" text-anchor=\"middle\" dominant-baseline=\"central\">"
        "(no nodes)</text>\n</svg>\n";
    return out;
  }

  GraphLayout layout = LayoutGraph(graph, options);
  std::string marker = MarkerId(graph, options);
  out.reserve(256 * (graph.nodes.size() + edges));
  OpenSvg(out, "graph", layout.width, layout.height, options.title);
  // One arrowhead for every edge; orient="auto" turns it along the path's last segment.
  out += "<defs><marker id=\"" + marker +
         "\" class=\"arrowhead\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"8\" "
         "markerHeight=\"8\" orient=\"auto\"><path d=\"M0,0L10,5L0,10z\" "
         "fill=\"currentColor\"/></marker></defs>\n";
  // Edges first: nodes paint over their ends.
  for (const EdgeRoute& route : layout.edges) WriteEdge(out, graph, route, marker);
  for (size_t v = 0; v < graph.nodes.size(); ++v) WriteNode(out, graph.nodes[v], layout.nodes[v]);
  out += "</svg>\n";
  return out;
}

}  // namespace remint::report
