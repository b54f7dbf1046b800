#include "migrate/program_facts.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <type_traits>

#include "emitters/cpp/plan.h"
#include "ir/reflection.h"
#include "ir/statement_walk.h"

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

}  // namespace remint::migrate
