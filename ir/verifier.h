// ir::Verify: checks the structural invariants of a module (docs/ir.md, "Invariants") and
// reports each violation as an RM50xx diagnostic. Run after lowering and after every pass; a
// module that fails verification is a bug in whoever produced it.
#ifndef REMINT_IR_VERIFIER_H_
#define REMINT_IR_VERIFIER_H_

#include "base/diagnostics/diagnostic_emitter.h"
#include "ir/module.h"
#include "ir/storage_size.h"

namespace remint::ir {

struct VerifyOptions {
  // The dialect's size rules the storage was laid out with.
  StorageSizeOptions sizes;
};

// Returns true when no error was reported (warnings, such as ALTER use, do not fail). Checks:
// 1. structure: every id in range, every node located, each expression and statement owned by
//    exactly one parent, containment links agree both ways (then, only if these hold):
// 2. storage: field sizes match types, groups span their children, children inside parents,
//    views at their base and not larger (below level 01), RENAMES ranges, arrays, block sizes,
//    file record blocks, valid types;
// 3. procedures: PERFORM ranges in one unit and in order, jump targets in the same unit, ALTER
//    targets alterable, MOVE categories and conversions, EVALUATE arity, conditions where
//    conditions are needed, subscript counts, SEARCH tables, labels, job steps.
auto Verify(const Module& module, DiagnosticEmitter& emitter, const VerifyOptions& options = {})
    -> bool;

}  // namespace remint::ir

#endif  // REMINT_IR_VERIFIER_H_
