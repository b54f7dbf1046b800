// MOVE -> cobrt's edit layer (runtime/edit/move.h), one call per receiving item, chosen by the
// conversion the IR recorded for it (ir::MoveConversion, derived by ir/move_rules.cpp).
#include <fmt/format.h>

#include <string>

#include "emitters/cpp/code_writer.h"
#include "emitters/cpp/emit_context.h"

namespace remint::emit_cpp {
namespace {

struct Operand {
  std::string address;  // const uint8_t* expression
  std::string size;     // a size_t expression
  std::optional<uint64_t> static_size;
  const ir::Field* field = nullptr;  // null for literals and special registers
  bool is_data = false;              // a data item or register, not a literal
  bool reference_modified = false;
  // The storage format of a numeric item or register moved by value.
  std::optional<std::string> numeric_format;
};

auto IsJustified(const ir::Module& module, const Operand& operand) -> bool {
  if (operand.field == nullptr || operand.reference_modified) return false;
  const ir::Field& field = *operand.field;
  if (const auto* x = module.types().TryGet<ir::AlphanumericType>(field.type)) return x->justified;
  if (const auto* a = module.types().TryGet<ir::AlphabeticType>(field.type)) return a->justified;
  return false;
}

// A data item or alphanumeric literal as bytes; nullopt for anything else.
auto BytesOperand(const EmitContext& context, ir::ExpressionId id) -> std::optional<Operand> {
  const ir::Module& module = context.module;
  if (std::optional<DataOperand> data = context.Data(id)) {
    return Operand{data->address,
                   data->size,
                   data->static_size,
                   data->field.is_valid() ? &module.field(data->field) : nullptr,
                   true,
                   data->reference_modified,
                   context.NumericFormat(*data)};
  }
  if (const auto* literal = module.expressions().TryGet<ir::StringLiteralExpression>(id)) {
    if (literal->form == ir::LiteralForm::kNational) return std::nullopt;
    const std::string_view bytes = module.str(literal->value);
    return Operand{fmt::format("reinterpret_cast<const uint8_t*>({})", CppStringLiteral(bytes)),
                   fmt::format("{}", bytes.size()), bytes.size(), nullptr, false, false,
                   std::nullopt};
  }
  return std::nullopt;
}

auto MoveOne(EmitContext& context, ir::ExpressionId source, ir::ExpressionId target_id,
             ir::MoveConversion conversion) -> std::optional<std::string> {
  const ir::Module& module = context.module;
  std::optional<Operand> target = BytesOperand(context, target_id);
  if (!target || !target->is_data) return std::nullopt;
  const std::string to_address = target->address;
  // The receiving item's format when it is numeric.
  const std::optional<std::string>& to_numeric = target->numeric_format;
  const auto* figurative = module.expressions().TryGet<ir::FigurativeExpression>(source);
  switch (conversion) {
    case ir::MoveConversion::kByteCopy:
    case ir::MoveConversion::kAlphanumeric: {
      std::optional<Operand> from = BytesOperand(context, source);
      if (!from) break;
      return fmt::format("cobrt::MoveAlphanumeric({}, {}, {}, {}{});", from->address, from->size,
                         to_address, target->size,
                         IsJustified(module, *target) ? ", /*justified_right=*/true" : "");
    }
    case ir::MoveConversion::kFigurativeFill: {
      if (const auto* all = module.expressions().TryGet<ir::AllLiteralExpression>(source)) {
        // ALL "AB" repeats the literal over the whole item; the bytes are known now.
        const auto* literal =
            module.expressions().TryGet<ir::StringLiteralExpression>(all->literal);
        if (literal == nullptr || literal->form == ir::LiteralForm::kNational ||
            !target->static_size ||
            to_numeric) {
          break;
        }
        const std::string_view pattern = module.str(literal->value);
        if (pattern.empty()) break;
        std::string bytes;
        while (bytes.size() < *target->static_size) bytes += pattern;
        bytes.resize(*target->static_size);
        return fmt::format("std::memcpy({}, {}, {});", to_address, CppStringLiteral(bytes),
                           target->size);
      }
      if (figurative == nullptr) break;
      if (to_numeric) {
        if (figurative->constant != ir::FigurativeConstant::kZero) break;
        const std::optional<std::string>& format = to_numeric;
        if (!format) break;
        return fmt::format("cobrt::Store<{}>({}, cobrt::Fixed<1, 0>{{0}});", *format, to_address);
      }
      std::optional<std::string> byte = FigurativeBytes(figurative->constant);
      if (!byte) break;
      return fmt::format("std::memset({}, {}, {});", to_address,
                         static_cast<int>(static_cast<unsigned char>(byte->front())),
                         target->size);
    }
    case ir::MoveConversion::kNumeric: {
      const std::optional<std::string>& to_format = to_numeric;
      if (!to_format) break;
      if (figurative != nullptr && figurative->constant == ir::FigurativeConstant::kZero) {
        return fmt::format("cobrt::Store<{}>({}, cobrt::Fixed<1, 0>{{0}});", *to_format,
                           to_address);
      }
      if (module.expressions().Is<ir::NumericLiteralExpression>(source)) {
        std::optional<std::string> literal = FixedLiteral(module, source);
        if (!literal) break;
        // MOVE never rounds: the literal is cut to the item's scale and digits.
        return fmt::format("cobrt::Store<{}>({}, {});", *to_format, to_address, *literal);
      }
      std::optional<Operand> from = BytesOperand(context, source);
      if (!from || !from->numeric_format) break;
      const std::optional<std::string>& from_format = from->numeric_format;
      return fmt::format("cobrt::MoveNumeric<{}, {}>({}, {});", *from_format, *to_format,
                         from->address, to_address);
    }
    case ir::MoveConversion::kNumericToAlphanumeric: {
      std::optional<Operand> from = BytesOperand(context, source);
      if (!from || !from->numeric_format) break;
      const std::optional<std::string>& from_format = from->numeric_format;
      return fmt::format("cobrt::MoveNumericToAlphanumeric<{}>({}, {}, {}{});", *from_format,
                         from->address, to_address, target->size,
                         IsJustified(module, *target) ? ", /*justified_right=*/true" : "");
    }
    case ir::MoveConversion::kAlphanumericToNumeric: {
      std::optional<Operand> from = BytesOperand(context, source);
      // A literal source is moved at compile time by cobc (cb_build_move_literal), by rules
      // of its own; only items go through the run-time conversion.
      if (!from || !from->is_data) break;
      const std::optional<std::string>& to_format = to_numeric;
      if (!to_format) break;
      return fmt::format("cobrt::MoveAlphanumericToNumeric<{}>({}, {}, {});", *to_format,
                         from->address, from->size, to_address);
    }
    default:
      break;
  }
  return std::nullopt;
}

}  // namespace

void EmitMove(EmitContext& context, SourceLoc loc, const ir::MoveStatement& node) {
  if (node.corresponding) {
    context.Unsupported(loc, "MOVE CORRESPONDING");
    return;
  }
  for (size_t i = 0; i < node.targets.size(); ++i) {
    const ir::MoveConversion conversion =
        i < node.conversions.size() ? node.conversions[i] : ir::MoveConversion::kByteCopy;
    // A FUNCTION source: emit_intrinsic.cpp writes the MOVE and reports what it cannot.
    if (context.module.expressions().Is<ir::IntrinsicCallExpression>(node.source)) {
      std::optional<std::string> call = IntrinsicMove(context, node.source, node.targets[i]);
      if (!call) return;
      context.out.Line(fmt::format("{}  // MOVE {}", *call, context.SourceComment(loc)));
      continue;
    }
    std::optional<std::string> call = MoveOne(context, node.source, node.targets[i], conversion);
    if (!call) {
      context.Unsupported(loc, fmt::format("a MOVE with the '{}' conversion of these operands",
                                           ir::Spelling(conversion)));
      return;
    }
    context.out.Line(fmt::format("{}  // MOVE {}", *call, context.SourceComment(loc)));
  }
}

}  // namespace remint::emit_cpp
