// Storage invariants: sizes, offsets, views, arrays, blocks, files and types.
#include <algorithm>

#include "base/saturating_math.h"
#include "ir/arithmetic_model.h"
#include "ir/storage_layout.h"
#include "ir/verify_context.h"

namespace remint::ir {
namespace {

// Deeper than any COBOL level structure; guards the recursion against a corrupt tree.
constexpr int kMaxFieldDepth = 64;

auto IsNumeric(const Module& module, TypeId type) -> bool {
  return type.is_valid() &&
         (module.types().Is<DecimalType>(type) || module.types().Is<IntegerType>(type));
}

auto IsWithin(const Module& module, FieldId field, FieldId ancestor) -> bool {
  for (int depth = 0; field.is_valid() && depth < kMaxFieldDepth; ++depth) {
    if (field == ancestor) return true;
    field = module.field(field).parent;
  }
  return false;
}

class StorageChecker {
 public:
  explicit StorageChecker(VerifyContext& context) : context_(context), module_(context.module()) {}

  void CheckBlock(BlockId block_id) {
    const StorageBlock& block = module_.block(block_id);
    uint64_t end = 0;
    for (FieldId field : block.fields) {
      CheckField(field, 0);
      const Field& f = module_.field(field);
      end = std::max(end, SaturatingAdd(f.offset, FieldSpan(f)));
    }
    if (end != block.size) {
      context_.Report(DiagnosticKind::kIrBlockSizeMismatch, block.loc, context_.Name(block.name),
                      block.size, end);
    }
  }

  void CheckTypes() {
    const TypeArena& types = module_.types();
    for (uint32_t i = 0; i < types.size(); ++i) {
      TypeId id(i);
      std::string problem;
      if (const auto* decimal = types.TryGet<DecimalType>(id)) {
        // COMP-X/COMP-N take as many bytes as their digits need, so they are not capped.
        bool binary = decimal->encoding == DecimalEncoding::kBinary ||
                      decimal->encoding == DecimalEncoding::kNative;
        if (decimal->digits == 0 || decimal->digits > 38) {
          problem = fmt::format("{} digits (1 to 38 allowed)", decimal->digits);
        } else if (binary && decimal->digits > 18) {
          problem = fmt::format("binary item of {} digits (at most 18)", decimal->digits);
        }
      } else if (const auto* intermediate = types.TryGet<DecimalIntermediateType>(id)) {
        // Not capped at 38 digits: cobc's intermediates are unbounded.
        if (intermediate->digits == 0) problem = "0 digits (at least 1)";
      } else if (const auto* f = types.TryGet<FloatType>(id)) {
        if (f->bits != 32 && f->bits != 64) problem = fmt::format("{}-bit float", f->bits);
      } else if (const auto* integer = types.TryGet<IntegerType>(id)) {
        if (integer->bits != 8 && integer->bits != 16 && integer->bits != 32 &&
            integer->bits != 64) {
          problem = fmt::format("{}-bit integer", integer->bits);
        }
      } else if (const auto* complex = types.TryGet<ComplexType>(id)) {
        if (complex->part_bits != 32 && complex->part_bits != 64) {
          problem = fmt::format("{}-bit complex parts", complex->part_bits);
        }
      }
      if (!problem.empty()) {
        context_.Report(DiagnosticKind::kIrTypeInvalid, SourceLoc{}, i, KindName(types.kind(id)),
                        problem);
      }
    }
  }

  void CheckFile(FileDescriptionId id) {
    const FileDescription& file = module_.files().Get(id);
    auto report = [&](const std::string& problem) {
      context_.Report(DiagnosticKind::kIrFileRecordMismatch, file.loc, context_.Name(file.name),
                      problem);
    };
    if (!file.record_block.is_valid()) {
      report("it has no record block");
      return;
    }
    const StorageBlock& block = module_.block(file.record_block);
    if (block.storage != StorageClass::kFileRecord || block.file != id) {
      report(fmt::format("its record block '{}' is not a file-record block of this file",
                         context_.Name(block.name)));
    }
    if (file.record_key.is_valid() && module_.field(file.record_key).block != file.record_block) {
      report("its RECORD KEY is not in its record area");
    }
    if (file.organization == FileOrganization::kIndexed && !file.record_key.is_valid()) {
      report("an indexed file needs a RECORD KEY");
    }
    if (file.same_record_area.is_valid()) {
      // The area's owner: another file of the unit that shares no other file's area.
      const FileDescription* owner = module_.files().Contains(file.same_record_area)
                                         ? &module_.files().Get(file.same_record_area)
                                         : nullptr;
      if (owner == nullptr || file.same_record_area == id || owner->unit != file.unit ||
          owner->same_record_area.is_valid()) {
        report("its SAME RECORD AREA names no first file of the unit's clause");
      }
    }
  }

