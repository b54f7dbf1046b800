// Business rules of a COBOL program, from its lowered IR: every decision (IF, each EVALUATE
// WHEN, each SEARCH WHEN, a loop's UNTIL or WHILE condition, a conditional phrase with statements
// in it: ON SIZE ERROR, AT END, INVALID KEY, ON EXCEPTION, ON OVERFLOW) with the actions it
// guards, and every computation (COMPUTE and ADD / SUBTRACT / MULTIPLY / DIVIDE) as a formula
// over named fields. Conditions are rendered in the program's terms (88-level names, data names,
// literals); each rule says what it reads and what its actions write.
//
// A rule's id is anchored to the program, the procedure, the kind and the rendered condition
// (and which of several identical ones it is), never to a line: it survives edits elsewhere.
#ifndef REMINT_ANALYZERS_RULES_RULES_H_
#define REMINT_ANALYZERS_RULES_RULES_H_

#include <cstdint>
#include <string>
#include <vector>

#include "ir/module.h"

namespace remint::analysis {

struct Rule {
  std::string id;  // "R-" and 10 hex digits
  std::string program;
  std::string procedure;  // "PARA", "PARA OF SECTION", or "(start)"
  std::string kind;       // if, when, search when, until, while, on size error, at end, ...,
                          // computation
  std::string condition;  // the decision, or the computation's formula
  std::string file;
  uint32_t line = 0;
  // The last line of the statements it guards (its own line when it guards none in its file),
  // and the line of the decision proper (an EVALUATE's WHEN: the WHEN's first object), where
  // the emitted C++ and its decision counters name it ("WHEN CUSTVAL:474").
  uint32_t end_line = 0;
  uint32_t decision_line = 0;
  std::vector<std::string> reads;    // data and condition names, sorted
  std::vector<std::string> writes;   // what the guarded actions (or the computation) change
  std::vector<std::string> actions;  // the guarded statements, one line each ("otherwise: ...")
  // Procedures the guarded statements PERFORM: the rule's actions continue there (a paragraph
  // with no decision of its own, such as a month-end reset, is linked to the rule that runs it).
  std::vector<std::string> performs;
};

// The rules of `unit`, in source order.
auto ExtractRules(const ir::Module& module, ir::UnitId unit) -> std::vector<Rule>;

// A stable text form: one block per rule.
auto FormatRules(const std::vector<Rule>& rules) -> std::string;

}  // namespace remint::analysis

#endif  // REMINT_ANALYZERS_RULES_RULES_H_
