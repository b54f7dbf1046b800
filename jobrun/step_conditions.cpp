// Whether a step runs: COND= tests on the job and the step, and the IF/THEN/ELSE conditions
// around it, over the return codes and abends of the steps that ran before it.
#include "jobrun/step_conditions.h"

#include <fmt/format.h>

namespace remint::jobrun {
namespace {

auto Compare(int left, ir::CondOperator op, int right) -> bool {
  switch (op) {
    case ir::CondOperator::kGt:
      return left > right;
    case ir::CondOperator::kGe:
      return left >= right;
    case ir::CondOperator::kEq:
      return left == right;
    case ir::CondOperator::kLt:
      return left < right;
    case ir::CondOperator::kLe:
      return left <= right;
    case ir::CondOperator::kNe:
      return left != right;
  }
  return false;
}

template <typename T>
auto Compare(const T& left, ir::RelationalOperator op, const T& right) -> bool {
  switch (op) {
    case ir::RelationalOperator::kEqual:
      return left == right;
    case ir::RelationalOperator::kNotEqual:
      return left != right;
    case ir::RelationalOperator::kLess:
      return left < right;
    case ir::RelationalOperator::kLessOrEqual:
      return left <= right;
    case ir::RelationalOperator::kGreater:
      return left > right;
    case ir::RelationalOperator::kGreaterOrEqual:
      return left >= right;
  }
  return false;
}

auto OperatorSymbol(ir::RelationalOperator op) -> std::string_view {
  switch (op) {
    case ir::RelationalOperator::kEqual:
      return "=";
    case ir::RelationalOperator::kNotEqual:
      return "¬=";
    case ir::RelationalOperator::kLess:
      return "<";
    case ir::RelationalOperator::kLessOrEqual:
      return "<=";
    case ir::RelationalOperator::kGreater:
      return ">";
    case ir::RelationalOperator::kGreaterOrEqual:
      return ">=";
  }
  return "?";
}

auto PropertyName(ir::JobStepProperty property) -> std::string_view {
  switch (property) {
    case ir::JobStepProperty::kReturnCode:
      return "RC";
    case ir::JobStepProperty::kAbend:
      return "ABEND";
    case ir::JobStepProperty::kAbendCode:
      return "ABENDCC";
    case ir::JobStepProperty::kRun:
      return "RUN";
  }
  return "?";
}

auto StepName(const ir::Module& module, ir::StringId step, ir::StringId procedure_step)
    -> std::string {
  std::string name(module.str(step));
  if (procedure_step.is_valid() && !module.str(procedure_step).empty()) {
    name += ".";
    name += module.str(procedure_step);
  }
  return name;
}

class ConditionEvaluator {
 public:
  ConditionEvaluator(const ir::Module& module, const JobState& job) : module_(module), job_(job) {}

  auto Truth(ir::ExpressionId id) const -> bool {
    const ir::ExpressionArena& arena = module_.expressions();
    if (const auto* logical = arena.TryGet<ir::LogicalExpression>(id)) {
      bool left = Truth(logical->left);
      bool right = Truth(logical->right);
      return logical->op == ir::LogicalOperator::kOr ? (left || right) : (left && right);
    }
    if (const auto* negation = arena.TryGet<ir::NotExpression>(id))
      return !Truth(negation->operand);
    if (const auto* literal = arena.TryGet<ir::LogicalLiteralExpression>(id)) {
      return literal->value;
    }
    if (const auto* status = arena.TryGet<ir::JobStepStatusExpression>(id)) {
      return StatusTruth(*status);
    }
    if (const auto* relation = arena.TryGet<ir::RelationalExpression>(id)) {
      return RelationTruth(*relation);
    }
    return false;
  }

 private:
  auto Status(const ir::JobStepStatusExpression& status) const -> const StepStatus* {
    auto it = job_.steps.find(StepName(module_, status.step, status.procedure_step));
    return it == job_.steps.end() ? nullptr : &it->second;
  }

  // ABEND and RUN alone; unqualified ABEND: any step so far abended.
  auto StatusTruth(const ir::JobStepStatusExpression& status) const -> bool {
    bool unqualified = module_.str(status.step).empty();
    if (status.property == ir::JobStepProperty::kAbend) {
      if (unqualified) return !job_.abend.empty();
      const StepStatus* step = Status(status);
      return step != nullptr && !step->abend.empty();
    }
    if (status.property == ir::JobStepProperty::kRun) {
      const StepStatus* step = Status(status);
      return step != nullptr && step->ran;
    }
    return false;
  }

