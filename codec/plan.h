// A record layout compiled once from the IR into a flat list of operations, so that decoding
// and encoding a record is a loop over a vector with no IR lookups.
#ifndef REMINT_CODEC_PLAN_H_
#define REMINT_CODEC_PLAN_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/error_or.h"
#include "ir/module.h"

namespace remint::codec {

// How an elementary field's bytes hold its value.
enum class FieldKind : uint8_t {
  kText,            // alphanumeric, alphabetic, numeric-edited, alphanumeric-edited, FILLER
  kZoned,           // USAGE DISPLAY numeric
  kPacked,          // COMP-3
  kPackedUnsigned,  // COMP-6: no sign nibble
  kBinary,          // COMP/COMP-4/BINARY and COMP-5, big-endian as on the mainframe
  kFloat,           // COMP-1/COMP-2: IEEE big-endian (ASCII data); hex on EBCDIC data
  kBytes,           // anything else (national, index, pointer): always hex
};

enum class OpKind : uint8_t {
  kField,       // an elementary value
  kGroupBegin,  // a JSON object; `end` is its kGroupEnd
  kGroupEnd,
  kArrayBegin,  // a JSON array of `occurs_max` (or the count field's value) elements
  kArrayEnd,
  kViewSetBegin,  // a field with its REDEFINES views; `end` is its kViewSetEnd
  kViewBegin,     // one member of the set (`view_index`); `end` is its kViewEnd
  kViewEnd,
  kViewSetEnd,
};

struct PlanOp {
  OpKind op = OpKind::kField;
  FieldKind kind = FieldKind::kText;
  bool is_signed = false;
  bool sign_leading = false;
  bool sign_separate = false;
  uint32_t digits = 0;
  int32_t scale = 0;
  uint64_t offset = 0;     // in the record, of the first occurrence of every enclosing array
  uint64_t size = 0;       // one occurrence
  std::string name{};      // JSON key; empty for array elements
  std::string key_json{};  // "\"NAME\":" ready to copy; empty for array elements
  std::string path{};      // qualified name for messages: GROUP.FIELD
  uint32_t end = 0;        // index of the matching end op
  // Arrays.
  uint64_t occurs_max = 0;
  uint64_t occurs_min = 0;
  uint64_t stride = 0;
  int32_t count_slot = -1;  // OCCURS DEPENDING ON: the slot of the count field's value
  // Fields whose value the record needs later (an ODO count, a --select subject).
  int32_t value_slot = -1;
  // Views.
  uint32_t view_index = 0;
  int32_t view_set = -1;  // kViewSetBegin/kViewBegin: index into RecordPlan::view_sets
};

struct ViewSet {
  std::vector<std::string> member_names;
};

struct RecordPlan {
  std::string record_name;
  uint64_t record_size = 0;  // the largest record (every OCCURS at its maximum)
  std::vector<PlanOp> ops;
  std::vector<ViewSet> view_sets;
  int32_t slot_count = 0;
  // Names of the fields given a value slot, by slot.
  std::vector<std::string> slot_names;

  // The slot of the elementary field named `name` (its own name or its qualified path),
  // giving it one if it has none. -1 when no elementary field has that name.
  auto SlotOf(std::string_view name) -> int32_t;
};

// The 01 record named `record_name` (any 01 when empty: the first one) among the module's
// working-storage records.
auto FindRecord(const ir::Module& module, std::string_view record_name) -> ErrorOr<ir::FieldId>;

// Compiles the layout of `record` (an 01 item).
auto CompilePlan(const ir::Module& module, ir::FieldId record) -> ErrorOr<RecordPlan>;

}  // namespace remint::codec

#endif  // REMINT_CODEC_PLAN_H_
