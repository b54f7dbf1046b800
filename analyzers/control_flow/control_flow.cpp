#include "analyzers/control_flow/control_flow.h"

#include <algorithm>
#include <map>
#include <string_view>
#include <type_traits>

#include "analyzers/control_flow/flow_loops.h"
#include "ir/procedure_walk.h"
#include "ir/reflection.h"
#include "ir/statement_walk.h"

namespace remint::analysis {
namespace {

// Whether control can leave the end of `list` normally: not after an unconditional GO TO, STOP
// RUN, GOBACK or EXIT PROGRAM, nor after an IF both of whose branches end so.
auto EndsNormally(const ir::Module& module, const ir::StatementList& list) -> bool {
  if (list.empty()) return true;
  ir::StatementId last = list.back();
  const ir::StatementArena& statements = module.statements();
  if (const auto* go = statements.TryGet<ir::GoToStatement>(last)) {
    return go->form == ir::GoToForm::kDepending;  // out of range: on to the next statement
  }
  if (const auto* stop = statements.TryGet<ir::StopStatement>(last)) {
    return stop->kind == ir::StopKind::kLiteral || stop->kind == ir::StopKind::kPause;
  }
  if (statements.Is<ir::ReturnStatement>(last)) return false;
  if (const auto* branch = statements.TryGet<ir::IfStatement>(last)) {
    return branch->else_branch.empty() || EndsNormally(module, branch->then_branch) ||
           EndsNormally(module, branch->else_branch);
  }
  if (const auto* block = statements.TryGet<ir::BlockStatement>(last)) {
    return EndsNormally(module, block->body);
  }
  return true;
}

// Decision points of one statement (McCabe): a condition tested, each WHEN, each GO TO
// DEPENDING target, each conditional phrase (AT END, INVALID KEY, ON SIZE ERROR, ...).
auto Decisions(const ir::Module& module, ir::StatementId id) -> uint32_t {
  uint32_t decisions = 0;
  ir::VisitStatement(module, id, [&](const auto& node) {
    using Node = std::decay_t<decltype(node)>;
    if constexpr (std::is_same_v<Node, ir::IfStatement>) {
      decisions += 1;
    } else if constexpr (std::is_same_v<Node, ir::EvaluateStatement>) {
      decisions += static_cast<uint32_t>(node.whens.size());
    } else if constexpr (std::is_same_v<Node, ir::SearchStatement>) {
      decisions += static_cast<uint32_t>(node.whens.size());
    } else if constexpr (std::is_same_v<Node, ir::LoopStatement>) {
      if (node.kind != ir::LoopKind::kOnce && node.kind != ir::LoopKind::kForever) {
        decisions += node.kind == ir::LoopKind::kVarying
                         ? static_cast<uint32_t>(std::max<size_t>(1, node.varying.size()))
                         : 1;
      }
    } else if constexpr (std::is_same_v<Node, ir::GoToStatement>) {
      if (node.form == ir::GoToForm::kDepending) {
        decisions += static_cast<uint32_t>(node.targets.size());
      }
    } else if constexpr (std::is_same_v<Node, ir::ArithmeticIfStatement>) {
      decisions += 2;
    }
    // Conditional phrases: EVALUATE's OTHER is its else, not a decision of its own.
    if constexpr (!std::is_same_v<Node, ir::EvaluateStatement>) {
      ir::VisitFields(node, [&](std::string_view, const auto& field, ir::FieldRole) {
        if constexpr (std::is_same_v<std::decay_t<decltype(field)>, ir::OptionalStatementList>) {
          if (field) decisions += 1;
        }
      });
    }
  });
  return decisions;
}

class GraphBuilder {
 public:
  GraphBuilder(const ir::Module& module, ir::UnitId unit) : module_(module) {
    graph_.unit = unit;
    const ir::Unit& program = module.units().Get(unit);
    graph_.program = std::string(module.str(program.name));
    ir::ForEachProcedure(
        module, program,
        [&](ir::ParagraphId id, ir::ParagraphId section, const ir::StatementList& body) {
          if (id.is_valid()) {
            AddNode(id, section.is_valid()
                            ? std::string(module.str(module.paragraphs().Get(section).name))
                            : std::string());
          } else if (!body.empty()) {  // statements before the first procedure
            bodies_.push_back(&body);
            graph_.nodes.push_back(FlowNode{ir::ParagraphId(), "(start)", "", false, false,
                                            program.loc, 0, true, false});
          }
        });
  }

  auto Build() -> ControlFlowGraph {
    for (uint32_t index = 0; index < graph_.nodes.size(); ++index) AddEdges(index);
    // ALTER edges leave the altered procedure, wherever the ALTER is. Edges by source node: its
    // statements' in their order, then where ALTERs send it, then the fall-through.
    auto rank = [](const FlowEdge& edge) {
      return edge.kind == FlowEdgeKind::kFallThrough ? 2
             : edge.kind == FlowEdgeKind::kAlter     ? 1
                                                     : 0;
    };
    std::stable_sort(graph_.edges.begin(), graph_.edges.end(),
                     [&](const FlowEdge& a, const FlowEdge& b) {
                       return a.from != b.from ? a.from < b.from : rank(a) < rank(b);
                     });
    // The start: the statements before any procedure, else the first procedure outside the
    // declaratives. Each declarative section is entered by the condition it is used for.
    for (uint32_t index = 0; index < graph_.nodes.size(); ++index) {
      if (!graph_.nodes[index].declarative) {
        graph_.entries.push_back(index);
        break;
      }
    }
    for (uint32_t index = 0; index < graph_.nodes.size(); ++index) {
      const FlowNode& node = graph_.nodes[index];
      if (node.declarative && node.is_section) graph_.entries.push_back(index);
    }
    MarkReachable();
    FindLoops(graph_);
    for (const FlowNode& node : graph_.nodes) graph_.cyclomatic_complexity += node.decisions;
    return std::move(graph_);
  }

