#include "analyzers/call_graph/call_graph.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "ir/procedure_walk.h"
#include "ir/statement_walk.h"

namespace remint::analysis {
namespace {

// A program name as CALL sees it: trailing spaces dropped, upper case.
auto ProgramName(std::string_view text) -> std::string {
  std::string name(text);
  while (!name.empty() && name.back() == ' ') name.pop_back();
  for (char& c : name) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return name;
}

auto FileOf(const ir::Module& module, SourceLoc loc) -> std::string {
  const auto& paths = module.sources().paths;
  return loc.file.is_valid() && loc.file.index < paths.size() ? paths[loc.file.index] : "";
}

// The literal an expression is, if it is one.
auto Literal(const ir::Module& module, ir::ExpressionId id) -> std::optional<std::string> {
  if (!id.is_valid()) return std::nullopt;
  if (const auto* literal = module.expressions().TryGet<ir::StringLiteralExpression>(id)) {
    return ProgramName(module.str(literal->value));
  }
  return std::nullopt;
}

auto FieldOf(const ir::Module& module, ir::ExpressionId id) -> ir::FieldId {
  if (!id.is_valid()) return ir::FieldId();
  if (const auto* ref = module.expressions().TryGet<ir::DataRefExpression>(id)) return ref->field;
  return ir::FieldId();
}

// For each field of a unit: the literals that reach it (VALUE, MOVE 'literal' TO it).
class LiteralsReaching {
 public:
  LiteralsReaching(const ir::Module& module, const ir::Unit& unit) : module_(module) {
    auto collect = [&](const ir::StatementList& list) {
      ir::ForEachStatement(module, list, [&](ir::StatementId id) {
        const auto* move = module.statements().TryGet<ir::MoveStatement>(id);
        if (move == nullptr) return;
        std::optional<std::string> literal = Literal(module, move->source);
        if (!literal) return;
        for (ir::ExpressionId target : move->targets) {
          ir::FieldId field = FieldOf(module, target);
          if (field.is_valid()) literals_[field.index].insert(*literal);
        }
      });
    };
    ir::ForEachProcedure(
        module, unit,
        [&](ir::ParagraphId, ir::ParagraphId, const ir::StatementList& body) { collect(body); });
  }

  auto Of(ir::FieldId id) const -> std::set<std::string> {
    std::set<std::string> values;
    if (auto found = literals_.find(id.index); found != literals_.end()) values = found->second;
    if (std::optional<std::string> initial =
            Literal(module_, module_.fields().Get(id).initial_value)) {
      if (!initial->empty()) values.insert(*initial);
    }
    return values;
  }

