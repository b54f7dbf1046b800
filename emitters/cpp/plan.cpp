#include "emitters/cpp/plan.h"

#include <fmt/format.h>

#include <map>
#include <set>
#include <variant>

#include "emitters/cpp/naming.h"
#include "ir/statement_walk.h"

namespace remint::emit_cpp {
namespace {

// Names the emitted class defines itself, which no paragraph may take: member functions, and
// (a procedure's constant being "k" + its function name) the dispatcher's own constants.
constexpr const char* kReservedMembers[] = {"Run",        "Main",        "Dispatch",      "Perform",
                                            "Initialize", "FallThrough", "ProcedureCount"};

class UnitPlanner {
 public:
  UnitPlanner(const ir::Module& module, ir::UnitId unit) : module_(module), unit_(unit) {}

  auto Plan() -> UnitPlan {
    const ir::Unit& unit = module_.unit(unit_);
    plan_.id = unit_;
    plan_.class_name = UpperCamelName(module_.str(unit.name));
    NameScope functions;
    for (const char* reserved : kReservedMembers) functions.Reserve(reserved);
    for (ir::ParagraphId procedure : unit.procedures) {
      AddProcedure(procedure, functions, "");
      const std::string section(module_.str(module_.paragraph(procedure).name));
      for (ir::ParagraphId paragraph : module_.paragraph(procedure).paragraphs) {
        AddProcedure(paragraph, functions, section);
      }
    }
    Scan(unit.body, ir::ParagraphId());
    for (const ProcedurePlan& procedure : plan_.procedures) {
      Scan(module_.paragraph(procedure.id).body, procedure.id);
    }
    MarkProgramEnders();
    for (ProcedurePlan& procedure : plan_.procedures) {
      procedure.performed = performed_.contains(procedure.id.index);
      procedure.jumped_to = jumped_to_.contains(procedure.id.index);
      procedure.ends_program = enders_.contains(procedure.id.index);
    }
    plan_.flow = plan_.reasons.empty() ? FlowShape::kStructured : FlowShape::kDispatcher;
    return std::move(plan_);
  }

 private:
  void AddProcedure(ir::ParagraphId id, NameScope& functions, const std::string& section) {
    const ir::Paragraph& paragraph = module_.paragraph(id);
    std::string name = UpperCamelName(module_.str(paragraph.name));
    // The same paragraph name may appear in two sections; qualify the later ones.
    if (!section.empty() && names_seen_.contains(name)) name += "Of" + UpperCamelName(section);
    names_seen_.insert(name);
    ProcedurePlan procedure;
    procedure.id = id;
    procedure.function_name = functions.Claim(std::move(name));
    procedure.is_section = paragraph.kind == ir::ProcedureKind::kSection;
    order_[id.index] = plan_.procedures.size();
    plan_.procedures.push_back(std::move(procedure));
  }

  // Records, for the statements of one procedure (`owner`; invalid for the unit's own body):
  // PERFORM targets, jumps, and what forces a dispatcher.
  void Scan(const ir::StatementList& body, ir::ParagraphId owner) {
    ir::ForEachStatement(module_, body, [&](ir::StatementId id) {
      const SourceLoc loc = module_.statements().loc(id);
      ir::VisitStatement(module_, id, [&](const auto& node) { Note(owner, loc, node); });
    });
  }

  template <typename T>
  void Note(ir::ParagraphId, SourceLoc, const T&) {}

  void Note(ir::ParagraphId owner, SourceLoc loc, const ir::PerformStatement& node) {
    NoteRange(owner, loc, node.procedures, "PERFORM");
  }
  void Note(ir::ParagraphId owner, SourceLoc loc, const ir::SortStatement& node) {
    if (node.input_procedure.first.is_valid()) {
      NoteRange(owner, loc, node.input_procedure, "SORT INPUT PROCEDURE");
    }
    if (node.output_procedure.first.is_valid()) {
      NoteRange(owner, loc, node.output_procedure, "SORT OUTPUT PROCEDURE");
    }
  }
  void Note(ir::ParagraphId owner, SourceLoc loc, const ir::MergeStatement& node) {
    if (node.output_procedure.first.is_valid()) {
      NoteRange(owner, loc, node.output_procedure, "MERGE OUTPUT PROCEDURE");
    }
  }
  void Note(ir::ParagraphId, SourceLoc loc, const ir::GoToStatement& node) {
    for (const ir::JumpTarget& target : node.targets) {
      if (const auto* paragraph = std::get_if<ir::ParagraphId>(&target)) {
        jumped_to_.insert(paragraph->index);
      }
    }
    // A GO TO leaves the function it is in: falling through to the statement after it, or
    // returning from a PERFORM at the end of the range, depends on where it lands.
    plan_.reasons.push_back(
        {loc, node.form == ir::GoToForm::kDepending ? "GO TO DEPENDING ON" : "GO TO"});
  }
  void Note(ir::ParagraphId, SourceLoc loc, const ir::AlterStatement& node) {
    for (const ir::AlterClause& clause : node.clauses) jumped_to_.insert(clause.proceed_to.index);
    plan_.reasons.push_back({loc, "ALTER"});
  }
  void Note(ir::ParagraphId owner, SourceLoc, const ir::ReturnStatement& node) {
    if (node.kind != ir::ReturnKind::kFortranReturn && owner.is_valid()) {
      enders_.insert(owner.index);
    }
  }

