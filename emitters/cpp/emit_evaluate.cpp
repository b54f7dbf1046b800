// EVALUATE -> an if / else if chain: each WHEN the OR of its alternatives (WHEN lines sharing
// one body), each alternative the AND of its objects, each object tested against the subject
// at its position (ALSO):
//   - a TRUE / FALSE subject takes conditions as objects (the condition, or its negation);
//   - a condition subject takes TRUE / FALSE objects;
//   - any other subject (an item, literal or arithmetic expression) is compared with a value
//     object (subject = value) or a range (value <= subject <= thru), with the relation rules
//     of IF (emit_condition.cpp);
//   - ANY matches anything, NOT negates the object's test.
// The first WHEN that holds runs its statements; WHEN OTHER is the final else. Subjects are
// evaluated where each test needs them: nothing in a condition changes data, so this is what
// evaluating them once gives.
#include <fmt/format.h>

#include <string>
#include <vector>

#include "emitters/cpp/code_writer.h"
#include "emitters/cpp/emit_condition_operands.h"
#include "emitters/cpp/emit_context.h"

namespace remint::emit_cpp {
namespace {

auto IsCondition(const ir::Module& module, ir::ExpressionId id) -> bool {
  return module.types().Is<ir::ConditionType>(module.expression_type(id));
}

// The test of one WHEN object against its subject; "" for ANY; nullopt (reported) if not
// translated.
auto ObjectTest(EmitContext& context, ir::ExpressionId subject, const ir::WhenObject& object,
                SourceLoc loc) -> std::optional<std::string> {
  const ir::Module& module = context.module;
  const ir::ExpressionArena& expressions = module.expressions();
  if (object.kind == ir::WhenObjectKind::kAny) return std::string();
  std::optional<std::string> test;
  const auto* truth = expressions.TryGet<ir::LogicalLiteralExpression>(subject);
  if (truth != nullptr) {
    // EVALUATE TRUE / FALSE: objects are conditions (or TRUE / FALSE themselves).
    switch (object.kind) {
      case ir::WhenObjectKind::kCondition: {
        std::optional<std::string> condition = ConditionExpression(context, object.value);
        if (!condition) return std::nullopt;
        test = truth->value ? *condition : "!" + *condition;
        break;
      }
      case ir::WhenObjectKind::kTrue:
      case ir::WhenObjectKind::kFalse:
        test = truth->value == (object.kind == ir::WhenObjectKind::kTrue) ? "true" : "false";
        break;
      default:
        break;
    }
  } else if (IsCondition(module, subject)) {
    // A condition as subject: TRUE or FALSE objects.
    if (object.kind == ir::WhenObjectKind::kTrue || object.kind == ir::WhenObjectKind::kFalse) {
      std::optional<std::string> condition = ConditionExpression(context, subject);
      if (!condition) return std::nullopt;
      test = object.kind == ir::WhenObjectKind::kTrue ? *condition : "!" + *condition;
    }
  } else if (object.kind == ir::WhenObjectKind::kValue) {
    test = RelationExpression(context, subject, ir::RelationalOperator::kEqual, object.value, loc);
    if (!test) return std::nullopt;
  } else if (object.kind == ir::WhenObjectKind::kRange) {
    std::optional<std::string> low = RelationExpression(
        context, subject, ir::RelationalOperator::kGreaterOrEqual, object.value, loc);
    if (!low) return std::nullopt;
    std::optional<std::string> high = RelationExpression(
        context, subject, ir::RelationalOperator::kLessOrEqual, object.thru, loc);
    if (!high) return std::nullopt;
    test = fmt::format("({} && {})", *low, *high);
  }
  if (!test) {
    context.Unsupported(
        loc, fmt::format("a WHEN {} object for this EVALUATE subject", ir::Spelling(object.kind)));
    return std::nullopt;
  }
  return object.negated ? fmt::format("!({})", *test) : *test;
}

// The condition of one WHEN clause: its alternatives ORed, each the AND of its object tests.
auto WhenCondition(EmitContext& context, const ir::EvaluateStatement& node,
                   const ir::WhenClause& when, SourceLoc loc) -> std::optional<std::string> {
  std::vector<std::string> alternatives;
  for (const ir::WhenAlternative& alternative : when.alternatives) {
    if (alternative.objects.size() != node.subjects.size()) {
      context.Unsupported(loc, "a WHEN whose objects do not match the EVALUATE subjects");
      return std::nullopt;
    }
    std::string conjunction;
    for (size_t i = 0; i < alternative.objects.size(); ++i) {
      std::optional<std::string> test =
          ObjectTest(context, node.subjects[i], alternative.objects[i], loc);
      if (!test) return std::nullopt;
      if (test->empty()) continue;  // ANY
      conjunction += conjunction.empty() ? *test : " && " + *test;
    }
    if (conjunction.empty()) return std::string("true");  // every object ANY
    alternatives.push_back(std::move(conjunction));
  }
  if (alternatives.empty()) {
    context.Unsupported(loc, "a WHEN without objects");
    return std::nullopt;
  }
  if (alternatives.size() == 1) return alternatives.front();
  std::string disjunction;
  for (const std::string& alternative : alternatives) {
    disjunction += (disjunction.empty() ? "(" : " || (") + alternative + ")";
  }
  return disjunction;
}

// Where a WHEN is written: its first object, else its first statement, else the EVALUATE.
auto WhenLoc(const ir::Module& module, const ir::WhenClause& when, SourceLoc evaluate)
    -> SourceLoc {
  for (const ir::WhenAlternative& alternative : when.alternatives) {
    for (const ir::WhenObject& object : alternative.objects) {
      if (object.value.is_valid()) return module.expressions().loc(object.value);
    }
  }
  if (!when.body.empty()) return module.statements().loc(when.body.front());
  return evaluate;
}

}  // namespace

void EmitEvaluate(EmitContext& context, SourceLoc loc, const ir::EvaluateStatement& node) {
  CodeWriter& out = context.out;
  std::vector<std::string> conditions;
  for (const ir::WhenClause& when : node.whens) {
    std::optional<std::string> condition =
        WhenCondition(context, node, when, WhenLoc(context.module, when, loc));
    if (!condition) return;
    conditions.push_back(*condition);
  }
  out.Comment(fmt::format("EVALUATE {}", context.SourceComment(loc)));
  if (node.whens.empty()) {
    if (node.other) {
      out.Open("");
      EmitStatements(context, *node.other);
      out.Close();
    }
    return;
  }
  for (size_t i = 0; i < node.whens.size(); ++i) {
    const std::string condition = context.CountedDecision(
        conditions[i],
        fmt::format("WHEN {}", context.SourceComment(WhenLoc(context.module, node.whens[i], loc))));
    if (i == 0) {
      out.Open(fmt::format("if ({})", condition));
    } else {
      out.ElseIf(condition);
    }
    out.Comment(fmt::format("WHEN {}{}",
                            context.SourceComment(WhenLoc(context.module, node.whens[i], loc)),
                            node.whens[i].body.empty() ? ": nothing to do" : ""));
    EmitStatements(context, node.whens[i].body);
  }
  if (node.other) {
    out.Else();
    out.Comment("WHEN OTHER");
    EmitStatements(context, *node.other);
  }
  out.Close();
}

}  // namespace remint::emit_cpp
