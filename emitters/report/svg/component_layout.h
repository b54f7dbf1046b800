// One connected component's layered drawing (LayoutGraph lays out each and packs them side by
// side): depth-first back edges reversed, longest-path layers, dummy nodes on long edges,
// barycenter sweeps, then positions along each layer. Internal to emitters/report/svg.
#ifndef REMINT_EMITTERS_REPORT_SVG_COMPONENT_LAYOUT_H_
#define REMINT_EMITTERS_REPORT_SVG_COMPONENT_LAYOUT_H_

#include <cstdint>
#include <vector>

#include "emitters/report/svg/svg_graph.h"

namespace remint::report::svg_internal {

inline constexpr int32_t kNodeHeight = 32;

// Coordinates "cross" run along a layer and "main" across layers: x and y top to bottom, y and
// x left to right.
struct PlacedNode {
  uint32_t node = 0;  // index into Graph::nodes
  uint32_t layer = 0;
  int64_t cross = 0;  // its centre
  int64_t main = 0;
};

struct PlacedComponent {
  std::vector<PlacedNode> nodes;
  std::vector<EdgeRoute> routes;  // points and label_at hold (cross, main) in (x, y)
  int64_t cross_min = 0;          // the extent of its nodes and bend points
  int64_t cross_max = 0;
  int64_t main_extent = 0;  // from 0
};

// Lays out the component made of `nodes` (ascending) and the edges among them, `edges`
// (ascending indices into graph.edges, none naming a missing node). `local` is scratch space
// with one entry per graph node. Adds the crossings it could not remove to `crossings`.
auto LayoutComponent(const Graph& graph, bool left_to_right, const std::vector<uint32_t>& nodes,
                     const std::vector<uint32_t>& edges, std::vector<uint32_t>& local,
                     uint64_t& crossings) -> PlacedComponent;

}  // namespace remint::report::svg_internal

#endif  // REMINT_EMITTERS_REPORT_SVG_COMPONENT_LAYOUT_H_
