// Data references -> the address and length of the bytes they name. A table element's address
// adds (subscript - lower bound) * the element's size for each OCCURS above the item, outermost
// subscript first, as cobc computes it; reference modification (start:length) moves the address
// and takes the length, making the item alphanumeric. Subscripts are not checked against the
// bounds, as cobc builds without -debug (the reference harness's build) do not check them.
#include <fmt/format.h>

#include <string>
#include <vector>

#include "emitters/cpp/emit_context.h"
#include "emitters/cpp/emit_sort.h"

namespace remint::emit_cpp {
namespace {

// The address of an item: its record's member, plus the constant offset (left out when 0: a
// record's own first item is the member itself) and the terms computed at run time.
auto Address(const std::string& member, int64_t constant_offset, const std::string& offset_terms)
    -> std::string {
  if (constant_offset == 0 && offset_terms.empty()) return member;
  if (constant_offset == 0) return member + offset_terms;
  return fmt::format("{} + {}{}", member, constant_offset, offset_terms);
}

// A constant integer expression's value (a fixed literal without decimals).
auto IntegerLiteral(const ir::Module& module, ir::ExpressionId id) -> std::optional<int64_t> {
  const auto* literal = module.expressions().TryGet<ir::NumericLiteralExpression>(id);
  if (literal == nullptr || literal->form != ir::NumericLiteralForm::kFixed || literal->scale > 0) {
    return std::nullopt;
  }
  const std::string_view digits = module.str(literal->digits);
  if (digits.empty() || digits.size() > 18) return std::nullopt;
  int64_t value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  for (int32_t i = literal->scale; i < 0; ++i) value *= 10;
  return literal->negative ? -value : value;
}

// The table with OCCURS DEPENDING ON below `id` (not `id` itself: a subscripted reference names
// one occurrence, whose size is fixed), or null. The standard puts it last in its record, so the
// size of `id` ends with its occurrences in use.
auto VariableTable(const ir::Module& module, ir::FieldId id) -> const ir::Field* {
  for (ir::FieldId child : module.field(id).children) {
    const ir::Field& item = module.field(child);
    if (item.array && item.array->dimensions.size() == 1 &&
        item.array->dimensions[0].depending_on.is_valid()) {
      return &item;
    }
    if (const ir::Field* below = VariableTable(module, child)) return below;
  }
  return nullptr;
}

}  // namespace

auto EmitContext::IntegerExpression(ir::ExpressionId id) const -> std::optional<std::string> {
  const ir::ExpressionArena& expressions = module.expressions();
  if (std::optional<int64_t> value = IntegerLiteral(module, id)) return fmt::format("{}", *value);
  // Items, and the registers Data() addresses (RETURN-CODE, SORT-RETURN).
  if (expressions.Is<ir::DataRefExpression>(id) ||
      expressions.Is<ir::SpecialRegisterExpression>(id)) {
    std::optional<DataOperand> item = Data(id);
    if (!item) return std::nullopt;
    std::optional<std::string> format = NumericFormat(*item);
    if (!format) return std::nullopt;
    if (*format == "cobrt::IndexItem") {
      return fmt::format("cobrt::IndexItem::Read({}).mantissa", item->address);
    }
    return fmt::format("static_cast<int64_t>(cobrt::TruncateTo<0>({}::Read({})).mantissa)", *format,
                       item->address);
  }
  if (const auto* binary = expressions.TryGet<ir::BinaryExpression>(id)) {
    // Relative subscripts and indexes: item + n, item - n.
    if (binary->op != ir::ArithmeticOperator::kAdd &&
        binary->op != ir::ArithmeticOperator::kSubtract) {
      return std::nullopt;
    }
    std::optional<std::string> left = IntegerExpression(binary->left);
    std::optional<std::string> right = IntegerExpression(binary->right);
    if (!left || !right) return std::nullopt;
    return fmt::format("({} {} {})", *left, binary->op == ir::ArithmeticOperator::kAdd ? "+" : "-",
                       *right);
  }
  if (const auto* unary = expressions.TryGet<ir::UnaryExpression>(id)) {
    std::optional<std::string> operand = IntegerExpression(unary->operand);
    if (!operand) return std::nullopt;
    return unary->op == ir::UnaryOperator::kPlus ? *operand : fmt::format("(-{})", *operand);
  }
  return std::nullopt;
}

auto EmitContext::NumericFormat(const DataOperand& operand) const -> std::optional<std::string> {
  if (operand.register_format) return operand.register_format;
  if (operand.reference_modified || !operand.field.is_valid()) return std::nullopt;
  const ir::Field& field = module.field(operand.field);
  if (!field.children.empty()) return std::nullopt;
  return StorageFormat(field);
}

auto EmitContext::Data(ir::ExpressionId id) const -> std::optional<DataOperand> {
  if (const auto* special = module.expressions().TryGet<ir::SpecialRegisterExpression>(id)) {
    const bool sort_return = special->which == ir::SpecialRegister::kSortReturn;
    if (special->which != ir::SpecialRegister::kReturnCode && !sort_return) return std::nullopt;
    // The program's SORT-RETURN is a member where it has an SD (emit_sort.cpp).
    if (sort_return && !HasSortFiles(*this)) return std::nullopt;
    // RETURN-CODE: the run's int (cobc's S9(9) BINARY register in native order); SORT-RETURN:
    // the program's, alike.
    DataOperand operand;
    operand.address = sort_return ? "reinterpret_cast<uint8_t*>(&sort_return_)"
                                  : "reinterpret_cast<uint8_t*>(&return_code_)";
    operand.size = "4";
    operand.static_size = 4;
    operand.register_format = "cobrt::IndexItem";
    return operand;
  }
  const auto* reference = module.expressions().TryGet<ir::DataRefExpression>(id);
  if (reference == nullptr) return std::nullopt;
  const ir::Field& field = module.field(reference->field);
  if (!block_members.contains(field.block.index)) return std::nullopt;
  // The tables above the item, innermost first; subscripts are written outermost first.
  std::vector<const ir::Field*> tables;
  for (ir::FieldId up = reference->field; up.is_valid(); up = module.field(up).parent) {
    const ir::Field& item = module.field(up);
    if (!item.array) continue;
    if (item.array->dimensions.size() != 1) return std::nullopt;  // Fortran arrays
    tables.push_back(&item);
  }
  if (reference->subscripts.size() != tables.size()) return std::nullopt;
  DataOperand operand;
  operand.field = reference->field;
  int64_t constant_offset = static_cast<int64_t>(field.offset);
  std::string offset_terms;
  for (size_t i = 0; i < tables.size(); ++i) {
    const ir::Field& table = *tables[tables.size() - 1 - i];
    const ir::ExpressionId subscript = reference->subscripts[i];
    const int64_t lower = table.array->dimensions[0].lower;
    const auto stride = static_cast<int64_t>(table.size);
    if (std::optional<int64_t> value = IntegerLiteral(module, subscript)) {
      constant_offset += (*value - lower) * stride;
      continue;
    }
    std::optional<std::string> value = IntegerExpression(subscript);
    if (!value) return std::nullopt;
    offset_terms += lower == 0 ? fmt::format(" + {} * {}", *value, stride)
                               : fmt::format(" + ({} - {}) * {}", *value, lower, stride);
  }
  const std::string& member = BlockMember(field.block);
  uint64_t size = field.size;
  std::string size_expression = fmt::format("{}", size);
  if (const ir::Field* table = VariableTable(module, reference->field)) {
    // The bytes before the table, then the occurrences the DEPENDING ON item says.
    const ir::ArrayDimension& dimension = table->array->dimensions[0];
    const ir::Field& count = module.field(dimension.depending_on);
    std::optional<std::string> format = StorageFormat(count);
    if (!format || !block_members.contains(count.block.index)) return std::nullopt;
    for (ir::FieldId up = dimension.depending_on; up.is_valid(); up = module.field(up).parent) {
      if (module.field(up).array) return std::nullopt;  // a counter inside a table
    }
    size_expression = fmt::format(
        "static_cast<size_t>({} + static_cast<int64_t>(cobrt::TruncateTo<0>({}::Read({} + "
        "{})).mantissa) * {})",
        table->offset - field.offset, *format, BlockMember(count.block), count.offset, table->size);
  }
  if (!reference->refmod_start.is_valid()) {
    operand.address = Address(member, constant_offset, offset_terms);
    operand.size = size_expression;
    if (size_expression == fmt::format("{}", size)) operand.static_size = size;
    return operand;
  }
  if (size_expression != fmt::format("{}", size)) return std::nullopt;
  // Reference modification: (start:length), start 1-based; without a length, to the end.
  operand.reference_modified = true;
  std::optional<int64_t> start = IntegerLiteral(module, reference->refmod_start);
  std::string start_offset;
  if (start) {
    constant_offset += *start - 1;
  } else {
    std::optional<std::string> value = IntegerExpression(reference->refmod_start);
    if (!value) return std::nullopt;
    start_offset = fmt::format("({} - 1)", *value);
    offset_terms += " + " + start_offset;
  }
  operand.address = Address(member, constant_offset, offset_terms);
  if (reference->refmod_length.is_valid()) {
    if (std::optional<int64_t> length = IntegerLiteral(module, reference->refmod_length)) {
      operand.size = fmt::format("{}", *length);
      operand.static_size = static_cast<uint64_t>(*length);
      return operand;
    }
    std::optional<std::string> length = IntegerExpression(reference->refmod_length);
    if (!length) return std::nullopt;
    operand.size = fmt::format("static_cast<size_t>({})", *length);
    return operand;
  }
  if (start) {
    const int64_t rest = static_cast<int64_t>(size) - (*start - 1);
    operand.size = fmt::format("{}", rest);
    operand.static_size = static_cast<uint64_t>(rest);
    return operand;
  }
  operand.size = fmt::format("static_cast<size_t>({} - {})", size, start_offset);
  return operand;
}

}  // namespace remint::emit_cpp
