#include "analyzers/rules/rules.h"

#include <fmt/format.h>

#include <map>
#include <set>
#include <string_view>
#include <tuple>
#include <type_traits>

#include "analyzers/rules/render.h"
#include "base/sha256.h"
#include "ir/procedure_walk.h"
#include "ir/reflection.h"
#include "ir/statement_walk.h"

namespace remint::analysis {
namespace {

class RuleExtractor {
 public:
  RuleExtractor(const ir::Module& module, ir::UnitId unit)
      : module_(module), render_(module), unit_(module.units().Get(unit)) {
    program_ = std::string(module.str(unit_.name));
  }

  auto Extract() -> std::vector<Rule> {
    ir::ForEachProcedure(
        module_, unit_,
        [&](ir::ParagraphId id, ir::ParagraphId section, const ir::StatementList& body) {
          procedure_ = id.is_valid() ? ProcedureName(id) : "(start)";
          if (section.is_valid()) procedure_ += " OF " + ProcedureName(section);
          ir::ForEachStatement(module_, body,
                               [&](ir::StatementId statement) { Statement(statement); });
        });
    return std::move(rules_);
  }

 private:
  void Statement(ir::StatementId id) {
    const ir::StatementArena& statements = module_.statements();
    if (const auto* branch = statements.TryGet<ir::IfStatement>(id)) {
      Rule& rule = Add(id, "if", branch->condition);
      Guard(rule, branch->then_branch, "");
      Guard(rule, branch->else_branch, "otherwise: ");
    } else if (const auto* evaluate = statements.TryGet<ir::EvaluateStatement>(id)) {
      for (const ir::WhenClause& when : evaluate->whens) {
        std::set<std::string> reads;
        Rule& rule = AddText(id, "when", WhenCondition(*evaluate, when, reads));
        rule.reads.insert(rule.reads.end(), reads.begin(), reads.end());
        rule.decision_line = WhenLine(when, rule.line);
        Guard(rule, when.body, "");
      }
    } else if (const auto* search = statements.TryGet<ir::SearchStatement>(id)) {
      for (const ir::SearchWhen& when : search->whens) {
        Guard(Add(id, "search when", when.condition), when.body, "");
      }
    } else if (const auto* loop = statements.TryGet<ir::LoopStatement>(id)) {
      if ((loop->kind == ir::LoopKind::kUntil || loop->kind == ir::LoopKind::kWhile) &&
          loop->condition.is_valid()) {
        Guard(Add(id, std::string(ir::Spelling(loop->kind)), loop->condition), loop->body, "");
      }
    } else if (const auto* compute = statements.TryGet<ir::ComputeStatement>(id)) {
      Computation(id, ComputeFormula(*compute));
    } else if (const auto* arithmetic = statements.TryGet<ir::ArithmeticStatement>(id)) {
      Computation(id, ArithmeticFormula(*arithmetic));
    }
    Phrases(id);
  }

  // Conditional phrases with statements in them: each a rule on the statement it belongs to.
  void Phrases(ir::StatementId id) {
    ir::VisitStatement(module_, id, [&](const auto& node) {
      using Node = std::decay_t<decltype(node)>;
      if constexpr (!std::is_same_v<Node, ir::EvaluateStatement>) {
        ir::VisitFields(node, [&](std::string_view name, const auto& field, ir::FieldRole) {
          if constexpr (std::is_same_v<std::decay_t<decltype(field)>, ir::OptionalStatementList>) {
            if (!field || field->empty() || name.starts_with("not_")) return;
            std::string kind(name);  // on_size_error -> "on size error"
            for (char& c : kind) c = c == '_' ? ' ' : c;
            Rule& rule = AddText(id, kind, Action(id));
            Guard(rule, *field, "");
          }
        });
      }
    });
  }

  auto Add(ir::StatementId id, const std::string& kind, ir::ExpressionId condition) -> Rule& {
    std::set<std::string> reads;
    std::string text = render_.Render(condition, &reads);
    Rule& rule = AddText(id, kind, text);
    rule.reads.assign(reads.begin(), reads.end());
    return rule;
  }

