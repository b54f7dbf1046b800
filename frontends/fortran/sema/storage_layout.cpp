#include "frontends/fortran/sema/storage_layout.h"

#include <algorithm>
#include <list>
#include <map>
#include <optional>

namespace remint::fortran {
namespace {

// "/NAME/" for a named block, "//" for blank COMMON, as the COMMON statement spells them.
auto BlockDisplayName(const std::string& name) -> std::string { return "/" + name + "/"; }

auto RoundUp(int64_t value, int64_t alignment) -> int64_t {
  return (value + alignment - 1) / alignment * alignment;
}

// One entity placed in a storage area being built: gfortran keeps these in a list ordered by
// offset (ties: the shorter first), and which entity comes first among equal offsets decides
// the alignment quirks below, so the list, its insertion rule and its traversal are kept exactly.
struct Slot {
  size_t entity = 0;
  int64_t offset = 0;
  int64_t length = 0;
  int64_t alignment = 1;
};

using SlotList = std::list<Slot>;

// Lays out one unit. The steps follow the order gfortran takes them in, because the layout of an
// equivalence set depends on which of its entities is reached first: blank COMMON, the named
// blocks by name, then the remaining equivalence sets from the last one written backwards.
class UnitLayoutBuilder {
 public:
  UnitLayoutBuilder(const ProgramUnitStorage& unit, DiagnosticEmitter& emitter)
      : unit_(unit), emitter_(emitter) {
    layout_.placements.resize(unit.entities.size());
    expanded_.assign(unit.entities.size(), false);
    common_block_of_.assign(unit.entities.size(), std::nullopt);
    item_used_.resize(unit.equivalences.size());
    for (size_t set = 0; set < unit.equivalences.size(); ++set) {
      item_used_[set].assign(unit.equivalences[set].items.size(), false);
    }
    set_ignored_.assign(unit.equivalences.size(), false);
  }

  auto Build() -> UnitStorageLayout {
    CollectCommonLists();
    RejectSetsJoiningBlocks();
    for (auto& [name, block] : blocks_) LayOutCommonBlock(name, block);
    LayOutLocalGroups();
    return std::move(layout_);
  }

 private:
  struct BlockDeclaration {
    SourceLoc loc;
    std::vector<CommonMember> members;
  };

  void MarkError() { layout_.has_errors = true; }

  auto Entity(size_t index) const -> const StorageEntity& { return unit_.entities[index]; }

  auto MakeSlot(size_t entity, int64_t offset) const -> Slot {
    const StorageEntity& declared = Entity(entity);
    return Slot{entity, offset, declared.size(),
                StorageAlignment(declared.type_class, declared.element_size)};
  }

  // Each block's members in the order of its COMMON lists; an entity listed twice is an error.
  void CollectCommonLists() {
    for (const CommonList& list : unit_.commons) {
      BlockDeclaration& block = blocks_[list.block_name];
      if (block.members.empty() && !block.loc.is_valid()) block.loc = list.loc;
      for (const CommonMember& member : list.members) {
        if (member.entity >= unit_.entities.size()) continue;
        if (const auto& earlier = common_block_of_[member.entity]) {
          emitter_.Emit(DiagnosticKind::kFortranEntityInTwoCommons, member.loc,
                        Entity(member.entity).name, BlockDisplayName(*earlier),
                        BlockDisplayName(list.block_name));
          MarkError();
          continue;
        }
        common_block_of_[member.entity] = list.block_name;
        block.members.push_back(member);
      }
    }
  }

