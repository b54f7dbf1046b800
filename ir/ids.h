// Typed integer ids for IR nodes. Every node lives in a vector arena owned by ir::Module and is
// addressed by the index wrapped in one of these; the tag type makes a FieldId and an
// ExpressionId different types, so one cannot be passed for the other. Ids are dense, assigned in
// creation order, and never reused, which makes every dump deterministic.
#ifndef REMINT_IR_IDS_H_
#define REMINT_IR_IDS_H_

#include <compare>
#include <cstdint>
#include <limits>
#include <optional>
#include <variant>
#include <vector>

namespace remint::ir {

template <typename Tag>
struct Id {
  static constexpr uint32_t kInvalidIndex = std::numeric_limits<uint32_t>::max();
  uint32_t index = kInvalidIndex;

  constexpr Id() = default;
  constexpr explicit Id(uint32_t value) : index(value) {}
  auto is_valid() const -> bool { return index != kInvalidIndex; }
  friend auto operator<=>(Id, Id) = default;
};

// Tags; the printer prefix of each id kind is in parentheses.
struct UnitTag {};           // (u)  program, subprogram, Fortran procedure
struct BlockTag {};          // (b)  storage block: record, COMMON, frame
struct FieldTag {};          // (f)  data item inside a block
struct ConditionNameTag {};  // (c)  COBOL level-88 condition name
struct TypeTag {};           // (t)  interned type
struct ParagraphTag {};      // (p)  COBOL section or paragraph
struct LabelTag {};          // (l)  Fortran statement label
struct FileTag {};           // (fd) file description (COBOL FD/SD)
struct StatementTag {};      // (s)
struct ExpressionTag {};     // (e)
struct JobTag {};            // (j)  JCL job
struct StepTag {};           // (js) JCL job step (EXEC, or IF/THEN/ELSE construct)
struct DdTag {};             // (dd) JCL DD statement
struct StringTag {};         // interned string; printed as its text, never as an id

using UnitId = Id<UnitTag>;
using BlockId = Id<BlockTag>;
using FieldId = Id<FieldTag>;
using ConditionNameId = Id<ConditionNameTag>;
using TypeId = Id<TypeTag>;
using ParagraphId = Id<ParagraphTag>;
using LabelId = Id<LabelTag>;
using FileDescriptionId = Id<FileTag>;
using StatementId = Id<StatementTag>;
using ExpressionId = Id<ExpressionTag>;
using JobId = Id<JobTag>;
using StepId = Id<StepTag>;
using DdId = Id<DdTag>;
using StringId = Id<StringTag>;

// An ordered block of statements owned by the node holding the list.
using StatementList = std::vector<StatementId>;
// A statement list that may be absent; absent and empty differ (e.g. ON SIZE ERROR given).
using OptionalStatementList = std::optional<StatementList>;
using ExpressionList = std::vector<ExpressionId>;

// Where a GO TO can go: a COBOL paragraph/section or a Fortran statement label.
using JumpTarget = std::variant<ParagraphId, LabelId>;

}  // namespace remint::ir

#endif  // REMINT_IR_IDS_H_
