// INITIALIZE (cobc's cb_emit_initialize): every elementary item of each target, in storage
// order, gets its VALUE (TO VALUE, when it has one), else the REPLACING value of its category,
// moved as MOVE moves it, else (with neither TO VALUE nor REPLACING, or THEN TO DEFAULT) the
// default of its category: spaces, zero, the edited forms of those. Inside a group, FILLER items
// are left alone unless WITH FILLER, items with REDEFINES or RENAMES always; the target itself is
// initialized whatever it is, and each occurrence of a table. All checked against cobc (INITIALIZE
// of a record, its subordinates, subscripted items, REPLACING with literals and items).
#include <fmt/format.h>

#include <string>

#include "emitters/cpp/code_writer.h"
#include "emitters/cpp/emit_move.h"
#include "ir/move_rules.h"

namespace remint::emit_cpp {
namespace {

// The category REPLACING names an item by. cobc counts a numeric DISPLAY item with BLANK WHEN
// ZERO as numeric-edited and index items as numeric (REPLACING NUMERIC sets them).
auto CategoryOfItem(const ir::Module& module, const ir::Field& field)
    -> std::optional<ir::DataCategory> {
  if (IsNumericEdited(module, field)) return ir::DataCategory::kNumericEdited;
  const ir::DataCategory category = ir::CategoryOf(module, field.type);
  switch (category) {
    case ir::DataCategory::kNumeric:
    case ir::DataCategory::kIndex:
      return ir::DataCategory::kNumeric;
    case ir::DataCategory::kAlphanumeric:
    case ir::DataCategory::kAlphabetic:
    case ir::DataCategory::kAlphanumericEdited:
    case ir::DataCategory::kNational:
      return category;
    default:
      return std::nullopt;
  }
}

auto ItemName(const ir::Module& module, const ir::Field& field) -> std::string_view {
  return field.name.is_valid() && !module.str(field.name).empty() ? module.str(field.name)
                                                                  : "FILLER";
}

class Initializer {
 public:
  Initializer(EmitContext& context, SourceLoc loc, const ir::InitializeStatement& node)
      : context_(context), module_(context.module), loc_(loc), node_(node) {}

  // The target of the statement: initialized whatever it is (FILLER, REDEFINES).
  auto Target(const DataOperand& operand) -> bool {
    const ir::Field& field = module_.field(operand.field);
    if (node_.to_value && field.initial_value.is_valid()) {
      // TO VALUE: the item's VALUE as storage holds it at the start, a group's as a whole.
      WriteInitialValue(context_, operand.field, operand.address);
      return true;
    }
    if (!field.children.empty()) return Group(operand);
    return Elementary(operand);
  }

 private:
  auto Group(const DataOperand& group) -> bool {
    const ir::Field& parent = module_.field(group.field);
    for (ir::FieldId id : parent.children) {
      const ir::Field& child = module_.field(id);
      if (child.view != ir::ViewKind::kNone) continue;
      if (!node_.with_filler && (!child.name.is_valid() || module_.str(child.name).empty())) {
        continue;
      }
      const uint64_t offset = child.offset - parent.offset;
      DataOperand operand;
      operand.field = id;
      operand.size = fmt::format("{}", child.size);
      operand.static_size = child.size;
      operand.address = AddressPlus(group.address, offset);
      if (!child.array) {
        if (!Target(operand)) return false;
        continue;
      }
      const ir::ArrayShape& shape = *child.array;
      if (shape.dimensions.size() != 1 || shape.dimensions[0].depending_on.is_valid() ||
          shape.dimensions[0].upper_bound.is_valid()) {
        context_.Unsupported(child.loc, "INITIALIZE of a table with OCCURS DEPENDING ON");
        return false;
      }
      // cobc initializes the first occurrence and copies it over the others, the parts
      // REPLACING leaves alone included (checked against cobc); a table nothing in which is
      // initialized stays as it is.
      if (!Touches(id)) continue;
      const int64_t count = shape.dimensions[0].upper - shape.dimensions[0].lower + 1;
      if (!Target(operand)) return false;
      if (count > 1) {
        context_.out.Line(fmt::format(
            "for (int i = 1; i < {0}; ++i) std::memcpy({1} + i * {2}, {1}, {2});  // {3}", count,
            operand.address, child.size, ItemName(module_, child)));
      }
    }
    return true;
  }

  // Whether a subordinate item skipped by nothing has an elementary item INITIALIZE changes.
  auto Touches(ir::FieldId id) -> bool {
    const ir::Field& field = module_.field(id);
    if (node_.to_value && field.initial_value.is_valid()) return true;
    if (!field.children.empty()) {
      for (ir::FieldId child_id : field.children) {
        const ir::Field& child = module_.field(child_id);
        if (child.view != ir::ViewKind::kNone) continue;
        if (!node_.with_filler && (!child.name.is_valid() || module_.str(child.name).empty())) {
          continue;
        }
        if (Touches(child_id)) return true;
      }
      return false;
    }
    if (node_.to_default || (!node_.to_value && node_.replacing.empty())) return true;
    std::optional<ir::DataCategory> category = CategoryOfItem(module_, field);
    for (const ir::InitializeReplacing& replacing : node_.replacing) {
      if (category && replacing.category == *category) return true;
    }
    return false;
  }

