#include "analyzers/rules/render.h"

#include <type_traits>

namespace remint::analysis {
namespace {

// Binding strength, loosest first, to parenthesise only where the reading needs it.
constexpr int kOr = 1;
constexpr int kAnd = 2;
constexpr int kNot = 3;
constexpr int kRelation = 4;
constexpr int kSum = 5;
constexpr int kProduct = 6;
constexpr int kPower = 7;
constexpr int kAtom = 8;

auto Relation(ir::RelationalOperator op) -> const char* {
  switch (op) {
    case ir::RelationalOperator::kEqual:
      return "=";
    case ir::RelationalOperator::kNotEqual:
      return "NOT =";
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

auto Arithmetic(ir::ArithmeticOperator op) -> std::pair<const char*, int> {
  switch (op) {
    case ir::ArithmeticOperator::kAdd:
      return {"+", kSum};
    case ir::ArithmeticOperator::kSubtract:
      return {"-", kSum};
    case ir::ArithmeticOperator::kMultiply:
      return {"*", kProduct};
    case ir::ArithmeticOperator::kDivide:
      return {"/", kProduct};
    case ir::ArithmeticOperator::kPower:
      return {"**", kPower};
    case ir::ArithmeticOperator::kConcatenate:
      return {"//", kSum};
  }
  return {"?", kAtom};
}

}  // namespace

auto UpperCaseName(std::string_view text) -> std::string {
  std::string upper(text);
  for (char& c : upper) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return upper;
}

auto ExpressionRenderer::FieldName(ir::FieldId id) const -> std::string {
  if (!id.is_valid()) return "?";
  std::string_view name = module_.str(module_.fields().Get(id).name);
  return name.empty() ? "FILLER" : UpperCaseName(name);
}

auto ExpressionRenderer::Render(ir::ExpressionId id, std::set<std::string>* reads) const
    -> std::string {
  return RenderOperand(id, reads, 0);
}

auto ExpressionRenderer::RenderOperand(ir::ExpressionId id, std::set<std::string>* reads,
                                       int parent) const -> std::string {
  if (!id.is_valid()) return "";
  int own = kAtom;
  std::string text = ir::VisitExpression(module_, id, [&](const auto& node) -> std::string {
    using Node = std::decay_t<decltype(node)>;
    if constexpr (std::is_same_v<Node, ir::NumericLiteralExpression>) {
      std::string_view written = module_.str(node.text);
      return written.empty() ? std::string(module_.str(node.digits)) : std::string(written);
    } else if constexpr (std::is_same_v<Node, ir::StringLiteralExpression>) {
      return "'" + std::string(module_.str(node.value)) + "'";
    } else if constexpr (std::is_same_v<Node, ir::FigurativeExpression>) {
      return UpperCaseName(ir::Spelling(node.constant));
    } else if constexpr (std::is_same_v<Node, ir::AllLiteralExpression>) {
      return "ALL " + RenderOperand(node.literal, reads, kAtom);
    } else if constexpr (std::is_same_v<Node, ir::DataRefExpression>) {
      std::string name = FieldName(node.field);
      for (ir::FieldId qualifier : node.qualifiers) name += " OF " + FieldName(qualifier);
      if (reads != nullptr) reads->insert(name);
      if (!node.subscripts.empty()) {
        name += " (";
        for (size_t i = 0; i < node.subscripts.size(); ++i) {
          name += (i == 0 ? "" : " ") + RenderOperand(node.subscripts[i], reads, 0);
        }
        name += ")";
      }
      if (node.refmod_start.is_valid()) {
        name += " (" + RenderOperand(node.refmod_start, reads, 0) + ":" +
                RenderOperand(node.refmod_length, reads, 0) + ")";
      }
      return name;
    } else if constexpr (std::is_same_v<Node, ir::ConditionNameRefExpression>) {
      const ir::ConditionName& condition = module_.condition_names().Get(node.condition);
      std::string name = UpperCaseName(module_.str(condition.name));
      if (reads != nullptr) {
        reads->insert(name);
        reads->insert(FieldName(condition.field));
      }
      return name;
    } else if constexpr (std::is_same_v<Node, ir::SpecialRegisterExpression>) {
      std::string name = UpperCaseName(ir::Spelling(node.which));
      if (node.operand.is_valid()) name += " OF " + RenderOperand(node.operand, reads, kAtom);
      return name;
    } else if constexpr (std::is_same_v<Node, ir::BinaryExpression>) {
      auto [symbol, precedence] = Arithmetic(node.op);
      own = precedence;
      return RenderOperand(node.left, reads, precedence) + " " + symbol + " " +
             RenderOperand(node.right, reads, precedence + 1);
    } else if constexpr (std::is_same_v<Node, ir::UnaryExpression>) {
      return std::string(node.op == ir::UnaryOperator::kNegate ? "-" : "+") +
             RenderOperand(node.operand, reads, kAtom);
    } else if constexpr (std::is_same_v<Node, ir::DecimalAlignExpression>) {
      return RenderOperand(node.operand, reads, parent);
    } else if constexpr (std::is_same_v<Node, ir::IntrinsicCallExpression>) {
      std::string call = "FUNCTION " + UpperCaseName(module_.str(node.function));
      if (!node.arguments.empty()) {
        call += " (";
        for (size_t i = 0; i < node.arguments.size(); ++i) {
          call += (i == 0 ? "" : " ") + RenderOperand(node.arguments[i], reads, 0);
        }
        call += ")";
      }
      return call;
    } else if constexpr (std::is_same_v<Node, ir::RelationalExpression>) {
      own = kRelation;
      return RenderOperand(node.left, reads, kRelation + 1) + " " + Relation(node.op) + " " +
             RenderOperand(node.right, reads, kRelation + 1);
    } else if constexpr (std::is_same_v<Node, ir::ClassConditionExpression>) {
      own = kRelation;
      std::string class_name = node.data_class == ir::DataClass::kUserDefined
                                   ? UpperCaseName(module_.str(node.class_name))
                                   : UpperCaseName(ir::Spelling(node.data_class));
      return RenderOperand(node.operand, reads, kRelation + 1) +
             (node.negated ? " IS NOT " : " IS ") + class_name;
    } else if constexpr (std::is_same_v<Node, ir::SignConditionExpression>) {
      own = kRelation;
      return RenderOperand(node.operand, reads, kRelation + 1) +
             (node.negated ? " IS NOT " : " IS ") + UpperCaseName(ir::Spelling(node.sign));
    } else if constexpr (std::is_same_v<Node, ir::NotExpression>) {
      own = kNot;
      return "NOT " + RenderOperand(node.operand, reads, kNot);
    } else if constexpr (std::is_same_v<Node, ir::LogicalExpression>) {
      own = node.op == ir::LogicalOperator::kOr ? kOr : kAnd;
      return RenderOperand(node.left, reads, own) + " " + UpperCaseName(ir::Spelling(node.op)) +
             " " + RenderOperand(node.right, reads, own);
    } else if constexpr (std::is_same_v<Node, ir::LogicalLiteralExpression>) {
      return node.value ? "TRUE" : "FALSE";
    } else {
      return "(" + std::string(ir::KindName(module_.expressions().kind(id))) + ")";
    }
  });
  return own < parent ? "(" + text + ")" : text;
}

}  // namespace remint::analysis
