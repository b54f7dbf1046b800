#include "frontends/fortran/sema/unit_storage.h"

#include <map>
#include <variant>

namespace remint::fortran {
namespace {

auto TypeClass(const DataType& type) -> StorageTypeClass {
  switch (type.base) {
    case BaseType::kInteger:
    case BaseType::kByte:
      return StorageTypeClass::kInteger;
    case BaseType::kLogical:
      return StorageTypeClass::kLogical;
    case BaseType::kCharacter:
      return StorageTypeClass::kCharacter;
    case BaseType::kComplex:
    case BaseType::kDoubleComplex:
      return type.kind >= 8 ? StorageTypeClass::kDoubleComplex : StorageTypeClass::kComplex;
    default:
      return type.kind >= 8 ? StorageTypeClass::kDoublePrecision : StorageTypeClass::kReal;
  }
}

}  // namespace

auto BuildUnitStorage(const ParsedFile& file, const ProgramUnit& unit, const UnitSymbols& symbols)
    -> ProgramUnitStorage {
  ProgramUnitStorage storage;
  storage.unit_name = unit.name;
  storage.loc = unit.loc;
  std::map<std::string, size_t> entity_of;
  auto entity = [&](const std::string& name) -> size_t {
    auto [it, inserted] = entity_of.try_emplace(name, storage.entities.size());
    if (inserted) {
      const Symbol& symbol = symbols.symbols.at(name);
      StorageEntity added;
      added.name = name;
      added.loc = symbol.loc;
      added.element_size = ElementSize(symbol.type).value_or(1);
      added.element_count = symbol.element_count().value_or(1);
      added.type_class = TypeClass(symbol.type);
      storage.entities.push_back(added);
    }
    return it->second;
  };
  for (uint32_t index = unit.first; index < unit.end; ++index) {
    const StatementPayload& payload = file.statements[index].payload;
    if (const auto* common = std::get_if<CommonStmt>(&payload)) {
      for (const CommonGroup& group : common->groups) {
        CommonList list;
        list.block_name = group.block;
        list.loc = group.loc;
        for (const EntityDecl& member : group.entities) {
          list.members.push_back(CommonMember{entity(member.name), member.loc});
        }
        storage.commons.push_back(std::move(list));
      }
    } else if (const auto* equivalence = std::get_if<EquivalenceStmt>(&payload)) {
      for (const std::vector<ExprId>& items : equivalence->sets) {
        EquivalenceSet set;
        set.loc = file.expr(items.front()).loc;
        for (ExprId item : items) {
          std::string variable;
          std::optional<int64_t> offset = DesignatorOffset(file, item, symbols, variable);
          if (!symbols.symbols.count(variable)) continue;
          set.items.push_back(
              EquivalenceItem{entity(variable), offset.value_or(0), file.expr(item).loc});
        }
        storage.equivalences.push_back(std::move(set));
      }
    }
  }
  return storage;
}

}  // namespace remint::fortran