 private:
  void AddNode(ir::ParagraphId id, std::string section) {
    const ir::Paragraph& procedure = module_.paragraphs().Get(id);
    node_of_[id.index] = static_cast<uint32_t>(graph_.nodes.size());
    bodies_.push_back(&procedure.body);
    graph_.nodes.push_back(FlowNode{id, std::string(module_.str(procedure.name)),
                                    std::move(section),
                                    procedure.kind == ir::ProcedureKind::kSection,
                                    procedure.declarative, procedure.loc, 0, true, false});
  }

  auto NodeOf(ir::ParagraphId id) const -> int64_t {
    auto found = node_of_.find(id.index);
    return found == node_of_.end() ? -1 : found->second;
  }

  void AddEdge(uint32_t from, ir::ParagraphId to, FlowEdgeKind kind, SourceLoc loc) {
    int64_t target = NodeOf(to);
    if (target >= 0) {
      graph_.edges.push_back(FlowEdge{from, static_cast<uint32_t>(target), kind, loc});
    }
  }

  void AddEdges(uint32_t index) {
    FlowNode& node = graph_.nodes[index];
    const ir::StatementList& body = *bodies_[index];
    const ir::StatementArena& statements = module_.statements();
    ir::ForEachStatement(module_, body, [&](ir::StatementId id) {
      node.decisions += Decisions(module_, id);
      SourceLoc loc = statements.loc(id);
      // PERFORM, and SORT / MERGE INPUT and OUTPUT PROCEDUREs, which run their range the same
      // way: every procedure range a statement names.
      ir::VisitStatement(module_, id, [&](const auto& statement) {
        ir::VisitFields(statement, [&](std::string_view, const auto& field, ir::FieldRole) {
          if constexpr (std::is_same_v<std::decay_t<decltype(field)>, ir::ProcedureRange>) {
            if (field.first.is_valid()) AddEdge(index, field.first, FlowEdgeKind::kPerform, loc);
          }
        });
      });
      if (const auto* go = statements.TryGet<ir::GoToStatement>(id)) {
        FlowEdgeKind kind = go->form == ir::GoToForm::kDepending ? FlowEdgeKind::kGoToDepending
                                                                 : FlowEdgeKind::kGoTo;
        for (const ir::JumpTarget& target : go->targets) {
          if (const auto* paragraph = std::get_if<ir::ParagraphId>(&target)) {
            AddEdge(index, *paragraph, kind, loc);
          }
        }
      } else if (const auto* alter = statements.TryGet<ir::AlterStatement>(id)) {
        for (const ir::AlterClause& clause : alter->clauses) {
          int64_t altered = NodeOf(clause.paragraph);
          if (altered >= 0) {
            AddEdge(static_cast<uint32_t>(altered), clause.proceed_to, FlowEdgeKind::kAlter, loc);
          }
        }
      } else if (statements.Is<ir::LoopStatement>(id)) {
        ++graph_.loop_statements;
      }
    });
    node.falls_through = EndsNormally(module_, body);
    // The end of a procedure runs into the next one, except out of the declaratives: the end of a
    // declarative section returns to where its condition arose.
    uint32_t next = index + 1;
    if (node.falls_through && next < graph_.nodes.size()) {
      const FlowNode& following = graph_.nodes[next];
      const std::string& own_section = node.is_section ? node.name : node.section;
      bool leaves_section = following.is_section || following.section != own_section;
      bool out_of_declaratives = node.declarative && (leaves_section || !following.declarative);
      if (!out_of_declaratives) {
        graph_.edges.push_back(FlowEdge{index, next, FlowEdgeKind::kFallThrough, node.loc});
      }
    }
  }

  void MarkReachable() {
    std::vector<std::vector<uint32_t>> successors(graph_.nodes.size());
    for (const FlowEdge& edge : graph_.edges) successors[edge.from].push_back(edge.to);
    std::vector<uint32_t> pending = graph_.entries;
    while (!pending.empty()) {
      uint32_t index = pending.back();
      pending.pop_back();
      if (graph_.nodes[index].reachable) continue;
      graph_.nodes[index].reachable = true;
      for (uint32_t next : successors[index]) pending.push_back(next);
    }
  }

  const ir::Module& module_;
  ControlFlowGraph graph_;
  std::vector<const ir::StatementList*> bodies_;  // by node
  std::map<uint32_t, uint32_t> node_of_;          // paragraph index -> node
};

}  // namespace

auto ControlFlowGraph::unreachable() const -> std::vector<uint32_t> {
  std::vector<uint32_t> nodes_not_reached;
  for (uint32_t index = 0; index < nodes.size(); ++index) {
    if (!nodes[index].reachable) nodes_not_reached.push_back(index);
  }
  return nodes_not_reached;
}

auto BuildControlFlow(const ir::Module& module, ir::UnitId unit) -> ControlFlowGraph {
  return GraphBuilder(module, unit).Build();
}

auto FlowEdgeKindName(FlowEdgeKind kind) -> const char* {
  switch (kind) {
    case FlowEdgeKind::kFallThrough:
      return "falls into";
    case FlowEdgeKind::kPerform:
      return "performs";
    case FlowEdgeKind::kGoTo:
      return "goes to";
    case FlowEdgeKind::kGoToDepending:
      return "goes to (depending)";
    case FlowEdgeKind::kAlter:
      return "goes to (altered)";
  }
  return "?";
}

}  // namespace remint::analysis