 private:
  void CheckField(FieldId id, int depth) {
    if (depth > kMaxFieldDepth) return;
    const Field& field = module_.field(id);
    std::string name = context_.Name(field.name);
    if (IsIntermediate(module_, field.type)) {
      context_.Report(DiagnosticKind::kIrFieldTypeNotStorable, field.loc, name, field.type.index,
                      KindName(module_.types().kind(field.type)));
    }
    // Past this bound the layout's arithmetic may have saturated: nothing below is meaningful.
    if (SaturatingAdd(field.offset, FieldSpan(field)) > kMaxStorageBytes) {
      context_.Report(DiagnosticKind::kIrStorageTooLarge, field.loc, name, field.offset,
                      FieldSpan(field), kMaxStorageBytes);
      return;
    }
    CheckView(field, name);
    if (field.array) CheckArray(id, *field.array, name);
    if (!field.children.empty()) {
      uint64_t end = field.offset;
      for (FieldId child_id : field.children) {
        CheckField(child_id, depth + 1);
        const Field& child = module_.field(child_id);
        uint64_t child_end = SaturatingAdd(child.offset, FieldSpan(child));
        end = std::max(end, child_end);
        if (child.offset < field.offset || child_end > SaturatingAdd(field.offset, field.size)) {
          context_.Report(DiagnosticKind::kIrFieldOutsideParent, child.loc,
                          context_.Name(child.name), child.offset, child_end, name, field.offset,
                          field.offset + field.size);
        }
      }
      if (end - field.offset != field.size) {
        context_.Report(DiagnosticKind::kIrGroupSizeMismatch, field.loc, name, field.size,
                        end - field.offset);
      }
    } else if (field.view != ViewKind::kRenames && field.type.is_valid()) {
      auto expected = TypeStorageSize(module_, field.type, context_.options().sizes);
      if (expected && *expected != field.size) {
        context_.Report(DiagnosticKind::kIrFieldSizeMismatch, field.loc, name, field.size,
                        *expected);
      }
    }
  }

  void CheckView(const Field& field, const std::string& name) {
    if (field.view == ViewKind::kNone || field.view == ViewKind::kEquivalence) return;
    if (!field.base.is_valid()) {
      context_.Report(DiagnosticKind::kIrViewMisplaced, field.loc, name, Spelling(field.view),
                      "nothing", field.offset, field.offset);
      return;
    }
    const Field& base = module_.field(field.base);
    if (field.view == ViewKind::kRenames) {
      const Field& last = field.renames_thru.is_valid() ? module_.field(field.renames_thru) : base;
      uint64_t end = SaturatingAdd(last.offset, FieldSpan(last));
      if (last.offset < base.offset) {
        context_.Report(
            DiagnosticKind::kIrRenamesInvalid, field.loc, name,
            fmt::format("'{}' precedes '{}'", context_.Name(last.name), context_.Name(base.name)));
      } else if (field.offset != base.offset || field.offset + field.size != end) {
        context_.Report(DiagnosticKind::kIrRenamesInvalid, field.loc, name,
                        fmt::format("covers bytes {}..{} but its range is bytes {}..{}",
                                    field.offset, field.offset + field.size, base.offset, end));
      }
      return;
    }
    if (field.offset != base.offset) {
      context_.Report(DiagnosticKind::kIrViewMisplaced, field.loc, name, Spelling(field.view),
                      context_.Name(base.name), field.offset, base.offset);
    }
    if (field.view == ViewKind::kRedefines && field.level > 1 && field.level != 77 &&
        FieldSpan(field) > FieldSpan(base)) {
      context_.Report(DiagnosticKind::kIrViewTooLarge, field.loc, name, FieldSpan(field),
                      context_.Name(base.name), FieldSpan(base));
    }
  }

  void CheckArray(FieldId id, const ArrayShape& shape, const std::string& name) {
    const Field& field = module_.field(id);
    auto report = [&](const std::string& problem) {
      context_.Report(DiagnosticKind::kIrArrayInvalid, field.loc, name, problem);
    };
    if (shape.dimensions.empty()) report("no dimensions");
    for (size_t i = 0; i < shape.dimensions.size(); ++i) {
      const ArrayDimension& dimension = shape.dimensions[i];
      bool constant = !dimension.assumed_size && !dimension.lower_bound.is_valid() &&
                      !dimension.upper_bound.is_valid();
      // lower - 1 is an empty dimension (OCCURS 0 TIMES, which cobc accepts).
      if (constant && dimension.upper < dimension.lower - 1) {
        report(
            fmt::format("dimension {} has bounds {}..{}", i + 1, dimension.lower, dimension.upper));
      }
      if (dimension.depending_on.is_valid()) {
        if (dimension.minimum > dimension.upper) {
          report(fmt::format("OCCURS {} TO {}: the minimum exceeds the maximum", dimension.minimum,
                             dimension.upper));
        }
        if (!IsNumeric(module_, module_.field(dimension.depending_on).type)) {
          report(fmt::format("DEPENDING ON '{}' is not numeric",
                             context_.Name(module_.field(dimension.depending_on).name)));
        }
      }
    }
    for (const ArrayKey& key : shape.keys) {
      if (!IsWithin(module_, key.key, id)) {
        report(fmt::format("key '{}' is not part of the table",
                           context_.Name(module_.field(key.key).name)));
      }
    }
    for (FieldId index : shape.indexed_by) {
      TypeId type = module_.field(index).type;
      if (!type.is_valid() || !module_.types().Is<IndexType>(type)) {
        report(fmt::format("INDEXED BY '{}' is not an index",
                           context_.Name(module_.field(index).name)));
      }
    }
  }

  VerifyContext& context_;
  const Module& module_;
};

}  // namespace

void VerifyStorage(VerifyContext& context) {
  StorageChecker checker(context);
  checker.CheckTypes();
  for (BlockId block : context.module().blocks().Ids()) checker.CheckBlock(block);
  for (FileDescriptionId file : context.module().files().Ids()) checker.CheckFile(file);
}

}  // namespace remint::ir
