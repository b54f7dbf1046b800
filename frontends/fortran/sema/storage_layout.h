// The storage layout of COMMON blocks and EQUIVALENCE, as gfortran 12 lays them out by default
// (-falign-commons): where each variable of a program unit lives (a COMMON block or a local
// equivalence group, at a byte offset), how long each block and group is, and the located errors
// of bad storage association. The input is independent of any AST: the statement parser fills it
// in (entities with their sizes, COMMON lists, EQUIVALENCE items with the byte offset of the
// element or substring each names). docs/fortran.md, "Storage layout", states the rules.
#ifndef REMINT_FRONTENDS_FORTRAN_SEMA_STORAGE_LAYOUT_H_
#define REMINT_FRONTENDS_FORTRAN_SEMA_STORAGE_LAYOUT_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "base/diagnostics/diagnostic_emitter.h"
#include "base/source_loc.h"

namespace remint::fortran {

// The type of an entity as far as its alignment goes.
enum class StorageTypeClass {
  kInteger,
  kReal,
  kDoublePrecision,
  kComplex,
  kDoubleComplex,
  kLogical,
  kCharacter,
};

// The alignment gfortran gives one element on x86-64: 1 for CHARACTER, half the element size for
// the complex types, the element size for the others (at most 16).
auto StorageAlignment(StorageTypeClass type_class, int64_t element_size) -> int64_t;

// A variable or array of the program unit that may be in COMMON or EQUIVALENCE.
struct StorageEntity {
  std::string name;           // As written, upper-cased; used in messages.
  SourceLoc loc;              // Where it is declared.
  int64_t element_size = 4;   // Bytes of one element (the length for CHARACTER).
  int64_t element_count = 1;  // The product of the extents; 1 for a scalar.
  StorageTypeClass type_class = StorageTypeClass::kReal;

  auto size() const -> int64_t { return element_size * element_count; }
};

// One entity named in a COMMON list.
struct CommonMember {
  size_t entity = 0;  // Index into ProgramUnitStorage::entities.
  SourceLoc loc;
};

// One block's list in a COMMON statement: `COMMON /A/ X, Y // Z` gives two of these.
struct CommonList {
  std::string block_name;  // Upper-cased; "" for blank COMMON.
  SourceLoc loc;           // The block name (or the first member for blank COMMON).
  std::vector<CommonMember> members;
};

// One item of an EQUIVALENCE set: an entity and the byte offset from its start of the element or
// substring the item names (`A(3)` of a REAL array: 8; `C(2:)`: 1; a whole entity: 0).
struct EquivalenceItem {
  size_t entity = 0;
  int64_t byte_offset = 0;
  SourceLoc loc;
};

// One parenthesised list of an EQUIVALENCE statement.
struct EquivalenceSet {
  SourceLoc loc;
  std::vector<EquivalenceItem> items;
};

// What one program unit declares about storage, in source order.
struct ProgramUnitStorage {
  std::string unit_name;
  SourceLoc loc;
  std::vector<StorageEntity> entities;
  std::vector<CommonList> commons;
  std::vector<EquivalenceSet> equivalences;
};

enum class StorageAreaKind {
  kAlone,             // Neither in COMMON nor equivalenced: storage of its own.
  kCommonBlock,       // In UnitStorageLayout::common_blocks[area].
  kEquivalenceGroup,  // In UnitStorageLayout::equivalence_groups[area].
};

struct EntityPlacement {
  StorageAreaKind area_kind = StorageAreaKind::kAlone;
  size_t area = 0;
  int64_t offset = 0;  // Bytes from the start of the block or group.
};

// A COMMON block as this unit declares it.
struct CommonBlockLayout {
  std::string name;  // "" for blank COMMON.
  SourceLoc loc;     // Its first COMMON list in the unit.
  // The listed members and the entities EQUIVALENCE adds (extending it at the end), by offset.
  std::vector<size_t> members;
  int64_t size = 0;  // The end of the last member rounded up to `alignment`.
  int64_t alignment = 1;
};

// Local entities tied together by EQUIVALENCE and to no COMMON block: one storage area.
struct EquivalenceGroupLayout {
  std::vector<size_t> members;  // By offset.
  int64_t size = 0;
  int64_t alignment = 1;
};

struct UnitStorageLayout {
  std::vector<EntityPlacement> placements;  // One per entity, same index.
  // Blank COMMON first, then the named blocks by name (the order gfortran lays them out in).
  std::vector<CommonBlockLayout> common_blocks;
  // In the order gfortran builds them: from the last EQUIVALENCE set of the unit backwards.
  std::vector<EquivalenceGroupLayout> equivalence_groups;
  bool has_errors = false;
};

// Lays out one unit's COMMON blocks and equivalence groups. Errors (RM4301-RM4305, RM4308) and
// the padding warning (RM4306) go to `emitter`; after an error the layout is still complete but
// says nothing gfortran would agree with about the entities involved.
auto LayOutUnitStorage(const ProgramUnitStorage& unit, DiagnosticEmitter& emitter)
    -> UnitStorageLayout;

// A COMMON block over the whole program: the linker gives it the largest size any unit declares.
struct ProgramCommonBlock {
  std::string name;
  int64_t size = 0;
  std::vector<size_t> units;  // The units that declare it, in order.
};

// The COMMON blocks of all units of a program (or a file), sorted by name (blank first). A named
// block declared with different sizes is RM4307 at each unit whose size differs from the first
// unit's; blank COMMON may differ. `layouts[i]` is the layout of `units[i]`.
auto CombineCommonBlocks(std::span<const ProgramUnitStorage> units,
                         std::span<const UnitStorageLayout> layouts, DiagnosticEmitter& emitter)
    -> std::vector<ProgramCommonBlock>;

}  // namespace remint::fortran

#endif  // REMINT_FRONTENDS_FORTRAN_SEMA_STORAGE_LAYOUT_H_
