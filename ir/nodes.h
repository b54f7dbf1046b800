// The IR's C++ declarations, all expanded from the spec (ir/spec/ir.def): enumerations with
// their spellings, the kind enums of types, expressions and statements, every node and value
// struct, and a field visitor per struct. Nothing here is written by hand per node; edit the
// spec instead.
#ifndef REMINT_IR_NODES_H_
#define REMINT_IR_NODES_H_

#include <cstdint>
#include <optional>
#include <string_view>
#include <tuple>
#include <variant>
#include <vector>

#include "base/source_loc.h"
#include "ir/ids.h"

namespace remint::ir {

using remint::SourceLoc;

// Enumerations: `enum class Name { kA, kB }` and `Spelling(Name) -> "a"`.
#define REMINT_IR_ENUM_BEGIN(Name) enum class Name : uint8_t {
#define REMINT_IR_ENUMERATOR(Enum, Name, Spelling) k##Name,
#define REMINT_IR_ENUM_END(Name) \
  }                              \
  ;
#include "ir/spec/ir.def"

#define REMINT_IR_ENUM_BEGIN(Name)                        \
  constexpr auto Spelling(Name value)->std::string_view { \
    switch (value) {
#define REMINT_IR_ENUMERATOR(Enum, Name, Spelling) \
  case Enum::k##Name:                              \
    return Spelling;
#define REMINT_IR_ENUM_END(Name) \
  }                              \
  return "?";                    \
  }
#include "ir/spec/ir.def"

// The number of enumerators of each enumeration (for exhaustive tests and docs).
template <typename Enum>
inline constexpr uint32_t kEnumeratorCount = 0;
#define REMINT_IR_ENUM_BEGIN(Name) \
  template <>                      \
  inline constexpr uint32_t kEnumeratorCount<Name> = 0
#define REMINT_IR_ENUMERATOR(Enum, Name, Spelling) +1
#define REMINT_IR_ENUM_END(Name) ;
#include "ir/spec/ir.def"

// Kind tags of the three node families stored in kind-tagged arenas.
enum class TypeKind : uint8_t {
#define REMINT_IR_TYPE_BEGIN(Name, Spelling) k##Name,
#include "ir/spec/ir.def"
};
enum class ExpressionKind : uint8_t {
#define REMINT_IR_EXPRESSION_BEGIN(Name, Spelling) k##Name,
#include "ir/spec/ir.def"
};
enum class StatementKind : uint8_t {
#define REMINT_IR_STATEMENT_BEGIN(Name, Spelling) k##Name,
#include "ir/spec/ir.def"
};

constexpr auto KindName(TypeKind kind) -> std::string_view {
  switch (kind) {
#define REMINT_IR_TYPE_BEGIN(Name, Spelling) \
  case TypeKind::k##Name:                    \
    return Spelling;
#include "ir/spec/ir.def"
  }
  return "?";
}
constexpr auto KindName(ExpressionKind kind) -> std::string_view {
  switch (kind) {
#define REMINT_IR_EXPRESSION_BEGIN(Name, Spelling) \
  case ExpressionKind::k##Name:                    \
    return Spelling;
#include "ir/spec/ir.def"
  }
  return "?";
}
constexpr auto KindName(StatementKind kind) -> std::string_view {
  switch (kind) {
#define REMINT_IR_STATEMENT_BEGIN(Name, Spelling) \
  case StatementKind::k##Name:                    \
    return Spelling;
#include "ir/spec/ir.def"
  }
  return "?";
}

inline constexpr uint32_t kTypeKindCount = 0
#define REMINT_IR_TYPE_BEGIN(Name, Spelling) +1
#include "ir/spec/ir.def"
    ;
inline constexpr uint32_t kExpressionKindCount = 0
#define REMINT_IR_EXPRESSION_BEGIN(Name, Spelling) +1
#include "ir/spec/ir.def"
    ;
inline constexpr uint32_t kStatementKindCount = 0
#define REMINT_IR_STATEMENT_BEGIN(Name, Spelling) +1
#include "ir/spec/ir.def"
    ;
inline constexpr uint32_t kEntityKindCount = 0
#define REMINT_IR_ENTITY_BEGIN(Name, IdType, Spelling) +1
#include "ir/spec/ir.def"
    ;