  auto Elementary(const DataOperand& item) -> bool {
    const ir::Field& field = module_.field(item.field);
    const std::string_view name = ItemName(module_, field);
    std::optional<ir::DataCategory> category = CategoryOfItem(module_, field);
    if (!category || *category == ir::DataCategory::kNational) {
      context_.Unsupported(loc_, fmt::format("INITIALIZE of '{}' ({})", name,
                                             ir::KindName(module_.types().kind(field.type))));
      return false;
    }
    for (const ir::InitializeReplacing& replacing : node_.replacing) {
      if (replacing.category != *category) continue;
      std::optional<std::string> call = Replace(item, replacing.value);
      if (!call) {
        context_.Unsupported(loc_, fmt::format("INITIALIZE ... REPLACING of '{}'", name));
        return false;
      }
      Write(*call, name);
      return true;
    }
    const bool to_default = node_.to_default || (!node_.to_value && node_.replacing.empty());
    if (!to_default) return true;
    std::optional<std::string> call = Default(item, *category);
    if (!call) {
      context_.Unsupported(loc_, fmt::format("INITIALIZE of '{}'", name));
      return false;
    }
    Write(*call, name);
    return true;
  }

  // REPLACING category BY value: MOVE value TO the item.
  auto Replace(const DataOperand& item, ir::ExpressionId value) -> std::optional<std::string> {
    const ir::Field& field = module_.field(item.field);
    if (module_.types().Is<ir::IndexType>(field.type)) {
      // An index item takes the value's integer part, as SET does.
      std::optional<std::string> number = FixedLiteral(module_, value);
      if (!number) {
        std::optional<DataOperand> from = context_.Data(value);
        std::optional<std::string> format = from && !from->reference_modified
                                                ? context_.StorageFormat(module_.field(from->field))
                                                : std::nullopt;
        if (!format) return std::nullopt;
        number = fmt::format("{}::Read({})", *format, from->address);
      }
      return fmt::format("cobrt::Store<cobrt::IndexItem>({}, {});", item.address, *number);
    }
    std::optional<MoveSource> source = MoveSourceOf(context_, value);
    std::optional<ir::MoveConversion> conversion = ir::ClassifyMove(module_, value, field.type);
    if (!source || !conversion) return std::nullopt;
    return MoveCall(context_, *source, item, *conversion);
  }

  // The default of each category: spaces, zero, and their edited forms (an index item 0).
  auto Default(const DataOperand& item, ir::DataCategory category) -> std::optional<std::string> {
    const ir::Field& field = module_.field(item.field);
    switch (category) {
      case ir::DataCategory::kAlphanumeric:
      case ir::DataCategory::kAlphabetic:
        return fmt::format("std::memset({}, ' ', {});", item.address, item.size);
      case ir::DataCategory::kAlphanumericEdited: {
        std::optional<std::string> spaces = EditedSpaces(context_, field);
        if (!spaces) return std::nullopt;
        return fmt::format("std::memcpy({}, {}, {});", item.address, CppStringLiteral(*spaces),
                           spaces->size());
      }
      case ir::DataCategory::kNumericEdited: {
        std::optional<std::string> picture = EditedTargetArguments(context_, item.field);
        if (!picture) return std::nullopt;
        return fmt::format("cobrt::MoveZeroToEdited({}, {});", item.address, *picture);
      }
      case ir::DataCategory::kNumeric: {
        std::optional<std::string> format = context_.StorageFormat(field);
        if (!format) return std::nullopt;
        return fmt::format("cobrt::Store<{}>({}, cobrt::Fixed<1, 0>{{0}});", *format, item.address);
      }
      default:
        return std::nullopt;
    }
  }

  void Write(const std::string& call, std::string_view name) {
    context_.out.Line(fmt::format("{}  // {}", call, name));
  }

  EmitContext& context_;
  const ir::Module& module_;
  SourceLoc loc_;
  const ir::InitializeStatement& node_;
};

}  // namespace

void EmitInitialize(EmitContext& context, SourceLoc loc, const ir::InitializeStatement& node) {
  context.out.Comment(fmt::format("INITIALIZE {}", context.SourceComment(loc)));
  for (ir::ExpressionId target : node.targets) {
    std::optional<DataOperand> operand = context.Data(target);
    if (!operand || operand->reference_modified) {
      context.Unsupported(loc, "INITIALIZE of this item");
      return;
    }
    Initializer initializer(context, loc, node);
    if (!initializer.Target(*operand)) return;
  }
}

}  // namespace remint::emit_cpp
