// LayoutGraph: the layered drawing's geometry. Each connected component is laid out alone
// (component_layout.h) in "cross" (along a layer) and "main" (across layers) coordinates; the
// components are packed side by side in rows, and everything is mapped to x/y for top-to-bottom
// or left-to-right.
#include <algorithm>
#include <cstdint>
#include <numeric>
#include <utility>
#include <vector>

#include "emitters/report/svg/component_layout.h"
#include "emitters/report/svg/svg_graph.h"
#include "emitters/report/svg/svg_text.h"

namespace remint::report {
namespace {

constexpr int64_t kComponentGap = 40;
constexpr int64_t kMargin = 16;
constexpr int64_t kRowLength = 1600;  // components wrap to a new row beyond this

// Weakly connected components, numbered in order of their lowest node.
auto Components(const Graph& graph, std::vector<uint32_t>& component) -> uint32_t {
  std::vector<uint32_t> parent(graph.nodes.size());
  std::iota(parent.begin(), parent.end(), 0U);
  auto find = [&](uint32_t v) {
    while (parent[v] != v) v = parent[v] = parent[parent[v]];
    return v;
  };
  for (const GraphEdge& edge : graph.edges) {
    if (edge.from >= graph.nodes.size() || edge.to >= graph.nodes.size()) continue;
    uint32_t a = find(edge.from);
    uint32_t b = find(edge.to);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);  // the root stays the lowest node
  }
  component.assign(graph.nodes.size(), 0);
  uint32_t count = 0;
  std::vector<uint32_t> number(graph.nodes.size(), UINT32_MAX);
  for (uint32_t v = 0; v < graph.nodes.size(); ++v) {
    uint32_t root = find(v);
    if (number[root] == UINT32_MAX) number[root] = count++;
    component[v] = number[root];
  }
  return count;
}

// Drops the points of a polyline that lie on the straight line between their neighbours: a long
// edge that stays in one column keeps its two ends, not two points per layer.
void DropStraightPoints(std::vector<GraphPoint>& points) {
  size_t kept = 0;
  for (size_t i = 0; i < points.size(); ++i) {
    if (kept >= 1 && i + 1 < points.size()) {
      const GraphPoint& a = points[kept - 1];
      const GraphPoint& b = points[i];
      const GraphPoint& c = points[i + 1];
      int64_t cross = int64_t{b.x - a.x} * (c.y - b.y) - int64_t{b.y - a.y} * (c.x - b.x);
      int64_t dot = int64_t{b.x - a.x} * (c.x - b.x) + int64_t{b.y - a.y} * (c.y - b.y);
      if (cross == 0 && dot >= 0) continue;
    }
    points[kept++] = points[i];
  }
  points.resize(kept);
}

}  // namespace

auto LayoutGraph(const Graph& graph, const SvgGraphOptions& options) -> GraphLayout {
  GraphLayout layout;
  layout.nodes.resize(graph.nodes.size());
  if (graph.nodes.empty()) return layout;
  std::vector<uint32_t> component;
  uint32_t count = Components(graph, component);
  std::vector<std::vector<uint32_t>> nodes(count);
  std::vector<std::vector<uint32_t>> edges(count);
  for (uint32_t v = 0; v < graph.nodes.size(); ++v) nodes[component[v]].push_back(v);
  for (uint32_t e = 0; e < graph.edges.size(); ++e) {
    const GraphEdge& edge = graph.edges[e];
    if (edge.from >= graph.nodes.size() || edge.to >= graph.nodes.size()) continue;  // data
    edges[component[edge.from]].push_back(e);
  }

  std::vector<svg_internal::PlacedComponent> placed;
  std::vector<uint32_t> local(graph.nodes.size(), 0);
  int64_t row_length = kRowLength;
  for (uint32_t c = 0; c < count; ++c) {
    placed.push_back(svg_internal::LayoutComponent(graph, options.left_to_right, nodes[c], edges[c],
                                                   local, layout.crossings));
    row_length = std::max(row_length, placed.back().cross_max - placed.back().cross_min);
  }

  // Rows of components, each row as deep as its deepest component.
  int64_t cross_at = 0;
  int64_t row_at = 0;
  int64_t row_depth = 0;
  int64_t cross_extent = 0;
  std::vector<EdgeRoute> routes;
  for (uint32_t c = 0; c < count; ++c) {
    svg_internal::PlacedComponent& part = placed[c];
    int64_t length = part.cross_max - part.cross_min;
    if (cross_at > 0 && cross_at + length > row_length) {
      row_at += row_depth + kComponentGap;
      cross_at = 0;
      row_depth = 0;
    }
    int64_t shift_cross = kMargin + cross_at - part.cross_min;
    int64_t shift_main = kMargin + row_at;
    auto map = [&](int64_t cross, int64_t main) {
      int64_t x = options.left_to_right ? main + shift_main : cross + shift_cross;
      int64_t y = options.left_to_right ? cross + shift_cross : main + shift_main;
      return GraphPoint{static_cast<int32_t>(x), static_cast<int32_t>(y)};
    };
    for (const svg_internal::PlacedNode& at : part.nodes) {
      NodePlacement& placement = layout.nodes[at.node];
      placement.center = map(at.cross, at.main);
      placement.layer = at.layer;
      placement.width =
          svg_internal::NodeWidth(svg_internal::DisplayLabel(graph.nodes[at.node].label));
      placement.height = svg_internal::kNodeHeight;
      placement.component = c;
    }
    for (EdgeRoute& route : part.routes) {
      for (GraphPoint& p : route.points) p = map(p.x, p.y);
      route.label_at = map(route.label_at.x, route.label_at.y);
      routes.push_back(std::move(route));
    }
    cross_at += length + kComponentGap;
    cross_extent = std::max(cross_extent, cross_at - kComponentGap);
    row_depth = std::max(row_depth, part.main_extent);
  }
  int64_t main_extent = row_at + row_depth;
  layout.width =
      static_cast<int32_t>(2 * kMargin + (options.left_to_right ? main_extent : cross_extent));
  layout.height =
      static_cast<int32_t>(2 * kMargin + (options.left_to_right ? cross_extent : main_extent));

  std::sort(routes.begin(), routes.end(),
            [](const EdgeRoute& a, const EdgeRoute& b) { return a.edge < b.edge; });
  for (EdgeRoute& route : routes) {
    if (!route.self_loop) DropStraightPoints(route.points);
  }
  layout.edges = std::move(routes);
  return layout;
}

}  // namespace remint::report
