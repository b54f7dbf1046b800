// A statement as expansion carries it from a member to the job: shared with every other use of
// its cached member (located there, reached through the use's include) until expansion has to
// change it. Private to frontends/jcl/expand.
#ifndef REMINT_FRONTENDS_JCL_EXPAND_STREAM_STATEMENT_H_
#define REMINT_FRONTENDS_JCL_EXPAND_STREAM_STATEMENT_H_

#include <memory>
#include <vector>

#include "base/source_loc.h"
#include "frontends/jcl/expand/library_search.h"
#include "frontends/jcl/parse/parse_member.h"

namespace remint::jcl {

// Sets the include of every location of `statement`: it is now reached through `include`.
inline void LocateThrough(Statement& statement, IncludeId include) {
  statement.loc.include = include;
  statement.data_loc.include = include;
  for (OperandSegment& segment : statement.segments) segment.start.include = include;
}

// `from` copied but for its operand text (which the caller is about to render again from the
// parameters) and, unless `keep_segments`, its segment map (which the caller clears): two
// allocations fewer per rewritten procedure statement. Room is made for `extra` parameters more.
// Every other field of Statement is copied: keep in step with statement.h.
inline auto CopyForRewrite(const ParsedStatement& from, bool keep_segments, size_t extra)
    -> std::shared_ptr<ParsedStatement> {
  auto copy = std::make_shared<ParsedStatement>();
  const Statement& source = from.statement;
  Statement& target = copy->statement;
  target.kind = source.kind;
  target.loc = source.loc;
  target.last_line = source.last_line;
  target.name = source.name;
  target.operation = source.operation;
  target.op = source.op;
  if (keep_segments) target.segments = source.segments;
  target.has_data = source.has_data;
  target.data = source.data;
  target.data_loc = source.data_loc;
  target.delimiter = source.delimiter;
  std::vector<Parameter>& parameters = copy->operands.parameters;
  parameters.reserve(from.operands.parameters.size() + extra);
  parameters.insert(parameters.end(), from.operands.parameters.begin(),
                    from.operands.parameters.end());
  return copy;
}

// A statement waiting in a stream: either shared (a cached member's statement, or one a stream
// already gave away) and located through `include`, or owned by this expansion (read from the
// job member, or copied to be changed). Shared statements are never changed: Mutable() copies.
class StreamStatement {
 public:
  StreamStatement() = default;
  StreamStatement(StreamStatement&&) = default;
  auto operator=(StreamStatement&&) -> StreamStatement& = default;
  StreamStatement(const StreamStatement& other)
      : owned_(other.owned_ ? std::make_shared<ParsedStatement>(*other.owned_) : nullptr),
        shared_(other.shared_),
        include_(other.include_),
        cached_(other.cached_),
        resolved_(other.resolved_),
        memo_slot_(other.memo_slot_),
        memo_generation_(other.memo_generation_) {}
  auto operator=(const StreamStatement& other) -> StreamStatement& {
    *this = StreamStatement(other);
    return *this;
  }

  static auto Owned(Statement statement) -> StreamStatement {
    StreamStatement item;
    item.owned_ =
        std::make_shared<ParsedStatement>(ParsedStatement{std::move(statement), Operands{}});
    return item;
  }
  // A statement of `block` (the statements of a member read at once), owned by this stream as
  // Owned() makes it but kept in the block's one allocation instead of one per statement.
  static auto OwnedIn(const std::shared_ptr<std::vector<ParsedStatement>>& block,
                      ParsedStatement& statement) -> StreamStatement {
    StreamStatement item;
    item.owned_ = std::shared_ptr<ParsedStatement>(block, &statement);
    return item;
  }
  // The cached statement is reached through `cached` (the cache outlives the expansion): its
  // reference count is not touched unless this use keeps it.
  static auto Cached(const CachedStatement& cached, IncludeId include) -> StreamStatement {
    StreamStatement item;
    item.include_ = include;
    item.cached_ = &cached;
    return item;
  }