 private:
  const ir::Module& module_;
  std::map<uint32_t, std::set<std::string>> literals_;
};

}  // namespace

// EXEC CICS LINK / XCTL: their kind, or nothing for another command.
auto CicsTransferKind(const ir::Module& module, const ir::ExternalStatement& external)
    -> std::optional<CallKind> {
  if (external.system != ir::ExternalSystem::kCics) return std::nullopt;
  const std::string_view verb = module.str(external.verb);
  if (verb == "LINK") return CallKind::kCicsLink;
  if (verb == "XCTL") return CallKind::kCicsXctl;
  return std::nullopt;
}

void CallGraphBuilder::AddProgramModule(const ir::Module& module) {
  for (uint32_t index = 0; index < module.units().size(); ++index) {
    const ir::Unit& unit = module.units().Get(ir::UnitId(index));
    std::string caller = ProgramName(module.str(unit.name));
    programs_.push_back(caller);
    LiteralsReaching reaching(module, unit);
    auto add = [&](CallKind kind, ir::ExpressionId target, SourceLoc loc) {
      CallSite site{caller, "", kind, FileOf(module, loc), loc.line, "", false};
      if (std::optional<std::string> literal = Literal(module, target)) {
        site.callee = *literal;
        calls_.push_back(site);
        return;
      }
      ir::FieldId field = FieldOf(module, target);
      if (!field.is_valid()) return;
      site.through = ProgramName(module.str(module.fields().Get(field).name));
      if (kind == CallKind::kStatic) site.kind = CallKind::kDynamic;
      std::set<std::string> values = reaching.Of(field);
      if (values.empty()) calls_.push_back(site);  // unresolved
      for (const std::string& value : values) {
        site.callee = value;
        calls_.push_back(site);
      }
    };
    auto visit = [&](const ir::StatementList& list) {
      ir::ForEachStatement(module, list, [&](ir::StatementId id) {
        SourceLoc loc = module.statements().loc(id);
        if (const auto* call = module.statements().TryGet<ir::CallStatement>(id)) {
          add(CallKind::kStatic, call->target, loc);
        } else if (const auto* cancel = module.statements().TryGet<ir::CancelStatement>(id)) {
          for (const ir::CancelTarget& target : cancel->targets) {
            add(CallKind::kCancel, target.target, loc);
          }
        } else if (const auto* external = module.statements().TryGet<ir::ExternalStatement>(id)) {
          std::optional<CallKind> kind = CicsTransferKind(module, *external);
          if (!kind) return;
          // PROGRAM('NAME') names the callee; PROGRAM(identifier) is resolved as a dynamic
          // CALL's identifier is.
          for (const ir::ExternalOption& option : external->options) {
            if (module.str(option.name) != "PROGRAM") continue;
            std::string_view text = module.str(option.text);
            if (option.value.is_valid()) {
              add(*kind, option.value, loc);
            } else if (text.size() >= 2 && (text.front() == '\'' || text.front() == '"') &&
                       text.back() == text.front()) {
              calls_.push_back(CallSite{caller, ProgramName(text.substr(1, text.size() - 2)), *kind,
                                        FileOf(module, loc), loc.line, "", false});
            }
          }
        }
      });
    };
    ir::ForEachProcedure(
        module, unit,
        [&](ir::ParagraphId, ir::ParagraphId, const ir::StatementList& body) { visit(body); });
  }
}

void CallGraphBuilder::AddJobModule(const ir::Module& module) {
  for (uint32_t index = 0; index < module.steps().size(); ++index) {
    const ir::JobStep& step = module.steps().Get(ir::StepId(index));
    if (step.kind != ir::StepKind::kProgram || step.program.index == 0) continue;
    // A procedure's step is named STEP.PROCSTEP after the step that called the procedure.
    std::string name(module.str(step.name));
    for (ir::StepId parent = step.parent; parent.is_valid();
         parent = module.steps().Get(parent).parent) {
      const ir::JobStep& outer = module.steps().Get(parent);
      if (outer.kind == ir::StepKind::kProcedure)
        name = std::string(module.str(outer.name)) + "." + name;
    }
    std::string job(module.str(module.jobs().Get(step.job).name));
    calls_.push_back(CallSite{job + "." + name, ProgramName(module.str(step.program)),
                              CallKind::kJobStep, FileOf(module, step.loc), step.loc.line, "",
                              false});
  }
}

auto CallGraphBuilder::Build() const -> CallGraph {
  CallGraph graph;
  graph.programs = programs_;
  std::sort(graph.programs.begin(), graph.programs.end());
  graph.programs.erase(std::unique(graph.programs.begin(), graph.programs.end()),
                       graph.programs.end());
  std::set<std::string> estate(graph.programs.begin(), graph.programs.end());
  std::set<std::string> reached;
  std::set<std::string> entries;
  std::set<std::string> external;
  for (CallSite site : calls_) {
    site.in_estate = estate.contains(site.callee);
    if (site.callee.empty()) {
      graph.unresolved.push_back(site);
    } else if (!site.in_estate) {
      external.insert(site.callee);
    } else if (site.caller != site.callee) {
      reached.insert(site.callee);
    }
    if (site.kind == CallKind::kJobStep && site.in_estate) entries.insert(site.callee);
    graph.calls.push_back(std::move(site));
  }
  auto order = [](const CallSite& a, const CallSite& b) {
    return std::tie(a.caller, a.file, a.line, a.callee, a.kind) <
           std::tie(b.caller, b.file, b.line, b.callee, b.kind);
  };
  std::sort(graph.calls.begin(), graph.calls.end(), order);
  std::sort(graph.unresolved.begin(), graph.unresolved.end(), order);
  graph.entry_points.assign(entries.begin(), entries.end());
  graph.external.assign(external.begin(), external.end());
  for (const std::string& program : graph.programs) {
    if (!reached.contains(program)) graph.uncalled.push_back(program);
  }
  return graph;
}

}  // namespace remint::analysis
