// Procedure invariants: control transfers, MOVE rules, EVALUATE shapes, conditions, references,
// labels and job steps.
#include <algorithm>
#include <unordered_map>
#include <vector>

#include "ir/arithmetic_model.h"
#include "ir/move_rules.h"
#include "ir/reflection.h"
#include "ir/storage_layout.h"
#include "ir/verify_context.h"

namespace remint::ir {
namespace {

class ProcedureChecker {
 public:
  explicit ProcedureChecker(VerifyContext& context) : context_(context), module_(context.module()) {
    // Source order of every procedure of a unit: sections each followed by their paragraphs.
    for (UnitId unit_id : module_.units().Ids()) {
      uint32_t ordinal = 0;
      for (ParagraphId procedure : module_.unit(unit_id).procedures) {
        order_[procedure.index] = ordinal++;
        for (ParagraphId paragraph : module_.paragraph(procedure).paragraphs) {
          order_[paragraph.index] = ordinal++;
        }
      }
    }
  }

  void CheckUnit(UnitId unit_id) {
    unit_ = unit_id;
    const Unit& unit = module_.unit(unit_id);
    CheckCollatingTable(unit);
    CheckList(unit.body);
    for (ParagraphId procedure : unit.procedures) {
      CheckList(module_.paragraph(procedure).body);
      for (ParagraphId paragraph : module_.paragraph(procedure).paragraphs) {
        CheckList(module_.paragraph(paragraph).body);
      }
    }
  }

  // A literal alphabet's order: a weight per byte, each a byte itself (cobc's table is 256
  // unsigned chars), and HIGH-VALUE and LOW-VALUE bytes; only a `literal` sequence has one.
  void CheckCollatingTable(const Unit& unit) {
    const CollatingTable& table = unit.collating_table;
    auto report = [&](std::string_view problem) {
      context_.Report(DiagnosticKind::kIrCollatingTableInvalid, unit.loc, context_.Name(unit.name),
                      problem);
    };
    if (table.weights.empty()) {
      if (table.low_value != 0 || table.high_value != 0) {
        report("has HIGH-VALUE or LOW-VALUE bytes without weights");
      }
      return;
    }
    if (unit.collating_sequence != CollatingSequence::kLiteral) {
      report("belongs to no literal alphabet");
    } else if (table.weights.size() != 256) {
      report("does not weigh each of the 256 bytes");
    } else if (std::ranges::any_of(table.weights, [](uint32_t weight) { return weight > 255; }) ||
               table.low_value > 255 || table.high_value > 255) {
      report("holds a value beyond a byte");
    }
  }

  void CheckExpressions() {
    for (uint32_t i = 0; i < module_.expressions().size(); ++i) {
      ExpressionId id(i);
      CheckArithmetic(id);
      const auto* ref = module_.expressions().TryGet<DataRefExpression>(id);
      if (ref == nullptr) continue;
      const Field& field = module_.field(ref->field);
      SourceLoc loc = module_.expressions().loc(id);
      uint32_t needed = SubscriptCount(module_, ref->field);
      // No subscripts is a whole-array reference (SEARCH table, Fortran array argument).
      if (!ref->subscripts.empty() && ref->subscripts.size() != needed) {
        context_.Report(DiagnosticKind::kIrSubscriptCount, loc, context_.Name(field.name),
                        ref->subscripts.size(), needed);
      }
      TypeId type = module_.expression_type(id);
      if (!ref->refmod_start.is_valid() && field.type.is_valid() && type != field.type) {
        context_.Report(DiagnosticKind::kIrReferenceTypeMismatch, loc, context_.Name(field.name),
                        type.index, field.type.index);
      }
    }
  }

