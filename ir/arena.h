// Arenas: the vectors that own IR nodes, addressed by typed ids.
//  - Arena<IdT, T> holds one kind of entity (units, fields, jobs...).
//  - NodeArena holds a family of kind-tagged nodes (statements, expressions, types): a header
//    per id (kind, location, index into the kind's own vector) and one vector per kind, so a
//    node is stored without padding to the largest kind and read back with a checked cast.
#ifndef REMINT_IR_ARENA_H_
#define REMINT_IR_ARENA_H_

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <tuple>
#include <utility>
#include <vector>

#include "base/source_loc.h"

namespace remint::ir {

// Misusing an id (out of range, wrong kind) is a bug in the caller, not bad input: report it
// and stop, whatever the build type, rather than read another node's memory.
[[noreturn]] inline void IrCheckFailed(const char* what) {
  std::fprintf(stderr, "remint IR check failed: %s\n", what);
  std::abort();
}

template <typename IdT, typename T>
class Arena {
 public:
  auto Add(T value) -> IdT {
    values_.push_back(std::move(value));
    return IdT(static_cast<uint32_t>(values_.size() - 1));
  }
  auto Contains(IdT id) const -> bool { return id.is_valid() && id.index < values_.size(); }
  auto Get(IdT id) const -> const T& {
    if (!Contains(id)) IrCheckFailed("entity id out of range");
    return values_[id.index];
  }
  auto Get(IdT id) -> T& {
    if (!Contains(id)) IrCheckFailed("entity id out of range");
    return values_[id.index];
  }
  auto size() const -> uint32_t { return static_cast<uint32_t>(values_.size()); }
  // Ids in creation order, for deterministic iteration.
  auto Ids() const -> std::vector<IdT> {
    std::vector<IdT> ids;
    ids.reserve(values_.size());
    for (uint32_t i = 0; i < values_.size(); ++i) ids.push_back(IdT(i));
    return ids;
  }

 private:
  std::vector<T> values_;
};

template <typename KindT, typename IdT, typename Payloads>
class NodeArena {
 public:
  struct Header {
    KindT kind;
    uint32_t payload;  // index into the kind's vector
    SourceLoc loc;
  };

  template <typename T>
  auto Add(SourceLoc loc, T node) -> IdT {
    auto& payloads = std::get<std::vector<T>>(payloads_);
    payloads.push_back(std::move(node));
    headers_.push_back(Header{T::kKind, static_cast<uint32_t>(payloads.size() - 1), loc});
    return IdT(static_cast<uint32_t>(headers_.size() - 1));
  }
  auto Contains(IdT id) const -> bool { return id.is_valid() && id.index < headers_.size(); }
  auto kind(IdT id) const -> KindT { return header(id).kind; }
  auto loc(IdT id) const -> SourceLoc { return header(id).loc; }
  void set_loc(IdT id, SourceLoc loc) { MutableHeader(id).loc = loc; }

  // Checked casts on the kind tag.
  template <typename T>
  auto Get(IdT id) const -> const T& {
    const Header& h = header(id);
    if (h.kind != T::kKind) IrCheckFailed("node kind mismatch in checked cast");
    return std::get<std::vector<T>>(payloads_)[h.payload];
  }
  template <typename T>
  auto GetMutable(IdT id) -> T& {
    const Header& h = header(id);
    if (h.kind != T::kKind) IrCheckFailed("node kind mismatch in checked cast");
    return std::get<std::vector<T>>(payloads_)[h.payload];
  }
  // Null when the node is of another kind.
  template <typename T>
  auto TryGet(IdT id) const -> const T* {
    const Header& h = header(id);
    if (h.kind != T::kKind) return nullptr;
    return &std::get<std::vector<T>>(payloads_)[h.payload];
  }
  template <typename T>
  auto Is(IdT id) const -> bool {
    return Contains(id) && header(id).kind == T::kKind;
  }
  auto size() const -> uint32_t { return static_cast<uint32_t>(headers_.size()); }

 private:
  auto header(IdT id) const -> const Header& {
    if (!Contains(id)) IrCheckFailed("node id out of range");
    return headers_[id.index];
  }
  auto MutableHeader(IdT id) -> Header& {
    if (!Contains(id)) IrCheckFailed("node id out of range");
    return headers_[id.index];
  }

  std::vector<Header> headers_;
  Payloads payloads_;
};

}  // namespace remint::ir

#endif  // REMINT_IR_ARENA_H_
