// COMPUTE targets [ROUNDED] = expression, and ADD / SUBTRACT / MULTIPLY / DIVIDE kept as
// written (arithmetic statements: operands, GIVING operand, targets with ROUNDED, REMAINDER,
// CORRESPONDING), each with its [NOT] ON SIZE ERROR phrases.
#include <map>
#include <optional>
#include <vector>

#include "frontends/cobol/lower/lowering_context.h"

namespace remint::cobol::lower {

void Lowering::LowerSizeErrorPhrases(UnitScope& scope, Tree::SizeErrorPhrasesContext* phrases,
                                     ir::OptionalStatementList& on_error,
                                     ir::OptionalStatementList& not_on_error) {
  if (phrases == nullptr) return;
  std::vector<Tree::StatementsContext*> lists = phrases->statements();
  auto* first = dynamic_cast<antlr4::tree::TerminalNode*>(phrases->children.front());
  const bool starts_with_not = first != nullptr && first->getSymbol()->getType() == Tree::NOT;
  if (starts_with_not) {
    not_on_error = LowerStatements(scope, lists.front());
    return;
  }
  on_error = LowerStatements(scope, lists.front());
  if (lists.size() > 1) not_on_error = LowerStatements(scope, lists[1]);
}

namespace {

// ibm arithmetic-osvs (cobc -std=ibm, also mvs): where cobc 3.1.2 puts cob_decimal_align into a
// COMPUTE, and to how many places, replayed on the lowered expression as cobc decides it at
// compile time (cobc/typeck.c: build_decimal_assign, cb_walk_cond, decimal_expand,
// decimal_compute, decimal_align). docs/ir.md ("Arithmetic intermediates") states the rules.
//
// - dmax: the largest scale of the receivers and of every literal and item of the expression,
//   except on the divisor side of a division (cb_walk_cond).
// - A stack of places (expr_decp): loading an item pushes its scale, a literal of 19 digits or
//   more or with decimals its scale, a function 0; a binary item of scale 0 (1, 2, 4 or 8
//   bytes), a shorter integer literal, ZERO, a special register, and a numeric literal right
//   operand (never loaded: cobc uses a constant) push nothing.
// - Each operation pops one entry into the one below (+ - the larger; * the sum; / the
//   difference or dmax, whichever is greater; ** the difference when the exponent's entry is
//   positive), and those are its places; with fewer than two entries its places are dmax.
// - The places are applied (an align, when not negative) only when the next operand is loaded
//   or an operation combines another decimal with it. An operation followed by a literal right
//   operand, and the last one of the expression, are not aligned.
class OsvsPlanner {
 public:
  // `initial_scale`: dmax before the receivers and the walk (the scales of literal pairs cobc
  // tried to fold while parsing the statement), -1 for none.
  OsvsPlanner(const Lowering& lowering, const ir::Module& module, int32_t initial_scale)
      : lowering_(lowering), module_(module), dmax_(initial_scale) {}

  void AddReceiver(ir::ExpressionId target) { Raise(ScaleOf(module_.expression_type(target))); }

  void Walk(ir::ExpressionId id) {
    const ir::ExpressionArena& expressions = module_.expressions();
    if (const auto* literal = expressions.TryGet<ir::NumericLiteralExpression>(id)) {
      Raise(literal->scale);
    } else if (expressions.Is<ir::DataRefExpression>(id)) {
      Raise(ScaleOf(module_.expression_type(id)));
    } else if (expressions.Is<ir::SpecialRegisterExpression>(id)) {
      Raise(0);  // RETURN-CODE and the like are items of scale 0, LENGTH OF a literal
    } else if (const auto* binary = expressions.TryGet<ir::BinaryExpression>(id)) {
      Walk(binary->left);
      if (binary->op != ir::ArithmeticOperator::kDivide) Walk(binary->right);
    } else if (const auto* unary = expressions.TryGet<ir::UnaryExpression>(id)) {
      Walk(unary->operand);
    }
  }

  // decimal_expand of the whole expression into a fresh decimal.
  void ExpandRoot(ir::ExpressionId id) { Expand(NewDecimal(), id); }

  // What an aligned result is: an operation (its expression index) or, in ADD/SUBTRACT, the
  // running value of a chain of terms (kChainKey + terms). An empty key is a result nothing
  // uses after the alignment (cobc aligns a decimal it then overwrites).
  using Key = std::optional<uint64_t>;
  static constexpr uint64_t kChainKey = uint64_t{1} << 40;