  // COBOL arithmetic carries the type its operands give (ir/arithmetic_model.h): a binary or
  // unary expression with a COBOL operand or an intermediate type, and every decimal-align.
  void CheckArithmetic(ExpressionId id) {
    const ExpressionArena& expressions = module_.expressions();
    const StorageSizeOptions& sizes = context_.options().sizes;
    const TypeId type = module_.expression_type(id);
    std::optional<ArithmeticValue> expected;
    if (const auto* binary = expressions.TryGet<BinaryExpression>(id)) {
      if (binary->op != ArithmeticOperator::kConcatenate &&
          (IsIntermediate(module_, type) ||
           IsCobolArithmeticOperand(module_, module_.expression_type(binary->left)) ||
           IsCobolArithmeticOperand(module_, module_.expression_type(binary->right)))) {
        expected = BinaryValue(module_, binary->op, binary->left, binary->right, sizes);
      }
    } else if (const auto* unary = expressions.TryGet<UnaryExpression>(id)) {
      if (IsIntermediate(module_, type) ||
          IsCobolArithmeticOperand(module_, module_.expression_type(unary->operand))) {
        expected = UnaryValue(module_, unary->op, unary->operand, sizes);
      }
    } else if (const auto* align = expressions.TryGet<DecimalAlignExpression>(id)) {
      expected = AlignValue(module_, align->operand, align->places, sizes);
    }
    if (!expected) return;
    const bool matches = std::visit(
        [&](const auto& value) {
          using T = std::decay_t<decltype(value)>;
          const auto* actual = type.is_valid() ? module_.types().TryGet<T>(type) : nullptr;
          return actual != nullptr && *actual == value;
        },
        *expected);
    if (!matches) {
      context_.Report(DiagnosticKind::kIrArithmeticTypeMismatch, expressions.loc(id),
                      context_.DescribeExpression(id), type.index, DescribeType(module_, type),
                      Describe(*expected));
    }
  }

  void CheckLabels() {
    for (LabelId id : module_.labels().Ids()) {
      const Label& label = module_.labels().Get(id);
      const auto* statement = label.statement.is_valid()
                                  ? module_.statements().TryGet<LabelStatement>(label.statement)
                                  : nullptr;
      if (statement == nullptr || statement->label != id) {
        context_.Report(DiagnosticKind::kIrLabelMisplaced, label.loc, context_.Name(label.name));
      }
    }
  }

  void CheckSteps() {
    for (StepId id : module_.steps().Ids()) {
      const JobStep& step = module_.steps().Get(id);
      std::string problem;
      if (step.kind == StepKind::kProgram && module_.str(step.program).empty()) {
        problem = "EXEC PGM= step without a program name";
      } else if (step.kind == StepKind::kProcedure && module_.str(step.procedure).empty()) {
        problem = "PROC step without a procedure name";
      } else if (step.kind == StepKind::kConditional && !step.condition.is_valid()) {
        problem = "IF construct without a condition";
      } else if (step.kind != StepKind::kConditional && !step.else_steps.empty()) {
        problem = "ELSE steps outside an IF construct";
      }
      if (!problem.empty()) {
        context_.Report(DiagnosticKind::kIrStepInvalid, step.loc, context_.Name(step.name),
                        problem);
      }
      if (step.condition.is_valid()) CheckCondition(step.condition, "JCL IF", step.loc);
    }
  }

 private:
  void CheckList(const StatementList& list) {
    for (StatementId statement : list) CheckStatement(statement);
  }

  void CheckStatement(StatementId id) {
    SourceLoc loc = module_.statements().loc(id);
    VisitStatement(module_, id, [&](const auto& node) {
      Check(id, loc, node);
      // Nested statement lists, wherever they sit in the node.
      const bool block = std::is_same_v<std::decay_t<decltype(node)>, BlockStatement>;
      if (block) enclosing_blocks_.push_back(id);
      VisitFields(node,
                  [&](std::string_view, const auto& value, FieldRole) { CheckNested(value); });
      if (block) enclosing_blocks_.pop_back();
    });
  }

  template <typename V>
  void CheckNested(const V& value) {
    if constexpr (std::is_same_v<V, StatementList>) {
      CheckList(value);
    } else if constexpr (kIsOptional<V>) {
      if (value) CheckNested(*value);
    } else if constexpr (kIsVector<V>) {
      if constexpr (kIsSpecStruct<typename V::value_type>) {
        for (const auto& element : value) CheckNested(element);
      }
    } else if constexpr (kIsSpecStruct<V>) {
      VisitFields(value,
                  [&](std::string_view, const auto& field, FieldRole) { CheckNested(field); });
    }
  }

  // Per-kind checks; kinds without invariants beyond ids use the catch-all.
  template <typename T>
  void Check(StatementId, SourceLoc, const T&) {}