  auto statement() const -> const Statement& { return Parsed().statement; }
  // Valid once the expander resolved it.
  auto operands() const -> const Operands& { return Parsed().operands; }
  auto loc() const -> SourceLoc {
    SourceLoc loc = statement().loc;
    if (include_.is_valid()) loc.include = include_;
    return loc;
  }
  auto include() const -> IncludeId { return include_; }
  // statement().kind and .op, read from the cached member's statement list when this is a use of
  // one (substitutions and rewrites keep them; Mutable() forgets the cached statement).
  auto kind() const -> StatementKind { return cached_ ? cached_->kind : statement().kind; }
  auto op() const -> Operation { return cached_ ? cached_->op : statement().op; }
  // Where this use of a cached statement finds (or keeps) its substitution, while its scope's
  // symbols are at `generation`: its slot in the member's substitutions for the use's symbol
  // values (CachedMember::substitutions).
  void RememberIn(std::shared_ptr<const ParsedStatement>* slot, uint64_t generation) {
    memo_slot_ = slot;
    memo_generation_ = generation;
  }
  // The slot, when the symbols are still those it was chosen for; else null.
  auto MemoSlot(uint64_t generation) const -> std::shared_ptr<const ParsedStatement>* {
    return generation == memo_generation_ ? memo_slot_ : nullptr;
  }
  auto cached() const -> const CachedStatement* { return cached_; }
  auto resolved() const -> bool { return resolved_; }
  void MarkResolved() { resolved_ = true; }

  // A resolved statement shared with other uses (the same include still applies).
  void UseShared(std::shared_ptr<const ParsedStatement> resolved) {
    owned_.reset();
    shared_ = std::move(resolved);
    resolved_ = true;
  }
  // The statement to change: a shared one is copied first, its locations made whole.
  auto Mutable() -> ParsedStatement& {
    if (!owned_) {
      owned_ = std::make_shared<ParsedStatement>(Parsed());
      if (include_.is_valid()) LocateThrough(owned_->statement, include_);
      shared_.reset();
      include_ = IncludeId{};
      cached_ = nullptr;
    }
    return *owned_;
  }
  // The statement to rewrite from its parameters, which the caller renders into its operand
  // text afterwards: as Mutable(), but a shared statement is copied without the text it is about
  // to replace (nor its segment map unless `keep_segments`), with room for `extra` parameters.
  auto Rewritable(bool keep_segments, size_t extra) -> ParsedStatement& {
    if (!owned_) {
      owned_ = CopyForRewrite(Parsed(), keep_segments, extra);
      if (include_.is_valid()) LocateThrough(owned_->statement, include_);
      shared_.reset();
      include_ = IncludeId{};
      cached_ = nullptr;
    }
    return *owned_;
  }
  // From now on shared (an owned statement moves into a shared one).
  auto Share() -> const std::shared_ptr<const ParsedStatement>& {
    if (owned_) {
      shared_ = std::move(owned_);
    }
    return shared_ ? shared_ : cached_->parsed;
  }
  // A copy the caller owns, with its locations made whole.
  auto TakeOwned() && -> ParsedStatement {
    Mutable();
    return std::move(*owned_);
  }
  // Reached through `include` from now on (a procedure body used by one call).
  void Relocate(IncludeId include) {
    if (owned_) {
      LocateThrough(owned_->statement, include);
    } else {
      include_ = include;
    }
  }

 private:
  auto Parsed() const -> const ParsedStatement& {
    if (owned_) return *owned_;
    return shared_ ? *shared_ : *cached_->parsed;
  }

  // Held by this stream alone (copies copy it), apart so that moving a stream statement moves
  // pointers, and in the block it is later shared from.
  std::shared_ptr<ParsedStatement> owned_;
  // Shared with other uses; when null (and not owned), the cached statement itself.
  std::shared_ptr<const ParsedStatement> shared_;
  IncludeId include_;
  const CachedStatement* cached_ = nullptr;  // When it is a cached member's statement.
  bool resolved_ = false;                    // Symbols substituted and operands parsed.
  std::shared_ptr<const ParsedStatement>* memo_slot_ = nullptr;
  uint64_t memo_generation_ = 0;
};

}  // namespace remint::jcl

#endif  // REMINT_FRONTENDS_JCL_EXPAND_STREAM_STATEMENT_H_
