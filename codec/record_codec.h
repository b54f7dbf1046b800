// One record's bytes to a JSON object and back, by a compiled plan.
#ifndef REMINT_CODEC_RECORD_CODEC_H_
#define REMINT_CODEC_RECORD_CODEC_H_

#include <cstdint>
#include <string>
#include <vector>

#include "base/error_or.h"
#include "codec/code_page.h"
#include "codec/json_value.h"
#include "codec/output_buffer.h"
#include "codec/plan.h"

namespace remint::codec {

// --select FIELD=VALUE:VIEW: a record whose FIELD holds VALUE shows only VIEW of its REDEFINES.
struct Selector {
  std::string field;
  std::string value;
  std::string view;
};

auto ParseSelector(std::string_view text) -> ErrorOr<Selector>;

// What went wrong in one record, for the caller to report.
struct RecordIssue {
  enum class Kind { kInvalidPacked, kLayoutMismatch };
  Kind kind;
  uint64_t offset = 0;  // in the record
  std::string field;    // qualified name
  std::string detail;   // hex bytes, or what did not fit
};

class RecordCodec {
 public:
  static auto Make(RecordPlan plan, CodePage code_page, const std::vector<Selector>& selectors)
      -> ErrorOr<RecordCodec>;

  // Appends the record's JSON object (no newline). `prefix` is written first inside the
  // object (e.g. "\"@block\":100,"). Problems are appended to `issues`.
  void Decode(const uint8_t* record, size_t length, std::string_view prefix, OutputBuffer& out,
              std::vector<RecordIssue>& issues);

  // The bytes of a record from its JSON object.
  auto Encode(const JsonValue& object, std::string& record) -> ErrorOr<Success>;

  auto plan() const -> const RecordPlan& { return plan_; }

 private:
  struct SlotValue {
    bool valid = false;
    std::string text;
  };
  struct SetSelector {
    int32_t slot;
    std::string value;
    uint32_t member;
  };

  void DecodeRange(uint32_t begin, uint32_t end, uint64_t delta, bool& comma);
  void DecodeOp(uint32_t index, uint64_t delta);
  auto ChosenView(const PlanOp& set) const -> int64_t;
  auto CountOf(const PlanOp& array, uint64_t* count) -> bool;

  auto EncodeMembers(uint32_t begin, uint32_t end, const JsonValue& object, uint64_t delta)
      -> ErrorOr<Success>;
  auto EncodeOp(uint32_t index, const JsonValue& value, uint64_t delta) -> ErrorOr<Success>;

  RecordPlan plan_;
  CodePage code_page_;
  std::vector<std::vector<SetSelector>> set_selectors_;  // by view set
  // Per-record state.
  std::vector<SlotValue> slots_;
  const uint8_t* record_ = nullptr;
  size_t length_ = 0;
  uint64_t used_end_ = 0;
  std::string failure_;
  OutputBuffer* out_ = nullptr;
  std::vector<RecordIssue>* issues_ = nullptr;
  std::string* encoded_ = nullptr;
};

}  // namespace remint::codec

#endif  // REMINT_CODEC_RECORD_CODEC_H_