  // A PERFORM range may end before it starts (a GO TO can still reach its end: cobc returns
  // there); SORT and MERGE procedures may not.
  void Check(StatementId id, SourceLoc loc, const PerformStatement& node) {
    CheckRange(id, loc, node.procedures, true, false);
  }
  void Check(StatementId id, SourceLoc loc, const SortStatement& node) {
    CheckRange(id, loc, node.input_procedure, false, true);
    CheckRange(id, loc, node.output_procedure, false, true);
  }
  void Check(StatementId id, SourceLoc loc, const MergeStatement& node) {
    CheckRange(id, loc, node.output_procedure, false, true);
  }
  void Check(StatementId id, SourceLoc loc, const GoToStatement& node) {
    for (const JumpTarget& target : node.targets) CheckTarget(id, loc, target);
  }
  void Check(StatementId id, SourceLoc loc, const ArithmeticIfStatement& node) {
    CheckTarget(id, loc, node.negative);
    CheckTarget(id, loc, node.zero);
    CheckTarget(id, loc, node.positive);
  }
  void Check(StatementId id, SourceLoc loc, const AlterStatement& node) {
    for (const AlterClause& clause : node.clauses) {
      CheckTarget(id, loc, clause.paragraph);
      CheckTarget(id, loc, clause.proceed_to);
      if (!clause.paragraph.is_valid()) continue;
      const Paragraph& paragraph = module_.paragraph(clause.paragraph);
      const GoToStatement* go_to =
          paragraph.body.size() == 1
              ? module_.statements().TryGet<GoToStatement>(paragraph.body.front())
              : nullptr;
      if (go_to == nullptr ||
          (go_to->form != GoToForm::kAlterable && go_to->form != GoToForm::kSimple)) {
        context_.Report(DiagnosticKind::kIrAlterTargetNotAlterable, loc,
                        context_.Name(paragraph.name));
      } else {
        context_.Report(DiagnosticKind::kIrAlterUsed, loc, context_.Name(paragraph.name));
      }
    }
  }
  void Check(StatementId, SourceLoc loc, const MoveStatement& node) {
    for (size_t i = 0; i < node.targets.size(); ++i) {
      TypeId target_type = module_.expression_type(node.targets[i]);
      TypeId source_type = module_.expression_type(node.source);
      if (!target_type.is_valid() || !source_type.is_valid()) continue;
      std::optional<MoveConversion> expected = ClassifyMove(module_, node.source, target_type);
      if (!expected) {
        context_.Report(DiagnosticKind::kIrMoveIllegal, loc,
                        Spelling(CategoryOf(module_, source_type)),
                        Spelling(CategoryOf(module_, target_type)));
      } else if (i >= node.conversions.size() || node.conversions[i] != *expected) {
        context_.Report(DiagnosticKind::kIrMoveConversionMismatch, loc, i + 1,
                        i < node.conversions.size() ? Spelling(node.conversions[i]) : "none",
                        Spelling(*expected));
      }
    }
  }
  void Check(StatementId, SourceLoc loc, const EvaluateStatement& node) {
    for (const WhenClause& when : node.whens) {
      for (const WhenAlternative& alternative : when.alternatives) {
        if (alternative.objects.size() != node.subjects.size()) {
          context_.Report(DiagnosticKind::kIrEvaluateArity, loc, alternative.objects.size(),
                          node.subjects.size());
        }
      }
    }
  }
  void Check(StatementId id, SourceLoc loc, const IfStatement& node) {
    CheckCondition(node.condition, context_.DescribeStatement(id), loc);
  }
  void Check(StatementId id, SourceLoc loc, const LoopStatement& node) {
    if (node.condition.is_valid()) {
      CheckCondition(node.condition, context_.DescribeStatement(id), loc);
    }
    for (const VaryingClause& clause : node.varying) {
      if (clause.until.is_valid()) {
        CheckCondition(clause.until, context_.DescribeStatement(id), loc);
      }
    }
  }
  void Check(StatementId id, SourceLoc loc, const SearchStatement& node) {
    std::string table = "?";
    const auto* ref = module_.expressions().TryGet<DataRefExpression>(node.table);
    if (ref != nullptr) table = context_.Name(module_.field(ref->field).name);
    if (ref == nullptr || !module_.field(ref->field).array) {
      context_.Report(DiagnosticKind::kIrSearchTableInvalid, loc, table,
                      "the table is not a reference to an OCCURS item");
    } else if (node.all && module_.field(ref->field).array->keys.empty()) {
      context_.Report(DiagnosticKind::kIrSearchTableInvalid, loc, table,
                      "SEARCH ALL needs a table with ASCENDING/DESCENDING KEY");
    } else if (node.all && node.whens.size() != 1) {
      context_.Report(DiagnosticKind::kIrSearchTableInvalid, loc, table,
                      "SEARCH ALL takes exactly one WHEN");
    }
    for (const SearchWhen& when : node.whens) {
      CheckCondition(when.condition, context_.DescribeStatement(id), loc);
    }
  }
  // NEXT SENTENCE continues after the block of its sentence, which must hold it; no other exit
  // names a statement.
  void Check(StatementId id, SourceLoc loc, const ExitStatement& node) {
    const bool next_sentence = node.kind == ExitKind::kNextSentence;
    std::string problem;
    if (!next_sentence && node.target.is_valid()) {
      problem = "only NEXT SENTENCE names a statement";
    } else if (next_sentence && std::find(enclosing_blocks_.begin(), enclosing_blocks_.end(),
                                          node.target) == enclosing_blocks_.end()) {
      problem = node.target.is_valid()
                    ? fmt::format("its target %s{} is not a block holding it", node.target.index)
                    : std::string("NEXT SENTENCE without the block of its sentence");
    }
    if (!problem.empty()) {
      context_.Report(DiagnosticKind::kIrExitTargetInvalid, loc, context_.DescribeStatement(id),
                      problem);
    }
  }
  void Check(StatementId, SourceLoc loc, const LabelStatement& node) {
    if (node.label.is_valid() && module_.labels().Get(node.label).unit != unit_) {
      context_.Report(DiagnosticKind::kIrLabelMisplaced, loc,
                      context_.Name(module_.labels().Get(node.label).name));
    }
  }

