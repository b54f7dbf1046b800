// SORT, MERGE, RELEASE and RETURN on cobrt's sort layer (runtime/sort/sort_file.h): each SD is
// a cobrt::SortFile member over its record area, the statements' INPUT and OUTPUT PROCEDUREs
// are performed as PERFORM ranges, and SORT-RETURN is the program's `sort_return_`.
#ifndef REMINT_EMITTERS_CPP_EMIT_SORT_H_
#define REMINT_EMITTERS_CPP_EMIT_SORT_H_

#include "emitters/cpp/emit_context.h"

namespace remint::emit_cpp {

// Whether the unit being written has an SD (and so the members DeclareSortFiles writes).
auto HasSortFiles(const EmitContext& context) -> bool;
// The class members of the unit's SDs, and SORT-RETURN.
void DeclareSortFiles(EmitContext& context);

void EmitSort(EmitContext& context, SourceLoc loc, const ir::SortStatement& node);
void EmitMerge(EmitContext& context, SourceLoc loc, const ir::MergeStatement& node);
void EmitRelease(EmitContext& context, SourceLoc loc, const ir::ReleaseStatement& node);
void EmitSortReturn(EmitContext& context, SourceLoc loc, const ir::SortReturnStatement& node);

}  // namespace remint::emit_cpp

#endif  // REMINT_EMITTERS_CPP_EMIT_SORT_H_