  // Key -> places of the cob_decimal_align cobc applies to that result.
  auto plan() const -> const std::map<uint64_t, int32_t>& { return plan_; }

  void Raise(std::optional<int32_t> scale) {
    if (scale && *scale > dmax_) dmax_ = *scale;
  }
  auto NewDecimal() -> int { return next_decimal_++; }

  // A right operand goes into a decimal of its own, unless cobc uses a constant for it.
  void ExpandRight(ir::ExpressionId right) {
    if (IsLiteralOperand(right)) return;
    Expand(NewDecimal(), right);
  }

  // A right operand cobc uses as a decimal constant instead of loading it.
  auto IsLiteralOperand(ir::ExpressionId id) const -> bool {
    if (module_.expressions().Is<ir::NumericLiteralExpression>(id)) return true;
    const auto* special = module_.expressions().TryGet<ir::SpecialRegisterExpression>(id);
    return special != nullptr && special->which == ir::SpecialRegister::kLengthOf;
  }

  // A literal cobc folded from a pair, loaded as a left operand.
  void LoadLiteral(const CobcLiteral& literal) {
    Flush();
    if (literal.digits.size() >= 19 || literal.scale != 0) Push(literal.scale);
  }

  // The PICTURE scale cobc sees for an item (none for items without a PICTURE).
  auto ScaleOf(ir::TypeId type) const -> std::optional<int32_t> {
    if (!type.is_valid()) return std::nullopt;
    if (const auto* decimal = module_.types().TryGet<ir::DecimalType>(type)) return decimal->scale;
    if (const auto* edited = module_.types().TryGet<ir::NumericEditedType>(type)) {
      return edited->scale;
    }
    return std::nullopt;
  }

  void Expand(int decimal, ir::ExpressionId id) {
    const ir::ExpressionArena& expressions = module_.expressions();
    if (const auto* binary = expressions.TryGet<ir::BinaryExpression>(id)) {
      Expand(decimal, binary->left);
      ExpandRight(binary->right);
      Compute(binary->op, decimal, id);
      return;
    }
    if (const auto* unary = expressions.TryGet<ir::UnaryExpression>(id)) {
      if (unary->op == ir::UnaryOperator::kPlus) {
        Expand(decimal, unary->operand);
        return;
      }
      // cobc: 0 - x, where the 0 (cb_zero) loads without an align or a push.
      ExpandRight(unary->operand);
      Compute(ir::ArithmeticOperator::kSubtract, decimal, id);
      return;
    }
    Load(id);
  }

  // An operand loaded into a decimal: the pending align first, then its places.
  void Load(ir::ExpressionId id) {
    const ir::ExpressionArena& expressions = module_.expressions();
    if (const auto* figurative = expressions.TryGet<ir::FigurativeExpression>(id)) {
      if (figurative->constant == ir::FigurativeConstant::kZero) return;  // cb_zero
    }
    Flush();
    if (std::optional<CobcLiteral> literal = lowering_.CobcLiteralOf(id)) {
      if (literal->digits.size() >= 19 || literal->scale != 0) Push(literal->scale);
      return;
    }
    if (expressions.Is<ir::SpecialRegisterExpression>(id)) return;  // binary items, LENGTH OF
    if (const auto* ref = expressions.TryGet<ir::DataRefExpression>(id)) {
      const ir::Field& field = module_.field(ref->field);
      const ir::TypeId type = module_.expression_type(id);
      if (module_.types().Is<ir::IndexType>(type)) return;
      if (const auto* decimal = module_.types().TryGet<ir::DecimalType>(type)) {
        const bool binary = decimal->encoding == ir::DecimalEncoding::kBinary ||
                            decimal->encoding == ir::DecimalEncoding::kNative;
        const bool native_size =
            field.size == 1 || field.size == 2 || field.size == 4 || field.size == 8;
        if (binary && decimal->scale == 0 && native_size && !ref->refmod_start.is_valid()) {
          return;  // cob_decimal_set_llint
        }
        Push(decimal->scale);
        return;
      }
      Push(ScaleOf(type).value_or(0));
      return;
    }
    Push(0);  // a function
  }

  void Compute(ir::ArithmeticOperator op, int decimal, ir::ExpressionId id) {
    Compute(op, decimal, Key(id.index));
  }

