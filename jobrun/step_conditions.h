// COND= and IF/THEN/ELSE evaluation for the job runner. Private to jobrun/.
#ifndef REMINT_JOBRUN_STEP_CONDITIONS_H_
#define REMINT_JOBRUN_STEP_CONDITIONS_H_

#include <string>
#include <vector>

#include "ir/module.h"
#include "jobrun/step_context.h"

namespace remint::jobrun {

// Whether COND= tests bypass a step: a test (code,op,step) is true when `code op RC` holds for
// that step's return code; a test with no step is checked against every step run so far. Steps
// that did not run or abended are left out.
auto CondBypasses(const ir::Module& module, const std::vector<ir::CondTest>& tests,
                  const JobState& job) -> bool;
// An IF condition's value. A relation on a step that did not run is false; an unqualified RC is
// the highest return code so far.
auto ConditionHolds(const ir::Module& module, ir::ExpressionId condition, const JobState& job)
    -> bool;
// Whether a condition tests ABEND or ABENDCC: only then do its steps run after an abend.
auto MentionsAbend(const ir::Module& module, ir::ExpressionId condition) -> bool;
// For the job log: "(0,NE,SETDATE)", "((4,LT,POST.RUN),(0,NE,ACCRUE.RUN))", "(STEP.RC <= 4)".
auto FormatCond(const ir::Module& module, const std::vector<ir::CondTest>& tests) -> std::string;
auto FormatCondition(const ir::Module& module, ir::ExpressionId condition) -> std::string;

}  // namespace remint::jobrun

#endif  // REMINT_JOBRUN_STEP_CONDITIONS_H_
