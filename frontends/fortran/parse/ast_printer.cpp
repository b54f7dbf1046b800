#include "frontends/fortran/parse/ast_printer.h"

#include <type_traits>

namespace remint::fortran {
namespace {

class Printer {
 public:
  explicit Printer(const ParsedFile& file) : file_(file) {}

  auto Expr(ExprId id) -> std::string {
    if (id == kNoExpr) return "-";
    const fortran::Expr& expr = file_.expr(id);
    switch (expr.kind) {
      case ExprKind::kInteger:
      case ExprKind::kReal:
      case ExprKind::kName:
        return expr.text;
      case ExprKind::kLogical:
        return "." + expr.text + ".";
      case ExprKind::kCharacter: {
        std::string quoted = "'";
        for (char c : expr.text) {
          quoted += c;
          if (c == '\'') quoted += c;
        }
        return quoted + "'";
      }
      case ExprKind::kHollerith:
        return std::to_string(expr.text.size()) + "H" + expr.text;
      case ExprKind::kStar:
        return "*";
      case ExprKind::kLabel:
        return "@" + expr.text;
      case ExprKind::kApply:
        return List("apply " + expr.text, expr.operands);
      case ExprKind::kSubstring:
        return List("substr", expr.operands);
      case ExprKind::kRange:
        return List("range", expr.operands);
      case ExprKind::kKeyword:
        return List(expr.text + "=", expr.operands);
      case ExprKind::kUnary:
      case ExprKind::kBinary:
        return List(std::string(OperatorSpelling(expr.op)), expr.operands);
      case ExprKind::kParen:
        return List("paren", expr.operands);
      case ExprKind::kComplex:
        return List("complex", expr.operands);
      case ExprKind::kImpliedDo:
        return List("implied-do", expr.operands);
    }
    return "?";
  }

  auto List(const std::string& head, const std::vector<ExprId>& operands) -> std::string {
    std::string text = "(" + head;
    for (ExprId operand : operands) text += " " + Expr(operand);
    return text + ")";
  }

  auto Exprs(const std::vector<ExprId>& ids) -> std::string {
    std::string text = "[";
    for (size_t i = 0; i < ids.size(); ++i) text += (i > 0 ? " " : "") + Expr(ids[i]);
    return text + "]";
  }

  static auto Label(const LabelRef& label) -> std::string { return std::to_string(label.label); }

  auto Type(const TypeSpec& type) -> std::string {
    std::string text(BaseTypeSpelling(type.base));
    if (type.base == BaseType::kDerived) text += "(" + type.derived_name + ")";
    if (type.kind != kNoExpr) text += " kind=" + Expr(type.kind);
    if (type.length != kNoExpr) text += " len=" + Length(type.length);
    return text;
  }

  // A length as written after `*`: 8, (*), (N+1).
  auto Length(ExprId id) -> std::string {
    const fortran::Expr& expr = file_.expr(id);
    if (expr.kind == ExprKind::kStar) return "(*)";
    if (expr.kind == ExprKind::kInteger || expr.kind == ExprKind::kName) return expr.text;
    return "(" + Expr(id) + ")";
  }

  auto Dimensions(const std::vector<Dimension>& dimensions) -> std::string {
    if (dimensions.empty()) return "";
    std::string text = "(";
    for (size_t i = 0; i < dimensions.size(); ++i) {
      if (i > 0) text += ",";
      if (dimensions[i].lower != kNoExpr) text += Expr(dimensions[i].lower) + ":";
      text += Expr(dimensions[i].upper);
    }
    return text + ")";
  }

  auto Entity(const EntityDecl& entity) -> std::string {
    std::string text = entity.name + Dimensions(entity.dimensions);
    if (entity.length != kNoExpr) text += "*" + Length(entity.length);
    if (entity.initializer != kNoExpr) text += "=" + Expr(entity.initializer);
    if (!entity.initial_values.empty()) text += "/" + Exprs(entity.initial_values) + "/";
    return text;
  }

  auto Entities(const std::vector<EntityDecl>& entities) -> std::string {
    std::string text;
    for (size_t i = 0; i < entities.size(); ++i) text += (i > 0 ? ", " : "") + Entity(entities[i]);
    return text;
  }

  auto Payload(const StatementPayload& payload) -> std::string {
    return std::visit([this](const auto& value) { return Print(value); }, payload);
  }