  auto AddText(ir::StatementId id, const std::string& kind, const std::string& condition) -> Rule& {
    Rule rule;
    rule.program = program_;
    rule.procedure = procedure_;
    rule.kind = kind;
    rule.condition = condition;
    SourceLoc loc = module_.statements().loc(id);
    const auto& paths = module_.sources().paths;
    rule.file = loc.file.is_valid() && loc.file.index < paths.size() ? paths[loc.file.index] : "";
    rule.line = loc.line;
    rule.end_line = loc.line;
    rule.decision_line = loc.line;
    rule_file_ = loc.file;
    // Anchored to what the rule is, never to where: the n-th identical rule of the procedure.
    int occurrence = ++occurrences_[std::make_tuple(procedure_, kind, condition)];
    Sha256 hash;
    hash.Update(program_ + "\n" + procedure_ + "\n" + kind + "\n" + condition + "\n" +
                std::to_string(occurrence));
    rule.id = "R-" + hash.FinishHex().substr(0, 10);
    rules_.push_back(std::move(rule));
    return rules_.back();
  }

  void Computation(ir::StatementId id, const std::string& formula) {
    Rule& rule = AddText(id, "computation", formula);
    std::set<std::string> reads;
    std::set<std::string> writes;
    ReadsAndWrites(id, reads, writes);
    rule.reads.assign(reads.begin(), reads.end());
    rule.writes.assign(writes.begin(), writes.end());
  }

  // The guarded statements as action lines, and everything they write.
  void Guard(Rule& rule, const ir::StatementList& list, const std::string& prefix) {
    std::set<std::string> writes(rule.writes.begin(), rule.writes.end());
    std::set<std::string> performs(rule.performs.begin(), rule.performs.end());
    for (ir::StatementId id : list) rule.actions.push_back(prefix + Action(id));
    std::set<std::string> ignored;
    ir::ForEachStatement(module_, list, [&](ir::StatementId id) {
      SourceLoc loc = module_.statements().loc(id);
      if (loc.file == rule_file_ && loc.line > rule.end_line) rule.end_line = loc.line;
      ReadsAndWrites(id, ignored, writes);
      if (const auto* perform = module_.statements().TryGet<ir::PerformStatement>(id)) {
        performs.insert(ProcedureName(perform->procedures.first));
      }
    });
    rule.writes.assign(writes.begin(), writes.end());
    rule.performs.assign(performs.begin(), performs.end());
  }

  auto Names(const ir::ExpressionList& list, std::set<std::string>* reads) const -> std::string {
    std::string text;
    for (ir::ExpressionId id : list) text += (text.empty() ? "" : ", ") + render_.Render(id, reads);
    return text;
  }

  // The receiving items; `rounding` marks those ROUNDED (and a mode other than the default).
  auto Targets(const std::vector<ir::ArithmeticTarget>& targets, bool rounding) const
      -> std::string {
    std::string text;
    for (const ir::ArithmeticTarget& target : targets) {
      text += (text.empty() ? "" : ", ") + render_.Render(target.target);
      if (!rounding || target.rounding == ir::RoundingMode::kNone) continue;
      text += target.rounding == ir::RoundingMode::kNearestAwayFromZero
                  ? " ROUNDED"
                  : " ROUNDED MODE " + UpperCaseName(ir::Spelling(target.rounding));
    }
    return text;
  }

  auto ComputeFormula(const ir::ComputeStatement& compute) const -> std::string {
    return Targets(compute.targets, true) + " = " + render_.Render(compute.value);
  }

  // As docs/ir.md gives each form's meaning.
  auto ArithmeticFormula(const ir::ArithmeticStatement& node) const -> std::string {
    std::vector<std::string> operands;
    for (ir::ExpressionId id : node.operands) operands.push_back(render_.Render(id));
    auto chain = [&](const char* op) {
      std::string text;
      for (const std::string& operand : operands) text += (text.empty() ? "" : op) + operand;
      return text;
    };
    // The receiving item's own value, as the statement uses it (several: as a list).
    std::string target = Targets(node.targets, false);
    if (node.targets.size() > 1) target = "(" + target + ")";
    std::string g = node.giving_operand.is_valid() ? render_.Render(node.giving_operand) : "";
    std::string first = operands.empty() ? "?" : operands.front();
    std::string formula;
    switch (node.verb) {
      case ir::ArithmeticVerb::kAdd:
        formula = node.giving ? chain(" + ") + (g.empty() ? "" : " + " + g)
                              : target + " + " + chain(" + ");
        break;
      case ir::ArithmeticVerb::kSubtract:
        formula = node.giving ? g + " - " + chain(" - ") : target + " - " + chain(" - ");
        break;
      case ir::ArithmeticVerb::kMultiply:
        formula = first + " * " + (node.giving ? g : target);
        break;
      case ir::ArithmeticVerb::kDivide:
        formula = node.divide_by ? first + " / " + g : (node.giving ? g : target) + " / " + first;
        break;
    }
    std::string text = Targets(node.targets, true) + " = " + formula;
    if (node.remainder) text += ", REMAINDER " + render_.Render(node.remainder->target);
    return text;
  }

