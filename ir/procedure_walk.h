// Visits a unit's procedure division in source order, procedure by procedure: first the
// statements before any section or paragraph, then each top-level procedure and, for a section,
// each of its paragraphs. Analyses that work per procedure (control flow, calls, rules) use it
// so none repeats how units nest sections and paragraphs.
#ifndef REMINT_IR_PROCEDURE_WALK_H_
#define REMINT_IR_PROCEDURE_WALK_H_

#include "ir/module.h"

namespace remint::ir {

// Calls callback(procedure, section, body): `procedure` is invalid for the statements before any
// procedure; `section` is the section holding a paragraph (invalid otherwise).
template <typename Callback>
void ForEachProcedure(const Module& module, const Unit& unit, Callback&& callback) {
  callback(ParagraphId(), ParagraphId(), unit.body);
  for (ParagraphId id : unit.procedures) {
    const Paragraph& procedure = module.paragraphs().Get(id);
    callback(id, ParagraphId(), procedure.body);
    for (ParagraphId child : procedure.paragraphs) {
      callback(child, id, module.paragraphs().Get(child).body);
    }
  }
}

}  // namespace remint::ir

#endif  // REMINT_IR_PROCEDURE_WALK_H_
