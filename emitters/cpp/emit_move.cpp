// MOVE -> cobrt's edit layer (runtime/edit/move.h, edited.h), one call per receiving item,
// chosen by the conversion the IR recorded for it (ir::MoveConversion, derived by
// ir/move_rules.cpp). cobc lays down the bytes of many literal moves when it compiles the
// program (cb_build_move_literal), by rules of its own that differ from libcob's run-time
// moves; the literal cases below follow those rules.
#include "emitters/cpp/emit_move.h"

#include <fmt/format.h>

#include <algorithm>
#include <string>

#include "emitters/cpp/code_writer.h"
#include "ir/move_rules.h"

namespace remint::emit_cpp {
namespace {

auto Justified(const ir::Module& module, const DataOperand& operand) -> const char* {
  return IsJustified(module, operand) ? ", /*justified_right=*/true" : "";
}

auto BytesOf(std::string_view bytes) -> std::string {
  return fmt::format("reinterpret_cast<const uint8_t*>({})", CppStringLiteral(bytes));
}

// The item as a number in its storage: a numeric item neither reference-modified nor edited.
auto DecimalOf(const ir::Module& module, const DataOperand& operand) -> const ir::DecimalType* {
  const ir::Field& field = module.field(operand.field);
  if (operand.reference_modified || IsNumericEdited(module, field)) return nullptr;
  return module.types().TryGet<ir::DecimalType>(field.type);
}

// The digits of a numeric literal as written, without sign or point: the data of cobc's
// literal ("007" for 007, "0012" for +0012), what an alphanumeric receiver gets.
auto LiteralDigitsAsWritten(const ir::Module& module, const ir::NumericLiteralExpression& literal)
    -> std::string {
  std::string digits;
  for (char c : module.str(literal.text)) {
    if (c >= '0' && c <= '9') digits += c;
  }
  return digits;
}

// A source as bytes: an item's, an alphanumeric literal's, or a numeric literal's digits as
// written (cobc moves those as they are into alphanumeric and group items).
struct Bytes {
  std::string address;
  std::string size;
  std::optional<uint64_t> static_size;
};
auto SourceBytes(const ir::Module& module, const MoveSource& source) -> std::optional<Bytes> {
  if (source.item) return Bytes{source.item->address, source.item->size, source.item->static_size};
  const ir::ExpressionArena& expressions = module.expressions();
  if (const auto* literal = expressions.TryGet<ir::StringLiteralExpression>(source.constant)) {
    if (literal->form == ir::LiteralForm::kNational) return std::nullopt;
    const std::string_view bytes = module.str(literal->value);
    return Bytes{BytesOf(bytes), fmt::format("{}", bytes.size()), bytes.size()};
  }
  if (const auto* number = expressions.TryGet<ir::NumericLiteralExpression>(source.constant)) {
    if (number->form != ir::NumericLiteralForm::kFixed) return std::nullopt;
    const std::string digits = LiteralDigitsAsWritten(module, *number);
    return Bytes{BytesOf(digits), fmt::format("{}", digits.size()), digits.size()};
  }
  return std::nullopt;
}

// cobc's cb_fits_int for a literal's data: no decimals and at most nine significant characters
// (ten when at most 2147483647).
auto FitsInt(std::string_view data, int32_t scale) -> bool {
  if (scale > 0) return false;
  const size_t first = std::min(data.find_first_not_of('0'), data.size());
  const std::string_view significant = data.substr(first);
  if (significant.size() < 10) return true;
  return significant.size() == 10 && significant <= "2147483647";
}

// A numeric literal into a numeric item. cobc stores the literal's digits when it compiles a
// move into a DISPLAY item of the literal's scale (sign trailing, not separate), signing the
// result only when the digits left are not all zero (-1000 into S9(3) gives "000", checked
// against cobc); it computes packed and (binary-truncate=no) binary values of at most nine
// digits then, and leaves every other move to libcob, which reads the literal as a signed
// DISPLAY field and keeps its sign (-0 into S9(3)V9 gives "000p", -10000.0 into S9(3) gives
// "00p"; checked against cobc). cobrt::Store keeps the sign even when the cut leaves zero.
auto NumericLiteralToNumeric(EmitContext& context, const ir::NumericLiteralExpression& literal,
                             ir::ExpressionId id, const DataOperand& target)
    -> std::optional<std::string> {
  const ir::Module& module = context.module;
  const ir::Field& field = module.field(target.field);
  const ir::DecimalType* decimal = DecimalOf(module, target);
  std::optional<std::string> format = context.StorageFormat(field);
  if (decimal == nullptr || !format || literal.form != ir::NumericLiteralForm::kFixed) {
    return std::nullopt;
  }
  const std::string written = LiteralDigitsAsWritten(module, literal);
  const bool sign_apart =
      decimal->is_signed &&
      (decimal->sign_position == ir::SignPosition::kLeading || decimal->sign_separate);
  if (decimal->encoding == ir::DecimalEncoding::kZoned && decimal->scale == literal.scale &&
      !sign_apart && !field.blank_when_zero) {
    // The digits that fit, cut on the left; a negative literal whose digits left are all zero
    // stores a positive zero.
    std::string digits = std::string(module.str(literal.digits));
    if (digits.size() > decimal->digits) digits = digits.substr(digits.size() - decimal->digits);
    const size_t first = digits.find_first_not_of('0');
    if (first == std::string::npos) {
      return fmt::format("cobrt::Store<{}>({}, cobrt::Fixed<1, 0>{{0}});", *format, target.address);
    }
    digits = digits.substr(first);
    if (digits.size() <= 18) {
      return fmt::format("cobrt::Store<{}>({}, cobrt::Fixed<{}, {}>{{{}{}LL}});", *format,
                         target.address, digits.size(), literal.scale, literal.negative ? "-" : "",
                         digits);
    }
  }
  const bool compiled_value = (decimal->encoding == ir::DecimalEncoding::kPacked &&
                               decimal->scale >= 0 && FitsInt(written, literal.scale) &&
                               written.size() + static_cast<size_t>(decimal->scale) <= 9) ||
                              decimal->encoding == ir::DecimalEncoding::kBinary ||
                              decimal->encoding == ir::DecimalEncoding::kNative;
  if (compiled_value) {
    // Binary items hold no negative zero; packed ones get the value's sign, as cobc's
    // cob_set_packed_int and cob_set_packed_zero give it.
    if (std::optional<std::string> value = FixedLiteral(module, id)) {
      return fmt::format("cobrt::Store<{}>({}, {});", *format, target.address, *value);
    }
  }
  std::optional<LiteralField> source = NumericLiteralField(module, id);
  if (!source) return std::nullopt;
  return fmt::format("cobrt::MoveNumeric<{}, {}>({}, {});", source->format, *format, source->bytes,
                     target.address);
}

// An alphanumeric literal into a numeric item (cb_build_move_literal): a DISPLAY item of scale
// 0 (sign trailing, not separate) gets the literal's bytes right-aligned, zero-filled and cut
// on the left when cobc compiles the program ("ABC" into 9(5) gives "00ABC", "12.5" gives
// "012.5", "-12" into S9(5) gives "00-12"; checked against cobc); packed and (binary-truncate
// =no) binary items get a value cobc computes from the characters; the rest is libcob's scan.
auto AlphanumericLiteralToNumeric(EmitContext& context, std::string_view bytes,
                                  const DataOperand& target) -> std::optional<std::string> {
  const ir::Module& module = context.module;
  const ir::Field& field = module.field(target.field);
  const ir::DecimalType* decimal = DecimalOf(module, target);
  std::optional<std::string> format = context.StorageFormat(field);
  if (decimal == nullptr || !format) return std::nullopt;
  const bool sign_apart =
      decimal->is_signed &&
      (decimal->sign_position == ir::SignPosition::kLeading || decimal->sign_separate);
  if (decimal->encoding == ir::DecimalEncoding::kZoned && decimal->scale == 0 && !sign_apart &&
      !field.blank_when_zero) {
    const auto size = static_cast<size_t>(field.size);
    std::string stored = bytes.size() >= size
                             ? std::string(bytes.substr(bytes.size() - size))
                             : std::string(size - bytes.size(), '0') + std::string(bytes);
    return fmt::format("std::memcpy({}, {}, {});", target.address, CppStringLiteral(stored), size);
  }
  const bool all_digits =
      std::all_of(bytes.begin(), bytes.end(), [](char c) { return c >= '0' && c <= '9'; });
  const bool compiled_value =
      FitsInt(bytes, 0) &&
      ((decimal->encoding == ir::DecimalEncoding::kPacked && decimal->scale >= 0 &&
        bytes.size() + static_cast<size_t>(decimal->scale) <= 9) ||
       ((decimal->encoding == ir::DecimalEncoding::kBinary ||
         decimal->encoding == ir::DecimalEncoding::kNative) &&
        !context.options.binary_truncate && field.size <= 8));
  // cobc reads each character as a digit (c - '0'), which only digits survive unchanged.
  if (compiled_value && !all_digits) return std::nullopt;
  return fmt::format("cobrt::MoveAlphanumericToNumeric<{}{}>({}, {}, {});", *format,
                     DecimalPointArgument(context), BytesOf(bytes), bytes.size(), target.address);
}

// Figurative constants and ALL literals into items that are not edited.
auto FigurativeMove(EmitContext& context, const MoveSource& source, const DataOperand& target)
    -> std::optional<std::string> {
  const ir::Module& module = context.module;
  const ir::ExpressionArena& expressions = module.expressions();
  const ir::Field& field = module.field(target.field);
  const ir::DecimalType* decimal = DecimalOf(module, target);
  if (!source.constant.is_valid()) return std::nullopt;
  // ALL SPACES and the like are the figurative constant itself.
  ir::ExpressionId constant = source.constant;
  if (const auto* all = expressions.TryGet<ir::AllLiteralExpression>(constant)) {
    if (expressions.Is<ir::FigurativeExpression>(all->literal)) constant = all->literal;
  }
  if (const auto* all = expressions.TryGet<ir::AllLiteralExpression>(constant)) {
    const auto* literal = expressions.TryGet<ir::StringLiteralExpression>(all->literal);
    if (literal == nullptr || literal->form == ir::LiteralForm::kNational) return std::nullopt;
    const std::string_view pattern = module.str(literal->value);
    if (pattern.empty()) return std::nullopt;
    auto repeated = [&](uint64_t size) {
      std::string bytes;
      while (bytes.size() < size) bytes += pattern;
      bytes.resize(size);
      return bytes;
    };
    if (decimal != nullptr) {
      // libcob fills a DISPLAY temporary of 38 digits with the pattern and moves that number
      // (ALL "12" into 9(3) gives "212"); a zoned receiver takes any character as a digit.
      std::optional<std::string> format = context.StorageFormat(field);
      const bool digits = pattern.find_first_not_of("0123456789") == std::string_view::npos;
      if (!format || (decimal->encoding != ir::DecimalEncoding::kZoned && !digits)) {
        return std::nullopt;
      }
      return fmt::format(
          "cobrt::MoveNumeric<cobrt::Zoned<38, 0, cobrt::ZonedSign::kUnsigned>, "
          "{}>({}, {});",
          *format, BytesOf(repeated(38)), target.address);
    }
    if (!target.static_size) {
      return fmt::format("cobrt::FillRepeating({}, {}, {}, {});", BytesOf(pattern), pattern.size(),
                         target.address, target.size);
    }
    return fmt::format("std::memcpy({}, {}, {});", target.address,
                       CppStringLiteral(repeated(*target.static_size)), target.size);
  }
  const auto* figurative = expressions.TryGet<ir::FigurativeExpression>(constant);
  if (figurative == nullptr) return std::nullopt;
  std::optional<std::string> byte = context.FigurativeBytes(figurative->constant);
  if (!byte) return std::nullopt;
  if (decimal != nullptr && figurative->constant == ir::FigurativeConstant::kZero &&
      !field.blank_when_zero) {
    std::optional<std::string> format = context.StorageFormat(field);
    if (!format) return std::nullopt;
    return fmt::format("cobrt::Store<{}>({}, cobrt::Fixed<1, 0>{{0}});", *format, target.address);
  }
  // SPACE, HIGH-VALUE, LOW-VALUE and QUOTE fill any item byte for byte, a numeric one too, and
  // ZERO fills BLANK WHEN ZERO items with spaces (cb_build_move_zero).
  const unsigned char fill =
      decimal != nullptr && figurative->constant == ir::FigurativeConstant::kZero
          ? ' '
          : static_cast<unsigned char>(byte->front());
  return fmt::format("std::memset({}, {}, {});", target.address, static_cast<int>(fill),
                     target.size);
}

}  // namespace

auto MoveSourceOf(const EmitContext& context, ir::ExpressionId id) -> std::optional<MoveSource> {
  if (context.module.expressions().Is<ir::DataRefExpression>(id) ||
      context.module.expressions().Is<ir::SpecialRegisterExpression>(id)) {
    std::optional<DataOperand> item = context.Data(id);
    if (!item) return std::nullopt;
    return MoveSource{std::move(item), ir::ExpressionId()};
  }
  return MoveSource{std::nullopt, id};
}

// A MOVE from or to RETURN-CODE (a native int, S9(9) for cobc): numeric moves through its
// storage format, to alphanumeric items as its digits.
auto RegisterMove(EmitContext& context, const MoveSource& source, const DataOperand& target,
                  ir::MoveConversion conversion) -> std::optional<std::string> {
  const ir::Module& module = context.module;
  const std::optional<std::string> to_format = context.NumericFormat(target);
  if (!source.item) {
    if (!target.register_format || conversion != ir::MoveConversion::kNumeric) return std::nullopt;
    if (const auto* figurative =
            module.expressions().TryGet<ir::FigurativeExpression>(source.constant)) {
      if (figurative->constant != ir::FigurativeConstant::kZero) return std::nullopt;
      return fmt::format("cobrt::Store<{}>({}, cobrt::Fixed<1, 0>{{0}});", *to_format,
                         target.address);
    }
    std::optional<std::string> literal = FixedLiteral(module, source.constant);
    if (!literal) return std::nullopt;
    return fmt::format("cobrt::Store<{}>({}, {});", *to_format, target.address, *literal);
  }
  const std::optional<std::string> from_format = context.NumericFormat(*source.item);
  if (!from_format) return std::nullopt;
  if (to_format) {
    return fmt::format("cobrt::MoveNumeric<{}, {}>({}, {});", *from_format, *to_format,
                       source.item->address, target.address);
  }
  if (conversion == ir::MoveConversion::kNumericToAlphanumeric && !target.register_format) {
    return fmt::format("cobrt::MoveNumericToAlphanumeric<{}>({}, {}, {});", *from_format,
                       source.item->address, target.address, target.size);
  }
  return std::nullopt;
}

auto MoveCall(EmitContext& context, const MoveSource& source, const DataOperand& target,
              ir::MoveConversion conversion) -> std::optional<std::string> {
  if (target.register_format || (source.item && source.item->register_format)) {
    return RegisterMove(context, source, target, conversion);
  }
  const ir::Module& module = context.module;
  const ir::Field& target_field = module.field(target.field);
  if (source.item && !source.item->reference_modified &&
      IsNumericEdited(module, module.field(source.item->field))) {
    // A numeric item with BLANK WHEN ZERO is numeric-edited to cobc: de-edited into numeric
    // items, copied as bytes into alphanumeric ones.
    if (conversion == ir::MoveConversion::kNumeric) conversion = ir::MoveConversion::kDeEdit;
    if (conversion == ir::MoveConversion::kNumericToAlphanumeric) {
      conversion = ir::MoveConversion::kAlphanumeric;
    }
  }
  // National items hold UTF-16; nothing moves into or out of them yet.
  if (source.item && !source.item->reference_modified &&
      module.types().Is<ir::NationalType>(module.field(source.item->field).type)) {
    return std::nullopt;
  }
  if (!target.reference_modified) {
    if (module.types().Is<ir::NationalType>(target_field.type)) return std::nullopt;
    if (conversion != ir::MoveConversion::kByteCopy &&
        (IsNumericEdited(module, target_field) || IsAlphanumericEdited(module, target_field))) {
      return EditedMoveCall(context, source, target, conversion);
    }
  }
  const auto* number =
      source.constant.is_valid()
          ? module.expressions().TryGet<ir::NumericLiteralExpression>(source.constant)
          : nullptr;
  const ir::DecimalType* source_decimal = source.item ? DecimalOf(module, *source.item) : nullptr;
  switch (conversion) {
    case ir::MoveConversion::kNumericToAlphanumeric:
      if (source_decimal != nullptr) {
        std::optional<std::string> format = context.StorageFormat(module.field(source.item->field));
        if (!format) return std::nullopt;
        return fmt::format("cobrt::MoveNumericToAlphanumeric<{}>({}, {}, {}{});", *format,
                           source.item->address, target.address, target.size,
                           Justified(module, target));
      }
      [[fallthrough]];  // a numeric literal: its digits as written
    case ir::MoveConversion::kByteCopy:
    case ir::MoveConversion::kAlphanumeric: {
      std::optional<Bytes> from = SourceBytes(module, source);
      if (!from) return std::nullopt;
      return fmt::format("cobrt::MoveAlphanumeric({}, {}, {}, {}{});", from->address, from->size,
                         target.address, target.size, Justified(module, target));
    }
    case ir::MoveConversion::kFigurativeFill:
      return FigurativeMove(context, source, target);
    case ir::MoveConversion::kNumeric: {
      const ir::DecimalType* decimal = DecimalOf(module, target);
      if (decimal == nullptr) return std::nullopt;
      std::optional<std::string> to_format = context.StorageFormat(target_field);
      if (!to_format) return std::nullopt;
      if (number != nullptr) {
        return NumericLiteralToNumeric(context, *number, source.constant, target);
      }
      if (source_decimal == nullptr) return std::nullopt;
      std::optional<std::string> from_format =
          context.StorageFormat(module.field(source.item->field));
      if (!from_format) return std::nullopt;
      return fmt::format("cobrt::MoveNumeric<{}, {}>({}, {});", *from_format, *to_format,
                         source.item->address, target.address);
    }
    case ir::MoveConversion::kAlphanumericToNumeric: {
      std::optional<std::string> to_format = context.StorageFormat(target_field);
      if (DecimalOf(module, target) == nullptr || !to_format) return std::nullopt;
      if (!source.item) {
        const auto* literal =
            module.expressions().TryGet<ir::StringLiteralExpression>(source.constant);
        if (literal == nullptr || literal->form == ir::LiteralForm::kNational) return std::nullopt;
        const std::string_view bytes = module.str(literal->value);
        // cobc moves a literal of nothing but spaces as SPACE: the item's bytes become spaces.
        if (!bytes.empty() && bytes.find_first_not_of(' ') == std::string_view::npos) {
          return fmt::format("std::memset({}, ' ', {});", target.address, target.size);
        }
        return AlphanumericLiteralToNumeric(context, bytes, target);
      }
      return fmt::format("cobrt::MoveAlphanumericToNumeric<{}{}>({}, {}, {});", *to_format,
                         DecimalPointArgument(context), source.item->address, source.item->size,
                         target.address);
    }
    case ir::MoveConversion::kDeEdit:
      return EditedMoveCall(context, source, target, conversion);
    default:
      break;
  }
  return std::nullopt;
}

namespace {

// Whether `id` lies inside the group `group` (or is it).
auto Within(const ir::Module& module, ir::FieldId id, ir::FieldId group) -> bool {
  for (ir::FieldId up = id; up.is_valid(); up = module.field(up).parent) {
    if (up == group) return true;
  }
  return false;
}

// The OCCURS DEPENDING ON item of a table below `id`, or an invalid id.
auto DependingObjectBelow(const ir::Module& module, ir::FieldId id) -> ir::FieldId {
  for (ir::FieldId child : module.field(id).children) {
    const ir::Field& item = module.field(child);
    if (item.array && item.array->dimensions.size() == 1 &&
        item.array->dimensions[0].depending_on.is_valid()) {
      return item.array->dimensions[0].depending_on;
    }
    if (ir::FieldId below = DependingObjectBelow(module, child); below.is_valid()) return below;
  }
  return {};
}

}  // namespace

// cobc gives a receiving group that contains the DEPENDING ON item of its table its maximum
// length (its output_size of a receiving reference), so MOVE ODO-RECORD TO NEW-RECORD moves
// every occurrence whatever NEW-RECORD's count held; a group whose count lies outside it takes
// its current length (both checked against cobc).
auto AsReceiving(const ir::Module& module, DataOperand target) -> DataOperand {
  if (target.reference_modified || target.static_size || !target.field.is_valid()) return target;
  const ir::FieldId object = DependingObjectBelow(module, target.field);
  if (!object.is_valid() || !Within(module, object, target.field)) return target;
  const uint64_t size = module.field(target.field).size;
  target.size = fmt::format("{}", size);
  target.static_size = size;
  return target;
}

void EmitMove(EmitContext& context, SourceLoc loc, const ir::MoveStatement& node) {
  const ir::Module& module = context.module;
  std::optional<MoveSource> source = MoveSourceOf(context, node.source);
  if (!source) {
    context.Unsupported(loc, "this MOVE source");
    return;
  }
  if (node.corresponding) {
    // MOVE CORRESPONDING a TO b: each pair moved as its own MOVE (cobc's emit_corresponding).
    for (ir::ExpressionId target_id : node.targets) {
      std::optional<DataOperand> target = context.Data(target_id);
      if (!source->item || !target) {
        context.Unsupported(loc, "MOVE CORRESPONDING of these operands");
        return;
      }
      const std::vector<CorrespondingPair> pairs =
          CorrespondingPairs(context, *source->item, *target, /*elementary=*/false,
                             /*target_order=*/false);
      if (pairs.empty()) {
        context.out.Line(fmt::format("// MOVE CORRESPONDING: no corresponding items  {}",
                                     context.SourceComment(loc)));
      }
      for (const CorrespondingPair& pair : pairs) {
        const ir::Field& from = module.field(pair.source.field);
        const ir::Field& to = module.field(pair.target.field);
        std::optional<ir::MoveConversion> conversion =
            ir::ClassifyItemMove(module, from.type, to.type);
        std::optional<std::string> call =
            conversion ? MoveCall(context, MoveSource{pair.source, {}}, pair.target, *conversion)
                       : std::nullopt;
        if (!call) {
          context.Unsupported(loc, fmt::format("MOVE CORRESPONDING of '{}'", module.str(to.name)));
          return;
        }
        context.out.Line(fmt::format("{}  // MOVE CORRESPONDING {} {}", *call, module.str(to.name),
                                     context.SourceComment(loc)));
      }
    }
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
    std::optional<DataOperand> target = context.Data(node.targets[i]);
    if (target) target = AsReceiving(module, *target);
    std::optional<std::string> call =
        target ? MoveCall(context, *source, *target, conversion) : std::nullopt;
    if (!call) {
      context.Unsupported(loc, fmt::format("a MOVE with the '{}' conversion of these operands",
                                           ir::Spelling(conversion)));
      return;
    }
    context.out.Line(fmt::format("{}  // MOVE {}", *call, context.SourceComment(loc)));
  }
}

}  // namespace remint::emit_cpp
