// Type traits shared by the generic walkers over spec structs (text printer, JSON writer,
// verifier): what kind of value a visited field holds.
#ifndef REMINT_IR_REFLECTION_H_
#define REMINT_IR_REFLECTION_H_

#include <optional>
#include <string_view>
#include <type_traits>
#include <vector>

#include "ir/ids.h"
#include "ir/module.h"

namespace remint::ir {

template <typename T>
inline constexpr bool kIsVector = false;
template <typename T>
inline constexpr bool kIsVector<std::vector<T>> = true;

template <typename T>
inline constexpr bool kIsOptional = false;
template <typename T>
inline constexpr bool kIsOptional<std::optional<T>> = true;

// Ids of entities (named declarations): printed as references, checked against their arena.
template <typename T>
inline constexpr bool kIsEntityId =
    std::is_same_v<T, UnitId> || std::is_same_v<T, BlockId> || std::is_same_v<T, FieldId> ||
    std::is_same_v<T, ConditionNameId> || std::is_same_v<T, ParagraphId> ||
    std::is_same_v<T, LabelId> || std::is_same_v<T, FileDescriptionId> ||
    std::is_same_v<T, JobId> || std::is_same_v<T, StepId> || std::is_same_v<T, DdId>;

// The short prefix of an id in dumps (%f3) and the arena's name in JSON.
constexpr auto IdPrefix(UnitId) -> std::string_view { return "u"; }
constexpr auto IdPrefix(BlockId) -> std::string_view { return "b"; }
constexpr auto IdPrefix(FieldId) -> std::string_view { return "f"; }
constexpr auto IdPrefix(ConditionNameId) -> std::string_view { return "c"; }
constexpr auto IdPrefix(ParagraphId) -> std::string_view { return "p"; }
constexpr auto IdPrefix(LabelId) -> std::string_view { return "l"; }
constexpr auto IdPrefix(FileDescriptionId) -> std::string_view { return "fd"; }
constexpr auto IdPrefix(JobId) -> std::string_view { return "j"; }
constexpr auto IdPrefix(StepId) -> std::string_view { return "js"; }
constexpr auto IdPrefix(DdId) -> std::string_view { return "dd"; }
constexpr auto IdPrefix(TypeId) -> std::string_view { return "t"; }
constexpr auto IdPrefix(StatementId) -> std::string_view { return "s"; }
constexpr auto IdPrefix(ExpressionId) -> std::string_view { return "e"; }

// The entity an id names, and whether the id is in range.
inline auto Contains(const Module& m, UnitId id) -> bool { return m.units().Contains(id); }
inline auto Contains(const Module& m, BlockId id) -> bool { return m.blocks().Contains(id); }
inline auto Contains(const Module& m, FieldId id) -> bool { return m.fields().Contains(id); }
inline auto Contains(const Module& m, ConditionNameId id) -> bool {
  return m.condition_names().Contains(id);
}
inline auto Contains(const Module& m, ParagraphId id) -> bool {
  return m.paragraphs().Contains(id);
}
inline auto Contains(const Module& m, LabelId id) -> bool { return m.labels().Contains(id); }
inline auto Contains(const Module& m, FileDescriptionId id) -> bool {
  return m.files().Contains(id);
}
inline auto Contains(const Module& m, JobId id) -> bool { return m.jobs().Contains(id); }
inline auto Contains(const Module& m, StepId id) -> bool { return m.steps().Contains(id); }
inline auto Contains(const Module& m, DdId id) -> bool { return m.dds().Contains(id); }
inline auto Contains(const Module& m, TypeId id) -> bool { return m.types().Contains(id); }
inline auto Contains(const Module& m, StatementId id) -> bool {
  return m.statements().Contains(id);
}
inline auto Contains(const Module& m, ExpressionId id) -> bool {
  return m.expressions().Contains(id);
}

inline auto EntityOf(const Module& m, UnitId id) -> const Unit& { return m.units().Get(id); }
inline auto EntityOf(const Module& m, BlockId id) -> const StorageBlock& {
  return m.blocks().Get(id);
}
inline auto EntityOf(const Module& m, FieldId id) -> const Field& { return m.fields().Get(id); }
inline auto EntityOf(const Module& m, ConditionNameId id) -> const ConditionName& {
  return m.condition_names().Get(id);
}
inline auto EntityOf(const Module& m, ParagraphId id) -> const Paragraph& {
  return m.paragraphs().Get(id);
}
inline auto EntityOf(const Module& m, LabelId id) -> const Label& { return m.labels().Get(id); }
inline auto EntityOf(const Module& m, FileDescriptionId id) -> const FileDescription& {
  return m.files().Get(id);
}
inline auto EntityOf(const Module& m, JobId id) -> const Job& { return m.jobs().Get(id); }
inline auto EntityOf(const Module& m, StepId id) -> const JobStep& { return m.steps().Get(id); }
inline auto EntityOf(const Module& m, DdId id) -> const DdStatement& { return m.dds().Get(id); }

}  // namespace remint::ir

#endif  // REMINT_IR_REFLECTION_H_
