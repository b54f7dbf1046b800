// The MOVEs of the file and sort statements' FROM and INTO phrases (WRITE / REWRITE / RELEASE
// ... FROM, READ / RETURN ... INTO), as cobc's cb_build_move between the operand and the record.
#include <fmt/format.h>

#include <string>
#include <vector>

#include "emitters/cpp/code_writer.h"
#include "emitters/cpp/emit_file.h"
#include "ir/move_rules.h"

namespace remint::emit_cpp {
namespace {

auto IsJustified(const ir::Module& module, const ir::Field& field) -> bool {
  if (const auto* x = module.types().TryGet<ir::AlphanumericType>(field.type)) return x->justified;
  if (const auto* a = module.types().TryGet<ir::AlphabeticType>(field.type)) return a->justified;
  return false;
}

// Whether a table inside `id` has OCCURS DEPENDING ON an item that is itself inside `id`. As a
// MOVE's receiving item such a group takes its maximum size, whatever the count (checked with
// cobc: RETURN or MOVE into the record with a count of 2 fills all of it).
auto HoldsItsOwnCounter(const ir::Module& module, ir::FieldId id) -> bool {
  const ir::Field& group = module.field(id);
  std::vector<ir::FieldId> pending(group.children.begin(), group.children.end());
  while (!pending.empty()) {
    const ir::Field& item = module.field(pending.back());
    pending.pop_back();
    if (item.array && item.array->dimensions.size() == 1 &&
        item.array->dimensions[0].depending_on.is_valid()) {
      const ir::Field& counter = module.field(item.array->dimensions[0].depending_on);
      if (counter.block == group.block && counter.offset >= group.offset &&
          counter.offset < group.offset + group.size) {
        return true;
      }
    }
    pending.insert(pending.end(), item.children.begin(), item.children.end());
  }
  return false;
}

}  // namespace

// The MOVE of WRITE/REWRITE ... FROM into the record named (cobc's cb_build_move from the FROM
// operand to the record): alphanumeric and group moves, figurative fills, numeric items into an
// alphanumeric record.
auto FromMove(EmitContext& context, ir::ExpressionId from, ir::FieldId record_id,
              const std::string& record_address) -> std::optional<std::string> {
  const ir::Module& module = context.module;
  const ir::Field& record = module.field(record_id);
  std::optional<ir::MoveConversion> conversion = ir::ClassifyMove(module, from, record.type);
  if (!conversion) return std::nullopt;
  const bool justified = IsJustified(module, record);
  const std::string justify = justified ? ", /*justified_right=*/true" : "";
  std::string source;
  std::string source_size;
  const ir::Field* source_item = nullptr;
  if (std::optional<DataOperand> data = context.Data(from)) {
    source = data->address;
    source_size = data->size;
    if (!data->reference_modified) source_item = &module.field(data->field);
  } else if (const auto* literal = module.expressions().TryGet<ir::StringLiteralExpression>(from)) {
    if (literal->form == ir::LiteralForm::kNational) return std::nullopt;
    const std::string_view bytes = module.str(literal->value);
    source = fmt::format("reinterpret_cast<const uint8_t*>({})", CppStringLiteral(bytes));
    source_size = fmt::format("{}", bytes.size());
  }
  switch (*conversion) {
    case ir::MoveConversion::kByteCopy:
    case ir::MoveConversion::kAlphanumeric:
      if (source.empty()) return std::nullopt;
      return fmt::format("cobrt::MoveAlphanumeric({}, {}, {}, {}{});", source, source_size,
                         record_address, record.size, justify);
    case ir::MoveConversion::kFigurativeFill: {
      const auto* figurative = module.expressions().TryGet<ir::FigurativeExpression>(from);
      if (figurative == nullptr || module.types().Is<ir::DecimalType>(record.type)) break;
      std::optional<std::string> byte = FigurativeBytes(figurative->constant);
      if (!byte) break;
      return fmt::format("std::memset({}, {}, {});", record_address,
                         static_cast<int>(static_cast<unsigned char>(byte->front())), record.size);
    }
    case ir::MoveConversion::kNumericToAlphanumeric: {
      if (source_item == nullptr) break;
      std::optional<std::string> format = context.StorageFormat(*source_item);
      if (!format) break;
      return fmt::format("cobrt::MoveNumericToAlphanumeric<{}>({}, {}, {}{});", *format, source,
                         record_address, record.size, justify);
    }
    default:
      break;
  }
  return std::nullopt;
}

// READ ... INTO: the record as an alphanumeric item of the length read moved to the item
// (cobc moves the file's record field, whose size the READ set).
auto IntoMove(EmitContext& context, const std::string& area, ir::ExpressionId into,
              const std::string& length) -> std::optional<std::string> {
  const ir::Module& module = context.module;
  std::optional<DataOperand> target = context.Data(into);
  if (!target) return std::nullopt;
  const ir::Field& field = module.field(target->field);
  const std::string source = fmt::format("{} + 0", area);
  const bool bytes = target->reference_modified || !field.children.empty() ||
                     module.types().Is<ir::AlphanumericType>(field.type) ||
                     module.types().Is<ir::AlphabeticType>(field.type);
  if (bytes) {
    const bool justified = !target->reference_modified && IsJustified(module, field);
    const std::string size =
        !target->reference_modified && HoldsItsOwnCounter(module, target->field)
            ? fmt::format("{}", field.size)
            : target->size;
    return fmt::format("cobrt::MoveAlphanumeric({}, {}, {}, {}{});", source, length,
                       target->address, size, justified ? ", /*justified_right=*/true" : "");
  }
  if (module.types().Is<ir::DecimalType>(field.type)) {
    std::optional<std::string> format = context.StorageFormat(field);
    if (!format) return std::nullopt;
    return fmt::format("cobrt::MoveAlphanumericToNumeric<{}>({}, {}, {});", *format, source, length,
                       target->address);
  }
  return std::nullopt;
}

}  // namespace remint::emit_cpp