  void NoteRange(ir::ParagraphId owner, SourceLoc loc, const ir::ProcedureRange& range,
                 const char* what) {
    if (!range.first.is_valid()) return;
    performed_.insert(range.first.index);
    const ir::ParagraphId last = range.last.is_valid() ? range.last : range.first;
    performed_.insert(last.index);
    if (owner.is_valid()) calls_[owner.index].push_back(range);
    // A THRU range over more than one procedure is sequential calls as long as nothing jumps;
    // with a GO TO in the unit the dispatcher handles it (recorded by the GO TO itself). A
    // range that ends before it starts cannot be called in order at all.
    if (order_.contains(range.first.index) && order_.contains(last.index) &&
        order_.at(last.index) < order_.at(range.first.index)) {
      plan_.reasons.push_back({loc, fmt::format("{} range ends before it starts", what)});
    }
  }

  // A procedure ends the program if it runs GOBACK / EXIT PROGRAM itself or performs one that
  // does (a fixed point over the PERFORM graph). A section also ends it if one of its
  // paragraphs does, since performing the section runs them.
  void MarkProgramEnders() {
    for (bool changed = true; changed;) {
      changed = false;
      for (const ProcedurePlan& procedure : plan_.procedures) {
        if (enders_.contains(procedure.id.index)) continue;
        bool ends = false;
        if (procedure.is_section) {
          for (ir::ParagraphId paragraph : module_.paragraph(procedure.id).paragraphs) {
            ends = ends || enders_.contains(paragraph.index);
          }
        }
        for (const ir::ProcedureRange& range : calls_[procedure.id.index]) {
          ends = ends || RangeEnds(range);
        }
        if (ends) {
          enders_.insert(procedure.id.index);
          changed = true;
        }
      }
    }
  }

  auto RangeEnds(const ir::ProcedureRange& range) const -> bool {
    const ir::ParagraphId last = range.last.is_valid() ? range.last : range.first;
    if (!order_.contains(range.first.index) || !order_.contains(last.index)) return false;
    // A range ending before it starts runs on past it (until a GO TO reaches its end).
    const size_t first = order_.at(range.first.index);
    const size_t stop =
        order_.at(last.index) < first ? plan_.procedures.size() - 1 : order_.at(last.index);
    for (size_t i = first; i <= stop; ++i) {
      if (enders_.contains(plan_.procedures[i].id.index)) return true;
    }
    return false;
  }

  const ir::Module& module_;
  ir::UnitId unit_;
  UnitPlan plan_;
  std::set<std::string> names_seen_;
  std::map<uint32_t, size_t> order_;  // procedure index -> position in plan_.procedures
  std::set<uint32_t> performed_;
  std::set<uint32_t> jumped_to_;
  std::set<uint32_t> enders_;
  std::map<uint32_t, std::vector<ir::ProcedureRange>> calls_;  // by calling procedure
};

auto FileLine(const ir::Module& module, SourceLoc loc, const std::string& base) -> std::string {
  std::string_view path = SourcePath(module, loc);
  if (path.empty()) return "?";
  if (!base.empty() && path.starts_with(base + "/")) path.remove_prefix(base.size() + 1);
  return fmt::format("{}:{}", path, loc.line);
}

}  // namespace

auto SourcePath(const ir::Module& module, SourceLoc loc) -> std::string_view {
  const std::vector<std::string>& paths = module.sources().paths;
  if (!loc.is_valid() || loc.file.index >= paths.size()) return {};
  return paths[loc.file.index];
}

auto PlanModule(const ir::Module& module) -> ModulePlan {
  ModulePlan plan;
  for (ir::UnitId unit : module.units().Ids()) {
    if (module.unit(unit).language != ir::Language::kCobol) continue;
    plan.units.push_back(UnitPlanner(module, unit).Plan());
  }
  return plan;
}

auto PrintPlan(const ir::Module& module, const ModulePlan& plan, const std::string& base_directory)
    -> std::string {
  std::string out;
  for (const UnitPlan& unit : plan.units) {
    out += fmt::format("unit {} class={} flow={}\n", module.str(module.unit(unit.id).name),
                       unit.class_name,
                       unit.flow == FlowShape::kStructured ? "structured" : "dispatcher");
    for (const FlowReason& reason : unit.reasons) {
      out += fmt::format("  dispatcher-because {} @{}\n", reason.what,
                         FileLine(module, reason.loc, base_directory));
    }
    for (const ProcedurePlan& procedure : unit.procedures) {
      const ir::Paragraph& paragraph = module.paragraph(procedure.id);
      out += fmt::format("  {} {} fn={}{}{}{} @{}\n",
                         procedure.is_section ? "section" : "paragraph", module.str(paragraph.name),
                         procedure.function_name, procedure.performed ? " performed" : "",
                         procedure.jumped_to ? " jumped-to" : "",
                         procedure.ends_program ? " ends-program" : "",
                         FileLine(module, paragraph.loc, base_directory));
    }
  }
  return out;
}

}  // namespace remint::emit_cpp
