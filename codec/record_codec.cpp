#include "codec/record_codec.h"

#include <algorithm>
#include <charconv>

#include "codec/field_codec.h"

namespace remint::codec {
namespace {

auto TrimTrailingSpaces(std::string_view text) -> std::string_view {
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return text;
}

auto HexOf(const uint8_t* bytes, size_t size) -> std::string {
  static constexpr char kDigits[] = "0123456789ABCDEF";
  std::string hex;
  for (size_t i = 0; i < size; ++i) {
    hex.push_back(kDigits[bytes[i] >> 4]);
    hex.push_back(kDigits[bytes[i] & 0x0F]);
  }
  return hex;
}

// The bytes a plain-text or hex "@rest"/"@record" value stands for.
auto RawBytesOf(const JsonValue& value, const CodePage& code_page, std::string& bytes)
    -> ErrorOr<Success> {
  PlanOp op{.op = OpKind::kField, .kind = FieldKind::kText, .path = "@rest"};
  if (value.type == JsonValue::Type::kObject) {
    const JsonValue* hex = value.Find("hex");
    if (hex == nullptr) return Error("a raw-bytes value must be a string or {\"hex\":...}");
    op.size = hex->text.size() / 2;
  } else if (value.type == JsonValue::Type::kString) {
    size_t position = 0;
    uint32_t code_point = 0;
    while (NextCodePoint(value.text, &position, &code_point)) ++op.size;
  } else {
    return Error("a raw-bytes value must be a string or {\"hex\":...}");
  }
  bytes.assign(op.size, '\0');
  return EncodeField(op, value, code_page, reinterpret_cast<uint8_t*>(bytes.data()));
}

}  // namespace

auto ParseSelector(std::string_view text) -> ErrorOr<Selector> {
  size_t equals = text.find('=');
  size_t colon = text.rfind(':');
  if (equals == std::string_view::npos || colon == std::string_view::npos || colon < equals ||
      equals == 0 || colon + 1 == text.size()) {
    return Error("expected FIELD=VALUE:VIEW");
  }
  return Selector{std::string(text.substr(0, equals)),
                  std::string(text.substr(equals + 1, colon - equals - 1)),
                  std::string(text.substr(colon + 1))};
}

auto RecordCodec::Make(RecordPlan plan, CodePage code_page, const std::vector<Selector>& selectors)
    -> ErrorOr<RecordCodec> {
  RecordCodec codec;
  codec.set_selectors_.resize(plan.view_sets.size());
  for (const Selector& selector : selectors) {
    int32_t slot = plan.SlotOf(selector.field);
    if (slot < 0) return Error("no elementary field named '" + selector.field + "'");
    bool found = false;
    for (size_t set = 0; set < plan.view_sets.size() && !found; ++set) {
      const std::vector<std::string>& names = plan.view_sets[set].member_names;
      auto member = std::find(names.begin(), names.end(), selector.view);
      if (member == names.end()) continue;
      found = true;
      codec.set_selectors_[set].push_back(
          SetSelector{slot, std::string(TrimTrailingSpaces(selector.value)),
                      static_cast<uint32_t>(member - names.begin())});
    }
    if (!found) {
      return Error("'" + selector.view + "' is not a field with REDEFINES views or one of them");
    }
  }
  codec.slots_.resize(static_cast<size_t>(plan.slot_count));
  codec.plan_ = std::move(plan);
  codec.code_page_ = std::move(code_page);
  return codec;
}

// --- Decoding --------------------------------------------------------------------------------

void RecordCodec::Decode(const uint8_t* record, size_t length, std::string_view prefix,
                         OutputBuffer& out, std::vector<RecordIssue>& issues) {
  record_ = record;
  length_ = length;
  used_end_ = 0;
  failure_.clear();
  out_ = &out;
  issues_ = &issues;
  for (SlotValue& slot : slots_) slot.valid = false;
  size_t start = out.size();
  size_t issue_count = issues.size();
  out.Reserve(prefix.size() + 2);
  out.Append('{');
  out.Append(prefix);
  bool comma = false;
  DecodeRange(0, static_cast<uint32_t>(plan_.ops.size()), 0, comma);
  if (!failure_.empty()) {
    // The layout does not fit these bytes: the record is kept whole, as hex.
    out.Truncate(start);
    issues.resize(issue_count);
    issues.push_back(RecordIssue{RecordIssue::Kind::kLayoutMismatch, 0, "", failure_});
    out.Reserve(prefix.size() + length * 2 + 32);
    out.Append('{');
    out.Append(prefix);
    out.Append("\"@record\":");
    WriteHex(record, length, out);
    out.Append('}');
    return;
  }
  if (used_end_ < length) {
    // Bytes after the layout's end (a short OCCURS DEPENDING ON table in a fixed record).
    PlanOp rest{.op = OpKind::kField, .kind = FieldKind::kText, .size = length - used_end_};
    out.Reserve(MaxValueBytes(rest) + 16);
    if (comma) out.Append(',');
    out.Append("\"@rest\":");
    if (!DecodeField(rest, record + used_end_, code_page_, out)) {
      WriteHex(record + used_end_, rest.size, out);
    }
  }
  out.Reserve(1);
  out.Append('}');
}

void RecordCodec::DecodeRange(uint32_t begin, uint32_t end, uint64_t delta, bool& comma) {
  for (uint32_t index = begin; index < end && failure_.empty();) {
    const PlanOp& op = plan_.ops[index];
    if (op.op == OpKind::kViewSetBegin) {
      int64_t chosen = ChosenView(op);
      for (uint32_t member = index + 1; member < op.end; member = plan_.ops[member].end + 1) {
        const PlanOp& view = plan_.ops[member];
        if (chosen < 0 || view.view_index == chosen) {
          DecodeRange(member + 1, view.end, delta, comma);
        }
      }
      index = op.end + 1;
      continue;
    }
    out_->Reserve(op.key_json.size() + 1);
    if (comma) out_->Append(',');
    comma = true;
    out_->Append(op.key_json);
    DecodeOp(index, delta);
    index = (op.op == OpKind::kField) ? index + 1 : op.end + 1;
  }
}

void RecordCodec::DecodeOp(uint32_t index, uint64_t delta) {
  const PlanOp& op = plan_.ops[index];
  switch (op.op) {
    case OpKind::kField: {
      uint64_t at = delta + op.offset;
      if (at + op.size > length_) {
        failure_ = "field '" + op.path + "' ends at byte " + std::to_string(at + op.size) +
                   ", past the record's " + std::to_string(length_) + " bytes";
        return;
      }
      used_end_ = std::max(used_end_, at + op.size);
      out_->Reserve(MaxValueBytes(op));
      size_t value_start = out_->size();
      const uint8_t* bytes = record_ + at;
      bool valid = DecodeField(op, bytes, code_page_, *out_);
      if (!valid) {
        WriteHex(bytes, op.size, *out_);
        if (op.kind == FieldKind::kPacked || op.kind == FieldKind::kPackedUnsigned) {
          issues_->push_back(
              RecordIssue{RecordIssue::Kind::kInvalidPacked, at, op.path, HexOf(bytes, op.size)});
        }
      }
      if (op.value_slot >= 0) {
        SlotValue& slot = slots_[static_cast<size_t>(op.value_slot)];
        slot.valid = valid;
        std::string_view text = out_->view().substr(value_start);
        if (!text.empty() && text.front() == '"') text = text.substr(1, text.size() - 2);
        slot.text = std::string(TrimTrailingSpaces(text));
      }
      return;
    }
    case OpKind::kGroupBegin: {
      out_->Reserve(1);
      out_->Append('{');
      bool comma = false;
      DecodeRange(index + 1, op.end, delta, comma);
      out_->Reserve(1);
      out_->Append('}');
      return;
    }
    case OpKind::kArrayBegin: {
      uint64_t count = 0;
      if (!CountOf(op, &count)) return;
      out_->Reserve(1);
      out_->Append('[');
      for (uint64_t element = 0; element < count && failure_.empty(); ++element) {
        if (element > 0) {
          out_->Reserve(1);
          out_->Append(',');
        }
        DecodeOp(index + 1, delta + element * op.stride);
      }
      out_->Reserve(1);
      out_->Append(']');
      return;
    }
    default:
      return;
  }
}

auto RecordCodec::CountOf(const PlanOp& array, uint64_t* count) -> bool {
  if (array.count_slot < 0) {
    *count = array.occurs_max;
    return true;
  }
  const SlotValue& slot = slots_[static_cast<size_t>(array.count_slot)];
  int64_t value = -1;
  if (slot.valid) {
    const char* first = slot.text.data();
    const char* last = first + slot.text.size();
    auto result = std::from_chars(first, last, value);
    if (result.ec != std::errc() || result.ptr != last) value = -1;
  }
  if (value < static_cast<int64_t>(array.occurs_min) ||
      value > static_cast<int64_t>(array.occurs_max)) {
    failure_ = "the OCCURS DEPENDING ON count of '" + array.path + "' is " +
               (slot.valid ? slot.text : std::string("not a number")) + ", outside " +
               std::to_string(array.occurs_min) + " to " + std::to_string(array.occurs_max);
    return false;
  }
  *count = static_cast<uint64_t>(value);
  return true;
}

auto RecordCodec::ChosenView(const PlanOp& set) const -> int64_t {
  for (const SetSelector& selector : set_selectors_[static_cast<size_t>(set.view_set)]) {
    const SlotValue& slot = slots_[static_cast<size_t>(selector.slot)];
    if (slot.valid && slot.text == selector.value) return selector.member;
  }
  return -1;  // no selector matched: every view is shown
}

// --- Encoding --------------------------------------------------------------------------------

auto RecordCodec::Encode(const JsonValue& object, std::string& record) -> ErrorOr<Success> {
  if (object.type != JsonValue::Type::kObject) return Error("a record must be a JSON object");
  record.clear();
  if (const JsonValue* whole = object.Find("@record")) {
    return RawBytesOf(*whole, code_page_, record);
  }
  record.assign(plan_.record_size, '\0');
  encoded_ = &record;
  used_end_ = 0;
  for (SlotValue& slot : slots_) slot.valid = false;
  ErrorOr<Success> encoded = EncodeMembers(0, static_cast<uint32_t>(plan_.ops.size()), object, 0);
  if (!encoded) return encoded;
  record.resize(used_end_);
  if (const JsonValue* rest = object.Find("@rest")) {
    std::string bytes;
    ErrorOr<Success> raw = RawBytesOf(*rest, code_page_, bytes);
    if (!raw) return raw;
    record += bytes;
  }
  return Success{};
}

auto RecordCodec::EncodeMembers(uint32_t begin, uint32_t end, const JsonValue& object,
                                uint64_t delta) -> ErrorOr<Success> {
  if (object.type != JsonValue::Type::kObject) return Error("expected a JSON object");
  for (uint32_t index = begin; index < end;) {
    const PlanOp& op = plan_.ops[index];
    if (op.op == OpKind::kViewSetBegin) {
      bool any = false;
      for (uint32_t member = index + 1; member < op.end; member = plan_.ops[member].end + 1) {
        const PlanOp& view = plan_.ops[member];
        if (object.Find(plan_.ops[member + 1].name) == nullptr) continue;
        any = true;
        ErrorOr<Success> encoded = EncodeMembers(member + 1, view.end, object, delta);
        if (!encoded) return encoded;
      }
      if (!any) {
        return Error("none of the views " +
                     plan_.view_sets[static_cast<size_t>(op.view_set)].member_names[0] +
                     "... is present");
      }
      index = op.end + 1;
      continue;
    }
    const JsonValue* value = object.Find(op.name);
    if (value == nullptr) return Error("'" + op.path + "' is missing");
    ErrorOr<Success> encoded = EncodeOp(index, *value, delta);
    if (!encoded) return encoded;
    index = (op.op == OpKind::kField) ? index + 1 : op.end + 1;
  }
  return Success{};
}

auto RecordCodec::EncodeOp(uint32_t index, const JsonValue& value, uint64_t delta)
    -> ErrorOr<Success> {
  const PlanOp& op = plan_.ops[index];
  switch (op.op) {
    case OpKind::kField: {
      uint64_t at = delta + op.offset;
      if (at + op.size > encoded_->size()) encoded_->resize(at + op.size, '\0');
      ErrorOr<Success> encoded =
          EncodeField(op, value, code_page_, reinterpret_cast<uint8_t*>(encoded_->data()) + at);
      if (!encoded) return encoded;
      used_end_ = std::max(used_end_, at + op.size);
      if (op.value_slot >= 0) {
        SlotValue& slot = slots_[static_cast<size_t>(op.value_slot)];
        slot.valid = value.type == JsonValue::Type::kNumber;
        slot.text = value.text;
      }
      return Success{};
    }
    case OpKind::kGroupBegin:
      return EncodeMembers(index + 1, op.end, value, delta);
    case OpKind::kArrayBegin: {
      if (value.type != JsonValue::Type::kArray) {
        return Error("'" + op.path + "' needs a JSON array");
      }
      uint64_t count = value.items.size();
      if (count < op.occurs_min || count > op.occurs_max) {
        return Error("'" + op.path + "' has " + std::to_string(count) + " elements, outside " +
                     std::to_string(op.occurs_min) + " to " + std::to_string(op.occurs_max));
      }
      if (op.count_slot >= 0) {
        const SlotValue& slot = slots_[static_cast<size_t>(op.count_slot)];
        if (!slot.valid || slot.text != std::to_string(count)) {
          return Error("'" + op.path + "' has " + std::to_string(count) +
                       " elements but its OCCURS DEPENDING ON field holds " +
                       (slot.valid ? slot.text : std::string("no number")));
        }
      }
      for (uint64_t element = 0; element < count; ++element) {
        ErrorOr<Success> encoded =
            EncodeOp(index + 1, value.items[element], delta + element * op.stride);
        if (!encoded) return encoded;
      }
      return Success{};
    }
    default:
      return Error("internal: unexpected plan operation");
  }
}

}  // namespace remint::codec
