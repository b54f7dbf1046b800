// The structure of a lowered job: JOB, EXEC (program and procedure steps), IF/ELSE/ENDIF and DD
// statements placed in their steps. Statements expansion already applied (JCLLIB, INCLUDE, SET,
// PROC/PEND, OUTPUT, JES statements) are not part of the job model.
#include "frontends/jcl/lower/lower_jobs.h"

#include "frontends/jcl/lower/lower_internal.h"
#include "frontends/jcl/parse/jcl_text.h"

namespace remint::jcl {
namespace {

auto PositionalText(const Operands& operands, size_t index) -> std::string {
  const Value* value = operands.Positional(index);
  if (value == nullptr) return {};
  if (value->kind == Value::Kind::kText) return value->Unquoted();
  return FormatValue(*value);
}

// The name a statement gives its step or DD: an added DD written `procstep.ddname` names the DD.
auto OwnName(const std::string& name) -> std::string {
  size_t dot = name.rfind('.');
  return UpperCase(dot == std::string::npos ? name : name.substr(dot + 1));
}

}  // namespace

auto JobLowering::LowerJob(const ExpandedJob& job) -> ir::JobId {
  ir::Job lowered;
  lowered.name = builder_.Intern(job.name);
  job_ = builder_.module().jobs().Add(std::move(lowered));
  for (const ExpandedStatement& statement : job.statements) {
    if (statement.statement().kind != StatementKind::kJcl) continue;
    LowerStatement(statement);
  }
  return job_;
}

void JobLowering::LowerStatement(const ExpandedStatement& source) {
  const std::string& operation = source.statement().operation;
  if (operation == "JOB") {
    LowerJobStatement(source);
  } else if (operation == "EXEC") {
    LowerExec(source);
  } else if (operation == "DD") {
    LowerDd(source);
  } else if (operation == "IF" || operation == "ELSE" || operation == "ENDIF") {
    LowerIf(source);
  }
}

void JobLowering::LowerJobStatement(const ExpandedStatement& source) {
  ir::Job& job = builder_.module().jobs().Get(job_);
  job.loc = source.loc();
  job.accounting = builder_.Intern(PositionalText(source.operands(), 0));
  job.programmer = builder_.Intern(PositionalText(source.operands(), 1));
  if (const Value* value = source.operands().Keyword("CLASS")) {
    job.job_class = builder_.Intern(value->text);
  }
  if (const Value* value = source.operands().Keyword("MSGCLASS")) {
    job.message_class = builder_.Intern(value->text);
  }
  if (const Value* cond = source.operands().Keyword("COND")) {
    std::vector<ir::CondTest> tests = LowerCond(source, *cond, nullptr);
    builder_.module().jobs().Get(job_).cond = std::move(tests);
  }
}

// Procedure steps end where a statement of a lower nesting depth comes.
void JobLowering::CloseProcedures(int depth) {
  while (!containers_.empty() && !containers_.back().is_conditional &&
         containers_.back().depth >= depth) {
    containers_.pop_back();
    step_path_.pop_back();
  }
}

auto JobLowering::AddStep(ir::JobStep step) -> ir::StepId {
  ir::Module& module = builder_.module();
  step.job = job_;
  if (!containers_.empty()) step.parent = containers_.back().step;
  ir::StepId id = module.steps().Add(std::move(step));
  if (containers_.empty()) {
    module.jobs().Get(job_).steps.push_back(id);
  } else {
    ir::JobStep& parent = module.steps().Get(containers_.back().step);
    (containers_.back().in_else ? parent.else_steps : parent.steps).push_back(id);
  }
  return id;
}

void JobLowering::LowerExec(const ExpandedStatement& source) {
  CloseProcedures(source.depth);
  const Operands& operands = source.operands();
  ir::JobStep step;
  step.loc = source.loc();
  std::string name = UpperCase(source.statement().name);
  step.name = builder_.Intern(name);
  const Value* program = operands.Keyword("PGM");
  const Value* procedure = operands.Keyword("PROC");
  if (procedure == nullptr && program == nullptr) procedure = operands.Positional(0);
  if (program != nullptr) {
    step.kind = ir::StepKind::kProgram;
    step.program = builder_.Intern(UpperCase(program->text));
  } else {
    step.kind = ir::StepKind::kProcedure;
    if (procedure != nullptr) step.procedure = builder_.Intern(UpperCase(procedure->text));
  }
  if (const Value* parm = operands.Keyword("PARM")) {
    step.parm =
        builder_.Intern(parm->kind == Value::Kind::kText ? parm->Unquoted() : FormatValue(*parm));
  }
  if (const Value* cond = operands.Keyword("COND")) {
    ir::CondMode mode = ir::CondMode::kNormal;
    step.cond = LowerCond(source, *cond, &mode);
    step.cond_mode = mode;
  }
  bool is_procedure = step.kind == ir::StepKind::kProcedure;
  ir::StepId id = AddStep(std::move(step));
  std::string qualified = name;
  if (!step_path_.empty()) qualified = step_path_.front() + "." + name;
  step_names_.insert(qualified);
  last_named_dd_ = ir::DdId();
  if (is_procedure) {
    containers_.push_back(Container{id, false, source.depth, false});
    step_path_.push_back(name);
    current_program_step_ = ir::StepId();
  } else {
    current_program_step_ = id;
  }
}

void JobLowering::LowerDd(const ExpandedStatement& source) {
  if (!current_program_step_.is_valid()) return;  // expansion reported a DD outside a step
  ir::Module& module = builder_.module();
  ir::DdStatement dd;
  dd.loc = source.loc();
  dd.name = builder_.Intern(OwnName(source.statement().name));
  dd.step = current_program_step_;
  LowerDataset(source, dd);
  LowerDisposition(source, dd);
  LowerDcb(source, dd);
  bool concatenated = source.statement().name.empty() && last_named_dd_.is_valid();
  ir::DdId id = module.dds().Add(std::move(dd));
  if (concatenated) {
    module.dds().Get(last_named_dd_).concatenation.push_back(id);
    return;
  }
  module.steps().Get(current_program_step_).dds.push_back(id);
  last_named_dd_ = id;
}

void JobLowering::LowerIf(const ExpandedStatement& source) {
  const std::string& operation = source.statement().operation;
  current_program_step_ = ir::StepId();
  last_named_dd_ = ir::DdId();
  if (operation == "IF") {
    CloseProcedures(source.depth);
    ir::JobStep step;
    step.loc = source.loc();
    step.name = builder_.Intern(UpperCase(source.statement().name));
    step.kind = ir::StepKind::kConditional;
    // Expansion reported the condition's errors already: parse it again quietly.
    DiagnosticCollector quiet;
    DiagnosticEmitter quiet_emitter(nullptr, quiet);
    std::optional<Condition> condition = ParseCondition(source.statement(), quiet_emitter);
    step.condition = condition ? LowerCondition(*condition, source.loc())
                               : builder_.LogicalLiteral(source.loc(), false);
    ir::StepId id = AddStep(std::move(step));
    containers_.push_back(Container{id, true, source.depth, false});
    return;
  }
  // ELSE and ENDIF close the procedure calls opened inside the THEN or ELSE part.
  while (!containers_.empty() && !containers_.back().is_conditional) {
    containers_.pop_back();
    step_path_.pop_back();
  }
  if (containers_.empty()) return;  // expansion reported the ELSE or ENDIF without IF
  if (operation == "ELSE") {
    containers_.back().in_else = true;
  } else {
    containers_.pop_back();
  }
}

auto LowerJobs(const std::vector<ExpandedJob>& jobs, ir::Builder& builder,
               DiagnosticEmitter& emitter) -> std::vector<ir::JobId> {
  std::vector<ir::JobId> ids;
  for (const ExpandedJob& job : jobs) {
    JobLowering lowering(builder, emitter);
    ids.push_back(lowering.LowerJob(job));
  }
  return ids;
}

}  // namespace remint::jcl