  // An equivalence set that would tie two COMMON blocks together (directly or through earlier
  // sets) is reported and left out, so each block can still be laid out on its own.
  void RejectSetsJoiningBlocks() {
    std::vector<size_t> parent(unit_.entities.size());
    for (size_t i = 0; i < parent.size(); ++i) parent[i] = i;
    std::vector<std::optional<std::string>> block_of_root = common_block_of_;
    auto find = [&](size_t entity) {
      while (parent[entity] != entity) entity = parent[entity] = parent[parent[entity]];
      return entity;
    };
    for (size_t set = 0; set < unit_.equivalences.size(); ++set) {
      const std::vector<EquivalenceItem>& items = unit_.equivalences[set].items;
      for (const EquivalenceItem& item : items) {
        if (item.entity >= unit_.entities.size()) set_ignored_[set] = true;
      }
      if (set_ignored_[set]) continue;
      // Check the whole set before joining anything, so a rejected set leaves no trace.
      std::optional<std::string> block;
      for (const EquivalenceItem& item : items) {
        const std::optional<std::string>& item_block = block_of_root[find(item.entity)];
        if (!item_block) continue;
        if (block && *block != *item_block) {
          emitter_.Emit(DiagnosticKind::kFortranEquivalenceTwoCommonBlocks, item.loc,
                        BlockDisplayName(*block), BlockDisplayName(*item_block),
                        Entity(item.entity).name);
          MarkError();
          set_ignored_[set] = true;
          break;
        }
        block = item_block;
      }
      if (set_ignored_[set]) continue;
      for (const EquivalenceItem& item : items) {
        const size_t root = find(item.entity);
        const size_t first_root = find(items.front().entity);
        if (root == first_root) continue;
        parent[root] = first_root;
        if (!block_of_root[first_root]) block_of_root[first_root] = block_of_root[root];
      }
    }
  }

  static auto FindSlot(SlotList& slots, size_t entity) -> SlotList::iterator {
    return std::find_if(slots.begin(), slots.end(),
                        [entity](const Slot& slot) { return slot.entity == entity; });
  }

  // Inserts `slot` before the first slot that starts after it, or at the same offset and is no
  // shorter, searching from `from`; returns the position after it.
  static auto InsertOrdered(SlotList& slots, SlotList::iterator from, const Slot& slot)
      -> SlotList::iterator {
    while (from != slots.end()) {
      if (slot.offset < from->offset) break;
      if (slot.offset == from->offset && slot.length <= from->length) break;
      ++from;
    }
    slots.insert(from, slot);
    return from;
  }

  // Merges an ordered list into another; each search resumes after the slot inserted before it.
  static void MergeOrdered(SlotList& into, const SlotList& from) {
    SlotList::iterator position = into.begin();
    for (const Slot& slot : from) position = InsertOrdered(into, position, slot);
  }

  // Applies every unused equivalence set naming `anchor` (placed at `anchor_offset`): the other
  // items join `slots`, or are checked against where they already are. Sets are visited from the
  // last one written to the first, the anchor item being the first unused mention of the entity.
  auto ApplySetsOf(size_t anchor, int64_t anchor_offset, SlotList& slots) -> bool {
    bool added = false;
    for (size_t set = unit_.equivalences.size(); set-- > 0;) {
      if (set_ignored_[set]) continue;
      const std::vector<EquivalenceItem>& items = unit_.equivalences[set].items;
      std::optional<size_t> anchor_item;
      for (size_t i = 0; i < items.size(); ++i) {
        if (!item_used_[set][i] && items[i].entity == anchor) {
          anchor_item = i;
          break;
        }
      }
      if (!anchor_item) continue;
      item_used_[set][*anchor_item] = true;
      // Where the storage unit the anchor item names lies in the area being built.
      const int64_t associated = anchor_offset + items[*anchor_item].byte_offset;
      for (size_t i = 0; i < items.size(); ++i) {
        if (item_used_[set][i] || i == *anchor_item) continue;
        const EquivalenceItem& item = items[i];
        const int64_t wanted = associated - item.byte_offset;
        auto existing = FindSlot(slots, item.entity);
        if (existing == slots.end()) {
          InsertOrdered(slots, slots.begin(), MakeSlot(item.entity, wanted));
        } else if (existing->offset != wanted) {
          emitter_.Emit(DiagnosticKind::kFortranEquivalenceContradiction, item.loc,
                        Entity(item.entity).name, existing->offset - anchor_offset,
                        Entity(anchor).name, wanted - anchor_offset);
          MarkError();
        }
        item_used_[set][i] = true;
        added = true;
      }
    }
    return added;
  }

