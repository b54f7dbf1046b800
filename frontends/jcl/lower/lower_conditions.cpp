// COND= on JOB and EXEC statements into ir::CondTest lists, and IF/THEN conditions into IR
// expressions over ir::JobStepStatusExpression.
#include "frontends/jcl/lower/lower_internal.h"
#include "frontends/jcl/parse/jcl_text.h"

namespace remint::jcl {
namespace {

auto CondOperatorOf(std::string_view text) -> std::optional<ir::CondOperator> {
  if (text == "GT") return ir::CondOperator::kGt;
  if (text == "GE") return ir::CondOperator::kGe;
  if (text == "EQ") return ir::CondOperator::kEq;
  if (text == "LT") return ir::CondOperator::kLt;
  if (text == "LE") return ir::CondOperator::kLe;
  if (text == "NE") return ir::CondOperator::kNe;
  return std::nullopt;
}

auto RelationalOf(std::string_view op) -> ir::RelationalOperator {
  if (op == "NE") return ir::RelationalOperator::kNotEqual;
  if (op == "GT") return ir::RelationalOperator::kGreater;
  if (op == "LT") return ir::RelationalOperator::kLess;
  if (op == "GE") return ir::RelationalOperator::kGreaterOrEqual;
  if (op == "LE") return ir::RelationalOperator::kLessOrEqual;
  return ir::RelationalOperator::kEqual;
}

auto PropertyOf(std::string_view subject) -> ir::JobStepProperty {
  if (subject == "ABEND") return ir::JobStepProperty::kAbend;
  if (subject == "ABENDCC") return ir::JobStepProperty::kAbendCode;
  if (subject == "RUN") return ir::JobStepProperty::kRun;
  return ir::JobStepProperty::kReturnCode;
}

}  // namespace

auto JobLowering::LowerCond(const ExpandedStatement& source, const Value& cond, ir::CondMode* mode)
    -> std::vector<ir::CondTest> {
  std::vector<ir::CondTest> tests;
  // A symbol left unresolved was reported by expansion (RM3104); its value is unknown.
  if (FormatValue(cond).find('&') != std::string::npos) return tests;
  SourceLoc loc = source.OperandLoc(cond.offset);
  auto report = [&](std::string_view why) {
    emitter_.Emit(DiagnosticKind::kJclInvalidCond, loc, FormatValue(cond), why);
    tests.clear();
  };
  auto mode_of = [&](const Value& value) -> bool {
    std::string word = UpperCase(value.text);
    if (value.kind != Value::Kind::kText || (word != "EVEN" && word != "ONLY")) return false;
    if (mode == nullptr) {
      report("EVEN and ONLY are for EXEC statements");
      return true;
    }
    *mode = word == "EVEN" ? ir::CondMode::kEven : ir::CondMode::kOnly;
    return true;
  };
  auto add_test = [&](const Value& test) -> bool {
    const Value* code = test.Positional(0);
    const Value* op = test.Positional(1);
    const Value* step = test.Positional(2);
    uint32_t number = 0;
    if (code == nullptr || !ParseUnsigned(code->text, number) || number > 4095) {
      report("the code must be a number from 0 to 4095");
      return false;
    }
    std::optional<ir::CondOperator> cond_op =
        op != nullptr ? CondOperatorOf(UpperCase(op->text)) : std::nullopt;
    if (!cond_op) {
      report("the operator must be GT, GE, EQ, LT, LE or NE");
      return false;
    }
    ir::CondTest result{number, *cond_op, {}, {}};
    if (step != nullptr && !step->is_omitted()) {
      std::string name = UpperCase(step->text);
      size_t dot = name.find('.');
      result.step = builder_.Intern(name.substr(0, dot));
      if (dot != std::string::npos) result.procedure_step = builder_.Intern(name.substr(dot + 1));
    }
    tests.push_back(result);
    return true;
  };
  if (cond.kind == Value::Kind::kText) {
    if (!mode_of(cond)) report("a list of tests is expected");
    return tests;
  }
  if (cond.kind != Value::Kind::kList || cond.items.empty()) {
    report("a list of tests is expected");
    return tests;
  }
  // COND=(code,op[,step]) is one test; COND=((..),(..)[,EVEN]) several.
  if (cond.items[0].value.kind == Value::Kind::kText) {
    add_test(cond);
    return tests;
  }
  for (const Parameter& item : cond.items) {
    if (item.value.kind == Value::Kind::kList) {
      if (!add_test(item.value)) return tests;
    } else if (!mode_of(item.value)) {
      report("each test must be parenthesised");
      return tests;
    }
  }
  if (tests.size() > 8) report("at most 8 tests are allowed");
  return tests;
}

auto JobLowering::LowerCondition(const Condition& condition, SourceLoc loc) -> ir::ExpressionId {
  switch (condition.kind) {
    case Condition::Kind::kOr:
    case Condition::Kind::kAnd: {
      ir::LogicalOperator op = condition.kind == Condition::Kind::kOr ? ir::LogicalOperator::kOr
                                                                      : ir::LogicalOperator::kAnd;
      ir::ExpressionId result = LowerCondition(condition.operands.front(), loc);
      for (size_t i = 1; i < condition.operands.size(); ++i) {
        result = builder_.Logical(loc, op, result, LowerCondition(condition.operands[i], loc));
      }
      return result;
    }
    case Condition::Kind::kNot:
      return builder_.Not(loc, LowerCondition(condition.operands.front(), loc));
    case Condition::Kind::kCompare:
    case Condition::Kind::kKeyword:
      break;
  }
  if (condition.subject == "TRUE" || condition.subject == "FALSE") {
    return builder_.LogicalLiteral(loc, condition.subject == "TRUE");
  }
  ir::JobStepStatusExpression status;
  size_t dot = condition.step.find('.');
  status.step = builder_.Intern(condition.step.substr(0, dot));
  if (dot != std::string::npos) {
    status.procedure_step = builder_.Intern(condition.step.substr(dot + 1));
  }
  status.property = PropertyOf(condition.subject);
  bool is_rc = status.property == ir::JobStepProperty::kReturnCode;
  ir::TypeId type = is_rc ? builder_.IntegerType(32)
                    : status.property == ir::JobStepProperty::kAbendCode
                        ? builder_.AlphanumericType(5)
                        : builder_.LogicalType();
  ir::ExpressionId subject = builder_.Expression(loc, type, status);
  if (condition.kind == Condition::Kind::kKeyword) return subject;
  ir::ExpressionId value;
  if (is_rc) {
    value = builder_.NumericLiteral(loc, condition.value);
  } else if (condition.value == "TRUE" || condition.value == "FALSE") {
    value = builder_.LogicalLiteral(loc, condition.value == "TRUE");
  } else {
    value = builder_.StringLiteral(loc, condition.value);
  }
  return builder_.Relational(loc, RelationalOf(condition.op), subject, value);
}

}  // namespace remint::jcl
