// Lowering of expanded JCL (frontends/jcl/expand) into the shared IR's Job -> JobStep ->
// DdStatement model (ir/spec/jobs.def): what `remint ir` prints for a JCL member and what the
// local job runner (jobrun/) executes. A step that calls a procedure becomes a procedure step
// whose children are the procedure's steps; IF/THEN/ELSE/ENDIF becomes a conditional step with
// THEN and ELSE children; concatenated DDs are the children of the DD they follow. Every node
// keeps the location of the statement it came from, through INCLUDE and PROC expansion.
#ifndef REMINT_FRONTENDS_JCL_LOWER_LOWER_JOBS_H_
#define REMINT_FRONTENDS_JCL_LOWER_LOWER_JOBS_H_

#include <vector>

#include "base/diagnostics/diagnostic_emitter.h"
#include "frontends/jcl/expand/expand.h"
#include "ir/builder.h"

namespace remint::jcl {

// Adds one ir::Job per expanded job to the builder's module, in order; returns their ids.
// Errors (a referback to no earlier step, a malformed COND=, DISP= or DCB value) are reported
// and the parameter left at its default; the job is still lowered.
auto LowerJobs(const std::vector<ExpandedJob>& jobs, ir::Builder& builder,
               DiagnosticEmitter& emitter) -> std::vector<ir::JobId>;

}  // namespace remint::jcl

#endif  // REMINT_FRONTENDS_JCL_LOWER_LOWER_JOBS_H_