  void Push(int32_t places) {
    if (stack_.size() < kMaxNestedExpressions) stack_.push_back(places);
  }

  void Compute(ir::ArithmeticOperator op, int decimal, Key key) {
    if (pending_ && pending_->decimal != decimal) Flush();
    int32_t places = dmax_;
    if (stack_.size() > 1) {
      const int32_t top = stack_.back();
      stack_.pop_back();
      int32_t& below = stack_.back();
      switch (op) {
        case ir::ArithmeticOperator::kAdd:
        case ir::ArithmeticOperator::kSubtract:
          below = std::max(below, top);
          break;
        case ir::ArithmeticOperator::kMultiply:
          below += top;
          break;
        case ir::ArithmeticOperator::kDivide:
          below = std::max(below - top, dmax_);
          break;
        case ir::ArithmeticOperator::kPower:
          if (below - top < below) below -= top;
          break;
        case ir::ArithmeticOperator::kConcatenate:
          break;
      }
      places = below;
    }
    pending_ = Pending{decimal, places, key};
  }

  // A new relation: the alignment left pending by the last one applies to a dead decimal.
  void DropPending() { pending_.reset(); }

  void Flush() {
    if (pending_ && pending_->places >= 0 && pending_->key) {
      plan_[*pending_->key] = pending_->places;
    }
    pending_.reset();
  }

 private:
  static constexpr size_t kMaxNestedExpressions = 64;  // cobc's MAX_NESTED_EXPR

  struct Pending {
    int decimal;
    int32_t places;
    Key key;
  };

  const Lowering& lowering_;
  const ir::Module& module_;
  int32_t dmax_;
  std::vector<int32_t> stack_;
  std::optional<Pending> pending_;
  int next_decimal_ = 0;
  std::map<uint64_t, int32_t> plan_;
};

// Wraps each planned operation in its decimal-align and retypes the operations above it.
auto ApplyAlignments(ir::Builder& builder, ir::ExpressionId id,
                     const std::map<uint64_t, int32_t>& plan) -> ir::ExpressionId {
  ir::Module& module = builder.module();
  ir::ExpressionArena& expressions = module.mutable_expressions();
  const ir::StorageSizeOptions& sizes = builder.size_options();
  if (expressions.Is<ir::BinaryExpression>(id)) {
    const ir::ExpressionId left =
        ApplyAlignments(builder, expressions.Get<ir::BinaryExpression>(id).left, plan);
    const ir::ExpressionId right =
        ApplyAlignments(builder, expressions.Get<ir::BinaryExpression>(id).right, plan);
    auto& binary = expressions.GetMutable<ir::BinaryExpression>(id);
    binary.left = left;
    binary.right = right;
    module.set_expression_type(
        id, builder.InternValue(ir::BinaryValue(module, binary.op, left, right, sizes)));
  } else if (expressions.Is<ir::UnaryExpression>(id)) {
    const ir::ExpressionId operand =
        ApplyAlignments(builder, expressions.Get<ir::UnaryExpression>(id).operand, plan);
    auto& unary = expressions.GetMutable<ir::UnaryExpression>(id);
    unary.operand = operand;
    module.set_expression_type(
        id, builder.InternValue(ir::UnaryValue(module, unary.op, operand, sizes)));
  } else {
    return id;
  }
  auto places = plan.find(id.index);
  if (places == plan.end()) return id;
  return builder.DecimalAlign(module.expressions().loc(id), id, places->second);
}

}  // namespace

auto Lowering::ArithmeticOsvs(ir::ExpressionId value,
                              const std::vector<ir::ExpressionId>& receivers, int32_t initial_scale)
    -> ir::ExpressionId {
  if (options_.dialect != CobolDialect::kIbm) return value;
  OsvsPlanner planner(*this, module(), initial_scale);
  for (ir::ExpressionId receiver : receivers) planner.AddReceiver(receiver);
  planner.Walk(value);
  planner.ExpandRoot(value);
  if (planner.plan().empty()) return value;
  return ApplyAlignments(builder_, value, planner.plan());
}

namespace {

// Whether cobc compares a relation with these sides in decimal (either side an operation).
auto IsOperation(const ir::Module& module, ir::ExpressionId id) -> bool {
  const ir::ExpressionArena& expressions = module.expressions();
  if (expressions.Is<ir::BinaryExpression>(id)) return true;
  const auto* unary = expressions.TryGet<ir::UnaryExpression>(id);
  return unary != nullptr &&
         (unary->op == ir::UnaryOperator::kNegate || IsOperation(module, unary->operand));
}

// cobc's cb_build_cond over a condition: relations in the order cobc builds them (the right
// side of AND/OR first: gcc evaluates cb_build_binary_op's arguments right to left), the
// operations of each decimal relation expanded left side then right side. The stack carries from
// one relation to the next; an alignment still pending when a relation ends hits a decimal cobc
// no longer uses.
class ConditionPlanner {
 public:
  ConditionPlanner(const Lowering& lowering, const ir::Module& module, OsvsPlanner& planner)
      : lowering_(lowering), module_(module), planner_(planner) {}

