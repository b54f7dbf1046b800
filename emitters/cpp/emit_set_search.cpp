// SET and SEARCH -> C++, as cobc 3.1.2 compiles them (checked with `cobc -C` and by running):
//  - index names and USAGE INDEX items are native ints holding an occurrence number: SET idx TO
//    a literal, index or item stores the integer (an item's integer part, cob_get_int); SET
//    item TO idx moves the integer into the item (cob_set_int); UP BY / DOWN BY add the
//    integer part of their operand;
//  - SET condition-name TO TRUE moves its first VALUE (the low end of a THRU range) into its
//    variable, TO FALSE its WHEN SET TO FALSE value; SET switch TO ON / OFF sets the switch;
//  - SEARCH runs from the index's current value: past the table's end (its OCCURS, or the
//    DEPENDING ON item's value) AT END runs; otherwise the first WHEN that holds runs and the
//    search ends; else the index goes up by one and a VARYING item other than the table's own
//    index is set to it;
//  - SEARCH ALL probes as cobc's binary search does: bounds 0 and the table's end + 1, the
//    middle (low + high) / 2, each key compared in the WHEN's order (an ASCENDING key as key
//    against value, a DESCENDING one as value against key); the first unequal key moves the low
//    bound up when negative, else the high bound down. Which duplicate key is found follows.
#include <fmt/format.h>

#include <string>
#include <vector>

#include "emitters/cpp/code_writer.h"
#include "emitters/cpp/emit_condition_operands.h"
#include "emitters/cpp/emit_context.h"

