// A hand-built module that uses every node kind of the IR: a COBOL program with a nested
// program, a Fortran subroutine, and a JCL job. The golden tests print it; the verifier tests
// start from it (it verifies clean) and break one invariant at a time.
#ifndef REMINT_TESTS_IR_SAMPLE_MODULE_H_
#define REMINT_TESTS_IR_SAMPLE_MODULE_H_

#include "ir/module.h"

namespace remint::ir::testing {

struct SampleModule {
  Module module;
  UnitId program;
  UnitId subroutine;
  BlockId record_block;
  FieldId record;     // 01 CUSTOMER-REC (group)
  FieldId name;       // 05 CUST-NAME PIC X(20)
  FieldId balance;    // 05 CUST-BALANCE PIC S9(7)V99 COMP-3
  FieldId table;      // 05 CUST-HIST OCCURS 1 TO 12 DEPENDING ON CUST-MONTHS
  FieldId renames;    // 66 CUST-ID-NAME RENAMES ... THRU ...
  FieldId redefines;  // 05 CUST-BALANCE-X REDEFINES CUST-BALANCE
  ParagraphId main_paragraph;
  ParagraphId exit_paragraph;
  ParagraphId alterable_paragraph;
  StatementId move;
  StatementId evaluate;
  StatementId perform;
  StatementId search;
  StatementId next_sentence;  // NEXT SENTENCE in a sentence block
  FileDescriptionId file;
  StepId step;
};

auto BuildSampleModule() -> SampleModule;

}  // namespace remint::ir::testing

#endif  // REMINT_TESTS_IR_SAMPLE_MODULE_H_
