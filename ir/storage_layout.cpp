#include "ir/storage_layout.h"

#include <algorithm>

#include "base/saturating_math.h"

namespace remint::ir {

auto ElementCount(const ArrayShape& shape) -> uint64_t {
  uint64_t count = 1;
  for (const ArrayDimension& dimension : shape.dimensions) {
    // Bounds known only at run time (assumed size, adjustable) count as one here.
    if (dimension.assumed_size || dimension.lower_bound.is_valid() ||
        dimension.upper_bound.is_valid()) {
      continue;
    }
    // An empty dimension (COBOL OCCURS 0 TIMES: 1..0) has no elements.
    if (dimension.upper < dimension.lower) return 0;
    count = SaturatingMul(count, static_cast<uint64_t>(dimension.upper - dimension.lower + 1));
  }
  return count;
}

auto FieldSpan(const Field& field) -> uint64_t {
  return field.array ? SaturatingMul(field.size, ElementCount(*field.array)) : field.size;
}

auto SubscriptCount(const Module& module, FieldId field) -> uint32_t {
  uint32_t count = 0;
  // Parent links form a tree of bounded depth (COBOL levels); the verifier rejects cycles
  // before anything relies on this.
  for (uint32_t depth = 0; field.is_valid() && depth < 64; ++depth) {
    const Field& f = module.field(field);
    if (f.array) count += static_cast<uint32_t>(f.array->dimensions.size());
    field = f.parent;
  }
  return count;
}

namespace {

class BlockLayout {
 public:
  BlockLayout(Module& module, const StorageSizeOptions& options)
      : module_(module), options_(options) {}

  // Lays out `id` starting at `offset` (unless its view fixes the offset); returns its end.
  auto LayOut(FieldId id, uint64_t offset) -> uint64_t {
    Field& field = module_.field(id);
    switch (field.view) {
      case ViewKind::kRedefines:
      case ViewKind::kRecordArea:
        offset = module_.field(field.base).offset;
        break;
      case ViewKind::kEquivalence:
        offset = field.offset;
        break;
      case ViewKind::kRenames:
        return field.offset;  // after everything else: see FinishRenames
      case ViewKind::kNone:
        break;
    }
    if (field.synchronized && field.type.is_valid()) {
      uint64_t alignment = SyncAlignment(module_, field.type, options_);
      offset = SaturatingAdd(offset, alignment - 1) / alignment * alignment;
    }
    field.offset = offset;
    if (!field.children.empty()) {
      uint64_t cursor = offset;
      uint64_t end = offset;
      // Copy: laying out children does not add fields, but keep the loop independent of it.
      std::vector<FieldId> children = field.children;
      for (FieldId child : children) {
        uint64_t child_end = LayOut(child, cursor);
        if (module_.field(child).view == ViewKind::kNone) cursor = child_end;
        end = std::max(end, child_end);
      }
      module_.field(id).size = end - offset;
    } else if (field.type.is_valid()) {
      if (auto size = TypeStorageSize(module_, field.type, options_)) field.size = *size;
    }
    const Field& done = module_.field(id);
    return SaturatingAdd(done.offset, FieldSpan(done));
  }

  void FinishRenames(FieldId id) {
    Field& field = module_.field(id);
    if (field.view != ViewKind::kRenames || !field.base.is_valid()) return;
    const Field& first = module_.field(field.base);
    const Field& last = field.renames_thru.is_valid() ? module_.field(field.renames_thru) : first;
    field.offset = first.offset;
    uint64_t end = SaturatingAdd(last.offset, FieldSpan(last));
    field.size = end > first.offset ? end - first.offset : 0;
  }

 private:
  Module& module_;
  const StorageSizeOptions& options_;
};

}  // namespace

void LayOutBlock(Module& module, BlockId block_id, const StorageSizeOptions& options) {
  BlockLayout layout(module, options);
  std::vector<FieldId> fields = module.blocks().Get(block_id).fields;
  uint64_t cursor = 0;
  uint64_t end = 0;
  for (FieldId field : fields) {
    uint64_t field_end = layout.LayOut(field, cursor);
    if (module.field(field).view == ViewKind::kNone) cursor = field_end;
    end = std::max(end, field_end);
  }
  for (FieldId field : fields) {
    layout.FinishRenames(field);
    const Field& f = module.field(field);
    end = std::max(end, SaturatingAdd(f.offset, FieldSpan(f)));
  }
  module.blocks().Get(block_id).size = end;
}

}  // namespace remint::ir