namespace remint::emit_cpp {
namespace {

auto IsIndexItem(const ir::Module& module, const ir::Field& field) -> bool {
  return module.types().Is<ir::IndexType>(field.type);
}

// The value an index name receives from a SET or SEARCH operand: an integer literal, an index,
// or an item's integer part.
auto IndexOperand(const EmitContext& context, ir::ExpressionId id) -> std::optional<std::string> {
  if (!id.is_valid()) return std::nullopt;
  const auto* literal = context.module.expressions().TryGet<ir::NumericLiteralExpression>(id);
  if (literal != nullptr && literal->scale != 0) return std::nullopt;
  return context.IntegerExpression(id);
}

auto WriteIndex(const std::string& address, const std::string& value) -> std::string {
  return fmt::format("cobrt::IndexItem::Write({}, int64_t{{{}}});", address, value);
}

auto ReadIndex(const std::string& address) -> std::string {
  return fmt::format("cobrt::IndexItem::Read({}).mantissa", address);
}

// SET target TO value: one statement, or nullopt when not translated.
auto SetTo(const EmitContext& context, ir::ExpressionId target, ir::ExpressionId value)
    -> std::optional<std::string> {
  const ir::Module& module = context.module;
  std::optional<DataOperand> item = context.Data(target);
  if (!item || item->reference_modified) return std::nullopt;
  const ir::Field& field = module.field(item->field);
  if (IsIndexItem(module, field)) {
    std::optional<std::string> integer = IndexOperand(context, value);
    if (!integer) return std::nullopt;
    return WriteIndex(item->address, *integer);
  }
  // SET item TO index: the occurrence number moved into the item, as a MOVE does.
  std::optional<DataOperand> index = context.Data(value);
  std::optional<std::string> format = context.StorageFormat(field);
  if (!index || index->reference_modified || !IsIndexItem(module, module.field(index->field)) ||
      !format || !module.types().Is<ir::DecimalType>(field.type)) {
    return std::nullopt;
  }
  return fmt::format("cobrt::Store<{}>({}, cobrt::IndexItem::Read({}));", *format, item->address,
                     index->address);
}

// The bytes a literal or figurative constant gives an alphanumeric item of `size` bytes, as a
// MOVE of it does (figuratives and ALL repeated, literals padded with spaces or cut, on the
// right unless JUSTIFIED RIGHT).
auto MovedBytes(const EmitContext& context, ir::ExpressionId value, uint64_t size, bool justified)
    -> std::optional<std::string> {
  const ir::Module& module = context.module;
  const ir::ExpressionArena& expressions = module.expressions();
  std::string pattern;
  bool repeated = false;
  if (const auto* figurative = expressions.TryGet<ir::FigurativeExpression>(value)) {
    std::optional<std::string> bytes = context.FigurativeBytes(figurative->constant);
    if (!bytes) return std::nullopt;
    pattern = *bytes;
    repeated = true;
  } else if (const auto* all = expressions.TryGet<ir::AllLiteralExpression>(value)) {
    const auto* literal = expressions.TryGet<ir::StringLiteralExpression>(all->literal);
    if (literal == nullptr || literal->form == ir::LiteralForm::kNational) return std::nullopt;
    pattern = std::string(module.str(literal->value));
    repeated = true;
  } else if (const auto* literal = expressions.TryGet<ir::StringLiteralExpression>(value)) {
    if (literal->form == ir::LiteralForm::kNational) return std::nullopt;
    pattern = std::string(module.str(literal->value));
  } else {
    return std::nullopt;
  }
  if (pattern.empty()) return std::nullopt;
  std::string bytes;
  if (repeated) {
    while (bytes.size() < size) bytes += pattern;
    bytes.resize(size);
  } else if (justified) {
    bytes = pattern.size() >= size ? pattern.substr(pattern.size() - size)
                                   : std::string(size - pattern.size(), ' ') + pattern;
  } else {
    bytes = pattern.substr(0, size);
    bytes.resize(size, ' ');
  }
  return bytes;
}

// SET condition-name TO TRUE / FALSE: `value` moved into the conditional variable.
auto SetCondition(const EmitContext& context, const ir::ConditionNameRefExpression& ref,
                  ir::ExpressionId value) -> std::optional<std::string> {
  const ir::Module& module = context.module;
  const ir::Field& field = module.field(module.condition_names().Get(ref.condition).field);
  std::optional<std::string> address = ConditionVariableAddress(context, ref);
  if (!address || !value.is_valid()) return std::nullopt;
  const ir::TypeArena& types = module.types();
  if (field.children.empty() && types.Is<ir::DecimalType>(field.type)) {
    std::optional<std::string> format = context.StorageFormat(field);
    const auto* zero = module.expressions().TryGet<ir::FigurativeExpression>(value);
    std::optional<std::string> literal =
        zero != nullptr && zero->constant == ir::FigurativeConstant::kZero
            ? std::optional<std::string>("cobrt::Fixed<1, 0>{0}")
            : FixedLiteral(module, value);
    if (!format || !literal) return std::nullopt;
    return fmt::format("cobrt::Store<{}>({}, {});", *format, *address, *literal);
  }
  bool justified = false;
  if (const auto* x = types.TryGet<ir::AlphanumericType>(field.type)) {
    justified = x->justified;
  } else if (const auto* a = types.TryGet<ir::AlphabeticType>(field.type)) {
    justified = a->justified;
  } else if (field.children.empty()) {
    return std::nullopt;
  }
  std::optional<std::string> bytes = MovedBytes(context, value, field.size, justified);
  if (!bytes) return std::nullopt;
  return fmt::format("std::memcpy({}, {}, {});", *address, CppStringLiteral(*bytes), field.size);
}

}  // namespace

void EmitSet(EmitContext& context, SourceLoc loc, const ir::SetStatement& node) {
  const ir::Module& module = context.module;
  const ir::ExpressionArena& expressions = module.expressions();
  for (ir::ExpressionId target : node.targets) {
    std::optional<std::string> statement;
    const char* what = "SET";
    std::string description;
    if (std::optional<DataOperand> item = context.Data(target)) {
      description = fmt::format("SET {} {}", module.str(module.field(item->field).name),
                                node.form == ir::SetForm::kUpBy     ? "UP BY"
                                : node.form == ir::SetForm::kDownBy ? "DOWN BY"
                                                                    : "TO");
    }
    switch (node.form) {
      case ir::SetForm::kTo:
        statement = SetTo(context, target, node.value);
        break;
      case ir::SetForm::kUpBy:
      case ir::SetForm::kDownBy: {
        what = node.form == ir::SetForm::kUpBy ? "SET ... UP BY" : "SET ... DOWN BY";
        std::optional<DataOperand> item = context.Data(target);
        std::optional<std::string> by = IndexOperand(context, node.value);
        if (!item || item->reference_modified || !by ||
            !IsIndexItem(module, module.field(item->field))) {
          break;
        }
        statement = WriteIndex(item->address,
                               fmt::format("{} {} {}", ReadIndex(item->address),
                                           node.form == ir::SetForm::kUpBy ? "+" : "-", *by));
        break;
      }
      case ir::SetForm::kConditionTrue:
      case ir::SetForm::kConditionFalse: {
        const auto* ref = expressions.TryGet<ir::ConditionNameRefExpression>(target);
        if (ref == nullptr) break;
        const ir::ConditionName& condition = module.condition_names().Get(ref->condition);
        const bool to_true = node.form == ir::SetForm::kConditionTrue;
        what = to_true ? "SET ... TO TRUE" : "SET ... TO FALSE";
        description =
            fmt::format("SET {} TO {}", module.str(condition.name), to_true ? "TRUE" : "FALSE");
        statement = SetCondition(
            context, *ref,
            to_true ? (condition.values.empty() ? ir::ExpressionId() : condition.values[0].value)
                    : condition.false_value);
        break;
      }
      case ir::SetForm::kSwitchOn:
      case ir::SetForm::kSwitchOff: {
        const auto* ref = expressions.TryGet<ir::SwitchRefExpression>(target);
        if (ref == nullptr) break;
        what = "SET switch";
        description = fmt::format("SET {} TO {}", module.str(ref->name),
                                  node.form == ir::SetForm::kSwitchOn ? "ON" : "OFF");
        std::optional<int> number = SwitchNumber(module.str(ref->device));
        if (!number) break;
        statement = fmt::format("cobrt::SetSwitch({}, {});", *number,
                                node.form == ir::SetForm::kSwitchOn ? "true" : "false");
        break;
      }
      case ir::SetForm::kAddressOf:
        what = "SET ADDRESS OF";
        break;
    }
    if (!statement) {
      context.Unsupported(loc, fmt::format("this {} statement", what));
      return;
    }
    context.out.Line(fmt::format("{}  // {} {}", *statement,
                                 description.empty() ? what : description,
                                 context.SourceComment(loc)));
  }
}

namespace {

// The table a SEARCH names, its search index, and its end.
struct SearchedTable {
  const ir::Field* table = nullptr;
  ir::FieldId index_field;
  std::string index;  // the index name's address
  std::string end;    // the last occurrence, an int64_t expression
};

auto SearchTable(EmitContext& context, const ir::SearchStatement& node)
    -> std::optional<SearchedTable> {
  const ir::Module& module = context.module;
  const auto* reference = module.expressions().TryGet<ir::DataRefExpression>(node.table);
  if (reference == nullptr) return std::nullopt;
  SearchedTable searched;
  searched.table = &module.field(reference->field);
  const ir::Field& table = *searched.table;
  if (!table.array || table.array->dimensions.size() != 1 || table.array->indexed_by.empty()) {
    return std::nullopt;
  }
  // VARYING one of the table's own indexes searches with it; otherwise the first one.
  ir::FieldId index = table.array->indexed_by.front();
  const auto* varying = node.varying.is_valid()
                            ? module.expressions().TryGet<ir::DataRefExpression>(node.varying)
                            : nullptr;
  if (varying != nullptr) {
    for (ir::FieldId own : table.array->indexed_by) {
      if (own == varying->field) index = own;
    }
  }
  std::optional<std::string> index_address = FieldAddress(context, index, {});
  if (!index_address) return std::nullopt;
  searched.index_field = index;
  searched.index = *index_address;
  const ir::ArrayDimension& dimension = table.array->dimensions[0];
  if (dimension.depending_on.is_valid()) {
    // OCCURS ... DEPENDING ON: the end is the item's integer value when the search starts
    // each pass, as cobc reads it (cob_get_int).
    const ir::Field& depending = module.field(dimension.depending_on);
    std::optional<std::string> address = FieldAddress(context, dimension.depending_on, {});
    std::optional<std::string> format = context.StorageFormat(depending);
    if (!address || !format) return std::nullopt;
    searched.end = fmt::format("static_cast<int64_t>(cobrt::TruncateTo<0>({}::Read({})).mantissa)",
                               *format, *address);
  } else if (dimension.upper_bound.is_valid()) {
    return std::nullopt;
  } else {
    searched.end = fmt::format("{}", dimension.upper);
  }
  return searched;
}

// SEARCH ... VARYING an item that is not one of the table's indexes: the statement giving it
// the search index's new value, "" for none.
auto VaryingUpdate(EmitContext& context, const ir::SearchStatement& node,
                   const SearchedTable& searched) -> std::optional<std::string> {
  if (!node.varying.is_valid()) return std::string();
  const ir::Module& module = context.module;
  std::optional<DataOperand> item = context.Data(node.varying);
  if (!item || item->reference_modified) return std::nullopt;
  if (item->field == searched.index_field) return std::string();
  const ir::Field& field = module.field(item->field);
  if (IsIndexItem(module, field)) return WriteIndex(item->address, ReadIndex(searched.index));
  std::optional<std::string> format = context.StorageFormat(field);
  if (!format) return std::nullopt;
  return fmt::format("cobrt::Store<{}>({}, cobrt::IndexItem::Read({}));", *format, item->address,
                     searched.index);
}

// SEARCH ALL: the comparisons that steer the binary search, one per key relation of the WHEN
// in its order (nullopt, reported, for a condition that is not an AND of key relations).
void KeyComparisons(EmitContext& context, const ir::Field& table, ir::ExpressionId id,
                    std::vector<std::string>& comparisons, bool& ok) {
  const ir::Module& module = context.module;
  const ir::ExpressionArena& expressions = module.expressions();
  auto key_order = [&](ir::FieldId field) -> std::optional<bool> {
    for (const ir::ArrayKey& key : table.array->keys) {
      if (key.key == field) return key.ascending;
    }
    return std::nullopt;
  };
  auto key_of = [&](ir::ExpressionId operand) -> std::optional<bool> {
    const auto* reference = expressions.TryGet<ir::DataRefExpression>(operand);
    return reference == nullptr ? std::nullopt : key_order(reference->field);
  };
  if (const auto* logical = expressions.TryGet<ir::LogicalExpression>(id)) {
    if (logical->op == ir::LogicalOperator::kAnd) {
      KeyComparisons(context, table, logical->left, comparisons, ok);
      KeyComparisons(context, table, logical->right, comparisons, ok);
      return;
    }
  } else if (const auto* relation = expressions.TryGet<ir::RelationalExpression>(id)) {
    std::optional<bool> left_key = key_of(relation->left);
    std::optional<bool> right_key = left_key ? std::nullopt : key_of(relation->right);
    if (relation->op == ir::RelationalOperator::kEqual && (left_key || right_key)) {
      const ir::ExpressionId key = left_key ? relation->left : relation->right;
      const ir::ExpressionId value = left_key ? relation->right : relation->left;
      const bool ascending = left_key ? *left_key : *right_key;
      std::optional<std::string> compared =
          ascending ? ComparisonExpression(context, key, value, expressions.loc(id))
                    : ComparisonExpression(context, value, key, expressions.loc(id));
      if (!compared) {
        ok = false;
        return;
      }
      comparisons.push_back(*compared);
      return;
    }
  } else if (const auto* ref = expressions.TryGet<ir::ConditionNameRefExpression>(id)) {
    // A condition-name of a key with one value stands for key = value.
    const ir::ConditionName& condition = module.condition_names().Get(ref->condition);
    std::optional<bool> ascending = key_order(condition.field);
    std::optional<std::string> address = ConditionVariableAddress(context, *ref);
    if (ascending && address && condition.values.size() == 1 &&
        !condition.values[0].thru.is_valid()) {
      const ConditionOperand key = ItemOperand(context, module.field(condition.field), *address);
      const ConditionOperand value = ClassifyOperand(context, condition.values[0].value);
      std::optional<std::string> compared =
          *ascending ? Comparison(key, value) : Comparison(value, key);
      if (!compared) {
        compared = *ascending ? Comparison(value, key) : Comparison(key, value);
        if (compared) compared = "-" + *compared;
      }
      if (compared) {
        comparisons.push_back(*compared);
        return;
      }
    }
  }
  context.Unsupported(expressions.loc(id), "this SEARCH ALL condition (an AND of KEY = value)");
  ok = false;
}

void EmitSerialSearch(EmitContext& context, SourceLoc loc, const ir::SearchStatement& node,
                      const SearchedTable& searched) {
  CodeWriter& out = context.out;
  std::optional<std::string> varying = VaryingUpdate(context, node, searched);
  if (!varying) {
    context.Unsupported(loc, "SEARCH ... VARYING this item");
    return;
  }
  std::vector<std::string> conditions;
  for (const ir::SearchWhen& when : node.whens) {
    std::optional<std::string> condition = ConditionExpression(context, when.condition);
    if (!condition) return;
    conditions.push_back(*condition);
  }
  out.Comment(fmt::format("SEARCH {}  {}", context.module.str(searched.table->name),
                          context.SourceComment(loc)));
  out.Open("while (true)");
  out.Open(fmt::format("if ({} > {})", ReadIndex(searched.index), searched.end));
  if (node.at_end) {
    out.Comment("AT END");
    EmitStatements(context, *node.at_end);
  }
  out.Line("break;");
  out.Close();
  for (size_t i = 0; i < node.whens.size(); ++i) {
    out.Comment(fmt::format("WHEN {}", context.SourceComment(context.module.expressions().loc(
                                           node.whens[i].condition))));
    out.Open(fmt::format("if ({})", conditions[i]));
    EmitStatements(context, node.whens[i].body);
    out.Line("break;");
    out.Close();
  }
  out.Line(WriteIndex(searched.index, ReadIndex(searched.index) + " + 1"));
  if (!varying->empty()) out.Line(*varying);
  out.Close();
}

void EmitBinarySearch(EmitContext& context, SourceLoc loc, const ir::SearchStatement& node,
                      const SearchedTable& searched) {
  CodeWriter& out = context.out;
  if (node.whens.size() != 1 || !searched.table->array || searched.table->array->keys.empty()) {
    context.Unsupported(loc, "this SEARCH ALL");
    return;
  }
  std::vector<std::string> comparisons;
  bool ok = true;
  KeyComparisons(context, *searched.table, node.whens[0].condition, comparisons, ok);
  if (!ok || comparisons.empty()) return;
  out.Comment(fmt::format("SEARCH ALL {}  {}", context.module.str(searched.table->name),
                          context.SourceComment(loc)));
  out.Open("");
  out.Comment("The occurrences still possible lie strictly between low and high.");
  out.Line("int64_t low = 0;");
  out.Line(fmt::format("int64_t high = {} + 1;", searched.end));
  out.Open("while (true)");
  out.Open("if (low >= high - 1)");
  if (node.at_end) {
    out.Comment("AT END");
    EmitStatements(context, *node.at_end);
  }
  out.Line("break;");
  out.Close();
  out.Line("const int64_t middle = (low + high) / 2;");
  out.Line(WriteIndex(searched.index, "middle"));
  out.Comment("The first key that differs decides the direction.");
  out.Line(fmt::format("int order = {};", comparisons[0]));
  for (size_t i = 1; i < comparisons.size(); ++i) {
    out.Line(fmt::format("if (order == 0) order = {};", comparisons[i]));
  }
  out.Comment(fmt::format(
      "WHEN {}", context.SourceComment(context.module.expressions().loc(node.whens[0].condition))));
  out.Open("if (order == 0)");
  EmitStatements(context, node.whens[0].body);
  out.Line("break;");
  out.Close();
  out.Open("if (order < 0)");
  out.Line("low = middle;");
  out.Else();
  out.Line("high = middle;");
  out.Close();
  out.Close();
  out.Close();
}

}  // namespace

void EmitSearch(EmitContext& context, SourceLoc loc, const ir::SearchStatement& node) {
  std::optional<SearchedTable> searched = SearchTable(context, node);
  if (!searched) {
    context.Unsupported(loc,
                        "SEARCH of this table (one dimension, INDEXED BY, fixed or "
                        "DEPENDING ON an item's size)");
    return;
  }
  if (node.all) {
    EmitBinarySearch(context, loc, node, *searched);
  } else {
    EmitSerialSearch(context, loc, node, *searched);
  }
}

}  // namespace remint::emit_cpp
