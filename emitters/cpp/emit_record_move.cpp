// The MOVEs of the file and sort statements' FROM and INTO phrases (WRITE / REWRITE / RELEASE
// ... FROM, READ / RETURN ... INTO), as cobc's cb_build_move between the operand and the record.
#include <fmt/format.h>

#include <string>
#include <vector>

#include "emitters/cpp/code_writer.h"
#include "emitters/cpp/emit_file.h"
#include "emitters/cpp/emit_move.h"
#include "ir/move_rules.h"

namespace remint::emit_cpp {

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
      std::optional<std::string> byte = context.FigurativeBytes(figurative->constant);
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
  target = AsReceiving(module, *target);
  const ir::Field& field = module.field(target->field);
  const std::string source = fmt::format("{} + 0", area);
  const bool bytes = target->reference_modified || !field.children.empty() ||
                     module.types().Is<ir::AlphanumericType>(field.type) ||
                     module.types().Is<ir::AlphabeticType>(field.type);
  if (bytes) {
    const bool justified = !target->reference_modified && IsJustified(module, field);
    return fmt::format("cobrt::MoveAlphanumeric({}, {}, {}, {}{});", source, length,
                       target->address, target->size,
                       justified ? ", /*justified_right=*/true" : "");
  }
  if (module.types().Is<ir::DecimalType>(field.type)) {
    std::optional<std::string> format = context.StorageFormat(field);
    if (!format) return std::nullopt;
    return fmt::format("cobrt::MoveAlphanumericToNumeric<{}{}>({}, {}, {});", *format,
                       DecimalPointArgument(context), source, length, target->address);
  }
  return std::nullopt;
}

}  // namespace remint::emit_cpp
