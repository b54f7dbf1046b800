// The emitter's planning pass: every decision about the shape of the emitted C++ that needs the
// whole unit, made before any text is written and kept as data (printed by PrintPlan for golden
// tests and `remint emit --plan`):
// - names: the class of each program, the function of each paragraph and section;
// - control flow: `structured` units become plain calls (PERFORM is a call, falling from one
//   paragraph into the next is the next call), while a unit with GO TO, ALTER or a PERFORM
//   range whose end can be reached other than by falling through gets a `dispatcher`: a local
//   state machine over its paragraphs that keeps cobc's PERFORM return semantics;
// - which paragraphs can end the program (GOBACK, EXIT PROGRAM reached through PERFORMs), so
//   only their callers test for it.
#ifndef REMINT_EMITTERS_CPP_PLAN_H_
#define REMINT_EMITTERS_CPP_PLAN_H_

#include <string>
#include <vector>

#include "base/source_loc.h"
#include "ir/module.h"

namespace remint::emit_cpp {

enum class FlowShape { kStructured, kDispatcher };

struct ProcedurePlan {
  ir::ParagraphId id;
  std::string function_name;
  bool is_section = false;
  bool performed = false;     // first or last procedure of some PERFORM (or SORT procedure)
  bool jumped_to = false;     // a GO TO target, or an ALTER's new target
  bool ends_program = false;  // may run GOBACK / EXIT PROGRAM, itself or through PERFORMs
};

// Why a unit needs a dispatcher, located at the statement that forces it.
struct FlowReason {
  SourceLoc loc;
  std::string what;
};

struct UnitPlan {
  ir::UnitId id;
  std::string class_name;
  FlowShape flow = FlowShape::kStructured;
  std::vector<FlowReason> reasons;        // empty for a structured unit
  std::vector<ProcedurePlan> procedures;  // source order: each section, then its paragraphs
};

struct ModulePlan {
  std::vector<UnitPlan> units;  // the module's COBOL units, in id order
};

auto PlanModule(const ir::Module& module) -> ModulePlan;

// The display path of the file `loc` lies in (a copybook's own file for copied code); empty
// for an invalid location.
auto SourcePath(const ir::Module& module, SourceLoc loc) -> std::string_view;

// A stable text form: one line per unit and per procedure, locations as file:line with paths
// relative to `base_directory` when they lie under it (so the text does not depend on where
// the sources sit).
auto PrintPlan(const ir::Module& module, const ModulePlan& plan,
               const std::string& base_directory = "") -> std::string;

}  // namespace remint::emit_cpp

#endif  // REMINT_EMITTERS_CPP_PLAN_H_