  void Walk(ir::ExpressionId id) {
    const ir::ExpressionArena& expressions = module_.expressions();
    if (const auto* relation = expressions.TryGet<ir::RelationalExpression>(id)) {
      if (DecidedAtCompileTime(*relation)) return;  // cobc replaced it by TRUE or FALSE
      planner_.Walk(relation->left);
      planner_.Walk(relation->right);
    } else if (const auto* logical = expressions.TryGet<ir::LogicalExpression>(id)) {
      Walk(logical->left);
      Walk(logical->right);
    } else if (const auto* negation = expressions.TryGet<ir::NotExpression>(id)) {
      Walk(negation->operand);
    } else if (const auto* sign = expressions.TryGet<ir::SignConditionExpression>(id)) {
      planner_.Walk(sign->operand);
    }
  }

  // A relation of a USAGE DISPLAY numeric item and a numeric literal that cobc decides while
  // parsing (cobc/tree.c compare_field_literal): a literal with more decimals than the item
  // (= is FALSE, NOT = TRUE), or with more integer digits than it holds (also > and < then).
  auto DecidedAtCompileTime(const ir::RelationalExpression& relation) const -> bool {
    const ir::ExpressionArena& expressions = module_.expressions();
    const ir::DataRefExpression* ref = expressions.TryGet<ir::DataRefExpression>(relation.left);
    ir::ExpressionId literal_id = relation.right;
    if (ref == nullptr) {
      ref = expressions.TryGet<ir::DataRefExpression>(relation.right);
      literal_id = relation.left;
    }
    const std::optional<CobcLiteral> literal = lowering_.CobcLiteralOf(literal_id);
    if (ref == nullptr || !literal || ref->refmod_start.is_valid()) return false;
    if (lowering_.parenthesized(literal_id == relation.left ? relation.right : relation.left)) {
      return false;  // cobc sees a parenthesized operand, not an item
    }
    const auto* decimal = module_.types().TryGet<ir::DecimalType>(
        module_.expression_type(relation.left == literal_id ? relation.right : relation.left));
    if (decimal == nullptr || decimal->encoding != ir::DecimalEncoding::kZoned ||
        decimal->scale < 0) {
      return false;
    }
    const bool equality = relation.op == ir::RelationalOperator::kEqual ||
                          relation.op == ir::RelationalOperator::kNotEqual;
    const std::string& digits = literal->digits;
    const size_t first = digits.find_first_not_of('0');
    if (first == std::string::npos) return false;  // zero: never decided this way
    int32_t scale = literal->scale;
    for (size_t j = digits.size(); scale > 0 && j > 0 && digits[j - 1] == '0'; --j) --scale;
    if (scale > 0 && decimal->scale < scale) return equality;
    const int64_t significant =
        static_cast<int64_t>(digits.size() - first) - (literal->scale - scale);
    const int64_t size = static_cast<int64_t>(module_.field(ref->field).size);
    return significant - scale > 0 && size - decimal->scale >= 0 &&
           significant - scale > size - decimal->scale;
  }

