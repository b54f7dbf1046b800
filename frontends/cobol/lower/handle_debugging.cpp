// USE FOR DEBUGGING: the implicit DEBUG-ITEM record, sized as cobc sizes it.
#include <algorithm>

#include "frontends/cobol/lower/lowering_context.h"

namespace remint::cobol::lower {

void Lowering::AddDebugItem(UnitScope& scope, SourceLoc loc, uint64_t contents_size) {
  // The layout the standard gives DEBUG-ITEM (and cobc builds): line, name, three subscripts
  // with leading separate signs and the contents, separated by one-byte fillers.
  struct Part {
    std::string_view name;
    ir::TypeId type;
  };
  const ir::TypeId filler = builder_.AlphanumericType(1);
  const ir::TypeId subscript = builder_.DecimalType(4, 0, true, ir::DecimalEncoding::kZoned,
                                                    ir::SignPosition::kLeading, true);
  const Part parts[] = {{"DEBUG-LINE", builder_.AlphanumericType(6)},
                        {"", filler},
                        {"DEBUG-NAME", builder_.AlphanumericType(30)},
                        {"", filler},
                        {"DEBUG-SUB-1", subscript},
                        {"", filler},
                        {"DEBUG-SUB-2", subscript},
                        {"", filler},
                        {"DEBUG-SUB-3", subscript},
                        {"", filler},
                        {"DEBUG-CONTENTS", builder_.AlphanumericType(contents_size)}};
  const ir::BlockId block =
      builder_.AddBlock(scope.unit, loc, "DEBUG-ITEM", ir::StorageClass::kWorkingStorage);
  const ir::FieldId record =
      builder_.AddField(block, ir::FieldId(), loc, "DEBUG-ITEM", 1, builder_.GroupType());
  scope.fields["DEBUG-ITEM"].push_back(record);
  for (const Part& part : parts) {
    const ir::FieldId field = builder_.AddField(block, record, loc, part.name, 3, part.type);
    if (!part.name.empty()) scope.fields[std::string(part.name)].push_back(field);
  }
  builder_.LayOut(block);
}

auto Lowering::DebuggedSize(const UnitScope& scope, const std::vector<std::string>& names)
    -> uint64_t {
  const std::string name = UpperName(names.front());
  if (names.size() == 1) {
    if (auto file = scope.files.find(name); file != scope.files.end()) {
      const ir::FileDescription& fd = module().files().Get(file->second);
      return std::max(module().block(fd.record_block).size, fd.max_record_size);
    }
    if (auto cd = scope.communication_sizes.find(name); cd != scope.communication_sizes.end()) {
      return cd->second;
    }
  }
  uint64_t size = 0;
  for (ir::FieldId field : FindDataItems(scope, names)) {
    size = std::max(size, module().field(field).size);
  }
  return size;
}

auto Lowering::CommunicationRecordSize(Tree::CommunicationDescriptionContext* description)
    -> uint64_t {
  // Lowered into a scratch module: the CD itself is not part of the IR yet.
  ir::Module scratch;
  ir::Builder scratch_builder(scratch, nullptr, builder_.size_options());
  DiagnosticCollector discarded;
  DiagnosticEmitter discarding(nullptr, discarded);
  Lowering scratch_lowering(program_.program(), scratch_builder, discarding, options_);
  UnitScope scope;
  scope.unit =
      scratch_builder.AddUnit(Loc(description), "CD", ir::UnitKind::kProgram, ir::Language::kCobol);
  scratch_lowering.LowerDataEntries(scope, description->dataEntry(),
                                    ir::StorageClass::kWorkingStorage, {});
  uint64_t size = 0;
  for (ir::BlockId block : scratch.unit(scope.unit).blocks) {
    size = std::max(size, scratch.block(block).size);
  }
  return size;
}

}  // namespace remint::cobol::lower
