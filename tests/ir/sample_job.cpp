// The JCL part of the sample module: a job with DDs of every dataset kind, an IF/THEN/ELSE
// construct and an expanded PROC.
#include "ir/builder.h"
#include "tests/ir/sample_module.h"
#include "tests/ir/sample_parts.h"

namespace remint::ir::testing {

void AddSampleJob(SampleModule& s, Builder& b) {
  Module& m = s.module;
  // ===== JCL job =================================================================================
  auto jcl = [](uint32_t line, uint32_t column = 3) { return At(kJobFile, line, column); };
  Job job;
  job.loc = jcl(1);
  job.name = b.Intern("PAYJOB");
  job.accounting = b.Intern("ACCT01");
  job.programmer = b.Intern("PAYROLL TEAM");
  job.job_class = b.Intern("A");
  job.message_class = b.Intern("X");
  JobId job_id = m.jobs().Add(std::move(job));
  auto add_step = [&](JobStep step, StepId parent) {
    step.job = job_id;
    step.parent = parent;
    StepId id = m.steps().Add(std::move(step));
    if (!parent.is_valid()) m.jobs().Get(job_id).steps.push_back(id);
    return id;
  };
  auto add_dd = [&](StepId step, DdStatement dd) {
    dd.step = step;
    DdId id = m.dds().Add(std::move(dd));
    m.steps().Get(step).dds.push_back(id);
    return id;
  };
  JobStep step1;
  step1.loc = jcl(3);
  step1.name = b.Intern("STEP1");
  step1.program = b.Intern("CUSTUPD");
  step1.program_unit = s.program;
  step1.parm = b.Intern("2024");
  step1.cond = {CondTest{4, CondOperator::kLt, {}, {}}};
  s.step = add_step(std::move(step1), {});
  DdStatement custin;
  custin.loc = jcl(4);
  custin.name = b.Intern("CUSTIN");
  custin.dsn = b.Intern("PROD.CUST.MASTER");
  custin.status = DispositionStatus::kShr;
  DdId custin_id = add_dd(s.step, std::move(custin));
  DdStatement concatenated;
  concatenated.loc = jcl(5);
  concatenated.dsn = b.Intern("PROD.CUST.EXTRA");
  concatenated.status = DispositionStatus::kShr;
  concatenated.step = s.step;
  DdId concatenated_id = m.dds().Add(std::move(concatenated));
  m.dds().Get(custin_id).concatenation.push_back(concatenated_id);
  DdStatement custout;
  custout.loc = jcl(6);
  custout.name = b.Intern("CUSTOUT");
  custout.dataset = DatasetKind::kGeneration;
  custout.dsn = b.Intern("PROD.CUST.OUT");
  custout.generation = 1;
  custout.status = DispositionStatus::kNew;
  custout.normal_disposition = DispositionAction::kCatlg;
  custout.abnormal_disposition = DispositionAction::kDelete;
  custout.recfm = b.Intern("FB");
  custout.lrecl = 80;
  custout.blksize = 27920;
  custout.space = b.Intern("(TRK,(5,5))");
  custout.unit = b.Intern("SYSDA");
  add_dd(s.step, std::move(custout));
  DdStatement sysout;
  sysout.loc = jcl(8);
  sysout.name = b.Intern("SYSOUT");
  sysout.dataset = DatasetKind::kSysout;
  sysout.sysout_class = b.Intern("*");
  add_dd(s.step, std::move(sysout));
  DdStatement sysin;
  sysin.loc = jcl(9);
  sysin.name = b.Intern("SYSIN");
  sysin.dataset = DatasetKind::kInStream;
  sysin.in_stream_data = b.Intern("CUST0001\nCUST0002\n");
  sysin.delimiter = b.Intern("$$");
  add_dd(s.step, std::move(sysin));
  DdStatement work;
  work.loc = jcl(10);
  work.name = b.Intern("WORK");
  work.dataset = DatasetKind::kTemporary;
  work.dsn = b.Intern("&&WORK");
  work.normal_disposition = DispositionAction::kPass;
  add_dd(s.step, std::move(work));

  JobStep conditional;
  conditional.loc = jcl(11);
  conditional.name = b.Intern("CHECK");
  conditional.kind = StepKind::kConditional;
  conditional.condition = b.Relational(
      jcl(11, 10), RelationalOperator::kEqual,
      b.Expression(jcl(11, 10), b.IntegerType(32),
                   JobStepStatusExpression{b.Intern("STEP1"), {}, JobStepProperty::kReturnCode}),
      b.NumericLiteral(jcl(11, 21), "0"));
  StepId if_step = add_step(std::move(conditional), {});
  JobStep step2;
  step2.loc = jcl(12);
  step2.name = b.Intern("STEP2");
  step2.kind = StepKind::kProcedure;
  step2.procedure = b.Intern("SORTPROC");
  StepId step2_id = add_step(std::move(step2), if_step);
  m.steps().Get(if_step).steps.push_back(step2_id);
  JobStep proc_step;
  proc_step.loc = At(kProcFile, 2, 3, 1);
  proc_step.name = b.Intern("PSTEP1");
  proc_step.program = b.Intern("SORT");
  proc_step.cond_mode = CondMode::kEven;
  StepId proc_step_id = add_step(std::move(proc_step), step2_id);
  m.steps().Get(step2_id).steps.push_back(proc_step_id);
  DdStatement sortin;
  sortin.loc = At(kProcFile, 3, 3, 1);
  sortin.name = b.Intern("SORTIN");
  sortin.dataset = DatasetKind::kReferback;
  sortin.dsn = b.Intern("*.STEP1.CUSTOUT");
  add_dd(proc_step_id, std::move(sortin));
  JobStep step3;
  step3.loc = jcl(14);
  step3.name = b.Intern("STEP3");
  step3.program = b.Intern("IEFBR14");
  StepId step3_id = add_step(std::move(step3), if_step);
  m.steps().Get(if_step).else_steps.push_back(step3_id);
  DdStatement dummy;
  dummy.loc = jcl(15);
  dummy.name = b.Intern("DD1");
  dummy.dataset = DatasetKind::kDummy;
  add_dd(step3_id, std::move(dummy));
  DdStatement member;
  member.loc = jcl(16);
  member.name = b.Intern("LIB");
  member.dataset = DatasetKind::kMember;
  member.dsn = b.Intern("PROD.PARMLIB");
  member.member = b.Intern("CUSTPARM");
  member.status = DispositionStatus::kShr;
  add_dd(step3_id, std::move(member));
}

}  // namespace remint::ir::testing