  // Brings in everything equivalenced with the slots, directly or through others. A slot inserted
  // behind the one being expanded is reached in the same pass, one inserted in front of it in the
  // next; passes repeat until one adds nothing.
  void ExpandEquivalences(SlotList& slots) {
    for (bool more = true; more;) {
      more = false;
      for (auto slot = slots.begin(); slot != slots.end(); ++slot) {
        if (expanded_[slot->entity]) continue;
        expanded_[slot->entity] = true;
        if (ApplySetsOf(slot->entity, slot->offset, slots)) more = true;
      }
    }
  }

  // The padding that aligns the slots, as gfortran computes it: a slot counts as misaligned by its
  // offset before any padding, the padding it adds is what it needs after the padding so far
  // (a whole alignment unit when that already aligns it), and the padding must keep the slot just
  // before it aligned. Also returns the alignment of the last slot, which gfortran uses to keep a
  // local group's start at a non-negative offset.
  auto AlignSlots(const SlotList& slots) -> std::pair<int64_t, int64_t> {
    int64_t padding = 0;
    int64_t previous_alignment = 1;
    for (const Slot& slot : slots) {
      const int64_t mask = slot.alignment - 1;
      if ((slot.offset & mask) != 0) {
        const int64_t needed = slot.alignment - ((slot.offset + padding) & mask);
        if ((needed & (previous_alignment - 1)) != 0) {
          emitter_.Emit(DiagnosticKind::kFortranEquivalenceMisaligned, Entity(slot.entity).loc,
                        Entity(slot.entity).name);
          MarkError();
        }
        padding += needed;
      }
      previous_alignment = slot.alignment;
    }
    return {padding, previous_alignment};
  }

  static void Shift(SlotList& slots, int64_t by) {
    for (Slot& slot : slots) slot.offset += by;
  }

  // The end of the last slot rounded up to the largest alignment, as a C struct's size is.
  static auto AreaSize(const SlotList& slots) -> std::pair<int64_t, int64_t> {
    int64_t end = 0;
    int64_t alignment = 1;
    for (const Slot& slot : slots) {
      end = std::max(end, slot.offset + slot.length);
      alignment = std::max(alignment, slot.alignment);
    }
    return {RoundUp(end, alignment), alignment};
  }

  void LayOutCommonBlock(const std::string& name, const BlockDeclaration& block) {
    const size_t block_index = layout_.common_blocks.size();
    const std::string display = BlockDisplayName(name);
    SlotList block_slots;
    int64_t next_offset = 0;
    for (const CommonMember& member : block.members) {
      auto placed = FindSlot(block_slots, member.entity);
      if (placed != block_slots.end() && expanded_[member.entity]) {
        // EQUIVALENCE with an earlier member placed it already: it must be where the list puts it.
        next_offset = RoundUp(next_offset, placed->alignment);
        if (placed->offset != next_offset) {
          emitter_.Emit(DiagnosticKind::kFortranEquivalenceCommonOrder, member.loc,
                        Entity(member.entity).name, placed->offset, display, next_offset);
          MarkError();
        }
        next_offset += placed->length;
        continue;
      }
      SlotList segment{MakeSlot(member.entity, next_offset)};
      ExpandEquivalences(segment);
      if (segment.front().offset < 0) {
        emitter_.Emit(DiagnosticKind::kFortranEquivalenceExtendsCommonBefore, member.loc, display,
                      -segment.front().offset, Entity(member.entity).name);
        MarkError();
      }
      const int64_t padding = AlignSlots(segment).first;
      if (padding != 0) {
        emitter_.Emit(DiagnosticKind::kFortranCommonPadding, member.loc, padding,
                      Entity(member.entity).name, display);
      }
      Shift(segment, padding);
      next_offset += padding;
      MergeOrdered(block_slots, segment);
      next_offset += Entity(member.entity).size();
    }
    CommonBlockLayout result{name, block.loc, {}, 0, 1};
    std::tie(result.size, result.alignment) = AreaSize(block_slots);
    for (const Slot& slot : block_slots) {
      result.members.push_back(slot.entity);
      layout_.placements[slot.entity] = {StorageAreaKind::kCommonBlock, block_index, slot.offset};
    }
    layout_.common_blocks.push_back(std::move(result));
  }

