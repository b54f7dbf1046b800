// Merging a caller's overriding DD (or OUTPUT) statement into a procedure's: each keyword the
// override codes replaces the procedure's (DCB subparameter by subparameter), a keyword coded
// with no value nullifies it, and parameters that exclude one another give way (SYSOUT and DSN,
// DUMMY and a real DSN, in-stream data and a dataset).
#ifndef REMINT_FRONTENDS_JCL_EXPAND_DD_OVERRIDE_H_
#define REMINT_FRONTENDS_JCL_EXPAND_DD_OVERRIDE_H_

#include "frontends/jcl/parse/operands.h"

namespace remint::jcl {

auto MergeOverride(const Operands& original, const Operands& override) -> Operands;
// The same, merged into `operands` in place (a statement already copied to be changed).
void MergeOverrideInto(Operands& operands, const Operands& override);

// Joins parameters with commas, as they would be coded.
auto FormatOperands(const Operands& operands) -> std::string;

}  // namespace remint::jcl

#endif  // REMINT_FRONTENDS_JCL_EXPAND_DD_OVERRIDE_H_
