// The report's SVG graph drawing (emitters/report/svg): layout facts read from LayoutGraph
// (layers, cycles, components, bend points, no overlap), the markup's escaping of untrusted text,
// byte-identical output, the size limits, and large graphs finishing within the suite's CTest
// TIMEOUT (no test measures time itself).
#include "emitters/report/svg/svg_graph.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace remint::report::testing {
namespace {

auto Count(std::string_view text, std::string_view needle) -> size_t {
  size_t count = 0;
  for (size_t at = text.find(needle); at != std::string_view::npos;
       at = text.find(needle, at + needle.size())) {
    ++count;
  }
  return count;
}

auto Edge(uint32_t from, uint32_t to) -> GraphEdge {
  GraphEdge edge;
  edge.from = from;
  edge.to = to;
  return edge;
}

// Options with one limit or direction set (designated initializers would leave the title out).
auto Options(size_t max_nodes, size_t max_edges = 0, bool left_to_right = false)
    -> SvgGraphOptions {
  SvgGraphOptions options;
  options.max_nodes = max_nodes;
  options.max_edges = max_edges;
  options.left_to_right = left_to_right;
  return options;
}

auto Titled(std::string title) -> SvgGraphOptions {
  SvgGraphOptions options;
  options.title = std::move(title);
  return options;
}

auto MakeGraph(size_t nodes, const std::vector<std::pair<uint32_t, uint32_t>>& edges) -> Graph {
  Graph graph;
  for (size_t i = 0; i < nodes; ++i) {
    graph.nodes.emplace_back();
    graph.nodes.back().label = "N" + std::to_string(i);
  }
  for (const auto& [from, to] : edges) graph.edges.push_back(Edge(from, to));
  return graph;
}

// A fixed pseudo-random graph (a linear congruential generator: the same on every platform).
auto RandomGraph(size_t nodes, size_t edges) -> Graph {
  Graph graph = MakeGraph(nodes, {});
  uint64_t state = 12345;
  auto next = [&] {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<uint32_t>(state >> 33);
  };
  for (size_t i = 0; i < edges; ++i) {
    auto from = static_cast<uint32_t>(next() % nodes);
    auto to = static_cast<uint32_t>(next() % nodes);
    graph.edges.push_back(Edge(from, to));
    graph.edges.back().css_class = i % 2 != 0 ? "goto" : "perform";
  }
  return graph;
}

auto Top(const NodePlacement& node) -> int32_t { return node.center.y - node.height / 2; }
auto Bottom(const NodePlacement& node) -> int32_t { return node.center.y + node.height / 2; }

auto OnBorder(const GraphPoint& p, const NodePlacement& node) -> bool {
  int32_t left = node.center.x - node.width / 2;
  int32_t right = left + node.width;
  int32_t top = Top(node);
  int32_t bottom = top + node.height;
  bool inside = p.x >= left && p.x <= right && p.y >= top && p.y <= bottom;
  return inside && (p.x == left || p.x == right || p.y == top || p.y == bottom);
}

auto Inside(const GraphPoint& p, const NodePlacement& node) -> bool {
  return p.x >= node.center.x - node.width / 2 && p.x <= node.center.x + node.width / 2 &&
         p.y >= Top(node) && p.y <= Bottom(node);
}

// Whether the segment a-b meets the node's box (Liang-Barsky clipping).
auto SegmentHits(const GraphPoint& a, const GraphPoint& b, const NodePlacement& node) -> bool {
  double t0 = 0;
  double t1 = 1;
  double dx = b.x - a.x;
  double dy = b.y - a.y;
  double p[] = {-dx, dx, -dy, dy};
  double q[] = {a.x - (node.center.x - node.width / 2.0), (node.center.x + node.width / 2.0) - a.x,
                a.y - (node.center.y - node.height / 2.0),
                (node.center.y + node.height / 2.0) - a.y};
  for (int i = 0; i < 4; ++i) {
    if (p[i] == 0) {
      if (q[i] < 0) return false;
    } else if (p[i] < 0) {
      t0 = std::max(t0, q[i] / p[i]);
    } else {
      t1 = std::min(t1, q[i] / p[i]);
    }
  }
  return t0 <= t1;
}

auto RouteHits(const EdgeRoute& route, const NodePlacement& node) -> bool {
  for (size_t i = 0; i + 1 < route.points.size(); ++i) {
    if (SegmentHits(route.points[i], route.points[i + 1], node)) return true;
  }
  return false;
}

TEST(SvgGraphTest, SameGraphGivesTheSameBytes) {
  Graph graph = RandomGraph(80, 200);
  graph.nodes[3].label = "A-VERY-LONG-PARAGRAPH-NAME-THAT-GOES-ON-AND-ON";
  graph.edges[0].label = "UNTIL X";
  SvgGraphOptions options = Titled("PROG1 control flow");
  std::string first = RenderSvgGraph(graph, options);
  std::string second = RenderSvgGraph(graph, options);
  EXPECT_EQ(first, second);
  EXPECT_EQ(Count(first, "<g class=\"node"), 80U);
  EXPECT_EQ(Count(first, "<g class=\"edge"), 200U);
  options.left_to_right = true;
  EXPECT_EQ(RenderSvgGraph(graph, options), RenderSvgGraph(graph, options));
}

TEST(SvgGraphTest, EscapesEverythingFromTheGraph) {
  Graph graph = MakeGraph(2, {{0, 1}});
  graph.nodes[0].label = "<script>alert(1)</script>";
  graph.nodes[0].href = "x.html\" onclick=\"alert(2)";
  graph.nodes[0].css_class = "a\"><script>";
  graph.nodes[0].tooltip = "it's <b>";
  graph.nodes[0].id = "p\"1";
  graph.edges[0].label = "<i>&";
  graph.edges[0].css_class = "goto\"x";
  std::string svg = RenderSvgGraph(graph, Titled("T<&>"));
  EXPECT_EQ(svg.find("<script"), std::string::npos) << svg;
  EXPECT_EQ(svg.find("\" onclick"), std::string::npos) << svg;
  EXPECT_EQ(svg.find("<b>"), std::string::npos) << svg;
  EXPECT_EQ(svg.find("<i>"), std::string::npos) << svg;
  EXPECT_NE(svg.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos) << svg;
  EXPECT_NE(svg.find("href=\"x.html&quot; onclick=&quot;alert(2)\""), std::string::npos) << svg;
  EXPECT_NE(svg.find("id=\"p&quot;1\""), std::string::npos) << svg;
  EXPECT_NE(svg.find("class=\"node a&quot;&gt;&lt;script&gt;\""), std::string::npos) << svg;
  EXPECT_NE(svg.find("it&#39;s &lt;b&gt;"), std::string::npos) << svg;
  EXPECT_NE(svg.find("class=\"edge goto&quot;x\""), std::string::npos) << svg;
  EXPECT_NE(svg.find("&lt;i&gt;&amp;"), std::string::npos) << svg;
  EXPECT_NE(svg.find("aria-label=\"T&lt;&amp;&gt;\""), std::string::npos) << svg;
  EXPECT_EQ(EscapeHtml("a&b<c>d\"e'f"), "a&amp;b&lt;c&gt;d&quot;e&#39;f");
}

TEST(SvgGraphTest, DropsScriptLinksAndKeepsOrdinaryOnes) {
  Graph graph = MakeGraph(8, {});
  graph.nodes[0].href = "javascript:alert(1)";
  graph.nodes[1].href = "  JavaScript:alert(1)";
  graph.nodes[2].href = "java\tscript:alert(1)";
  graph.nodes[3].href = "data:text/html,<script>alert(1)</script>";
  graph.nodes[4].href = "vbscript:msgbox";
  graph.nodes[5].href = "rules/PROG1.html#para-MAIN";
  graph.nodes[6].href = "https://example.com/a?b=c:d";
  graph.nodes[7].href = "\thttps://example.com/";  // a browser skips the tab; so does the check
  std::string svg = RenderSvgGraph(graph, {});
  EXPECT_EQ(Count(svg, "href="), 3U) << svg;
  EXPECT_EQ(Count(svg, "<a "), 3U) << svg;
  EXPECT_EQ(svg.find("script:"), std::string::npos) << svg;
  EXPECT_EQ(svg.find("data:"), std::string::npos) << svg;
  EXPECT_NE(svg.find("href=\"rules/PROG1.html#para-MAIN\""), std::string::npos) << svg;
  EXPECT_NE(svg.find("href=\"https://example.com/a?b=c:d\""), std::string::npos) << svg;
  EXPECT_NE(svg.find("href=\" https://example.com/\""), std::string::npos) << svg;
}

TEST(SvgGraphTest, LongLabelsAreCutButKeptWholeInTheTooltip) {
  Graph graph = MakeGraph(1, {});
  graph.nodes[0].label = std::string(40, 'X');
  graph.nodes[0].tooltip = "line one\nline two";
  std::string svg = RenderSvgGraph(graph, {});
  EXPECT_NE(svg.find("<title>" + std::string(40, 'X') + "\nline one\nline two</title>"),
            std::string::npos)
      << svg;
  EXPECT_NE(svg.find(">" + std::string(27, 'X') + "\xE2\x80\xA6</text>"), std::string::npos) << svg;
  GraphLayout layout = LayoutGraph(graph, {});
  EXPECT_GE(layout.nodes[0].width, 28 * 7);                         // the shown text fits the box
  EXPECT_EQ(LayoutGraph(MakeGraph(1, {}), {}).nodes[0].width, 60);  // the minimum
}

TEST(SvgGraphTest, AnEdgePutsItsTargetBelowItsSource) {
  // 0 -> 1 -> 2, 0 -> 2, 1 -> 3.
  Graph graph = MakeGraph(4, {{0, 1}, {1, 2}, {0, 2}, {1, 3}});
  for (size_t i = 0; i < 4; ++i) graph.nodes[i].label = "PARAGRAPH-" + std::to_string(i);  // odd
  GraphLayout layout = LayoutGraph(graph, {});
  EXPECT_EQ(layout.nodes[0].layer, 0U);
  EXPECT_EQ(layout.nodes[1].layer, 1U);
  EXPECT_EQ(layout.nodes[2].layer, 2U);
  EXPECT_EQ(layout.nodes[3].layer, 2U);
  for (const GraphEdge& edge : graph.edges) {
    EXPECT_LT(Bottom(layout.nodes[edge.from]), Top(layout.nodes[edge.to]))
        << edge.from << "->" << edge.to;
  }
  ASSERT_EQ(layout.edges.size(), 4U);
  for (const EdgeRoute& route : layout.edges) {
    const GraphEdge& edge = graph.edges[route.edge];
    EXPECT_FALSE(route.reversed);
    EXPECT_TRUE(OnBorder(route.points.front(), layout.nodes[edge.from])) << route.edge;
    EXPECT_TRUE(OnBorder(route.points.back(), layout.nodes[edge.to])) << route.edge;
  }
  // 0 -> 2 skips layer 1: it passes beside node 1, not through it.
  EXPECT_FALSE(RouteHits(layout.edges[2], layout.nodes[1]));
  EXPECT_TRUE(RouteHits(layout.edges[0], layout.nodes[1]));  // (the check itself works)

  GraphLayout across = LayoutGraph(graph, Options(600, 0, true));
  for (const GraphEdge& edge : graph.edges) {
    const NodePlacement& from = across.nodes[edge.from];
    const NodePlacement& to = across.nodes[edge.to];
    EXPECT_LT(from.center.x + from.width / 2, to.center.x - to.width / 2);
  }
  for (const EdgeRoute& route : across.edges) {
    const GraphEdge& edge = graph.edges[route.edge];
    EXPECT_TRUE(OnBorder(route.points.front(), across.nodes[edge.from])) << route.edge;
    EXPECT_TRUE(OnBorder(route.points.back(), across.nodes[edge.to])) << route.edge;
  }
}

TEST(SvgGraphTest, CyclesAreBrokenAndStillPointTheRightWay) {
  Graph cycle = MakeGraph(3, {{0, 1}, {1, 2}, {2, 0}});
  std::string svg = RenderSvgGraph(cycle, {});
  EXPECT_EQ(Count(svg, "<g class=\"node"), 3U);
  EXPECT_EQ(Count(svg, "<g class=\"edge"), 3U);
  GraphLayout layout = LayoutGraph(cycle, {});
  ASSERT_EQ(layout.edges.size(), 3U);
  size_t reversed = 0;
  for (const EdgeRoute& route : layout.edges) {
    const GraphEdge& edge = cycle.edges[route.edge];
    reversed += route.reversed ? 1 : 0;
    EXPECT_TRUE(OnBorder(route.points.front(), layout.nodes[edge.from])) << route.edge;
    EXPECT_TRUE(OnBorder(route.points.back(), layout.nodes[edge.to])) << route.edge;
  }
  EXPECT_EQ(reversed, 1U);
  EXPECT_TRUE(layout.edges[2].reversed);  // the walk from node 0 closes the cycle at 2 -> 0
  EXPECT_EQ(layout.nodes[2].layer, 2U);

  Graph loop = MakeGraph(1, {{0, 0}});
  svg = RenderSvgGraph(loop, {});
  EXPECT_EQ(Count(svg, "<g class=\"node"), 1U);
  EXPECT_EQ(Count(svg, "<g class=\"edge"), 1U);
  EXPECT_NE(svg.find("<g class=\"edge self-loop\">"), std::string::npos) << svg;
  layout = LayoutGraph(loop, {});
  ASSERT_EQ(layout.edges.size(), 1U);
  EXPECT_TRUE(layout.edges[0].self_loop);
  ASSERT_EQ(layout.edges[0].points.size(), 4U);
  EXPECT_TRUE(OnBorder(layout.edges[0].points.front(), layout.nodes[0]));
  EXPECT_TRUE(OnBorder(layout.edges[0].points.back(), layout.nodes[0]));
  EXPECT_LE(layout.edges[0].points[1].x, layout.width);  // the loop stays inside the drawing
}

TEST(SvgGraphTest, LabelsOfLongEdgesStayClearOfNodes) {
  // 0 -> 3 passes layers 1 and 2 beside wide nodes; its label sits on the way.
  Graph graph = MakeGraph(6, {{0, 1}, {1, 2}, {2, 3}, {0, 3}, {0, 4}, {4, 5}, {5, 3}});
  graph.nodes[1].label = "A-RATHER-WIDE-PARAGRAPH-NAME";
  graph.nodes[4].label = "ANOTHER-WIDE-PARAGRAPH-NAME";
  graph.edges[3].label = "DEPENDING ON X";
  for (bool left_to_right : {false, true}) {
    GraphLayout layout = LayoutGraph(graph, Options(600, 0, left_to_right));
    const EdgeRoute& route = layout.edges[3];
    for (size_t v = 0; v < graph.nodes.size(); ++v) {
      EXPECT_FALSE(Inside(route.label_at, layout.nodes[v])) << v << " " << left_to_right;
      if (v != 0 && v != 3) {
        EXPECT_FALSE(RouteHits(route, layout.nodes[v])) << v;
      }
    }
  }
}

TEST(SvgGraphTest, ComponentsSitSideBySide) {
  Graph graph = MakeGraph(5, {{0, 1}, {2, 3}});  // and node 4 alone
  GraphLayout layout = LayoutGraph(graph, {});
  EXPECT_EQ(layout.nodes[0].component, 0U);
  EXPECT_EQ(layout.nodes[1].component, 0U);
  EXPECT_EQ(layout.nodes[2].component, 1U);
  EXPECT_EQ(layout.nodes[4].component, 2U);
  EXPECT_EQ(layout.nodes[2].layer, 0U);
  EXPECT_EQ(layout.nodes[0].center.y, layout.nodes[2].center.y);
  EXPECT_LT(layout.nodes[0].center.x + 30, layout.nodes[2].center.x - 30);
  EXPECT_LT(layout.nodes[2].center.x + 30, layout.nodes[4].center.x - 30);
}

TEST(SvgGraphTest, NodesOfALayerDoNotOverlap) {
  Graph graph = RandomGraph(150, 400);
  GraphLayout layout = LayoutGraph(graph, {});
  for (size_t a = 0; a < graph.nodes.size(); ++a) {
    const NodePlacement& p = layout.nodes[a];
    EXPECT_GE(p.center.x - p.width / 2, 0);
    EXPECT_LE(p.center.x + p.width / 2, layout.width);
    EXPECT_LE(Bottom(p), layout.height);
    for (size_t b = a + 1; b < graph.nodes.size(); ++b) {
      const NodePlacement& q = layout.nodes[b];
      if (p.layer != q.layer || p.component != q.component) continue;
      bool apart = p.center.x + p.width / 2 < q.center.x - q.width / 2 ||
                   q.center.x + q.width / 2 < p.center.x - p.width / 2;
      EXPECT_TRUE(apart) << a << " and " << b;
    }
  }
}

TEST(SvgGraphTest, SweepsRemoveAvoidableCrossings) {
  // The first order (depth first from node 0) is 2 3 under 0 1, where 0 -> 3 crosses 1 -> 2;
  // the barycenter sweep puts 3 first.
  Graph graph = MakeGraph(4, {{0, 2}, {0, 3}, {1, 2}});
  GraphLayout layout = LayoutGraph(graph, {});
  EXPECT_EQ(layout.crossings, 0U);
  EXPECT_LT(layout.nodes[3].center.x, layout.nodes[2].center.x);
  // K(3,3) between two layers crosses 3 * 3 times in any order.
  EXPECT_EQ(
      LayoutGraph(
          MakeGraph(6, {{0, 3}, {0, 4}, {0, 5}, {1, 3}, {1, 4}, {1, 5}, {2, 3}, {2, 4}, {2, 5}}),
          {})
          .crossings,
      9U);
}

TEST(SvgGraphTest, TooLargeGraphsGetANoteInstead) {
  SvgGraphOptions options = Titled("BIG<1>");
  options.max_nodes = 10;
  std::string note = RenderSvgGraph(MakeGraph(11, {}), options);
  EXPECT_EQ(note.rfind("<p class=\"graph-too-large\">", 0), 0U) << note;
  EXPECT_EQ(note.find("<svg"), std::string::npos);
  EXPECT_NE(note.find("11 nodes"), std::string::npos) << note;
  EXPECT_NE(note.find("BIG&lt;1&gt;"), std::string::npos) << note;
  EXPECT_NE(RenderSvgGraph(MakeGraph(10, {}), options).find("<svg"), std::string::npos);

  // Edges: 4 * max_nodes unless set; ignored edges do not count.
  Graph dense = MakeGraph(10, {});
  for (int i = 0; i < 41; ++i) dense.edges.push_back(Edge(0, 1));
  EXPECT_NE(RenderSvgGraph(dense, options).find("graph-too-large"), std::string::npos);
  dense.edges.pop_back();
  dense.edges.push_back(Edge(0, 99));
  EXPECT_NE(RenderSvgGraph(dense, options).find("<svg"), std::string::npos);
  options.max_edges = 5;
  EXPECT_NE(RenderSvgGraph(dense, options).find("graph-too-large"), std::string::npos);
}

TEST(SvgGraphTest, AnEmptyGraphGivesASmallSvg) {
  std::string svg = RenderSvgGraph(Graph{}, Titled("EMPTY"));
  EXPECT_EQ(svg.rfind("<svg class=\"graph graph-empty\"", 0), 0U) << svg;
  EXPECT_NE(svg.find("</svg>"), std::string::npos);
  GraphLayout layout = LayoutGraph(Graph{}, {});
  EXPECT_TRUE(layout.nodes.empty());
  EXPECT_TRUE(layout.edges.empty());
}

TEST(SvgGraphTest, EdgesNamingNoNodeAreIgnored) {
  Graph graph = MakeGraph(2, {{0, 1}, {0, 2}, {7, 1}, {UINT32_MAX, UINT32_MAX}});
  std::string svg = RenderSvgGraph(graph, {});
  EXPECT_EQ(Count(svg, "<g class=\"edge"), 1U) << svg;
  GraphLayout layout = LayoutGraph(graph, {});
  ASSERT_EQ(layout.edges.size(), 1U);
  EXPECT_EQ(layout.edges[0].edge, 0U);
}

TEST(SvgGraphTest, MalformedTextBecomesWellFormed) {
  Graph graph = MakeGraph(1, {});
  graph.nodes[0].label = std::string("A\0B\xFF", 4);
  std::string svg = RenderSvgGraph(graph, {});
  EXPECT_EQ(svg.find('\0'), std::string::npos);
  EXPECT_EQ(svg.find('\xFF'), std::string::npos);
  EXPECT_NE(svg.find("A\xEF\xBF\xBD"
                     "B\xEF\xBF\xBD"),
            std::string::npos)
      << svg;
}

// These finish well within the suite's CTest TIMEOUT; a hang or a quadratic blow-up fails there.
TEST(SvgGraphLargeTest, AChainOfFiveThousandNodes) {
  std::vector<std::pair<uint32_t, uint32_t>> edges;
  for (uint32_t i = 0; i + 1 < 5000; ++i) edges.emplace_back(i, i + 1);
  edges.emplace_back(0, 4999);  // one edge bending through every layer
  edges.emplace_back(4999, 0);  // and one back
  Graph chain = MakeGraph(5000, edges);
  SvgGraphOptions options = Options(5000);
  std::string svg = RenderSvgGraph(chain, options);
  EXPECT_EQ(Count(svg, "<g class=\"node"), 5000U);
  GraphLayout layout = LayoutGraph(chain, options);
  EXPECT_EQ(layout.nodes[4999].layer, 4999U);
  EXPECT_EQ(layout.crossings, 0U);
}

TEST(SvgGraphLargeTest, ANodeWithFiveThousandEdges) {
  Graph star = MakeGraph(2501, {});
  for (uint32_t i = 1; i <= 2500; ++i) {
    star.edges.push_back(Edge(0, i));
    star.edges.push_back(Edge(i, 0));
  }
  std::string svg = RenderSvgGraph(star, Options(5000));
  EXPECT_EQ(Count(svg, "<g class=\"edge"), 5000U);
  Graph loops = MakeGraph(1, {});
  for (int i = 0; i < 5000; ++i) loops.edges.push_back(Edge(0, 0));
  EXPECT_EQ(Count(RenderSvgGraph(loops, Options(600, 5000)), "<g class=\"edge"), 5000U);
}

TEST(SvgGraphLargeTest, SixHundredNodesTwoThousandEdges) {
  Graph graph = RandomGraph(600, 2000);
  std::string svg = RenderSvgGraph(graph, {});
  EXPECT_EQ(Count(svg, "<g class=\"node"), 600U);
  EXPECT_EQ(Count(svg, "<g class=\"edge"), 2000U);
}

}  // namespace
}  // namespace remint::report::testing