  void Build(ir::ExpressionId id) {
    const ir::ExpressionArena& expressions = module_.expressions();
    if (const auto* logical = expressions.TryGet<ir::LogicalExpression>(id)) {
      Build(logical->right);
      Build(logical->left);
    } else if (const auto* negation = expressions.TryGet<ir::NotExpression>(id)) {
      Build(negation->operand);
    } else if (const auto* relation = expressions.TryGet<ir::RelationalExpression>(id)) {
      if (!IsOperation(module_, relation->left) && !IsOperation(module_, relation->right)) return;
      planner_.DropPending();
      const int left = planner_.NewDecimal();
      const int right = planner_.NewDecimal();
      planner_.Expand(left, relation->left);
      planner_.Expand(right, relation->right);
    } else if (const auto* sign = expressions.TryGet<ir::SignConditionExpression>(id)) {
      // x IS POSITIVE is x > ZERO; ZERO loads nothing.
      if (!IsOperation(module_, sign->operand)) return;
      planner_.DropPending();
      const int left = planner_.NewDecimal();
      planner_.NewDecimal();
      planner_.Expand(left, sign->operand);
    }
  }

 private:
  const Lowering& lowering_;
  const ir::Module& module_;
  OsvsPlanner& planner_;
};

// Applies the alignments to every arithmetic side of the condition's relations.
void AlignCondition(ir::Builder& builder, ir::ExpressionId id,
                    const std::map<uint64_t, int32_t>& plan) {
  ir::ExpressionArena& expressions = builder.module().mutable_expressions();
  if (expressions.Is<ir::LogicalExpression>(id)) {
    AlignCondition(builder, expressions.Get<ir::LogicalExpression>(id).left, plan);
    AlignCondition(builder, expressions.Get<ir::LogicalExpression>(id).right, plan);
  } else if (expressions.Is<ir::NotExpression>(id)) {
    AlignCondition(builder, expressions.Get<ir::NotExpression>(id).operand, plan);
  } else if (expressions.Is<ir::RelationalExpression>(id)) {
    const ir::ExpressionId left =
        ApplyAlignments(builder, expressions.Get<ir::RelationalExpression>(id).left, plan);
    const ir::ExpressionId right =
        ApplyAlignments(builder, expressions.Get<ir::RelationalExpression>(id).right, plan);
    auto& relation = expressions.GetMutable<ir::RelationalExpression>(id);
    relation.left = left;
    relation.right = right;
  } else if (expressions.Is<ir::SignConditionExpression>(id)) {
    const ir::ExpressionId operand =
        ApplyAlignments(builder, expressions.Get<ir::SignConditionExpression>(id).operand, plan);
    expressions.GetMutable<ir::SignConditionExpression>(id).operand = operand;
  }
}

}  // namespace

auto Lowering::ConditionOsvs(ir::ExpressionId condition, int32_t initial_scale)
    -> ir::ExpressionId {
  if (options_.dialect != CobolDialect::kIbm) return condition;
  OsvsPlanner planner(*this, module(), initial_scale);
  ConditionPlanner relations(*this, module(), planner);
  // cobc walks the condition only when no pair of literals set dmax while it was parsed.
  if (initial_scale < 0) relations.Walk(condition);
  relations.Build(condition);
  if (planner.plan().empty()) return condition;
  AlignCondition(builder_, condition, planner.plan());
  return condition;
}

void Lowering::ChainOsvs(ir::ArithmeticStatement& node, int32_t initial_scale) {
  if (options_.dialect != CobolDialect::kIbm || node.corresponding) return;
  const bool add = node.verb == ir::ArithmeticVerb::kAdd;
  if (!add && node.verb != ir::ArithmeticVerb::kSubtract) return;  // one operation: no align
  // cobc's chain of terms and the operator joining each to the running value.
  std::vector<ir::ExpressionId> terms;
  ir::ArithmeticOperator op = ir::ArithmeticOperator::kAdd;
  if (node.giving && !add) {
    terms.push_back(node.giving_operand);  // g - o1 - o2 ...
    op = ir::ArithmeticOperator::kSubtract;
  }
  terms.insert(terms.end(), node.operands.begin(), node.operands.end());
  if (node.giving && add && node.giving_operand.is_valid()) terms.push_back(node.giving_operand);
  if (terms.size() < 2) return;
  // cobc builds the chain with cb_build_binary_op, which folds a leading pair of literals.
  size_t folded = 1;
  std::optional<CobcLiteral> head = CobcLiteralOf(terms[0]);
  while (head && folded < terms.size()) {
    std::optional<CobcLiteral> next = CobcLiteralOf(terms[folded]);
    if (!next || !CobcFoldsPair(*head, *next)) break;
    initial_scale = std::max({initial_scale, head->scale, next->scale});
    std::optional<CobcLiteral> result = FoldLiterals(*head, op, *next);
    if (!result) break;
    head = result;
    ++folded;
  }
  if (folded == terms.size()) return;  // a single literal: no decimal arithmetic at all
  OsvsPlanner planner(*this, module(), initial_scale);
  for (const ir::ArithmeticTarget& target : node.targets) planner.AddReceiver(target.target);
  if (folded > 1) {
    planner.Raise(head->scale);
  } else {
    planner.Walk(terms[0]);
  }
  for (size_t i = folded; i < terms.size(); ++i) planner.Walk(terms[i]);
  const int running = planner.NewDecimal();
  if (folded > 1) {
    planner.LoadLiteral(*head);
  } else {
    planner.Load(terms[0]);
  }
  for (size_t i = folded; i < terms.size(); ++i) {
    planner.ExpandRight(terms[i]);
    planner.Compute(op, running, OsvsPlanner::Key(OsvsPlanner::kChainKey + i + 1));
  }
  if (!node.giving) {
    // Each receiver joins the running value in a decimal of its own, loaded first.
    const int receiver = planner.NewDecimal();
    for (const ir::ArithmeticTarget& target : node.targets) {
      planner.Load(target.target);
      planner.Compute(add ? ir::ArithmeticOperator::kAdd : ir::ArithmeticOperator::kSubtract,
                      receiver, OsvsPlanner::Key());
    }
  }
  for (const auto& [key, places] : planner.plan()) {
    node.alignments.push_back(
        ir::ChainAlignment{static_cast<uint32_t>(key - OsvsPlanner::kChainKey), places});
  }
}

// ROUNDED alone rounds half away from zero; MODE names one of ISO 2014's modes (the grammar
// accepts no other word).
auto Lowering::RoundingOf(Tree::RoundedPhraseContext* phrase) -> ir::RoundingMode {
  if (phrase == nullptr) return ir::RoundingMode::kNone;
  Tree::RoundingModeContext* mode = phrase->roundingMode();
  if (mode == nullptr) return ir::RoundingMode::kNearestAwayFromZero;
  RequireDialect(mode->NEAREST_EVEN() != nullptr ? DialectFeature::kRoundedNearestEven
                                                 : DialectFeature::kRoundedMode,
                 Loc(phrase), "ROUNDED MODE");
  if (mode->AWAY_FROM_ZERO() != nullptr) return ir::RoundingMode::kAwayFromZero;
  if (mode->NEAREST_EVEN() != nullptr) return ir::RoundingMode::kNearestEven;
  if (mode->NEAREST_TOWARD_ZERO() != nullptr) return ir::RoundingMode::kNearestTowardZero;
  if (mode->PROHIBITED() != nullptr) return ir::RoundingMode::kProhibited;
  if (mode->TOWARD_GREATER() != nullptr) return ir::RoundingMode::kTowardGreater;
  if (mode->TOWARD_LESSER() != nullptr) return ir::RoundingMode::kTowardLesser;
  if (mode->TRUNCATION() != nullptr) return ir::RoundingMode::kTruncation;
  return ir::RoundingMode::kNearestAwayFromZero;  // NEAREST-AWAY-FROM-ZERO
}

auto Lowering::LowerCompute(UnitScope& scope, Tree::ComputeStatementContext* compute)
    -> std::optional<ir::StatementId> {
  ir::ComputeStatement node;
  folded_literal_scale_ = -1;
  for (Tree::ArithmeticTargetContext* target : compute->arithmeticTarget()) {
    ir::ExpressionId reference = LowerReceiving(scope, target->identifier());
    if (!reference.is_valid()) return std::nullopt;
    node.targets.push_back(ir::ArithmeticTarget{reference, RoundingOf(target->roundedPhrase())});
  }
  node.value = LowerArithmetic(scope, compute->arithmeticExpression());
  if (!node.value.is_valid()) return std::nullopt;
  std::vector<ir::ExpressionId> receivers;
  for (const ir::ArithmeticTarget& target : node.targets) receivers.push_back(target.target);
  node.value = ArithmeticOsvs(node.value, receivers, folded_literal_scale_);
  LowerSizeErrorPhrases(scope, compute->sizeErrorPhrases(), node.on_size_error,
                        node.not_on_size_error);
  return builder_.Statement(Loc(compute), std::move(node));
}

auto Lowering::LowerArithmeticVerb(UnitScope& scope, Tree::StatementContext* statement)
    -> std::optional<ir::StatementId> {
  ir::ArithmeticStatement node;
  folded_literal_scale_ = -1;
  std::vector<Tree::ArithmeticOperandContext*> operands;
  std::vector<Tree::RoundedOperandContext*> receivers;  // after TO / FROM / BY / INTO
  std::vector<Tree::ArithmeticTargetContext*> giving;
  Tree::SizeErrorPhrasesContext* size_error = nullptr;
  bool has_giving = false;
  if (auto* add = statement->addStatement()) {
    node.verb = ir::ArithmeticVerb::kAdd;
    operands = add->arithmeticOperand();
    receivers = add->roundedOperand();
    giving = add->arithmeticTarget();
    has_giving = add->GIVING() != nullptr;
    node.corresponding = add->CORRESPONDING() != nullptr || add->CORR() != nullptr;
    size_error = add->sizeErrorPhrases();
  } else if (auto* subtract = statement->subtractStatement()) {
    node.verb = ir::ArithmeticVerb::kSubtract;
    operands = subtract->arithmeticOperand();
    receivers = subtract->roundedOperand();
    giving = subtract->arithmeticTarget();
    has_giving = subtract->GIVING() != nullptr;
    node.corresponding = subtract->CORRESPONDING() != nullptr || subtract->CORR() != nullptr;
    size_error = subtract->sizeErrorPhrases();
  } else if (auto* multiply = statement->multiplyStatement()) {
    node.verb = ir::ArithmeticVerb::kMultiply;
    operands = {multiply->arithmeticOperand()};
    receivers = multiply->roundedOperand();
    giving = multiply->arithmeticTarget();
    has_giving = multiply->GIVING() != nullptr;
    size_error = multiply->sizeErrorPhrases();
  } else if (auto* divide = statement->divideStatement()) {
    node.verb = ir::ArithmeticVerb::kDivide;
    operands = {divide->arithmeticOperand()};
    receivers = divide->roundedOperand();
    has_giving = divide->GIVING() != nullptr;
    node.divide_by = divide->BY() != nullptr;
    giving = divide->arithmeticTarget();
    if (divide->REMAINDER() != nullptr) {
      // The REMAINDER target is the last arithmetic target.
      Tree::ArithmeticTargetContext* remainder = giving.back();
      giving.pop_back();
      ir::ExpressionId target = LowerIdentifier(scope, remainder->identifier());
      if (!target.is_valid()) return std::nullopt;
      node.remainder = ir::ArithmeticTarget{target, RoundingOf(remainder->roundedPhrase())};
    }
    size_error = divide->sizeErrorPhrases();
  } else {
    return std::nullopt;
  }
  for (Tree::ArithmeticOperandContext* operand : operands) {
    ir::ExpressionId value = LowerOperand(scope, operand->literal(), operand->identifier());
    if (!value.is_valid()) return std::nullopt;
    node.operands.push_back(value);
  }
  node.giving = has_giving;
  if (has_giving) {
    // The operands after TO/FROM/BY/INTO are values; the last is the GIVING operand g.
    for (size_t i = 0; i < receivers.size(); ++i) {
      ir::ExpressionId value =
          LowerOperand(scope, receivers[i]->literal(), receivers[i]->identifier());
      if (!value.is_valid()) return std::nullopt;
      if (i + 1 < receivers.size()) {
        node.operands.push_back(value);
      } else {
        node.giving_operand = value;
      }
    }
    for (Tree::ArithmeticTargetContext* target : giving) {
      ir::ExpressionId reference = LowerReceiving(scope, target->identifier());
      if (!reference.is_valid()) return std::nullopt;
      node.targets.push_back(ir::ArithmeticTarget{reference, RoundingOf(target->roundedPhrase())});
    }
  } else {
    for (Tree::RoundedOperandContext* receiver : receivers) {
      if (receiver->identifier() == nullptr) return std::nullopt;
      ir::ExpressionId reference = LowerReceiving(scope, receiver->identifier());
      if (!reference.is_valid()) return std::nullopt;
      node.targets.push_back(
          ir::ArithmeticTarget{reference, RoundingOf(receiver->roundedPhrase())});
    }
  }
  ChainOsvs(node, folded_literal_scale_);
  LowerSizeErrorPhrases(scope, size_error, node.on_size_error, node.not_on_size_error);
  return builder_.Statement(Loc(statement), std::move(node));
}

}  // namespace remint::cobol::lower
