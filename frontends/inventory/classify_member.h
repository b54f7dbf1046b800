// Classifies a decoded member by its content alone: which language it is written in and what
// role it plays (program, copybook, job, PROC...), with the evidence that decided.
#ifndef REMINT_FRONTENDS_INVENTORY_CLASSIFY_MEMBER_H_
#define REMINT_FRONTENDS_INVENTORY_CLASSIFY_MEMBER_H_

#include "base/source_text.h"
#include "frontends/inventory/member_kind.h"

namespace remint::inventory {

auto ClassifyMember(const SourceText& source) -> Classification;

}  // namespace remint::inventory

#endif  // REMINT_FRONTENDS_INVENTORY_CLASSIFY_MEMBER_H_