  void CheckCondition(ExpressionId condition, const std::string& user, SourceLoc loc) {
    if (!condition.is_valid()) return;
    TypeId type = module_.expression_type(condition);
    bool is_condition = type.is_valid() && (module_.types().Is<ConditionType>(type) ||
                                            module_.types().Is<LogicalType>(type));
    if (!is_condition) {
      context_.Report(DiagnosticKind::kIrConditionExpected, loc, user,
                      KindName(module_.expressions().kind(condition)));
    }
  }

  void CheckRange(StatementId id, SourceLoc loc, const ProcedureRange& range, bool required,
                  bool ordered) {
    auto name = [&](ParagraphId p) {
      return p.is_valid() ? fmt::format("'{}'", context_.Name(module_.paragraph(p).name))
                          : std::string("none");
    };
    auto report = [&](const std::string& problem) {
      context_.Report(DiagnosticKind::kIrPerformRangeInvalid, loc, name(range.first),
                      name(range.last), problem);
    };
    if (!range.first.is_valid()) {
      if (required)
        report(fmt::format("{} has no first procedure", context_.DescribeStatement(id)));
      return;
    }
    if (module_.paragraph(range.first).unit != unit_ ||
        (range.last.is_valid() && module_.paragraph(range.last).unit != unit_)) {
      report("not in the unit of the PERFORM");
    } else if (ordered && range.last.is_valid() && Order(range.last) < Order(range.first)) {
      report("the last procedure precedes the first");
    }
  }

  void CheckTarget(StatementId id, SourceLoc loc, const JumpTarget& target) {
    std::visit(
        [&](auto t) {
          if (!t.is_valid()) return;
          const auto& entity = EntityOf(module_, t);
          if (entity.unit != unit_) {
            context_.Report(DiagnosticKind::kIrJumpTargetInvalid, loc,
                            context_.DescribeStatement(id),
                            fmt::format("'{}'", context_.Name(entity.name)));
          }
        },
        target);
  }

  auto Order(ParagraphId id) const -> uint32_t {
    auto it = order_.find(id.index);
    return it == order_.end() ? 0 : it->second;
  }

  VerifyContext& context_;
  const Module& module_;
  UnitId unit_;
  std::unordered_map<uint32_t, uint32_t> order_;
  // The Block statements holding the statement being checked, innermost last.
  std::vector<StatementId> enclosing_blocks_;
};

}  // namespace

void VerifyProcedures(VerifyContext& context) {
  ProcedureChecker checker(context);
  for (UnitId unit : context.module().units().Ids()) checker.CheckUnit(unit);
  checker.CheckExpressions();
  checker.CheckLabels();
  checker.CheckSteps();
}

}  // namespace remint::ir