  auto Print(const PlainStmt& s) -> std::string { return s.name; }
  auto Print(const AssignmentStmt& s) -> std::string {
    return Expr(s.target) + " = " + Expr(s.value);
  }
  auto Print(const ConditionStmt& s) -> std::string { return Expr(s.condition); }
  auto Print(const LogicalIfStmt& s) -> std::string {
    const Statement& controlled = file_.controlled[s.controlled];
    return Expr(s.condition) + " -> " + Line(controlled, /*with_location=*/false);
  }
  auto Print(const ArithmeticIfStmt& s) -> std::string {
    return Expr(s.value) + " " + Label(s.negative) + "," + Label(s.zero) + "," + Label(s.positive);
  }
  auto Print(const DoStmt& s) -> std::string {
    std::string text;
    if (s.terminal) text += "terminal=" + Label(*s.terminal) + " ";
    if (s.while_condition != kNoExpr) return text + "while " + Expr(s.while_condition);
    if (s.variable == kNoExpr) return text;
    text += Expr(s.variable) + " = " + Expr(s.start) + ", " + Expr(s.end);
    if (s.step != kNoExpr) text += ", " + Expr(s.step);
    return text;
  }
  auto Print(const GotoStmt& s) -> std::string {
    std::string text = "(";
    for (size_t i = 0; i < s.targets.size(); ++i) {
      text += (i > 0 ? "," : "") + Label(s.targets[i]);
    }
    text += ")";
    if (s.selector != kNoExpr) text += " " + Expr(s.selector);
    return text;
  }
  auto Print(const AssignStmt& s) -> std::string {
    return Label(s.label) + " TO " + Expr(s.variable);
  }
  auto Print(const CallStmt& s) -> std::string { return s.name + " " + Exprs(s.arguments); }
  auto Print(const ValueStmt& s) -> std::string { return s.value == kNoExpr ? "" : Expr(s.value); }
  auto Print(const UnitHeaderStmt& s) -> std::string {
    std::string text;
    for (const std::string& prefix : s.prefixes) text += prefix + " ";
    if (s.result_type) text += Type(*s.result_type) + " ";
    text += s.name;
    if (!s.dummies.empty()) {
      text += "(";
      for (size_t i = 0; i < s.dummies.size(); ++i) text += (i > 0 ? "," : "") + s.dummies[i];
      text += ")";
    }
    return text;
  }
  auto Print(const DeclarationStmt& s) -> std::string {
    std::string text;
    if (s.type) text += Type(*s.type);
    for (const std::string& attribute : s.attributes) {
      text += ", " + attribute;
      if (attribute == "DIMENSION") text += Dimensions(s.attribute_dimensions);
    }
    if (s.type) text += " :: ";
    text += Entities(s.entities);
    for (const std::string& block : s.common_blocks) {
      text += (text.empty() ? "/" : " /") + block + "/";
    }
    return text;
  }
  auto Print(const ParameterStmt& s) -> std::string {
    std::string text;
    for (size_t i = 0; i < s.constants.size(); ++i) {
      text += (i > 0 ? ", " : "") + s.constants[i].name + "=" + Expr(s.constants[i].value);
    }
    return text;
  }
  auto Print(const ImplicitStmt& s) -> std::string {
    std::string text;
    for (size_t i = 0; i < s.rules.size(); ++i) {
      text += (i > 0 ? ", " : "") + Type(s.rules[i].type) + " (";
      for (size_t j = 0; j < s.rules[i].letters.size(); ++j) {
        auto [from, to] = s.rules[i].letters[j];
        text += (j > 0 ? "," : "") + std::string(1, from);
        if (to != from) text += "-" + std::string(1, to);
      }
      text += ")";
    }
    return text;
  }
  auto Print(const CommonStmt& s) -> std::string {
    std::string text;
    for (size_t i = 0; i < s.groups.size(); ++i) {
      text +=
          (i > 0 ? " " : "") + ("/" + s.groups[i].block + "/ ") + Entities(s.groups[i].entities);
    }
    return text;
  }
  auto Print(const EquivalenceStmt& s) -> std::string {
    std::string text;
    for (size_t i = 0; i < s.sets.size(); ++i) text += (i > 0 ? " " : "") + Exprs(s.sets[i]);
    return text;
  }
  auto Print(const DataStmt& s) -> std::string {
    std::string text;
    for (size_t i = 0; i < s.sets.size(); ++i) {
      text += (i > 0 ? " " : "") + Exprs(s.sets[i].objects) + " /";
      for (size_t j = 0; j < s.sets[i].values.size(); ++j) {
        const DataValue& value = s.sets[i].values[j];
        text += (j > 0 ? " " : "");
        if (value.repeat != kNoExpr) text += Expr(value.repeat) + "*";
        text += Expr(value.value);
      }
      text += "/";
    }
    return text;
  }
  auto Print(const FormatStmt& s) -> std::string { return s.text; }
  auto Print(const IoStmt& s) -> std::string {
    std::string text = s.has_control_list ? "(" : "";
    for (size_t i = 0; i < s.controls.size(); ++i) {
      text += (i > 0 ? " " : "") + s.controls[i].keyword + "=" + Expr(s.controls[i].value);
    }
    if (s.has_control_list) text += ")";
    if (!s.items.empty()) text += " " + Exprs(s.items);
    return text;
  }
  auto Print(const ExprListStmt& s) -> std::string {
    return s.name + (s.exprs.empty() ? "" : " " + Exprs(s.exprs));
  }

  auto Line(const Statement& statement, bool with_location) -> std::string {
    std::string line;
    if (with_location) {
      line += std::to_string(statement.loc.line) + ":" + std::to_string(statement.loc.column) + " ";
      if (statement.label) line += std::to_string(*statement.label) + " ";
    }
    if (!statement.valid) line += "! ";
    line += std::string(StatementKindName(statement.kind));
    // A statement that did not parse has an empty payload; its kind is all there is to show.
    if (!statement.valid) return line;
    std::string operands = Payload(statement.payload);
    if (!operands.empty()) line += ": " + operands;
    return line;
  }

 private:
  const ParsedFile& file_;
};

}  // namespace

auto PrintExpr(const ParsedFile& file, ExprId id) -> std::string { return Printer(file).Expr(id); }

auto PrintParsedFile(const ParsedFile& file) -> std::string {
  Printer printer(file);
  std::string text;
  for (const Statement& statement : file.statements) {
    text += printer.Line(statement, /*with_location=*/true) + "\n";
  }
  return text;
}

}  // namespace remint::fortran
