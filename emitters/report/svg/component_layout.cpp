// LayoutComponent: one component's layered layout, in cross/main coordinates (component_layout.h).
//
// Everything is integer arithmetic with ties broken by index, so the layout depends only on the
// graph. Work is bounded: a fixed number of ordering sweeps and coordinate passes, each linear
// (or n log n) in the layered graph's size, and a budget of dummy nodes.
#include "emitters/report/svg/component_layout.h"

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "emitters/report/svg/svg_text.h"

namespace remint::report::svg_internal {
namespace {

constexpr int64_t kNodeGap = 24;       // between two nodes of a layer
constexpr int64_t kBendGap = 12;       // next to an edge passing through the layer
constexpr int64_t kTwoBendsGap = 8;    // between two such edges
constexpr int64_t kLayerGapDown = 56;  // between layers, top to bottom
constexpr int64_t kLayerGapRight = 72;
constexpr int64_t kLoopReach = 28;      // how far a self loop stands off its node
constexpr int64_t kLoopGap = 4;         // between the loop and its label or the next node
constexpr int64_t kLoopHalfSpan = 8;    // where it leaves and meets the node, off its middle
constexpr int64_t kLabelCharWidth = 6;  // edge labels are drawn a little smaller than nodes'
constexpr int64_t kLabelPadding = 8;
constexpr int64_t kLabelHeight = 16;
constexpr int64_t kLabelGap = 4;   // between a label and its edge
constexpr int64_t kPortStep = 10;  // between edge ends sharing a node side
// Dummy nodes a component may have: this many per node and edge. Shorter edges get theirs first;
// edges past the budget are drawn straight. Without a bound, a chain of n procedures each
// performed from the first would need n * n / 2.
constexpr size_t kBendsPerElement = 4;
constexpr size_t kBendsPerComponent = 64;
constexpr int kSweeps = 8;
constexpr int kSweepsWhenLarge = 3;
constexpr size_t kLargeLayeredGraph = 50000;
constexpr int kCoordinatePasses = 4;
constexpr int64_t kDummyWeight = 16;  // long edges pull harder than nodes: they stay straighter

// Floor division (positions can be negative).
auto FloorDiv(int64_t a, int64_t b) -> int64_t {
  int64_t q = a / b;
  return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

struct Slot {         // a node of the layered graph: a graph node or a dummy on a long edge
  int64_t real = -1;  // index into Graph::nodes; -1 for a dummy
  uint32_t layer = 0;
  uint32_t order = 0;     // index within its layer
  int64_t before = 0;     // extent along the layer before pos
  int64_t after = 0;      // and after it, with room for self loops and labels beside it
  int64_t box_after = 0;  // and after it, the node's box alone
  int64_t main_size = 0;  // extent across layers
  int64_t pos = 0;        // centre along the layer
};

struct Chain {  // one edge in the layered graph, from its upper to its lower end
  uint32_t edge = 0;
  std::vector<uint32_t> slots;
  bool reversed = false;
  bool straight = false;   // long, but past the dummy budget: no bend points
  int64_t upper_port = 0;  // offsets along the layer of where it meets its end nodes
  int64_t lower_port = 0;
  uint32_t label_slot = UINT32_MAX;  // the bend point that holds the edge's label, if any
};

class ComponentLayout {
 public:
  ComponentLayout(const Graph& graph, bool left_to_right, const std::vector<uint32_t>& nodes,
                  const std::vector<uint32_t>& edges, std::vector<uint32_t>& local)
      : graph_(graph), left_to_right_(left_to_right), nodes_(nodes), edges_(edges), local_(local) {}

  auto Run(uint64_t& crossings) -> PlacedComponent {
    for (uint32_t i = 0; i < nodes_.size(); ++i) local_[nodes_[i]] = i;
    BreakCycles();
    AssignLayers();
    BuildSlots();
    InitialOrder();
    crossings += ReduceCrossings();
    AssignPositions();
    return Emit();
  }

 private:
  auto From(uint32_t edge) const -> uint32_t { return local_[graph_.edges[edge].from]; }
  auto To(uint32_t edge) const -> uint32_t { return local_[graph_.edges[edge].to]; }

  // Reverses the back edges of a depth-first walk (nodes and edges in index order), which
  // leaves a DAG. Self loops take no part in layering.
  void BreakCycles() {
    std::vector<std::vector<uint32_t>> out(nodes_.size());  // positions in edges_
    for (uint32_t k = 0; k < edges_.size(); ++k) {
      if (From(edges_[k]) == To(edges_[k])) {
        self_loops_.push_back(edges_[k]);
      } else {
        out[From(edges_[k])].push_back(k);
      }
    }
    reversed_.assign(edges_.size(), false);
    std::vector<uint8_t> state(nodes_.size(), 0);    // 0 new, 1 on the walk's path, 2 done
    std::vector<std::pair<uint32_t, size_t>> stack;  // node, next out edge; no recursion
    for (uint32_t root = 0; root < nodes_.size(); ++root) {
      if (state[root] != 0) continue;
      state[root] = 1;
      stack.emplace_back(root, 0);
      while (!stack.empty()) {
        uint32_t v = stack.back().first;
        size_t next = stack.back().second++;
        if (next == out[v].size()) {
          state[v] = 2;
          stack.pop_back();
          continue;
        }
        uint32_t k = out[v][next];
        uint32_t w = To(edges_[k]);
        if (state[w] == 1) {
          reversed_[k] = true;
        } else if (state[w] == 0) {
          state[w] = 1;
          stack.emplace_back(w, 0);
        }
      }
    }
  }

  // An edge label's extent along a layer: its length top to bottom, its height left to right.
  auto LabelAcross(const std::string& label) const -> int64_t {
    if (left_to_right_) return kLabelHeight;
    auto chars = static_cast<int64_t>(CountChars(DisplayLabel(label)));
    return chars * kLabelCharWidth + kLabelPadding;
  }

  auto Upper(uint32_t k) const -> uint32_t {
    return reversed_[k] ? To(edges_[k]) : From(edges_[k]);
  }
  auto Lower(uint32_t k) const -> uint32_t {
    return reversed_[k] ? From(edges_[k]) : To(edges_[k]);
  }
  auto IsSelfLoop(uint32_t k) const -> bool { return From(edges_[k]) == To(edges_[k]); }

  // Longest path from the sources: a node goes one layer below its lowest predecessor.
  void AssignLayers() {
    std::vector<std::vector<uint32_t>> out(nodes_.size());
    std::vector<uint32_t> in_degree(nodes_.size(), 0);
    for (uint32_t k = 0; k < edges_.size(); ++k) {
      if (IsSelfLoop(k)) continue;
      out[Upper(k)].push_back(Lower(k));
      ++in_degree[Lower(k)];
    }
    layer_.assign(nodes_.size(), 0);
    std::vector<uint32_t> queue;
    for (uint32_t v = 0; v < nodes_.size(); ++v) {
      if (in_degree[v] == 0) queue.push_back(v);
    }
    for (size_t head = 0; head < queue.size(); ++head) {
      uint32_t v = queue[head];
      for (uint32_t w : out[v]) {
        layer_[w] = std::max(layer_[w], layer_[v] + 1);
        if (--in_degree[w] == 0) queue.push_back(w);
      }
    }
  }

  void BuildSlots() {
    // Room beside a node for its self loops and their labels.
    std::vector<int64_t> loop_room(nodes_.size(), 0);
    for (uint32_t edge : self_loops_) {
      int64_t room = kLoopReach + kLoopGap;
      if (!graph_.edges[edge].label.empty()) room += LabelAcross(graph_.edges[edge].label);
      loop_room[From(edge)] = std::max(loop_room[From(edge)], room);
    }
    // Which long edges get bend points: the shortest first, within the budget.
    size_t budget = kBendsPerElement * (nodes_.size() + edges_.size()) + kBendsPerComponent;
    std::vector<std::pair<size_t, uint32_t>> by_length;  // bends, position in edges_
    for (uint32_t k = 0; k < edges_.size(); ++k) {
      if (!IsSelfLoop(k)) by_length.emplace_back(layer_[Lower(k)] - layer_[Upper(k)] - 1, k);
    }
    std::sort(by_length.begin(), by_length.end());
    std::vector<bool> straight(edges_.size(), false);
    size_t bends_used = 0;
    for (const auto& [bends, k] : by_length) {
      straight[k] = bends > budget - bends_used;
      if (!straight[k]) bends_used += bends;
    }
    slots_.reserve(nodes_.size() + bends_used);
    for (uint32_t v = 0; v < nodes_.size(); ++v) {
      Slot slot;
      slot.real = nodes_[v];
      slot.layer = layer_[v];
      int64_t width = NodeWidth(DisplayLabel(graph_.nodes[nodes_[v]].label));
      int64_t cross = left_to_right_ ? kNodeHeight : width;
      slot.main_size = left_to_right_ ? width : kNodeHeight;
      slot.before = cross / 2;
      slot.box_after = cross - cross / 2;
      slot.after = slot.box_after + loop_room[v];
      slots_.push_back(std::move(slot));
    }
    for (uint32_t k = 0; k < edges_.size(); ++k) {
      if (IsSelfLoop(k)) continue;
      Chain chain;
      chain.edge = edges_[k];
      chain.reversed = reversed_[k];
      uint32_t upper = Upper(k);
      uint32_t lower = Lower(k);
      chain.straight = straight[k];
      chain.slots.push_back(upper);
      if (!chain.straight) {
        for (uint32_t layer = layer_[upper] + 1; layer < layer_[lower]; ++layer) {
          Slot dummy;
          dummy.layer = layer;
          chain.slots.push_back(static_cast<uint32_t>(slots_.size()));
          slots_.push_back(std::move(dummy));
        }
      }
      chain.slots.push_back(lower);
      const std::string& label = graph_.edges[chain.edge].label;
      if (chain.slots.size() > 2 && !label.empty()) {
        // The label sits beside the middle bend point (right of it, or below left to right),
        // which takes the label's room in its layer so that no node covers it.
        chain.label_slot = chain.slots[chain.slots.size() / 2];
        slots_[chain.label_slot].after = kLabelGap + LabelAcross(label);
      }
      chains_.push_back(std::move(chain));
    }
    uint32_t layers = 0;
    for (const Slot& slot : slots_) layers = std::max(layers, slot.layer + 1);
    layers_.assign(layers, {});
    BuildAdjacency();
  }

  // Neighbours above and below each slot, with multiplicity, as flat arrays (one allocation
  // instead of two per dummy): slot v's lower neighbours are down_[down_start_[v] ..
  // down_start_[v + 1]), in chain order.
  void BuildAdjacency() {
    up_start_.assign(slots_.size() + 1, 0);
    down_start_.assign(slots_.size() + 1, 0);
    for (const Chain& chain : chains_) {
      if (chain.straight) continue;
      for (size_t i = 0; i + 1 < chain.slots.size(); ++i) {
        ++down_start_[chain.slots[i] + 1];
        ++up_start_[chain.slots[i + 1] + 1];
      }
    }
    std::partial_sum(up_start_.begin(), up_start_.end(), up_start_.begin());
    std::partial_sum(down_start_.begin(), down_start_.end(), down_start_.begin());
    up_.resize(up_start_.back());
    down_.resize(down_start_.back());
    std::vector<uint32_t> up_at(up_start_.begin(), up_start_.end() - 1);
    std::vector<uint32_t> down_at(down_start_.begin(), down_start_.end() - 1);
    for (const Chain& chain : chains_) {
      if (chain.straight) continue;
      for (size_t i = 0; i + 1 < chain.slots.size(); ++i) {
        down_[down_at[chain.slots[i]]++] = chain.slots[i + 1];
        up_[up_at[chain.slots[i + 1]]++] = chain.slots[i];
      }
    }
  }

  auto Up(uint32_t v) const -> std::span<const uint32_t> {
    return {up_.data() + up_start_[v], up_start_[v + 1] - up_start_[v]};
  }
  auto Down(uint32_t v) const -> std::span<const uint32_t> {
    return {down_.data() + down_start_[v], down_start_[v + 1] - down_start_[v]};
  }
  auto Neighbours(uint32_t v, bool upper) const -> std::span<const uint32_t> {
    return upper ? Up(v) : Down(v);
  }

  // Depth-first from the sources, so that a node starts next to its relatives.
  void InitialOrder() {
    std::vector<bool> seen(slots_.size(), false);
    std::vector<uint32_t> stack;
    auto walk = [&](uint32_t root) {
      stack.push_back(root);
      while (!stack.empty()) {
        uint32_t v = stack.back();
        stack.pop_back();
        if (seen[v]) continue;
        seen[v] = true;
        slots_[v].order = static_cast<uint32_t>(layers_[slots_[v].layer].size());
        layers_[slots_[v].layer].push_back(v);
        for (auto it = Down(v).rbegin(); it != Down(v).rend(); ++it) {
          if (!seen[*it]) stack.push_back(*it);
        }
      }
    };
    for (uint32_t v = 0; v < nodes_.size(); ++v) {
      if (Up(v).empty()) walk(v);
    }
    for (uint32_t v = 0; v < slots_.size(); ++v) {
      if (!seen[v]) walk(v);  // unreachable from a source: cannot happen in a DAG, but be sure
    }
  }

  // Crossings between layer `l` and the next: inversions among the edges sorted by their upper
  // ends, counted with a Fenwick tree over the lower layer (Barth, Jünger and Mutzel 2002).
  auto CrossingsBelow(size_t l) -> uint64_t {
    std::vector<uint32_t>& sequence = scratch_sequence_;
    sequence.clear();
    for (uint32_t v : layers_[l]) {
      size_t start = sequence.size();
      for (uint32_t w : Down(v)) sequence.push_back(slots_[w].order);
      std::sort(sequence.begin() + static_cast<std::ptrdiff_t>(start), sequence.end());
    }
    size_t size = layers_[l + 1].size();
    std::vector<uint32_t>& tree = scratch_tree_;
    tree.assign(size + 1, 0);
    uint64_t crossings = 0;
    for (size_t i = 0; i < sequence.size(); ++i) {
      uint64_t not_greater = 0;  // inserted ends at or left of this one
      for (size_t k = sequence[i] + 1; k > 0; k -= k & (~k + 1)) not_greater += tree[k];
      crossings += i - not_greater;
      for (size_t k = sequence[i] + 1; k <= size; k += k & (~k + 1)) ++tree[k];
    }
    return crossings;
  }

  auto Crossings() -> uint64_t {
    uint64_t total = 0;
    for (size_t l = 0; l + 1 < layers_.size(); ++l) total += CrossingsBelow(l);
    return total;
  }

  // Sorts layer `l` by the mean order of each slot's neighbours above (or below). Slots with no
  // such neighbour keep their place; ties keep their current order.
  void SortByBarycenter(size_t l, bool use_upper) {
    struct Key {
      int64_t sum = 0;
      int64_t count = 0;
      uint32_t slot = 0;
    };
    std::vector<uint32_t>& layer = layers_[l];
    std::vector<Key> movable;
    movable.reserve(layer.size());
    for (uint32_t v : layer) {
      std::span<const uint32_t> neighbours = Neighbours(v, use_upper);
      if (neighbours.empty()) continue;
      Key key{0, static_cast<int64_t>(neighbours.size()), v};
      for (uint32_t w : neighbours) key.sum += slots_[w].order;
      movable.push_back(key);
    }
    // Compare sum/count exactly, as fractions.
    std::stable_sort(movable.begin(), movable.end(),
                     [](const Key& a, const Key& b) { return a.sum * b.count < b.sum * a.count; });
    size_t next = 0;
    for (uint32_t& v : layer) {
      if (!Neighbours(v, use_upper).empty()) v = movable[next++].slot;
    }
    for (uint32_t i = 0; i < layer.size(); ++i) slots_[layer[i]].order = i;
  }

  // Down and up barycenter sweeps, keeping the best order seen; stops when no crossings remain
  // or two sweeps in a row gain nothing.
  auto ReduceCrossings() -> uint64_t {
    uint64_t best = Crossings();
    std::vector<std::vector<uint32_t>> best_layers = layers_;
    int sweeps = slots_.size() > kLargeLayeredGraph ? kSweepsWhenLarge : kSweeps;
    int stale = 0;
    for (int sweep = 0; sweep < sweeps && best > 0 && stale < 2; ++sweep) {
      for (size_t l = 1; l < layers_.size(); ++l) SortByBarycenter(l, true);
      for (size_t l = layers_.size(); l-- > 1;) SortByBarycenter(l - 1, false);
      uint64_t crossings = Crossings();
      if (crossings < best) {
        best = crossings;
        best_layers = layers_;
        stale = 0;
      } else {
        ++stale;
      }
    }
    layers_ = std::move(best_layers);
    for (const std::vector<uint32_t>& layer : layers_) {
      for (uint32_t i = 0; i < layer.size(); ++i) slots_[layer[i]].order = i;
    }
    return best;
  }

  auto Gap(uint32_t a, uint32_t b) const -> int64_t {
    bool bend_a = slots_[a].real < 0;
    bool bend_b = slots_[b].real < 0;
    if (bend_a && bend_b) return kTwoBendsGap;
    return (bend_a || bend_b) ? kBendGap : kNodeGap;
  }

  auto Weight(uint32_t v) const -> int64_t { return slots_[v].real < 0 ? kDummyWeight : 1; }

  // Places layer `l` as near as it can to `desired` (per slot, in layer order) without overlap:
  // least squares under "each slot right of the previous by its gap", solved exactly by
  // pool-adjacent-violators on the positions less their minimum offsets.
  void Place(size_t l, const std::vector<int64_t>& desired) {
    const std::vector<uint32_t>& layer = layers_[l];
    struct Block {
      int64_t weighted_sum = 0;
      int64_t weight = 0;
      size_t count = 0;
    };
    std::vector<int64_t>& offset = scratch_offset_;
    offset.assign(layer.size(), 0);
    std::vector<Block> blocks;
    blocks.reserve(layer.size());
    for (size_t i = 0; i < layer.size(); ++i) {
      if (i > 0) {
        offset[i] = offset[i - 1] + slots_[layer[i - 1]].after + Gap(layer[i - 1], layer[i]) +
                    slots_[layer[i]].before;
      }
      int64_t weight = Weight(layer[i]);
      blocks.push_back({(desired[i] - offset[i]) * weight, weight, 1});
      while (blocks.size() >= 2) {
        const Block& last = blocks.back();
        const Block& previous = blocks[blocks.size() - 2];
        if (previous.weighted_sum * last.weight <= last.weighted_sum * previous.weight) break;
        Block merged{previous.weighted_sum + last.weighted_sum, previous.weight + last.weight,
                     previous.count + last.count};
        blocks.pop_back();
        blocks.back() = merged;
      }
    }
    size_t i = 0;
    for (const Block& block : blocks) {
      int64_t value = FloorDiv(block.weighted_sum, block.weight);
      for (size_t k = 0; k < block.count; ++k, ++i) slots_[layer[i]].pos = value + offset[i];
    }
  }

  // The mean position of the neighbours above and/or below; the slot's own without any.
  void PlaceTowardNeighbours(size_t l, bool upper, bool lower) {
    std::vector<int64_t>& desired = scratch_desired_;
    desired.clear();
    for (uint32_t v : layers_[l]) {
      int64_t sum = 0;
      int64_t count = 0;
      if (upper) {
        for (uint32_t w : Up(v)) sum += slots_[w].pos;
        count += static_cast<int64_t>(Up(v).size());
      }
      if (lower) {
        for (uint32_t w : Down(v)) sum += slots_[w].pos;
        count += static_cast<int64_t>(Down(v).size());
      }
      desired.push_back(count == 0 ? slots_[v].pos : FloorDiv(sum, count));
    }
    Place(l, desired);
  }

  void AssignPositions() {
    for (size_t l = 0; l < layers_.size(); ++l) {
      scratch_desired_.assign(layers_[l].size(), 0);
      Place(l, scratch_desired_);  // packed, centred on 0
    }
    for (int pass = 0; pass < kCoordinatePasses; ++pass) {
      for (size_t l = 1; l < layers_.size(); ++l) PlaceTowardNeighbours(l, true, false);
      for (size_t l = layers_.size(); l-- > 1;) PlaceTowardNeighbours(l - 1, false, true);
    }
    for (size_t l = 0; l < layers_.size(); ++l) PlaceTowardNeighbours(l, true, true);
    // Where edges meet a node side: spread in the order of their other ends, so that parallel
    // and opposite edges between two nodes stay apart.
    std::vector<std::vector<std::pair<int64_t, size_t>>> upper_ends(nodes_.size());
    std::vector<std::vector<std::pair<int64_t, size_t>>> lower_ends(nodes_.size());
    for (size_t c = 0; c < chains_.size(); ++c) {
      const std::vector<uint32_t>& path = chains_[c].slots;
      upper_ends[path.front()].emplace_back(slots_[path[1]].pos, c);
      lower_ends[path.back()].emplace_back(slots_[path[path.size() - 2]].pos, c);
    }
    for (uint32_t v = 0; v < nodes_.size(); ++v) {
      int64_t room = std::max<int64_t>(0, slots_[v].before * 2 - 12);
      for (bool on_upper_side : {true, false}) {
        auto& ends = on_upper_side ? upper_ends[v] : lower_ends[v];
        std::sort(ends.begin(), ends.end());
        if (ends.size() < 2) continue;
        auto gaps = static_cast<int64_t>(ends.size() - 1);
        int64_t span = std::min(room, gaps * kPortStep);
        for (size_t i = 0; i < ends.size(); ++i) {
          int64_t port = -span / 2 + FloorDiv(static_cast<int64_t>(i) * span, gaps);
          (on_upper_side ? chains_[ends[i].second].upper_port
                         : chains_[ends[i].second].lower_port) = port;
        }
      }
    }
  }

  auto Emit() -> PlacedComponent {
    PlacedComponent placed;
    std::vector<int64_t> thickness(layers_.size(), 0);
    for (const Slot& slot : slots_) {
      thickness[slot.layer] = std::max(thickness[slot.layer], slot.main_size);
    }
    std::vector<int64_t> middle(layers_.size(), 0);
    int64_t main = 0;
    int64_t gap = left_to_right_ ? kLayerGapRight : kLayerGapDown;
    for (size_t l = 0; l < layers_.size(); ++l) {
      middle[l] = main + thickness[l] / 2;
      main += thickness[l] + (l + 1 < layers_.size() ? gap : 0);
    }
    placed.main_extent = main;
    placed.cross_min = slots_.empty() ? 0 : slots_[0].pos - slots_[0].before;
    placed.cross_max = slots_.empty() ? 0 : slots_[0].pos + slots_[0].after;
    for (const Slot& slot : slots_) {
      placed.cross_min = std::min(placed.cross_min, slot.pos - slot.before);
      placed.cross_max = std::max(placed.cross_max, slot.pos + slot.after);
    }
    for (uint32_t v = 0; v < nodes_.size(); ++v) {
      placed.nodes.push_back({nodes_[v], slots_[v].layer, slots_[v].pos, middle[slots_[v].layer]});
    }
    auto point = [](int64_t cross, int64_t main_at) {
      return GraphPoint{static_cast<int32_t>(cross), static_cast<int32_t>(main_at)};
    };
    for (const Chain& chain : chains_) {
      EdgeRoute route;
      route.edge = chain.edge;
      route.reversed = chain.reversed;
      const Slot& upper = slots_[chain.slots.front()];
      const Slot& lower = slots_[chain.slots.back()];
      route.points.push_back(point(upper.pos + chain.upper_port,
                                   middle[upper.layer] + (upper.main_size - upper.main_size / 2)));
      for (size_t i = 1; i + 1 < chain.slots.size(); ++i) {
        // Through the layer band along the edge, clear of the band's nodes.
        const Slot& bend = slots_[chain.slots[i]];
        int64_t half = thickness[bend.layer] / 2;
        route.points.push_back(point(bend.pos, middle[bend.layer] - half));
        if (half > 0) route.points.push_back(point(bend.pos, middle[bend.layer] + half));
      }
      route.points.push_back(
          point(lower.pos + chain.lower_port, middle[lower.layer] - lower.main_size / 2));
      if (chain.label_slot != UINT32_MAX) {
        const Slot& holder = slots_[chain.label_slot];
        int64_t across = LabelAcross(graph_.edges[chain.edge].label);
        route.label_at = point(holder.pos + kLabelGap + across / 2, middle[holder.layer]);
      } else {
        const GraphPoint& a = route.points.front();
        const GraphPoint& b = route.points.back();
        route.label_at = GraphPoint{(a.x + b.x) / 2, (a.y + b.y) / 2};
      }
      if (chain.reversed) std::reverse(route.points.begin(), route.points.end());
      placed.routes.push_back(std::move(route));
    }
    for (uint32_t edge : self_loops_) {
      const Slot& slot = slots_[From(edge)];
      int64_t side = slot.pos + slot.box_after;  // the box's far side
      int64_t at = middle[slot.layer];
      EdgeRoute route;
      route.edge = edge;
      route.self_loop = true;
      route.points = {
          point(side, at - kLoopHalfSpan), point(side + kLoopReach, at - 2 * kLoopHalfSpan),
          point(side + kLoopReach, at + 2 * kLoopHalfSpan), point(side, at + kLoopHalfSpan)};
      // The curve reaches 3/4 of the way to its control points; the label goes past it.
      int64_t label = graph_.edges[edge].label.empty() ? 0 : LabelAcross(graph_.edges[edge].label);
      route.label_at = point(side + kLoopReach * 3 / 4 + kLoopGap + label / 2, at);
      placed.routes.push_back(std::move(route));
    }
    return placed;
  }

  const Graph& graph_;
  bool left_to_right_;
  const std::vector<uint32_t>& nodes_;  // graph nodes, ascending; local index = position
  const std::vector<uint32_t>& edges_;  // graph edges among them, ascending
  std::vector<uint32_t>& local_;        // graph node -> local index (shared scratch)
  std::vector<uint32_t> self_loops_;    // graph edge indices
  std::vector<bool> reversed_;          // per edges_ position
  std::vector<uint32_t> layer_;         // per local node
  std::vector<Slot> slots_;             // local nodes first, then dummies
  std::vector<Chain> chains_;
  std::vector<std::vector<uint32_t>> layers_;
  std::vector<uint32_t> up_start_;
  std::vector<uint32_t> up_;
  std::vector<uint32_t> down_start_;
  std::vector<uint32_t> down_;
  // Reused buffers: the sweeps and passes run per layer, many times.
  std::vector<uint32_t> scratch_sequence_;
  std::vector<uint32_t> scratch_tree_;
  std::vector<int64_t> scratch_offset_;
  std::vector<int64_t> scratch_desired_;
};

}  // namespace

auto LayoutComponent(const Graph& graph, bool left_to_right, const std::vector<uint32_t>& nodes,
                     const std::vector<uint32_t>& edges, std::vector<uint32_t>& local,
                     uint64_t& crossings) -> PlacedComponent {
  ComponentLayout layout(graph, left_to_right, nodes, edges, local);
  return layout.Run(crossings);
}

}  // namespace remint::report::svg_internal
