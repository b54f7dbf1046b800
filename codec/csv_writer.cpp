#include "codec/csv_writer.h"

#include <string_view>

namespace remint::codec {
namespace {

// RFC 4180: a cell holding a comma, a quote or a line break is quoted, its quotes doubled.
void AppendCell(std::string_view text, std::string& out) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
    out += text;
    return;
  }
  out += '"';
  for (char character : text) {
    if (character == '"') out += '"';
    out += character;
  }
  out += '"';
}

void AppendValue(const JsonValue* value, std::string& out) {
  if (value == nullptr) return;
  switch (value->type) {
    case JsonValue::Type::kNumber:
    case JsonValue::Type::kString:
      AppendCell(value->text, out);
      return;
    case JsonValue::Type::kObject: {
      // The hex fallback: CSV has no objects, so it becomes text with a marker.
      const JsonValue* hex = value->Find("hex");
      if (hex != nullptr) AppendCell("hex:" + hex->text, out);
      return;
    }
    default:
      return;
  }
}

}  // namespace

CsvWriter::CsvWriter(const RecordPlan& plan) : plan_(plan) {
  naming_ = true;
  VisitRange(0, static_cast<uint32_t>(plan_.ops.size()), nullptr, "");
  naming_ = false;
  cells_.assign(column_names_.size(), nullptr);
}

void CsvWriter::WriteHeader(std::string& out) const {
  for (size_t column = 0; column < column_names_.size(); ++column) {
    if (column > 0) out += ',';
    AppendCell(column_names_[column], out);
  }
  out += "\r\n";
}

void CsvWriter::WriteRow(const JsonValue& record, std::string& out) {
  cells_.clear();
  VisitRange(0, static_cast<uint32_t>(plan_.ops.size()), &record, "");
  for (size_t column = 0; column < cells_.size(); ++column) {
    if (column > 0) out += ',';
    AppendValue(cells_[column], out);
  }
  out += "\r\n";
}

void CsvWriter::VisitRange(uint32_t begin, uint32_t end, const JsonValue* object,
                           const std::string& subscripts) {
  for (uint32_t index = begin; index < end;) {
    const PlanOp& op = plan_.ops[index];
    if (op.op == OpKind::kViewSetBegin) {
      // Every view has its columns; the members of the views shown are keys of this object.
      for (uint32_t member = index + 1; member < op.end; member = plan_.ops[member].end + 1) {
        VisitRange(member + 1, plan_.ops[member].end, object, subscripts);
      }
      index = op.end + 1;
      continue;
    }
    const JsonValue* value = nullptr;
    if (object != nullptr && object->type == JsonValue::Type::kObject) {
      value = object->Find(op.name);
    }
    VisitOp(index, value, subscripts);
    index = (op.op == OpKind::kField) ? index + 1 : op.end + 1;
  }
}

void CsvWriter::VisitOp(uint32_t index, const JsonValue* value, const std::string& subscripts) {
  const PlanOp& op = plan_.ops[index];
  switch (op.op) {
    case OpKind::kField:
      if (naming_) {
        column_names_.push_back(subscripts.empty() ? op.path : op.path + "(" + subscripts + ")");
      } else {
        cells_.push_back(value);
      }
      return;
    case OpKind::kGroupBegin:
      VisitRange(index + 1, op.end, value, subscripts);
      return;
    case OpKind::kArrayBegin:
      // A column per occurrence up to the OCCURS maximum, so every row has the same columns.
      for (uint64_t element = 0; element < op.occurs_max; ++element) {
        const JsonValue* item = nullptr;
        if (value != nullptr && value->type == JsonValue::Type::kArray &&
            element < value->items.size()) {
          item = &value->items[element];
        }
        if (!naming_) {
          VisitOp(index + 1, item, subscripts);
          continue;
        }
        VisitOp(index + 1, item,
                (subscripts.empty() ? "" : subscripts + ",") + std::to_string(element + 1));
      }
      return;
    default:
      return;
  }
}

}  // namespace remint::codec
