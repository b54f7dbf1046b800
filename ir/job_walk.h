// The program steps of a job in stream order: through in-stream and cataloged procedures (the
// procedure call's name prefixes its steps: "PROCSTEP.STEP") and both branches of IF/THEN/ELSE
// constructs. What the analyzers that read jobs share.
#ifndef REMINT_IR_JOB_WALK_H_
#define REMINT_IR_JOB_WALK_H_

#include <string>
#include <utility>
#include <vector>

#include "ir/module.h"

namespace remint::ir {

// Calls `visit(step_id, procedure_prefix)` for every program step of `job` in order; the prefix
// is the enclosing procedure call's step name ("" outside procedures).
template <typename Visit>
void ForEachProgramStep(const Module& module, const Job& job, Visit&& visit) {
  std::vector<std::pair<StepId, std::string>> pending;
  for (auto it = job.steps.rbegin(); it != job.steps.rend(); ++it) pending.push_back({*it, ""});
  while (!pending.empty()) {
    auto [step_id, prefix] = pending.back();
    pending.pop_back();
    const JobStep& step = module.steps().Get(step_id);
    if (step.kind == StepKind::kProgram) {
      visit(step_id, prefix);
      continue;
    }
    std::string inner =
        step.kind == StepKind::kProcedure ? std::string(module.str(step.name)) : prefix;
    std::vector<StepId> children = step.steps;
    children.insert(children.end(), step.else_steps.begin(), step.else_steps.end());
    for (auto it = children.rbegin(); it != children.rend(); ++it) pending.push_back({*it, inner});
  }
}

}  // namespace remint::ir

#endif  // REMINT_IR_JOB_WALK_H_
