#include "migrate/program_facts.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <climits>
#include <cstdint>
#include <set>
#include <type_traits>

#include "emitters/cpp/plan.h"
#include "ir/reflection.h"
#include "ir/statement_walk.h"
#include "migrate/decision_log.h"

namespace remint::migrate {
namespace {

// What a condition reads.
struct Operands {
  std::set<uint32_t> fields;  // FieldId indexes, a condition name's conditional variable included
  std::set<ir::SpecialRegister> registers;
  bool other = false;  // something else: an intrinsic function, a class test of an expression...
};

void Collect(const ir::Module& module, ir::ExpressionId id, Operands& operands);

template <typename V>
void CollectValue(const ir::Module& module, const V& value, Operands& operands) {
  if constexpr (std::is_same_v<V, ir::ExpressionId>) {
    if (value.is_valid()) Collect(module, value, operands);
  } else if constexpr (std::is_same_v<V, ir::FieldId>) {
    if (value.is_valid()) operands.fields.insert(value.index);
  } else if constexpr (std::is_same_v<V, ir::ConditionNameId>) {
    if (value.is_valid()) {
      const ir::FieldId field = module.condition_names().Get(value).field;
      if (field.is_valid()) operands.fields.insert(field.index);
    }
  } else if constexpr (std::is_same_v<V, ir::SpecialRegister>) {
    operands.registers.insert(value);
  } else if constexpr (ir::kIsOptional<V>) {
    if (value) CollectValue(module, *value, operands);
  } else if constexpr (ir::kIsVector<V>) {
    for (const auto& element : value) CollectValue(module, element, operands);
  } else if constexpr (ir::kIsSpecStruct<V>) {
    ir::VisitFields(value, [&](std::string_view, const auto& field, ir::FieldRole) {
      CollectValue(module, field, operands);
    });
  }
}

void Collect(const ir::Module& module, ir::ExpressionId id, Operands& operands) {
  ir::VisitExpression(module, id, [&](const auto& node) {
    using Node = std::decay_t<decltype(node)>;
    if constexpr (std::is_same_v<Node, ir::FunctionCallExpression> ||
                  std::is_same_v<Node, ir::IntrinsicCallExpression>) {
      operands.other = true;
    }
    ir::VisitFields(node, [&](std::string_view, const auto& field, ir::FieldRole) {
      CollectValue(module, field, operands);
    });
  });
}

template <typename Callback>
void ForEachStatementOf(const ir::Module& module, Callback&& callback) {
  for (ir::UnitId unit : module.units().Ids()) {
    ir::ForEachStatement(module, module.units().Get(unit).body, callback);
  }
  for (ir::ParagraphId paragraph : module.paragraphs().Ids()) {
    ir::ForEachStatement(module, module.paragraph(paragraph).body, callback);
  }
}

// The field an expression names (a data reference), else invalid.
auto FieldOf(const ir::Module& module, ir::ExpressionId id) -> ir::FieldId {
  if (!id.is_valid()) return ir::FieldId();
  const auto* reference = module.expressions().TryGet<ir::DataRefExpression>(id);
  return reference == nullptr ? ir::FieldId() : reference->field;
}

auto Upper(std::string_view text) -> std::string {
  std::string upper(text);
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return upper;
}

}  // namespace

auto EnvironmentDecisions(const ir::Module& module) -> std::vector<std::string> {
  // Files by the ways the program opens them.
  std::set<uint32_t> opened_for_output;
  std::set<uint32_t> opened_otherwise;
  ForEachStatementOf(module, [&](ir::StatementId id) {
    if (const auto* open = module.statements().TryGet<ir::OpenStatement>(id)) {
      for (const ir::OpenItem& item : open->items) {
        const bool output =
            item.mode == ir::OpenMode::kOutput || item.mode == ir::OpenMode::kExtend;
        (output ? opened_for_output : opened_otherwise).insert(item.file.index);
      }
    }
  });
  std::set<uint32_t> environment_fields;  // status fields of files only written
  for (ir::FileDescriptionId id : module.files().Ids()) {
    const ir::FileDescription& file = module.files().Get(id);
    if (file.status.is_valid() && opened_for_output.contains(id.index) &&
        !opened_otherwise.contains(id.index)) {
      environment_fields.insert(file.status.index);
    }
  }
  std::set<std::string> labels;
  ForEachStatementOf(module, [&](ir::StatementId id) {
    const auto* decision = module.statements().TryGet<ir::IfStatement>(id);
    if (decision == nullptr || !decision->condition.is_valid()) return;
    Operands operands;
    Collect(module, decision->condition, operands);
    if (operands.other || (operands.fields.empty() && operands.registers.empty())) return;
    for (uint32_t field : operands.fields) {
      if (!environment_fields.contains(field)) return;
    }
    for (ir::SpecialRegister which : operands.registers) {
      if (which != ir::SpecialRegister::kSortReturn) return;
    }
    const SourceLoc loc = module.statements().loc(id);
    std::string_view path = emit_cpp::SourcePath(module, loc);
    if (const size_t slash = path.rfind('/'); slash != std::string_view::npos) {
      path.remove_prefix(slash + 1);
    }
    labels.insert("IF " + std::string(path) + ":" + std::to_string(loc.line));
  });
  return {labels.begin(), labels.end()};
}

auto ClassTestedFields(const ir::Module& module) -> std::vector<std::string> {
  std::set<std::string> fields;
  for (uint32_t index = 0; index < module.expressions().size(); ++index) {
    const auto* test =
        module.expressions().TryGet<ir::ClassConditionExpression>(ir::ExpressionId(index));
    if (test == nullptr || !test->operand.is_valid()) continue;
    const auto* reference = module.expressions().TryGet<ir::DataRefExpression>(test->operand);
    if (reference == nullptr || !reference->field.is_valid()) continue;
    fields.insert(std::string(module.str(module.field(reference->field).name)));
  }
  return {fields.begin(), fields.end()};
}

auto CalledPrograms(const ir::Module& module) -> std::vector<std::string> {
  std::set<std::string> called;
  ForEachStatementOf(module, [&](ir::StatementId id) {
    const auto* call = module.statements().TryGet<ir::CallStatement>(id);
    if (call == nullptr || !call->target.is_valid()) return;
    if (const auto* literal =
            module.expressions().TryGet<ir::StringLiteralExpression>(call->target)) {
      std::string name = Upper(module.str(literal->value));
      name.erase(name.find_last_not_of(' ') + 1);
      if (!name.empty()) called.insert(std::move(name));
    }
  });
  return {called.begin(), called.end()};
}

auto ArgumentMoves(const ir::Module& module) -> std::vector<ArgumentMove> {
  // Argument fields by index, with the programs they go to at each place.
  std::map<uint32_t, std::set<std::pair<std::string, uint32_t>>> arguments;
  ForEachStatementOf(module, [&](ir::StatementId id) {
    const auto* call = module.statements().TryGet<ir::CallStatement>(id);
    if (call == nullptr || !call->target.is_valid()) return;
    const auto* literal = module.expressions().TryGet<ir::StringLiteralExpression>(call->target);
    if (literal == nullptr) return;
    std::string callee = Upper(module.str(literal->value));
    callee.erase(callee.find_last_not_of(' ') + 1);
    for (size_t i = 0; i < call->arguments.size(); ++i) {
      const ir::FieldId field = FieldOf(module, call->arguments[i].value);
      if (field.is_valid()) arguments[field.index].emplace(callee, static_cast<uint32_t>(i));
    }
  });
  std::set<ArgumentMove> moves;
  ForEachStatementOf(module, [&](ir::StatementId id) {
    const auto* move = module.statements().TryGet<ir::MoveStatement>(id);
    if (move == nullptr) return;
    const ir::FieldId source = FieldOf(module, move->source);
    if (!source.is_valid()) return;
    for (ir::ExpressionId target_id : move->targets) {
      const ir::FieldId target = FieldOf(module, target_id);
      // The argument the target is, or lies in.
      for (ir::FieldId outer = target; outer.is_valid(); outer = module.field(outer).parent) {
        const auto found = arguments.find(outer.index);
        if (found == arguments.end()) continue;
        for (const auto& [callee, place] : found->second) {
          moves.insert({std::string(module.str(module.field(source).name)), callee, place,
                        module.field(target).offset - module.field(outer).offset,
                        module.field(target).size});
        }
      }
    }
  });
  return {moves.begin(), moves.end()};
}

auto ClassTestedParameters(const ir::Module& module) -> std::vector<ParameterPart> {
  if (module.units().size() == 0) return {};
  const ir::Unit& unit = module.units().Get(ir::UnitId(0));  // the outermost program
  // Where a field lies in a parameter.
  auto part_of = [&](ir::FieldId field) -> std::optional<ParameterPart> {
    if (!field.is_valid()) return std::nullopt;
    for (size_t i = 0; i < unit.parameters.size(); ++i) {
      for (ir::FieldId outer = field; outer.is_valid(); outer = module.field(outer).parent) {
        if (outer != unit.parameters[i].field) continue;
        return ParameterPart{static_cast<uint32_t>(i),
                             module.field(field).offset - module.field(outer).offset,
                             module.field(field).size};
      }
    }
    return std::nullopt;
  };
  std::set<uint32_t> tested;
  for (uint32_t index = 0; index < module.expressions().size(); ++index) {
    const auto* test =
        module.expressions().TryGet<ir::ClassConditionExpression>(ir::ExpressionId(index));
    if (test == nullptr) continue;
    const ir::FieldId field = FieldOf(module, test->operand);
    if (field.is_valid()) tested.insert(field.index);
  }
  std::set<ParameterPart> parts;
  for (uint32_t field : tested) {
    if (auto part = part_of(ir::FieldId(field))) parts.insert(*part);
  }
  ForEachStatementOf(module, [&](ir::StatementId id) {
    const auto* move = module.statements().TryGet<ir::MoveStatement>(id);
    if (move == nullptr) return;
    const std::optional<ParameterPart> part = part_of(FieldOf(module, move->source));
    if (!part) return;
    for (ir::ExpressionId target : move->targets) {
      const ir::FieldId field = FieldOf(module, target);
      if (field.is_valid() && tested.contains(field.index)) parts.insert(*part);
    }
  });
  return {parts.begin(), parts.end()};
}

auto ClassTestedThroughCalls(const std::vector<ArgumentMove>& moves,
                             const std::map<std::string, std::vector<ParameterPart>>& called)
    -> std::vector<std::string> {
  std::set<std::string> sources;
  for (const ArgumentMove& move : moves) {
    const auto parts = called.find(move.callee);
    if (parts == called.end()) continue;
    for (const ParameterPart& part : parts->second) {
      if (part.argument == move.argument && part.offset < move.offset + move.size &&
          move.offset < part.offset + part.size) {
        sources.insert(move.source);
      }
    }
  }
  return {sources.begin(), sources.end()};
}

namespace {

// parts[first..first+2]: argument, offset, size.
auto ParsePart(const std::vector<std::string_view>& parts, size_t first)
    -> std::optional<ParameterPart> {
  const std::optional<uint64_t> argument = ToUnsigned(parts[first]);
  const std::optional<uint64_t> offset = ToUnsigned(parts[first + 1]);
  const std::optional<uint64_t> size = ToUnsigned(parts[first + 2]);
  if (!argument || !offset || !size || *argument > UINT32_MAX) return std::nullopt;
  return ParameterPart{static_cast<uint32_t>(*argument), *offset, *size};
}

}  // namespace

auto FormatArgumentMove(const ArgumentMove& move) -> std::string {
  return move.source + "\t" + move.callee + "\t" + std::to_string(move.argument) + "\t" +
         std::to_string(move.offset) + "\t" + std::to_string(move.size);
}

auto ParseArgumentMove(std::string_view line) -> std::optional<ArgumentMove> {
  const std::vector<std::string_view> parts = SplitTabs(line);
  if (parts.size() != 5 || parts[0].empty() || parts[1].empty()) return std::nullopt;
  const std::optional<ParameterPart> part = ParsePart(parts, 2);
  if (!part) return std::nullopt;
  return ArgumentMove{std::string(parts[0]), std::string(parts[1]), part->argument, part->offset,
                      part->size};
}

auto FormatParameterPart(const ParameterPart& part) -> std::string {
  return std::to_string(part.argument) + "\t" + std::to_string(part.offset) + "\t" +
         std::to_string(part.size);
}

auto ParseParameterPart(std::string_view line) -> std::optional<ParameterPart> {
  const std::vector<std::string_view> parts = SplitTabs(line);
  if (parts.size() != 3) return std::nullopt;
  return ParsePart(parts, 0);
}

}  // namespace remint::migrate