  // Every equivalence set not yet used builds a local group, starting from its first item.
  void LayOutLocalGroups() {
    for (size_t set = unit_.equivalences.size(); set-- > 0;) {
      if (set_ignored_[set]) continue;
      const std::vector<EquivalenceItem>& items = unit_.equivalences[set].items;
      bool unused = false;
      for (size_t i = 1; i < items.size(); ++i) unused = unused || !item_used_[set][i];
      if (!unused) continue;
      SlotList group{MakeSlot(items.front().entity, 0)};
      ExpandEquivalences(group);
      auto [padding, last_alignment] = AlignSlots(group);
      // gfortran moves the group by whole units of the last slot's alignment so that the first
      // slot does not start before the group.
      padding -= group.front().offset & ~(last_alignment - 1);
      Shift(group, padding);
      const size_t group_index = layout_.equivalence_groups.size();
      EquivalenceGroupLayout result;
      std::tie(result.size, result.alignment) = AreaSize(group);
      for (const Slot& slot : group) {
        result.members.push_back(slot.entity);
        layout_.placements[slot.entity] = {StorageAreaKind::kEquivalenceGroup, group_index,
                                           slot.offset};
      }
      layout_.equivalence_groups.push_back(std::move(result));
    }
  }

  const ProgramUnitStorage& unit_;
  DiagnosticEmitter& emitter_;
  UnitStorageLayout layout_;
  std::map<std::string, BlockDeclaration> blocks_;  // "" (blank COMMON) sorts first.
  std::vector<bool> expanded_;  // Per entity: its equivalence sets have been applied.
  std::vector<std::optional<std::string>> common_block_of_;
  std::vector<std::vector<bool>> item_used_;
  std::vector<bool> set_ignored_;
};

}  // namespace

auto StorageAlignment(StorageTypeClass type_class, int64_t element_size) -> int64_t {
  if (type_class == StorageTypeClass::kCharacter || element_size <= 0) return 1;
  int64_t natural = element_size;
  if (type_class == StorageTypeClass::kComplex || type_class == StorageTypeClass::kDoubleComplex) {
    natural = std::max<int64_t>(1, element_size / 2);
  }
  // The largest power of two dividing the size, at most 16 (x86-64's largest alignment).
  const int64_t power_of_two = natural & -natural;
  return std::min<int64_t>(power_of_two, 16);
}

auto LayOutUnitStorage(const ProgramUnitStorage& unit, DiagnosticEmitter& emitter)
    -> UnitStorageLayout {
  return UnitLayoutBuilder(unit, emitter).Build();
}

auto CombineCommonBlocks(std::span<const ProgramUnitStorage> units,
                         std::span<const UnitStorageLayout> layouts, DiagnosticEmitter& emitter)
    -> std::vector<ProgramCommonBlock> {
  struct Combined {
    ProgramCommonBlock block;
    size_t largest_unit = 0;  // The unit that declared the size so far.
  };
  std::map<std::string, Combined> combined;
  const size_t count = std::min(units.size(), layouts.size());
  for (size_t unit = 0; unit < count; ++unit) {
    for (const CommonBlockLayout& declared : layouts[unit].common_blocks) {
      auto [entry, inserted] = combined.try_emplace(declared.name);
      Combined& program_block = entry->second;
      if (inserted) {
        program_block.block = {declared.name, declared.size, {unit}};
        program_block.largest_unit = unit;
        continue;
      }
      // Compared with the size the block has so far, as gfortran compares within one file;
      // blank COMMON may differ in length between units (ISO 1539:1980 8.3.5).
      if (!declared.name.empty() && declared.size != program_block.block.size) {
        emitter.Emit(DiagnosticKind::kFortranCommonSizeDiffers, declared.loc,
                     BlockDisplayName(declared.name), declared.size, program_block.block.size,
                     units[program_block.largest_unit].unit_name);
      }
      if (declared.size > program_block.block.size) {
        program_block.block.size = declared.size;
        program_block.largest_unit = unit;
      }
      program_block.block.units.push_back(unit);
    }
  }
  std::vector<ProgramCommonBlock> blocks;
  for (auto& [name, entry] : combined) blocks.push_back(std::move(entry.block));
  return blocks;
}

}  // namespace remint::fortran
