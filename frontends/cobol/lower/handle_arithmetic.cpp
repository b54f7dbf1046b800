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
  OsvsPlanner(const ir::Module& module, int32_t initial_scale)
      : module_(module), dmax_(initial_scale) {}

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
  void ExpandRoot(ir::ExpressionId id) { Expand(next_decimal_++, id); }

  // Operation -> places of the cob_decimal_align cobc applies to its result.
  auto plan() const -> const std::map<uint32_t, int32_t>& { return plan_; }

 private:
  static constexpr size_t kMaxNestedExpressions = 64;  // cobc's MAX_NESTED_EXPR

  void Raise(std::optional<int32_t> scale) {
    if (scale && *scale > dmax_) dmax_ = *scale;
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

  // A right operand cobc uses as a decimal constant instead of loading it.
  auto IsLiteralOperand(ir::ExpressionId id) const -> bool {
    if (module_.expressions().Is<ir::NumericLiteralExpression>(id)) return true;
    const auto* special = module_.expressions().TryGet<ir::SpecialRegisterExpression>(id);
    return special != nullptr && special->which == ir::SpecialRegister::kLengthOf;
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

  // A right operand goes into a decimal of its own, unless cobc uses a constant for it.
  void ExpandRight(ir::ExpressionId right) {
    if (IsLiteralOperand(right)) return;
    Expand(next_decimal_++, right);
  }

  // An operand loaded into a decimal: the pending align first, then its places.
  void Load(ir::ExpressionId id) {
    const ir::ExpressionArena& expressions = module_.expressions();
    if (const auto* figurative = expressions.TryGet<ir::FigurativeExpression>(id)) {
      if (figurative->constant == ir::FigurativeConstant::kZero) return;  // cb_zero
    }
    Flush();
    if (const auto* literal = expressions.TryGet<ir::NumericLiteralExpression>(id)) {
      size_t size = 0;
      for (char c : module_.str(literal->text)) size += (c >= '0' && c <= '9') ? 1 : 0;
      if (size >= 19 || literal->scale != 0) Push(literal->scale);
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

  void Push(int32_t places) {
    if (stack_.size() < kMaxNestedExpressions) stack_.push_back(places);
  }

  void Compute(ir::ArithmeticOperator op, int decimal, ir::ExpressionId id) {
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
    pending_ = Pending{decimal, places, id};
  }

  void Flush() {
    if (pending_ && pending_->places >= 0) plan_[pending_->node.index] = pending_->places;
    pending_.reset();
  }

  struct Pending {
    int decimal;
    int32_t places;
    ir::ExpressionId node;
  };

  const ir::Module& module_;
  int32_t dmax_;
  std::vector<int32_t> stack_;
  std::optional<Pending> pending_;
  int next_decimal_ = 0;
  std::map<uint32_t, int32_t> plan_;
};

// Wraps each planned operation in its decimal-align and retypes the operations above it.
auto ApplyAlignments(ir::Builder& builder, ir::ExpressionId id,
                     const std::map<uint32_t, int32_t>& plan) -> ir::ExpressionId {
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
  OsvsPlanner planner(module(), initial_scale);
  for (ir::ExpressionId receiver : receivers) planner.AddReceiver(receiver);
  planner.Walk(value);
  planner.ExpandRoot(value);
  if (planner.plan().empty()) return value;
  return ApplyAlignments(builder_, value, planner.plan());
}

auto Lowering::LowerCompute(UnitScope& scope, Tree::ComputeStatementContext* compute)
    -> std::optional<ir::StatementId> {
  ir::ComputeStatement node;
  folded_literal_scale_ = -1;
  for (Tree::ArithmeticTargetContext* target : compute->arithmeticTarget()) {
    ir::ExpressionId reference = LowerIdentifier(scope, target->identifier());
    if (!reference.is_valid()) return std::nullopt;
    node.targets.push_back(ir::ArithmeticTarget{
        reference, target->ROUNDED() != nullptr ? ir::RoundingMode::kNearestAwayFromZero
                                                : ir::RoundingMode::kNone});
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

namespace {

auto RoundingOf(bool rounded) -> ir::RoundingMode {
  return rounded ? ir::RoundingMode::kNearestAwayFromZero : ir::RoundingMode::kNone;
}

}  // namespace

auto Lowering::LowerArithmeticVerb(UnitScope& scope, Tree::StatementContext* statement)
    -> std::optional<ir::StatementId> {
  ir::ArithmeticStatement node;
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
      node.remainder = ir::ArithmeticTarget{target, RoundingOf(remainder->ROUNDED() != nullptr)};
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
      ir::ExpressionId reference = LowerIdentifier(scope, target->identifier());
      if (!reference.is_valid()) return std::nullopt;
      node.targets.push_back(
          ir::ArithmeticTarget{reference, RoundingOf(target->ROUNDED() != nullptr)});
    }
  } else {
    for (Tree::RoundedOperandContext* receiver : receivers) {
      if (receiver->identifier() == nullptr) return std::nullopt;
      ir::ExpressionId reference = LowerIdentifier(scope, receiver->identifier());
      if (!reference.is_valid()) return std::nullopt;
      node.targets.push_back(
          ir::ArithmeticTarget{reference, RoundingOf(receiver->ROUNDED() != nullptr)});
    }
  }
  LowerSizeErrorPhrases(scope, size_error, node.on_size_error, node.not_on_size_error);
  return builder_.Statement(Loc(statement), std::move(node));
}

}  // namespace remint::cobol::lower