// The structs. Fields default to "absent": invalid ids, empty lists, zero, first enumerator.
#define REMINT_IR_STRUCT_BEGIN(Name) struct Name {
#define REMINT_IR_ENTITY_BEGIN(Name, IdType, Spelling) \
  struct Name {                                        \
    using Id = IdType;                                 \
    static constexpr std::string_view kSpelling = Spelling;
#define REMINT_IR_TYPE_BEGIN(Name, Spelling) \
  struct Name##Type {                        \
    static constexpr TypeKind kKind = TypeKind::k##Name;
#define REMINT_IR_EXPRESSION_BEGIN(Name, Spelling) \
  struct Name##Expression {                        \
    static constexpr ExpressionKind kKind = ExpressionKind::k##Name;
#define REMINT_IR_STATEMENT_BEGIN(Name, Spelling) \
  struct Name##Statement {                        \
    static constexpr StatementKind kKind = StatementKind::k##Name;
#define REMINT_IR_FIELD(Type, Name) Type Name{};
#define REMINT_IR_CHILDREN(Type, Name) Type Name{};
#define REMINT_IR_STRUCT_END(Name) \
  }                                \
  ;
#define REMINT_IR_ENTITY_END(Name, IdType) \
  }                                        \
  ;
// Types are values: equal fields, equal types.
#define REMINT_IR_TYPE_END(Name)                                                \
  friend auto operator==(const Name##Type&, const Name##Type&)->bool = default; \
  }                                                                             \
  ;
#define REMINT_IR_EXPRESSION_END(Name) \
  }                                    \
  ;
#define REMINT_IR_STATEMENT_END(Name) \
  }                                   \
  ;
#include "ir/spec/ir.def"

// Whether T is a struct of the spec (and so has VisitFields).
template <typename T>
inline constexpr bool kIsSpecStruct = false;
#define REMINT_IR_STRUCT_BEGIN(Name) \
  template <>                        \
  inline constexpr bool kIsSpecStruct<Name> = true;
#define REMINT_IR_ENTITY_BEGIN(Name, IdType, Spelling) \
  template <>                                          \
  inline constexpr bool kIsSpecStruct<Name> = true;
#define REMINT_IR_TYPE_BEGIN(Name, Spelling) \
  template <>                                \
  inline constexpr bool kIsSpecStruct<Name##Type> = true;
#define REMINT_IR_EXPRESSION_BEGIN(Name, Spelling) \
  template <>                                      \
  inline constexpr bool kIsSpecStruct<Name##Expression> = true;
#define REMINT_IR_STATEMENT_BEGIN(Name, Spelling) \
  template <>                                     \
  inline constexpr bool kIsSpecStruct<Name##Statement> = true;
#include "ir/spec/ir.def"

// How a visited field is meant: an attribute of the node, or the containment list of an entity.
enum class FieldRole : uint8_t { kAttribute, kChildren };

// VisitFields(node, visitor) calls visitor(name, value, role) for each field in spec order.
#define REMINT_IR_VISIT_BEGIN(StructName) \
  template <typename Visitor>             \
  void VisitFields([[maybe_unused]] const StructName& node, [[maybe_unused]] Visitor&& visitor) {
#define REMINT_IR_STRUCT_BEGIN(Name) REMINT_IR_VISIT_BEGIN(Name)
#define REMINT_IR_ENTITY_BEGIN(Name, IdType, Spelling) REMINT_IR_VISIT_BEGIN(Name)
#define REMINT_IR_TYPE_BEGIN(Name, Spelling) REMINT_IR_VISIT_BEGIN(Name##Type)
#define REMINT_IR_EXPRESSION_BEGIN(Name, Spelling) REMINT_IR_VISIT_BEGIN(Name##Expression)
#define REMINT_IR_STATEMENT_BEGIN(Name, Spelling) REMINT_IR_VISIT_BEGIN(Name##Statement)
#define REMINT_IR_FIELD(Type, Name) visitor(#Name, node.Name, FieldRole::kAttribute);
#define REMINT_IR_CHILDREN(Type, Name) visitor(#Name, node.Name, FieldRole::kChildren);
#define REMINT_IR_STRUCT_END(Name) }
#define REMINT_IR_ENTITY_END(Name, IdType) }
#define REMINT_IR_TYPE_END(Name) }
#define REMINT_IR_EXPRESSION_END(Name) }
#define REMINT_IR_STATEMENT_END(Name) }
#include "ir/spec/ir.def"
#undef REMINT_IR_VISIT_BEGIN

// One vector per node kind, in kind order; the trailing monostate absorbs the last comma.
using TypePayloads = std::tuple<
#define REMINT_IR_TYPE_BEGIN(Name, Spelling) std::vector<Name##Type>,
#include "ir/spec/ir.def"
    std::vector<std::monostate>>;
using ExpressionPayloads = std::tuple<
#define REMINT_IR_EXPRESSION_BEGIN(Name, Spelling) std::vector<Name##Expression>,
#include "ir/spec/ir.def"
    std::vector<std::monostate>>;
using StatementPayloads = std::tuple<
#define REMINT_IR_STATEMENT_BEGIN(Name, Spelling) std::vector<Name##Statement>,
#include "ir/spec/ir.def"
    std::vector<std::monostate>>;

}  // namespace remint::ir

#endif  // REMINT_IR_NODES_H_
