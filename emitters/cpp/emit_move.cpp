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
  uint64_t size = 0;
  const ir::Field* field = nullptr;  // null for literals
};

auto IsJustified(const ir::Module& module, const ir::Field& field) -> bool {
  if (const auto* x = module.types().TryGet<ir::AlphanumericType>(field.type)) return x->justified;
  if (const auto* a = module.types().TryGet<ir::AlphabeticType>(field.type)) return a->justified;
  return false;
}

// A data item or alphanumeric literal as bytes; nullopt for anything else.
auto BytesOperand(const EmitContext& context, ir::ExpressionId id) -> std::optional<Operand> {
  const ir::Module& module = context.module;
  if (module.expressions().Is<ir::DataRefExpression>(id)) {
    std::optional<ir::FieldId> item = PlainField(module, id);
    if (!item) return std::nullopt;
    std::optional<std::string> address = context.FieldAddress(*item);
    if (!address) return std::nullopt;
    const ir::Field& field = module.field(*item);
    return Operand{*address, field.size, &field};
  }
  if (const auto* literal = module.expressions().TryGet<ir::StringLiteralExpression>(id)) {
    if (literal->form == ir::LiteralForm::kNational) return std::nullopt;
    const std::string_view bytes = module.str(literal->value);
    return Operand{fmt::format("reinterpret_cast<const uint8_t*>({})", CppStringLiteral(bytes)),
                   bytes.size(), nullptr};
  }
  return std::nullopt;
}

auto MoveOne(EmitContext& context, ir::ExpressionId source, ir::ExpressionId target_id,
             ir::MoveConversion conversion) -> std::optional<std::string> {
  const ir::Module& module = context.module;
  std::optional<Operand> target = BytesOperand(context, target_id);
  if (!target || target->field == nullptr) return std::nullopt;
  const ir::Field& to = *target->field;
  const std::string to_address = target->address;
  const auto* figurative = module.expressions().TryGet<ir::FigurativeExpression>(source);
  switch (conversion) {
    case ir::MoveConversion::kByteCopy:
    case ir::MoveConversion::kAlphanumeric: {
      std::optional<Operand> from = BytesOperand(context, source);
      if (!from) break;
      return fmt::format("cobrt::MoveAlphanumeric({}, {}, {}, {}{});", from->address, from->size,
                         to_address, to.size,
                         IsJustified(module, to) ? ", /*justified_right=*/true" : "");
    }
    case ir::MoveConversion::kFigurativeFill: {
      if (const auto* all = module.expressions().TryGet<ir::AllLiteralExpression>(source)) {
        // ALL "AB" repeats the literal over the whole item; the bytes are known now.
        const auto* literal =
            module.expressions().TryGet<ir::StringLiteralExpression>(all->literal);
        if (literal == nullptr || literal->form == ir::LiteralForm::kNational ||
            module.types().Is<ir::DecimalType>(to.type)) {
          break;
        }
        const std::string_view pattern = module.str(literal->value);
        if (pattern.empty()) break;
        std::string bytes;
        while (bytes.size() < to.size) bytes += pattern;
        bytes.resize(to.size);
        return fmt::format("std::memcpy({}, {}, {});", to_address, CppStringLiteral(bytes),
                           to.size);
      }
      if (figurative == nullptr) break;
      if (module.types().Is<ir::DecimalType>(to.type)) {
        if (figurative->constant != ir::FigurativeConstant::kZero) break;
        std::optional<std::string> format = context.StorageFormat(to);
        if (!format) break;
        return fmt::format("cobrt::Store<{}>({}, cobrt::Fixed<1, 0>{{0}});", *format, to_address);
      }
      std::optional<std::string> byte = FigurativeBytes(figurative->constant);
      if (!byte) break;
      return fmt::format("std::memset({}, {}, {});", to_address,
                         static_cast<int>(static_cast<unsigned char>(byte->front())), to.size);
    }
    case ir::MoveConversion::kNumeric: {
      std::optional<std::string> to_format = context.StorageFormat(to);
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
      if (!from || from->field == nullptr) break;
      std::optional<std::string> from_format = context.StorageFormat(*from->field);
      if (!from_format) break;
      return fmt::format("cobrt::MoveNumeric<{}, {}>({}, {});", *from_format, *to_format,
                         from->address, to_address);
    }
    case ir::MoveConversion::kNumericToAlphanumeric: {
      std::optional<Operand> from = BytesOperand(context, source);
      if (!from || from->field == nullptr) break;
      std::optional<std::string> from_format = context.StorageFormat(*from->field);
      if (!from_format) break;
      return fmt::format("cobrt::MoveNumericToAlphanumeric<{}>({}, {}, {}{});", *from_format,
                         from->address, to_address, to.size,
                         IsJustified(module, to) ? ", /*justified_right=*/true" : "");
    }
    case ir::MoveConversion::kAlphanumericToNumeric: {
      std::optional<Operand> from = BytesOperand(context, source);
      // A literal source is moved at compile time by cobc (cb_build_move_literal), by rules
      // of its own; only items go through the run-time conversion.
      if (!from || from->field == nullptr) break;
      std::optional<std::string> to_format = context.StorageFormat(to);
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
