// Shared state of JCL lowering (lower_jobs.cpp: structure; lower_dd.cpp: DD parameters;
// lower_conditions.cpp: COND= and IF). Private to frontends/jcl/lower.
#ifndef REMINT_FRONTENDS_JCL_LOWER_LOWER_INTERNAL_H_
#define REMINT_FRONTENDS_JCL_LOWER_LOWER_INTERNAL_H_

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "frontends/jcl/lower/lower_jobs.h"
#include "frontends/jcl/parse/condition.h"

namespace remint::jcl {

auto ParseUnsigned(std::string_view text, uint32_t& out) -> bool;

class JobLowering {
 public:
  JobLowering(ir::Builder& builder, DiagnosticEmitter& emitter)
      : builder_(builder), emitter_(emitter) {}

  auto LowerJob(const ExpandedJob& job) -> ir::JobId;

 private:
  // An open procedure call or IF construct that new steps go into.
  struct Container {
    ir::StepId step;
    bool is_conditional = false;
    int depth = 0;  // procedure calls: the depth of the calling EXEC
    bool in_else = false;
  };

  void LowerStatement(const ExpandedStatement& source);
  void LowerJobStatement(const ExpandedStatement& source);
  void LowerExec(const ExpandedStatement& source);
  void LowerDd(const ExpandedStatement& source);
  void LowerIf(const ExpandedStatement& source);
  void CloseProcedures(int depth);
  auto AddStep(ir::JobStep step) -> ir::StepId;

  // lower_dd.cpp
  void LowerDataset(const ExpandedStatement& source, ir::DdStatement& dd);
  void LowerDisposition(const ExpandedStatement& source, ir::DdStatement& dd);
  void LowerDcb(const ExpandedStatement& source, ir::DdStatement& dd);
  void CheckReferback(std::string_view dsn, const ExpandedStatement& source);

  // lower_conditions.cpp
  auto LowerCond(const ExpandedStatement& source, const Value& cond, ir::CondMode* mode)
      -> std::vector<ir::CondTest>;
  auto LowerCondition(const Condition& condition, SourceLoc loc) -> ir::ExpressionId;

  ir::Builder& builder_;
  DiagnosticEmitter& emitter_;
  ir::JobId job_;
  std::vector<Container> containers_;
  ir::StepId current_program_step_;
  ir::DdId last_named_dd_;
  // Qualified names of the steps lowered so far ("STEP", "STEP.PROCSTEP"): referback targets.
  std::set<std::string> step_names_;
  std::vector<std::string> step_path_;  // names of the open procedure steps, outermost first
};

}  // namespace remint::jcl

#endif  // REMINT_FRONTENDS_JCL_LOWER_LOWER_INTERNAL_H_