  // Where a WHEN is: its first object (as the emitter tags it), else its first statement.
  auto WhenLine(const ir::WhenClause& when, uint32_t evaluate_line) const -> uint32_t {
    for (const ir::WhenAlternative& alternative : when.alternatives) {
      for (const ir::WhenObject& object : alternative.objects) {
        if (object.value.is_valid()) return module_.expressions().loc(object.value).line;
      }
    }
    if (!when.body.empty()) return module_.statements().loc(when.body.front()).line;
    return evaluate_line;
  }

  // One line for a guarded statement.
  auto Action(ir::StatementId id) const -> std::string {
    const ir::StatementArena& statements = module_.statements();
    if (const auto* move = statements.TryGet<ir::MoveStatement>(id)) {
      return "MOVE " + render_.Render(move->source) + " TO " + Names(move->targets, nullptr);
    }
    if (const auto* compute = statements.TryGet<ir::ComputeStatement>(id)) {
      return "COMPUTE " + ComputeFormula(*compute);
    }
    if (const auto* arithmetic = statements.TryGet<ir::ArithmeticStatement>(id)) {
      return ArithmeticFormula(*arithmetic);
    }
    if (const auto* perform = statements.TryGet<ir::PerformStatement>(id)) {
      std::string text = "PERFORM " + ProcedureName(perform->procedures.first);
      if (perform->procedures.last.is_valid() &&
          perform->procedures.last != perform->procedures.first) {
        text += " THRU " + ProcedureName(perform->procedures.last);
      }
      return text;
    }
    if (const auto* go = statements.TryGet<ir::GoToStatement>(id)) {
      std::string text = "GO TO";
      for (const ir::JumpTarget& target : go->targets) {
        if (const auto* paragraph = std::get_if<ir::ParagraphId>(&target)) {
          text += " " + ProcedureName(*paragraph);
        }
      }
      return text;
    }
    if (const auto* set = statements.TryGet<ir::SetStatement>(id)) {
      std::string value = set->value.is_valid() ? " TO " + render_.Render(set->value) : "";
      return "SET " + Names(set->targets, nullptr) + value;
    }
    if (const auto* branch = statements.TryGet<ir::IfStatement>(id)) {
      return "IF " + render_.Render(branch->condition) + " (a rule of its own)";
    }
    if (const auto* evaluate = statements.TryGet<ir::EvaluateStatement>(id)) {
      return "EVALUATE " + Names(evaluate->subjects, nullptr) + " (a rule per WHEN)";
    }
    if (const auto* call = statements.TryGet<ir::CallStatement>(id)) {
      return "CALL " + render_.Render(call->target);
    }
    if (const auto* display = statements.TryGet<ir::DisplayStatement>(id)) {
      return "DISPLAY " + Names(display->items, nullptr);
    }
    // Any other statement: its verb, and the file it works on if it names one.
    std::string text = UpperCaseName(ir::KindName(statements.kind(id)));
    for (char& c : text) c = c == '-' ? ' ' : c;
    ir::VisitStatement(module_, id, [&](const auto& node) {
      bool named = false;
      ir::VisitFields(node, [&](std::string_view, const auto& field, ir::FieldRole) {
        if constexpr (std::is_same_v<std::decay_t<decltype(field)>, ir::FileDescriptionId>) {
          if (!named && field.is_valid()) {
            text += " " + UpperCaseName(module_.str(module_.files().Get(field).name));
            named = true;
          }
        }
      });
    });
    return text;
  }

  auto ProcedureName(ir::ParagraphId id) const -> std::string {
    return id.is_valid() ? std::string(module_.str(module_.paragraphs().Get(id).name)) : "?";
  }

