// Visits every statement of a statement list and of the lists nested in it (IF branches, WHEN
// bodies, loop bodies, AT END / INVALID KEY phrases...), in source order, parents before their
// children. Analyses over procedures (the emitter's plan, rule extraction) use it so none has
// to know which statement kinds nest lists.
#ifndef REMINT_IR_STATEMENT_WALK_H_
#define REMINT_IR_STATEMENT_WALK_H_

#include <string_view>
#include <type_traits>

#include "ir/module.h"
#include "ir/reflection.h"

namespace remint::ir {

namespace internal {

template <typename V, typename Callback>
void WalkNested(const Module& module, const V& value, Callback& callback);

template <typename Callback>
void WalkList(const Module& module, const StatementList& list, Callback& callback) {
  for (StatementId id : list) {
    callback(id);
    VisitStatement(module, id, [&](const auto& node) {
      VisitFields(node, [&](std::string_view, const auto& field, FieldRole) {
        WalkNested(module, field, callback);
      });
    });
  }
}

template <typename V, typename Callback>
void WalkNested(const Module& module, const V& value, Callback& callback) {
  if constexpr (std::is_same_v<V, StatementList>) {
    WalkList(module, value, callback);
  } else if constexpr (kIsOptional<V>) {
    if (value) WalkNested(module, *value, callback);
  } else if constexpr (kIsVector<V>) {
    if constexpr (kIsSpecStruct<typename V::value_type>) {
      for (const auto& element : value) WalkNested(module, element, callback);
    }
  } else if constexpr (kIsSpecStruct<V>) {
    VisitFields(value, [&](std::string_view, const auto& field, FieldRole) {
      WalkNested(module, field, callback);
    });
  }
}

}  // namespace internal

// Calls callback(StatementId) for every statement in `list`, nested ones included.
template <typename Callback>
void ForEachStatement(const Module& module, const StatementList& list, Callback&& callback) {
  internal::WalkList(module, list, callback);
}

}  // namespace remint::ir

#endif  // REMINT_IR_STATEMENT_WALK_H_
