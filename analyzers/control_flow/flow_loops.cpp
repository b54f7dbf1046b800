#include "analyzers/control_flow/flow_loops.h"

#include <algorithm>
#include <set>

namespace remint::analysis {
namespace {

constexpr uint32_t kNone = UINT32_MAX;

auto IsFlowEdge(const FlowEdge& edge) -> bool { return edge.kind != FlowEdgeKind::kPerform; }

}  // namespace

void FindLoops(ControlFlowGraph& graph) {
  const uint32_t count = static_cast<uint32_t>(graph.nodes.size());
  // Node `count` is a virtual root whose successors are the flows' starts.
  std::vector<std::vector<uint32_t>> successors(count + 1);
  std::vector<std::vector<uint32_t>> predecessors(count + 1);
  std::set<uint32_t> starts(graph.entries.begin(), graph.entries.end());
  for (const FlowEdge& edge : graph.edges) {
    if (IsFlowEdge(edge)) {
      successors[edge.from].push_back(edge.to);
      predecessors[edge.to].push_back(edge.from);
    } else {
      starts.insert(edge.to);
    }
  }
  for (uint32_t start : starts) {
    successors[count].push_back(start);
    predecessors[start].push_back(count);
  }

  // Depth-first from the root (iteratively: a program may have thousands of procedures):
  // postorder numbers, and the retreating edges (to a node still on the walk's path).
  std::vector<uint32_t> postorder_number(count + 1, kNone);
  std::vector<uint32_t> postorder;
  std::vector<char> on_path(count + 1, 0);
  std::vector<char> visited(count + 1, 0);
  std::vector<std::pair<uint32_t, uint32_t>> retreating;
  std::vector<std::pair<uint32_t, size_t>> stack = {{count, 0}};
  visited[count] = 1;
  on_path[count] = 1;
  while (!stack.empty()) {
    auto& [node, next] = stack.back();
    if (next < successors[node].size()) {
      uint32_t target = successors[node][next++];
      if (on_path[target]) {
        retreating.emplace_back(node, target);
      } else if (!visited[target]) {
        visited[target] = 1;
        on_path[target] = 1;
        stack.emplace_back(target, 0);
      }
      continue;
    }
    on_path[node] = 0;
    postorder_number[node] = static_cast<uint32_t>(postorder.size());
    postorder.push_back(node);
    stack.pop_back();
  }

  // Immediate dominators (Cooper, Harvey and Kennedy's iteration in reverse postorder).
  std::vector<uint32_t> idom(count + 1, kNone);
  idom[count] = count;
  auto intersect = [&](uint32_t a, uint32_t b) {
    while (a != b) {
      while (postorder_number[a] < postorder_number[b]) a = idom[a];
      while (postorder_number[b] < postorder_number[a]) b = idom[b];
    }
    return a;
  };
  for (bool changed = true; changed;) {
    changed = false;
    for (auto it = postorder.rbegin(); it != postorder.rend(); ++it) {
      uint32_t node = *it;
      if (node == count) continue;
      uint32_t dominator = kNone;
      for (uint32_t predecessor : predecessors[node]) {
        if (idom[predecessor] == kNone) continue;
        dominator = dominator == kNone ? predecessor : intersect(predecessor, dominator);
      }
      if (dominator != kNone && idom[node] != dominator) {
        idom[node] = dominator;
        changed = true;
      }
    }
  }
  auto dominates = [&](uint32_t a, uint32_t b) {
    for (uint32_t node = b;; node = idom[node]) {
      if (node == a) return true;
      if (node == count || idom[node] == kNone) return false;
    }
  };

  std::sort(retreating.begin(), retreating.end());
  retreating.erase(std::unique(retreating.begin(), retreating.end()), retreating.end());
  for (const auto& [from, to] : retreating) {
    // The first edge of that pair, to name its kind and statement.
    auto edge = std::find_if(graph.edges.begin(), graph.edges.end(), [&](const FlowEdge& e) {
      return IsFlowEdge(e) && e.from == from && e.to == to;
    });
    if (edge == graph.edges.end()) continue;
    (dominates(to, from) ? graph.back_edges : graph.irreducible_edges).push_back(*edge);
  }
}

}  // namespace remint::analysis