  // The data a statement reads and the data it changes (its targets).
  void ReadsAndWrites(ir::StatementId id, std::set<std::string>& reads,
                      std::set<std::string>& writes) const {
    const ir::StatementArena& statements = module_.statements();
    auto write = [&](ir::ExpressionId target) {
      if (target.is_valid()) render_.Render(target, &writes);
    };
    if (const auto* move = statements.TryGet<ir::MoveStatement>(id)) {
      render_.Render(move->source, &reads);
      for (ir::ExpressionId target : move->targets) write(target);
    } else if (const auto* compute = statements.TryGet<ir::ComputeStatement>(id)) {
      render_.Render(compute->value, &reads);
      for (const ir::ArithmeticTarget& target : compute->targets) write(target.target);
    } else if (const auto* arithmetic = statements.TryGet<ir::ArithmeticStatement>(id)) {
      for (ir::ExpressionId operand : arithmetic->operands) render_.Render(operand, &reads);
      if (arithmetic->giving_operand.is_valid()) render_.Render(arithmetic->giving_operand, &reads);
      for (const ir::ArithmeticTarget& target : arithmetic->targets) {
        write(target.target);
        if (!arithmetic->giving) render_.Render(target.target, &reads);
      }
      if (arithmetic->remainder) write(arithmetic->remainder->target);
    } else if (const auto* initialize = statements.TryGet<ir::InitializeStatement>(id)) {
      for (ir::ExpressionId target : initialize->targets) write(target);
    } else if (const auto* set = statements.TryGet<ir::SetStatement>(id)) {
      for (ir::ExpressionId target : set->targets) write(target);
    } else if (const auto* string = statements.TryGet<ir::StringStatement>(id)) {
      write(string->into);
    } else if (const auto* unstring = statements.TryGet<ir::UnstringStatement>(id)) {
      for (const ir::UnstringTarget& target : unstring->targets) write(target.into);
    }
  }

  auto WhenCondition(const ir::EvaluateStatement& evaluate, const ir::WhenClause& when,
                     std::set<std::string>& reads) const -> std::string {
    std::string text;
    for (const ir::WhenAlternative& alternative : when.alternatives) {
      std::string part;
      for (size_t i = 0; i < alternative.objects.size(); ++i) {
        const ir::WhenObject& object = alternative.objects[i];
        ir::ExpressionId subject_id =
            i < evaluate.subjects.size() ? evaluate.subjects[i] : ir::ExpressionId();
        bool subject_is_truth = subject_id.is_valid() &&
                                module_.expressions().Is<ir::LogicalLiteralExpression>(subject_id);
        std::string subject = render_.Render(subject_id, &reads);
        std::string test;
        switch (object.kind) {
          case ir::WhenObjectKind::kAny:
            continue;
          case ir::WhenObjectKind::kTrue:
            test = subject;
            break;
          case ir::WhenObjectKind::kFalse:
            test = "NOT " + subject;
            break;
          case ir::WhenObjectKind::kCondition:
            test = render_.Render(object.value, &reads);
            if (subject == "FALSE") test = "NOT (" + test + ")";
            break;
          case ir::WhenObjectKind::kRange:
            test = subject + " FROM " + render_.Render(object.value, &reads) + " THRU " +
                   render_.Render(object.thru, &reads);
            break;
          case ir::WhenObjectKind::kValue:
            test = subject_is_truth ? render_.Render(object.value, &reads)
                                    : subject + " = " + render_.Render(object.value, &reads);
            break;
        }
        if (object.negated) test = "NOT (" + test + ")";
        part += (part.empty() ? "" : " AND ") + test;
      }
      if (part.empty()) part = "ANY";
      text += (text.empty() ? "" : " OR ") + part;
    }
    return text;
  }

  const ir::Module& module_;
  ExpressionRenderer render_;
  const ir::Unit& unit_;
  std::string program_;
  std::string procedure_;
  FileId rule_file_;  // the file of the rule being filled
  std::vector<Rule> rules_;
  std::map<std::tuple<std::string, std::string, std::string>, int> occurrences_;
};

}  // namespace

auto ExtractRules(const ir::Module& module, ir::UnitId unit) -> std::vector<Rule> {
  return RuleExtractor(module, unit).Extract();
}

auto FormatRules(const std::vector<Rule>& rules) -> std::string {
  std::string text;
  for (const Rule& rule : rules) {
    text += fmt::format("{} {} {} ({}:{}) {}: {}\n", rule.id, rule.program, rule.procedure,
                        rule.file, rule.line, rule.kind, rule.condition);
    auto list = [&](const char* what, const std::vector<std::string>& names) {
      if (names.empty()) return;
      text += std::string("  ") + what + ":";
      for (const std::string& name : names) text += " " + name;
      text += "\n";
    };
    list("reads", rule.reads);
    list("writes", rule.writes);
    list("performs", rule.performs);
    for (const std::string& action : rule.actions) text += "  - " + action + "\n";
  }
  return text;
}

}  // namespace remint::analysis
