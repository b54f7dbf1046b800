// Byte layout of storage blocks: offsets and sizes of every field from its type, its place in
// the group tree and its view, as cobc lays out records (see storage_size.h).
#ifndef REMINT_IR_STORAGE_LAYOUT_H_
#define REMINT_IR_STORAGE_LAYOUT_H_

#include <cstdint>

#include "ir/module.h"
#include "ir/storage_size.h"

namespace remint::ir {

// The largest offset or span of storage the IR represents. Layout arithmetic saturates (see
// base/saturating_math.h) rather than wrapping, and the verifier rejects anything beyond this,
// so a size in a verified module is exact. Front ends report their own, lower limits first
// (cobc: 268,435,456 bytes per item).
inline constexpr uint64_t kMaxStorageBytes = uint64_t{1} << 48;

// Occurrences of one element of `shape` (the product of the dimensions' extents, saturating;
// the maximum for OCCURS DEPENDING ON; 1 for an assumed-size dimension, whose extent is
// unknown).
auto ElementCount(const ArrayShape& shape) -> uint64_t;

// Bytes a field occupies: its size times its occurrences (saturating).
auto FieldSpan(const Field& field) -> uint64_t;

// The number of subscripts a reference to `field` needs: its dimensions and its ancestors'.
auto SubscriptCount(const Module& module, FieldId field) -> uint32_t;

// Computes the offset and size of every field of `block`, and the block's size:
// - an elementary field's size comes from its type; a group's is the span of its children;
// - a field follows its previous non-view sibling; REDEFINES and record-area views start at
//   their base; EQUIVALENCE views keep the offset the front end set; RENAMES covers base..thru;
// - SYNCHRONIZED binary, float, pointer and index items align to their size within the block.
void LayOutBlock(Module& module, BlockId block, const StorageSizeOptions& options);

}  // namespace remint::ir

#endif  // REMINT_IR_STORAGE_LAYOUT_H_
