// The relational expression of a JCL IF statement: RC, ABEND, ¬ABEND, ABENDCC, RUN (each bare or
// qualified by step[.procstep]), compared with EQ NE GT LT GE LE (or = ¬= > < >= <= ¬> ¬<) and
// combined with AND/& , OR/| , NOT/¬ and parentheses.
#ifndef REMINT_FRONTENDS_JCL_PARSE_CONDITION_H_
#define REMINT_FRONTENDS_JCL_PARSE_CONDITION_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics/diagnostic_emitter.h"
#include "frontends/jcl/parse/statement.h"

namespace remint::jcl {

struct Condition {
  enum class Kind { kOr, kAnd, kNot, kCompare, kKeyword };
  Kind kind = Kind::kKeyword;
  std::vector<Condition> operands;  // kOr, kAnd (two or more), kNot (one)
  // kCompare: `subject op value`; kKeyword: `subject` alone (ABEND, RUN, step.RC ...).
  std::string step;     // Empty, `step` or `step.procstep`.
  std::string subject;  // RC, ABEND, ABENDCC, RUN, TRUE, FALSE
  std::string op;       // EQ NE GT LT GE LE (symbols normalised to these)
  std::string value;    // The compared value (a number, Sxxx, Uxxxx, TRUE, FALSE)
};

// Parses the condition text of an IF statement (its operands); null after a reported error.
auto ParseCondition(const Statement& statement, DiagnosticEmitter& emitter)
    -> std::optional<Condition>;

// The condition in a normal form: keywords and operators upper case, single blanks.
auto FormatCondition(const Condition& condition) -> std::string;

}  // namespace remint::jcl

#endif  // REMINT_FRONTENDS_JCL_PARSE_CONDITION_H_
