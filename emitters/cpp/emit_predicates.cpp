// Condition-names (level 88), class, sign and switch conditions -> C++ predicates.
//  - A condition-name is a member function of the program class, `IsEndOfFile()`, taking the
//    occurrence number of each table its conditional variable lies in (`IsBig(ent)`); it
//    compares the variable with each VALUE, or each VALUE THRU range, as cobc does (the same
//    comparisons as a relation with the variable: numeric by value, alphanumeric padded,
//    figurative constants repeated).
//  - Class conditions test bytes as libcob does (runtime/edit/class_condition.h).
//  - Sign conditions compare the value with zero (`x IS POSITIVE` is `x > ZERO` in cobc).
//  - A switch status is the switch's process-wide state (runtime/io/switches.h).
#include <fmt/format.h>

#include <string>
#include <vector>

#include "emitters/cpp/code_writer.h"
#include "emitters/cpp/emit_condition_operands.h"
#include "emitters/cpp/emit_context.h"
#include "emitters/cpp/naming.h"

namespace remint::emit_cpp {
namespace {

// Whether an item below `id` has OCCURS DEPENDING ON: one occurrence of `id` then varies in
// size at run time. The item's own OCCURS DEPENDING ON does not matter: a reference names one
// occurrence, which has a fixed size.
auto HasVariableSize(const ir::Module& module, ir::FieldId id) -> bool {
  for (ir::FieldId child : module.field(id).children) {
    const ir::Field& field = module.field(child);
    if (field.array) {
      for (const ir::ArrayDimension& dimension : field.array->dimensions) {
        if (dimension.depending_on.is_valid() || dimension.upper_bound.is_valid()) return true;
      }
    }
    if (HasVariableSize(module, child)) return true;
  }
  return false;
}

// The condition-names of `id` and of the items below it, in declaration order.
void CollectConditionNames(const ir::Module& module, ir::FieldId id,
                           std::vector<ir::ConditionNameId>& names) {
  const ir::Field& field = module.field(id);
  for (ir::ConditionNameId name : field.condition_names) names.push_back(name);
  for (ir::FieldId child : field.children) CollectConditionNames(module, child, names);
}

auto UnitConditionNames(const EmitContext& context) -> std::vector<ir::ConditionNameId> {
  std::vector<ir::ConditionNameId> names;
  const ir::Unit& unit = context.module.unit(context.plan.id);
  for (ir::BlockId block : unit.blocks) {
    if (!context.block_members.contains(block.index)) continue;
    for (ir::FieldId field : context.module.block(block).fields) {
      CollectConditionNames(context.module, field, names);
    }
  }
  return names;
}

// The test of a condition-name's VALUEs against `variable`: each value an equality, each VALUE
// a THRU b the range a <= x <= b; nullopt if a comparison is not translated.
auto ValuesTest(const EmitContext& context, const ir::ConditionName& condition,
                const ConditionOperand& variable) -> std::optional<std::string> {
  auto compare = [&](ir::ExpressionId value, const char* op) -> std::optional<std::string> {
    const ConditionOperand operand = ClassifyOperand(context, value);
    if (std::optional<std::string> compared = Comparison(variable, operand)) {
      return fmt::format("{} {} 0", *compared, op);
    }
    if (std::optional<std::string> compared = Comparison(operand, variable)) {
      return fmt::format("0 {} {}", op, *compared);
    }
    return std::nullopt;
  };
  std::string test;
  for (const ir::ConditionValue& value : condition.values) {
    std::string term;
    if (value.thru.is_valid()) {
      std::optional<std::string> low = compare(value.value, ">=");
      std::optional<std::string> high = compare(value.thru, "<=");
      if (!low || !high) return std::nullopt;
      term = fmt::format("({} && {})", *low, *high);
    } else {
      std::optional<std::string> equal = compare(value.value, "==");
      if (!equal) return std::nullopt;
      term = *equal;
    }
    test += test.empty() ? term : " || " + term;
  }
  if (test.empty()) return std::nullopt;
  return test;
}

// The parameters of a condition-name's predicate: one occurrence number per table its
// variable lies in, named after the table.
auto PredicateParameters(const ir::Module& module, ir::FieldId field, NameScope& names)
    -> std::vector<std::string> {
  std::vector<std::string> parameters;
  for (ir::FieldId table : EnclosingTables(module, field)) {
    parameters.push_back(names.Claim(SnakeName(module.str(module.field(table).name), "table")));
  }
  return parameters;
}

struct Predicate {
  std::string parameters;  // "int64_t ent, int64_t row"
  std::string variable;    // the statement naming the conditional variable (value or address)
  std::string test;
};

auto BuildPredicate(const EmitContext& context, const ir::ConditionName& condition)
    -> std::optional<Predicate> {
  const ir::Module& module = context.module;
  const ir::Field& field = module.field(condition.field);
  NameScope names;
  std::vector<std::string> parameters = PredicateParameters(module, condition.field, names);
  std::optional<std::string> address = FieldAddress(context, condition.field, parameters);
  if (!address) return std::nullopt;
  Predicate predicate;
  for (const std::string& parameter : parameters) {
    predicate.parameters += (predicate.parameters.empty() ? "int64_t " : ", int64_t ") + parameter;
  }
  const std::string name = names.Claim(SnakeName(module.str(field.name)));
  const ConditionOperand item = ItemOperand(context, field, name);
  if (item.kind == ConditionOperand::Kind::kNumeric) {
    // A numeric variable compared only with numbers is read once, by value.
    ConditionOperand value = item;
    value.value = name;
    value.address.clear();
    value.format.clear();
    if (std::optional<std::string> test = ValuesTest(context, condition, value)) {
      predicate.variable =
          fmt::format("const auto {} = {}::Read({});", name, item.format, *address);
      predicate.test = *test;
      return predicate;
    }
  }
  std::optional<std::string> test = ValuesTest(context, condition, item);
  if (!test) return std::nullopt;
  predicate.variable = fmt::format("const uint8_t* {} = {};", name, *address);
  predicate.test = *test;
  return predicate;
}

auto ClassTest(EmitContext& context, const ir::ClassConditionExpression& node, SourceLoc loc)
    -> std::optional<std::string> {
  const ir::Module& module = context.module;
  std::optional<DataOperand> item = context.Data(node.operand);
  if (!item) {
    context.Unsupported(loc, "a class condition on this operand");
    return std::nullopt;
  }
  const ir::Field& field = module.field(item->field);
  const ir::TypeArena& types = module.types();
  const bool numeric_item =
      !item->reference_modified && field.children.empty() &&
      (types.Is<ir::DecimalType>(field.type) || types.Is<ir::IndexType>(field.type));
  if (node.data_class == ir::DataClass::kUserDefined) {
    // The item's bytes as stored (checked with cobc for alphanumeric, group and zoned items).
    const auto* decimal = numeric_item ? types.TryGet<ir::DecimalType>(field.type) : nullptr;
    auto constant = context.class_constants.find(std::string(module.str(node.class_name)));
    if (constant == context.class_constants.end() ||
        (numeric_item &&
         (decimal == nullptr || decimal->encoding != ir::DecimalEncoding::kZoned))) {
      context.Unsupported(
          loc, fmt::format("the class condition '{}' here", module.str(node.class_name)));
      return std::nullopt;
    }
    const std::string test =
        fmt::format("cobrt::IsInClass({}, {}, {})", item->address, item->size, constant->second);
    return node.negated ? "!" + test : test;
  }
  std::string test;
  if (numeric_item) {
    std::optional<std::string> format = context.StorageFormat(field);
    if (!format || node.data_class != ir::DataClass::kNumeric) {
      context.Unsupported(loc, "this class condition on a numeric item");
      return std::nullopt;
    }
    const auto* decimal = types.TryGet<ir::DecimalType>(field.type);
    const bool packed = decimal != nullptr && decimal->encoding == ir::DecimalEncoding::kPacked;
    test = fmt::format("cobrt::IsNumeric<{}>({}{})", *format, item->address,
                       packed && context.options.host_sign ? ", /*host_sign=*/true" : "");
  } else {
    const bool bytes = item->reference_modified || !field.children.empty() ||
                       types.Is<ir::AlphanumericType>(field.type) ||
                       types.Is<ir::AlphabeticType>(field.type) ||
                       types.Is<ir::AlphanumericEditedType>(field.type) ||
                       types.Is<ir::NumericEditedType>(field.type);
    if (!bytes) {
      context.Unsupported(loc, "a class condition on this item");
      return std::nullopt;
    }
    const char* function = node.data_class == ir::DataClass::kNumeric      ? "IsNumericText"
                           : node.data_class == ir::DataClass::kAlphabetic ? "IsAlphabetic"
                           : node.data_class == ir::DataClass::kAlphabeticLower
                               ? "IsAlphabeticLower"
                               : "IsAlphabeticUpper";
    test = fmt::format("cobrt::{}({}, {})", function, item->address, item->size);
  }
  return node.negated ? "!" + test : test;
}

auto SignTest(EmitContext& context, const ir::SignConditionExpression& node, SourceLoc loc)
    -> std::optional<std::string> {
  const int errors = context.errors;
  std::optional<std::string> compared = ComparisonWithZero(context, node.operand);
  if (!compared) {
    if (context.errors == errors) context.Unsupported(loc, "a sign condition on this operand");
    return std::nullopt;
  }
  const char* op = node.sign == ir::SignTest::kPositive   ? ">"
                   : node.sign == ir::SignTest::kNegative ? "<"
                                                          : "==";
  const std::string test = fmt::format("({} {} 0)", *compared, op);
  return node.negated ? "!" + test : test;
}

}  // namespace

// SWITCH-n, UPSI-n (and SWn): the switch number n, 0..36 as cobc accepts them.
auto SwitchNumber(std::string_view device) -> std::optional<int> {
  size_t digits = device.size();
  while (digits > 0 && device[digits - 1] >= '0' && device[digits - 1] <= '9') --digits;
  const std::string_view prefix = device.substr(0, digits);
  const std::string_view number = device.substr(digits);
  if (number.empty() || number.size() > 2 ||
      (prefix != "SWITCH-" && prefix != "SWITCH" && prefix != "UPSI-" && prefix != "SW")) {
    return std::nullopt;
  }
  const int value = std::stoi(std::string(number));
  if (value > 36) return std::nullopt;
  return value;
}

auto EnclosingTables(const ir::Module& module, ir::FieldId field) -> std::vector<ir::FieldId> {
  std::vector<ir::FieldId> tables;
  for (ir::FieldId up = field; up.is_valid(); up = module.field(up).parent) {
    if (module.field(up).array) tables.insert(tables.begin(), up);
  }
  return tables;
}

auto FieldAddress(const EmitContext& context, ir::FieldId id,
                  const std::vector<std::string>& subscripts) -> std::optional<std::string> {
  const ir::Module& module = context.module;
  const ir::Field& field = module.field(id);
  if (!context.block_members.contains(field.block.index) || HasVariableSize(module, id)) {
    return std::nullopt;
  }
  const std::vector<ir::FieldId> tables = EnclosingTables(module, id);
  if (tables.size() != subscripts.size()) return std::nullopt;
  std::string address = fmt::format("{} + {}", context.BlockMember(field.block), field.offset);
  for (size_t i = 0; i < tables.size(); ++i) {
    const ir::Field& table = module.field(tables[i]);
    if (table.array->dimensions.size() != 1) return std::nullopt;
    const int64_t lower = table.array->dimensions[0].lower;
    address += lower == 0 ? fmt::format(" + {} * {}", subscripts[i], table.size)
                          : fmt::format(" + ({} - {}) * {}", subscripts[i], lower, table.size);
  }
  return address;
}

auto SubscriptValues(const EmitContext& context, const ir::ExpressionList& subscripts)
    -> std::optional<std::vector<std::string>> {
  std::vector<std::string> values;
  for (ir::ExpressionId subscript : subscripts) {
    std::optional<std::string> value = context.IntegerExpression(subscript);
    if (!value) return std::nullopt;
    values.push_back(*value);
  }
  return values;
}

auto ConditionVariableAddress(const EmitContext& context, const ir::ConditionNameRefExpression& ref)
    -> std::optional<std::string> {
  std::optional<std::vector<std::string>> subscripts = SubscriptValues(context, ref.subscripts);
  if (!subscripts) return std::nullopt;
  return FieldAddress(context, context.module.condition_names().Get(ref.condition).field,
                      *subscripts);
}

auto IsPredicate(const ir::Module& module, ir::ExpressionId id) -> bool {
  const ir::ExpressionArena& expressions = module.expressions();
  return expressions.Is<ir::ConditionNameRefExpression>(id) ||
         expressions.Is<ir::ClassConditionExpression>(id) ||
         expressions.Is<ir::SignConditionExpression>(id) ||
         expressions.Is<ir::SwitchRefExpression>(id);
}

auto PredicateExpression(EmitContext& context, ir::ExpressionId id) -> std::optional<std::string> {
  const ir::Module& module = context.module;
  const ir::ExpressionArena& expressions = module.expressions();
  const SourceLoc loc = expressions.loc(id);
  if (const auto* ref = expressions.TryGet<ir::ConditionNameRefExpression>(id)) {
    const ir::ConditionName& condition = module.condition_names().Get(ref->condition);
    auto predicate = context.condition_predicates.find(ref->condition.index);
    std::optional<std::vector<std::string>> subscripts = SubscriptValues(context, ref->subscripts);
    if (predicate == context.condition_predicates.end() || !subscripts ||
        subscripts->size() != EnclosingTables(module, condition.field).size()) {
      context.Unsupported(loc, fmt::format("the condition-name '{}' (its variable or values)",
                                           module.str(condition.name)));
      return std::nullopt;
    }
    std::string arguments;
    for (const std::string& subscript : *subscripts) {
      arguments += (arguments.empty() ? "" : ", ") + subscript;
    }
    return fmt::format("{}({})", predicate->second, arguments);
  }
  if (const auto* node = expressions.TryGet<ir::ClassConditionExpression>(id)) {
    return ClassTest(context, *node, loc);
  }
  if (const auto* node = expressions.TryGet<ir::SignConditionExpression>(id)) {
    return SignTest(context, *node, loc);
  }
  if (const auto* node = expressions.TryGet<ir::SwitchRefExpression>(id)) {
    std::optional<int> number = SwitchNumber(module.str(node->device));
    if (!number) {
      context.Unsupported(loc, fmt::format("the switch '{}'", module.str(node->device)));
      return std::nullopt;
    }
    return fmt::format("cobrt::SwitchIsOn({})", *number);
  }
  context.Unsupported(loc, fmt::format("the condition '{}'", ir::KindName(expressions.kind(id))));
  return std::nullopt;
}

void DeclareConditionNames(EmitContext& context) {
  const ir::Module& module = context.module;
  // SPECIAL-NAMES CLASS clauses of the program and of the programs containing it (a nearer one
  // hides a farther one of the same name): a constant of byte ranges each.
  for (ir::UnitId unit = context.plan.id; unit.is_valid(); unit = module.unit(unit).parent) {
    for (const ir::ClassDefinition& definition : module.unit(unit).classes) {
      const std::string name(module.str(definition.name));
      if (context.class_constants.contains(name) || definition.ranges.empty()) continue;
      std::vector<std::string> ranges;
      for (const ir::ClassRange& range : definition.ranges) {
        ranges.push_back(fmt::format("{{{}, {}}}", range.first, range.last));
      }
      const std::string constant = "kClass" + UpperCamelName(name);
      context.class_constants[name] = constant;
      context.out.Comment(fmt::format("CLASS {}: the bytes it holds.", name));
      context.out.Line(fmt::format("static constexpr cobrt::ClassRange {}[] = {{{}}};", constant,
                                   fmt::join(ranges, ", ")));
    }
  }
  // Predicates are member functions beside the procedures: their names must differ.
  NameScope functions;
  for (const char* reserved : {"Run", "Main", "Dispatch", "Perform", "Initialize"}) {
    functions.Reserve(reserved);
  }
  for (const ProcedurePlan& procedure : context.plan.procedures) {
    functions.Reserve(procedure.function_name);
  }
  bool first = true;
  for (ir::ConditionNameId id : UnitConditionNames(context)) {
    const ir::ConditionName& condition = module.condition_names().Get(id);
    std::optional<Predicate> predicate = BuildPredicate(context, condition);
    if (!predicate) continue;  // reported where it is used
    if (first) context.out.Comment("Condition-names (level 88): whether each holds.");
    first = false;
    const std::string name = functions.Claim("Is" + UpperCamelName(module.str(condition.name)));
    context.condition_predicates[id.index] = name;
    // A program may test only some of its condition-names.
    context.out.Line(
        fmt::format("[[maybe_unused]] auto {}({}) const -> bool;", name, predicate->parameters));
  }
}

void DefineConditionNames(EmitContext& context, const std::string& class_name) {
  const ir::Module& module = context.module;
  CodeWriter& out = context.out;
  for (ir::ConditionNameId id : UnitConditionNames(context)) {
    auto name = context.condition_predicates.find(id.index);
    if (name == context.condition_predicates.end()) continue;
    const ir::ConditionName& condition = module.condition_names().Get(id);
    std::optional<Predicate> predicate = BuildPredicate(context, condition);
    if (!predicate) continue;
    out.BlankLine();
    out.Comment(fmt::format("88 {} of {}  {}", module.str(condition.name),
                            module.str(module.field(condition.field).name),
                            context.SourceComment(condition.loc)));
    out.Open(fmt::format("auto {}::{}({}) const -> bool", class_name, name->second,
                         predicate->parameters));
    out.Line(predicate->variable);
    out.Line(fmt::format("return {};", predicate->test));
    out.Close();
  }
}

}  // namespace remint::emit_cpp