  auto RelationTruth(const ir::RelationalExpression& relation) const -> bool {
    const ir::ExpressionArena& arena = module_.expressions();
    const auto* status = arena.TryGet<ir::JobStepStatusExpression>(relation.left);
    if (status == nullptr) return false;
    bool unqualified = module_.str(status->step).empty();
    const StepStatus* step = unqualified ? nullptr : Status(*status);
    // A test of a step that did not run (or abended, for RC) is false.
    if (!unqualified && (step == nullptr || !step->ran)) return false;
    switch (status->property) {
      case ir::JobStepProperty::kReturnCode: {
        const auto* number = arena.TryGet<ir::NumericLiteralExpression>(relation.right);
        if (number == nullptr) return false;
        int value = std::atoi(std::string(module_.str(number->digits)).c_str());
        if (number->negative) value = -value;
        if (unqualified) return Compare(job_.max_condition_code, relation.op, value);
        if (!step->abend.empty()) return false;
        return Compare(step->return_code, relation.op, value);
      }
      case ir::JobStepProperty::kAbendCode: {
        const auto* text = arena.TryGet<ir::StringLiteralExpression>(relation.right);
        if (text == nullptr) return false;
        std::string code = unqualified ? job_.abend : step->abend;
        return !code.empty() && Compare(code, relation.op, std::string(module_.str(text->value)));
      }
      case ir::JobStepProperty::kAbend:
      case ir::JobStepProperty::kRun: {
        const auto* literal = arena.TryGet<ir::LogicalLiteralExpression>(relation.right);
        bool expected = literal == nullptr || literal->value;
        bool actual = StatusTruth(*status);
        return Compare(actual, relation.op, expected);
      }
    }
    return false;
  }

  const ir::Module& module_;
  const JobState& job_;
};

}  // namespace

auto CondBypasses(const ir::Module& module, const std::vector<ir::CondTest>& tests,
                  const JobState& job) -> bool {
  for (const ir::CondTest& test : tests) {
    int code = static_cast<int>(test.code);
    if (test.step.is_valid() && !module.str(test.step).empty()) {
      auto it = job.steps.find(StepName(module, test.step, test.procedure_step));
      // A test naming a step that did not run, or abended, is ignored.
      if (it == job.steps.end() || !it->second.ran || !it->second.abend.empty()) continue;
      if (Compare(code, test.op, it->second.return_code)) return true;
      continue;
    }
    for (const std::string& name : job.run_order) {
      const StepStatus& status = job.steps.at(name);
      if (status.abend.empty() && Compare(code, test.op, status.return_code)) return true;
    }
  }
  return false;
}

auto ConditionHolds(const ir::Module& module, ir::ExpressionId condition, const JobState& job)
    -> bool {
  return ConditionEvaluator(module, job).Truth(condition);
}

auto MentionsAbend(const ir::Module& module, ir::ExpressionId id) -> bool {
  const ir::ExpressionArena& arena = module.expressions();
  if (const auto* logical = arena.TryGet<ir::LogicalExpression>(id)) {
    return MentionsAbend(module, logical->left) || MentionsAbend(module, logical->right);
  }
  if (const auto* negation = arena.TryGet<ir::NotExpression>(id)) {
    return MentionsAbend(module, negation->operand);
  }
  if (const auto* relation = arena.TryGet<ir::RelationalExpression>(id)) {
    return MentionsAbend(module, relation->left);
  }
  if (const auto* status = arena.TryGet<ir::JobStepStatusExpression>(id)) {
    return status->property == ir::JobStepProperty::kAbend ||
           status->property == ir::JobStepProperty::kAbendCode;
  }
  return false;
}

auto FormatCond(const ir::Module& module, const std::vector<ir::CondTest>& tests) -> std::string {
  auto one = [&](const ir::CondTest& test) {
    std::string text = fmt::format("({},{}", test.code, ir::Spelling(test.op));
    if (test.step.is_valid() && !module.str(test.step).empty()) {
      text += "," + StepName(module, test.step, test.procedure_step);
    }
    return text + ")";
  };
  if (tests.size() == 1) return one(tests.front());
  std::string text = "(";
  for (size_t i = 0; i < tests.size(); ++i) text += (i > 0 ? "," : "") + one(tests[i]);
  return text + ")";
}

auto FormatCondition(const ir::Module& module, ir::ExpressionId id) -> std::string {
  const ir::ExpressionArena& arena = module.expressions();
  if (const auto* logical = arena.TryGet<ir::LogicalExpression>(id)) {
    return fmt::format("({} {} {})", FormatCondition(module, logical->left),
                       logical->op == ir::LogicalOperator::kOr ? "OR" : "AND",
                       FormatCondition(module, logical->right));
  }
  if (const auto* negation = arena.TryGet<ir::NotExpression>(id)) {
    return "NOT " + FormatCondition(module, negation->operand);
  }
  if (const auto* literal = arena.TryGet<ir::LogicalLiteralExpression>(id)) {
    return literal->value ? "TRUE" : "FALSE";
  }
  if (const auto* number = arena.TryGet<ir::NumericLiteralExpression>(id)) {
    return std::string(module.str(number->text));
  }
  if (const auto* text = arena.TryGet<ir::StringLiteralExpression>(id)) {
    return std::string(module.str(text->value));
  }
  if (const auto* status = arena.TryGet<ir::JobStepStatusExpression>(id)) {
    std::string step = StepName(module, status->step, status->procedure_step);
    return (step.empty() ? "" : step + ".") + std::string(PropertyName(status->property));
  }
  if (const auto* relation = arena.TryGet<ir::RelationalExpression>(id)) {
    return fmt::format("({} {} {})", FormatCondition(module, relation->left),
                       OperatorSymbol(relation->op), FormatCondition(module, relation->right));
  }
  return "?";
}

}  // namespace remint::jobrun
