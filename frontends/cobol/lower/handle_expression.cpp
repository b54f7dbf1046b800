// Operands, arithmetic expressions and conditions -> IR expressions. References resolve through
// name_resolution.cpp, with subscripts and reference modification told apart by the colon;
// a name that is a condition-name becomes a condition-name reference, a switch-status name a
// switch reference (negated for OFF STATUS); abbreviated combined relations take the subject
// and operator of the relation before them. Forms not lowered yet give no expression, and the
// statement holding them is reported (RM2301).
#include <algorithm>
#include <limits>
#include <optional>
#include <string>

#include "frontends/cobol/lower/lowering_context.h"
#include "ir/storage_layout.h"

namespace remint::cobol::lower {

namespace {

// The operator whose relation is the negation of `op`'s (relations compare in a total order).
auto Negated(ir::RelationalOperator op) -> ir::RelationalOperator {
  switch (op) {
    case ir::RelationalOperator::kEqual:
      return ir::RelationalOperator::kNotEqual;
    case ir::RelationalOperator::kNotEqual:
      return ir::RelationalOperator::kEqual;
    case ir::RelationalOperator::kGreater:
      return ir::RelationalOperator::kLessOrEqual;
    case ir::RelationalOperator::kGreaterOrEqual:
      return ir::RelationalOperator::kLess;
    case ir::RelationalOperator::kLess:
      return ir::RelationalOperator::kGreaterOrEqual;
    case ir::RelationalOperator::kLessOrEqual:
      return ir::RelationalOperator::kGreater;
  }
  return op;
}

// A reference-modification operand written as an integer literal ("-1" included): its value,
// saturated far beyond any item, and its text. nullopt for anything else (a data item, an
// expression, a fraction), which only the running program can check.
struct ConstantPosition {
  int64_t value = 0;
  std::string text;
};

auto ConstantPositionOf(const ir::Module& module, ir::ExpressionId operand)
    -> std::optional<ConstantPosition> {
  const auto* literal = module.expressions().TryGet<ir::NumericLiteralExpression>(operand);
  if (literal == nullptr || literal->scale != 0 ||
      literal->form != ir::NumericLiteralForm::kFixed) {
    return std::nullopt;
  }
  constexpr int64_t kSaturated = int64_t{1} << 56;
  int64_t value = 0;
  for (char digit : module.str(literal->digits)) {
    value = value < kSaturated ? value * 10 + (digit - '0') : kSaturated;
  }
  return ConstantPosition{literal->negative ? -value : value,
                          std::string(module.str(literal->text))};
}

}  // namespace

auto RelationalOperatorOf(Tree::RelationalOperatorContext* op) -> ir::RelationalOperator {
  ir::RelationalOperator result = ir::RelationalOperator::kEqual;
  const bool or_equal =
      op->EQUAL() != nullptr && (op->GREATER() != nullptr || op->LESS() != nullptr);
  if (op->GREATER() != nullptr || op->GREATER_SIGN() != nullptr) {
    result = or_equal ? ir::RelationalOperator::kGreaterOrEqual : ir::RelationalOperator::kGreater;
  } else if (op->LESS() != nullptr || op->LESS_SIGN() != nullptr) {
    result = or_equal ? ir::RelationalOperator::kLessOrEqual : ir::RelationalOperator::kLess;
  } else if (op->GREATER_EQUAL_SIGN() != nullptr) {
    result = ir::RelationalOperator::kGreaterOrEqual;
  } else if (op->LESS_EQUAL_SIGN() != nullptr) {
    result = ir::RelationalOperator::kLessOrEqual;
  } else if (op->NOT_EQUAL_SIGN() != nullptr) {
    result = ir::RelationalOperator::kNotEqual;
  }
  return op->NOT() == nullptr ? result : Negated(result);
}

auto AsCobcLiteral(const ir::Module& module, ir::ExpressionId id) -> std::optional<CobcLiteral> {
  const auto* literal = module.expressions().TryGet<ir::NumericLiteralExpression>(id);
  if (literal == nullptr || literal->form != ir::NumericLiteralForm::kFixed) return std::nullopt;
  CobcLiteral result;
  for (char c : module.str(literal->text)) {
    if (c >= '0' && c <= '9') result.digits += c;
  }
  result.scale = literal->scale;
  result.negative = literal->negative;
  return result;
}

auto CobcFoldsPair(const CobcLiteral& x, const CobcLiteral& y) -> bool {
  return x.digits.size() >= static_cast<size_t>(std::max(x.scale, 0)) &&
         y.digits.size() >= static_cast<size_t>(std::max(y.scale, 0));
}

// cobc's constant folding of an operation on two numeric literals (cobc/tree.c
// cb_build_binary_op), so that the IR holds the tree cobc computes: + - * always, / only when
// exact, ** of integers with a non-negative exponent; the result keeps no trailing zero
// decimals. The folded literal (its digits as cobc writes them, without leading zeros), or
// nothing when cobc keeps the operation. cobc
// computes in C long long: operands are read with atoll (saturating) and the arithmetic wraps
// around, so an overflowing pair folds to the same wrong constant cobc uses.
auto FoldLiterals(const CobcLiteral& x, ir::ArithmeticOperator op, const CobcLiteral& y)
    -> std::optional<CobcLiteral> {
  // Two's complement wrap-around, as the C arithmetic cobc uses behaves on x86-64.
  auto wrap = [](uint64_t bits) { return static_cast<int64_t>(bits); };
  auto add = [&](int64_t a, int64_t b) { return wrap(uint64_t(a) + uint64_t(b)); };
  auto subtract = [&](int64_t a, int64_t b) { return wrap(uint64_t(a) - uint64_t(b)); };
  auto multiply = [&](int64_t a, int64_t b) { return wrap(uint64_t(a) * uint64_t(b)); };
  auto read = [](const CobcLiteral& literal) {
    // atoll: saturates at LLONG_MAX.
    int64_t value = 0;
    for (char c : literal.digits) {
      const int digit = c - '0';
      if (value > (std::numeric_limits<int64_t>::max() - digit) / 10) {
        value = std::numeric_limits<int64_t>::max();
        break;
      }
      value = value * 10 + digit;
    }
    return literal.negative ? -value : value;
  };
  int64_t xval = read(x);
  int64_t yval = read(y);
  int32_t xscale = x.scale;
  int32_t yscale = y.scale;
  int32_t rscale = 0;
  int64_t result = 0;
  switch (op) {
    case ir::ArithmeticOperator::kAdd:
    case ir::ArithmeticOperator::kSubtract:
      for (; xscale < yscale; ++xscale) xval = multiply(xval, 10);
      for (; yscale < xscale; ++yscale) yval = multiply(yval, 10);
      rscale = xscale;
      result = op == ir::ArithmeticOperator::kAdd ? add(xval, yval) : subtract(xval, yval);
      break;
    case ir::ArithmeticOperator::kMultiply:
      rscale = xscale + yscale;
      result = multiply(xval, yval);
      break;
    case ir::ArithmeticOperator::kDivide:
      if (yval == 0) return std::nullopt;  // cobc warns "divide by constant ZERO"
      for (; yscale > 0; --yscale) xval = multiply(xval, 10);
      if (yval == -1 && xval == std::numeric_limits<int64_t>::min()) return std::nullopt;
      rscale = xscale;
      if (xval % yval != 0) return std::nullopt;  // inexact: computed at run time
      result = xval / yval;
      break;
    case ir::ArithmeticOperator::kPower: {
      if (xscale != 0 || yscale != 0 || yval < 0) return std::nullopt;
      result = 1;
      if (yval != 0 && xval != 1) {
        if (yval > 64) return std::nullopt;  // not worth replaying
        result = xval;
        for (int64_t i = 1; i < yval; ++i) result = multiply(result, xval);
      }
      break;
    }
    case ir::ArithmeticOperator::kConcatenate:
      return std::nullopt;
  }
  for (; rscale > 0 && result != 0 && result % 10 == 0; --rscale) result /= 10;
  CobcLiteral folded;
  folded.negative = result < 0;
  folded.digits = std::to_string(folded.negative ? uint64_t{0} - static_cast<uint64_t>(result)
                                                 : static_cast<uint64_t>(result));
  folded.scale = rscale;
  return folded;
}

auto LiteralText(const CobcLiteral& literal) -> std::string {
  std::string digits = literal.digits.empty() ? "0" : literal.digits;
  const auto places = static_cast<size_t>(std::max(literal.scale, 0));
  if (places > 0 && digits.size() <= places) {
    digits = std::string(places + 1 - digits.size(), '0') + digits;
  }
  std::string text = literal.negative ? "-" : "";
  text += digits.substr(0, digits.size() - places);
  if (places > 0) text += "." + digits.substr(digits.size() - places);
  return text;
}

auto Lowering::CobcLiteralOf(ir::ExpressionId id) const -> std::optional<CobcLiteral> {
  auto folded = folded_literals_.find(id.index);
  if (folded != folded_literals_.end()) return folded->second;
  return AsCobcLiteral(builder_.module(), id);
}

auto Lowering::LowerIdentifier(UnitScope& scope, Tree::IdentifierContext* identifier)
    -> ir::ExpressionId {
  if (auto* function = dynamic_cast<Tree::FunctionReferenceContext*>(identifier)) {
    return LowerFunctionReference(scope, function);
  }
  if (auto* address = dynamic_cast<Tree::AddressOrLengthReferenceContext*>(identifier)) {
    return LowerAddressOrLength(scope, address);
  }
  if (auto* counter = dynamic_cast<Tree::LinageCounterReferenceContext*>(identifier)) {
    return LowerLinageCounter(scope, counter);
  }
  auto* reference = dynamic_cast<Tree::DataReferenceContext*>(identifier);
  if (reference == nullptr) return {};
  std::vector<std::string> names;
  for (Tree::UserWordContext* word : reference->userWord()) names.emplace_back(Text(word));
  ir::ExpressionList subscripts;
  ir::ExpressionId refmod_start;
  ir::ExpressionId refmod_length;
  for (Tree::ParenthesizedSuffixContext* suffix : reference->parenthesizedSuffix()) {
    if (suffix->COLON() != nullptr) {
      refmod_start = LowerArithmetic(scope, suffix->arithmeticExpression(0));
      if (!refmod_start.is_valid()) return {};
      if (suffix->arithmeticExpression().size() > 1) {
        refmod_length = LowerArithmetic(scope, suffix->arithmeticExpression(1));
        if (!refmod_length.is_valid()) return {};
      }
      continue;
    }
    for (Tree::SubscriptContext* subscript : suffix->subscript()) {
      if (subscript->ALL() != nullptr) {
        if (function_arguments_depth_ == 0) return {};
        subscripts.push_back(builder_.Expression(Loc(subscript), builder_.IndexType(),
                                                 ir::AllSubscriptExpression{}));
        continue;
      }
      ir::ExpressionId value = LowerArithmetic(scope, subscript->arithmeticExpression());
      if (!value.is_valid()) return {};
      subscripts.push_back(value);
    }
  }
  const SourceLoc loc = Loc(identifier);
  if (names.size() == 1 || !FindDataItems(scope, names).empty() ||
      !scope.conditions.contains(UpperName(names.front()))) {
    if (FindDataItems(scope, names).empty() && names.size() == 1) {
      // A condition-name of a level 88, or an unknown name.
      auto conditions = scope.conditions.find(UpperName(names.front()));
      if (conditions != scope.conditions.end() && conditions->second.size() == 1) {
        const ir::ConditionNameId condition = conditions->second.front();
        if (!ConstantSubscriptsFit(module().condition_names().Get(condition).field, subscripts)) {
          return {};
        }
        return builder_.ConditionNameRef(loc, condition, std::move(subscripts));
      }
    }
    if (names.size() == 1 && FindDataItems(scope, names).empty()) {
      const std::string upper = UpperName(names.front());
      if (subscripts.empty()) {
        if (ir::ExpressionId status = LowerSwitchStatus(scope, upper, loc); status.is_valid()) {
          return status;
        }
      }
      if (upper == "LINE-COUNTER" || upper == "PAGE-COUNTER") {
        Emit(DiagnosticKind::kCobolLowerUnsupported, loc,
             "the Report Writer special register " + upper);
        return {};
      }
    }
    if (names.size() == 1 && subscripts.empty() && FindDataItems(scope, names).empty()) {
      if (ir::ExpressionId special = SpecialRegister(UpperName(names.front()), loc);
          special.is_valid()) {
        return special;
      }
      // A level-78 / CONSTANT AS name: its literal (no reference modification of a constant).
      if (const ConstantValue* constant = FindConstant(scope, names.front());
          constant != nullptr && !refmod_start.is_valid()) {
        return LowerConstant(scope, *constant, loc);
      }
    }
    std::optional<ir::FieldId> field = ResolveDataName(scope, loc, names);
    if (!field) return {};
    if (!subscripts.empty() && subscripts.size() != ir::SubscriptCount(module(), *field)) return {};
    if (!ConstantSubscriptsFit(*field, subscripts)) return {};
    if (refmod_start.is_valid() &&
        !ConstantReferenceModificationFits(*field, refmod_start, refmod_length)) {
      return {};
    }
    return builder_.DataRef(loc, *field, std::move(subscripts), refmod_start, refmod_length);
  }
  // A qualified condition-name: its conditional variable carries the qualification.
  for (ir::ConditionNameId condition : scope.conditions.at(UpperName(names.front()))) {
    const ir::FieldId variable = module().condition_names().Get(condition).field;
    std::vector<std::string> variable_names = {
        std::string(module().str(module().field(variable).name))};
    variable_names.insert(variable_names.end(), names.begin() + 1, names.end());
    // The qualifiers may also start at the conditional variable itself ("A OF IF-D32" where
    // A is an 88 of IF-D32, NIST NC250A).
    const std::vector<std::string> qualifiers(names.begin() + 1, names.end());
    for (const std::vector<std::string>* candidates :
         std::initializer_list<const std::vector<std::string>*>{&variable_names, &qualifiers}) {
      for (ir::FieldId candidate : FindDataItems(scope, *candidates)) {
        if (candidate == variable) {
          if (!ConstantSubscriptsFit(variable, subscripts)) return {};
          return builder_.ConditionNameRef(loc, condition, std::move(subscripts));
        }
      }
    }
  }
  return {};
}

auto Lowering::SpecialRegister(const std::string& name, SourceLoc loc) -> ir::ExpressionId {
  // The special registers a program uses without declaring them, typed as cobc declares them.
  ir::SpecialRegisterExpression node;
  ir::TypeId type;
  if (name == "RETURN-CODE") {
    node.which = ir::SpecialRegister::kReturnCode;
    type = builder_.DecimalType(9, 0, true, ir::DecimalEncoding::kBinary);
  } else if (name == "SORT-RETURN") {
    node.which = ir::SpecialRegister::kSortReturn;
    type = builder_.DecimalType(4, 0, true, ir::DecimalEncoding::kBinary);
  } else if (name == "TALLY") {
    node.which = ir::SpecialRegister::kTally;
    type = builder_.DecimalType(5, 0, false, ir::DecimalEncoding::kBinary);
  } else if (name == "WHEN-COMPILED") {
    node.which = ir::SpecialRegister::kWhenCompiled;
    type = builder_.AlphanumericType(16);
  } else {
    return {};
  }
  return builder_.Expression(loc, type, node);
}

auto Lowering::LowerOperand(UnitScope& scope, Tree::LiteralContext* literal,
                            Tree::IdentifierContext* identifier) -> ir::ExpressionId {
  if (literal != nullptr) return LowerLiteral(scope, literal);
  if (identifier != nullptr) return LowerIdentifier(scope, identifier);
  return {};
}

auto Lowering::LowerArithmetic(UnitScope& scope, Tree::ArithmeticExpressionContext* expression)
    -> ir::ExpressionId {
  const SourceLoc loc = Loc(expression);
  if (auto* literal = dynamic_cast<Tree::LiteralExpressionContext*>(expression)) {
    return LowerLiteral(scope, literal->literal());
  }
  if (auto* identifier = dynamic_cast<Tree::IdentifierExpressionContext*>(expression)) {
    return LowerIdentifier(scope, identifier->identifier());
  }
  if (auto* signed_expression = dynamic_cast<Tree::SignedExpressionContext*>(expression)) {
    ir::ExpressionId operand = LowerArithmetic(scope, signed_expression->arithmeticExpression());
    if (!operand.is_valid()) return {};
    return builder_.CobolUnary(loc,
                               signed_expression->MINUS_SIGN() != nullptr
                                   ? ir::UnaryOperator::kNegate
                                   : ir::UnaryOperator::kPlus,
                               operand);
  }
  if (auto* parenthesized = dynamic_cast<Tree::ParenthesizedExpressionContext*>(expression)) {
    auto* simple = dynamic_cast<Tree::SimpleConditionContext*>(parenthesized->condition());
    if (simple == nullptr || simple->conditionTail() != nullptr) return {};
    const ir::ExpressionId inner = LowerArithmetic(scope, simple->arithmeticExpression());
    if (inner.is_valid()) parenthesized_.insert(inner.index);
    return inner;
  }
  ir::ArithmeticOperator op = ir::ArithmeticOperator::kAdd;
  std::vector<Tree::ArithmeticExpressionContext*> operands;
  if (auto* power = dynamic_cast<Tree::PowerExpressionContext*>(expression)) {
    op = ir::ArithmeticOperator::kPower;
    operands = power->arithmeticExpression();
  } else if (auto* product = dynamic_cast<Tree::MultiplicativeExpressionContext*>(expression)) {
    op = product->STAR() != nullptr ? ir::ArithmeticOperator::kMultiply
                                    : ir::ArithmeticOperator::kDivide;
    operands = product->arithmeticExpression();
  } else if (auto* sum = dynamic_cast<Tree::AdditiveExpressionContext*>(expression)) {
    op = sum->PLUS_SIGN() != nullptr ? ir::ArithmeticOperator::kAdd
                                     : ir::ArithmeticOperator::kSubtract;
    operands = sum->arithmeticExpression();
  }
  if (operands.size() != 2) return {};
  ir::ExpressionId left = LowerArithmetic(scope, operands[0]);
  ir::ExpressionId right =
      left.is_valid() ? LowerArithmetic(scope, operands[1]) : ir::ExpressionId();
  if (!right.is_valid()) return {};
  const std::optional<CobcLiteral> left_literal = CobcLiteralOf(left);
  const std::optional<CobcLiteral> right_literal = CobcLiteralOf(right);
  if (left_literal && right_literal && CobcFoldsPair(*left_literal, *right_literal)) {
    // cobc tries to fold the pair; under arithmetic-osvs its scales count as operands' scales
    // even when the pair is not folded (cb_set_dmax).
    folded_literal_scale_ =
        std::max({folded_literal_scale_, left_literal->scale, right_literal->scale});
    if (std::optional<CobcLiteral> folded = FoldLiterals(*left_literal, op, *right_literal)) {
      const ir::ExpressionId literal = builder_.NumericLiteral(loc, LiteralText(*folded));
      folded_literals_[literal.index] = *folded;
      return literal;
    }
  }
  return builder_.CobolBinary(loc, op, left, right);
}

// "A = 1 OR > 5": the subject of the last relation, this operator (negated: "OR NOT > 5") and
// this object; the operator carries on to later abbreviations.
auto Lowering::LowerAbbreviatedRelation(UnitScope& scope,
                                        Tree::AbbreviatedConditionContext* abbreviated,
                                        bool negated, RelationInProgress& relation)
    -> ir::ExpressionId {
  if (relation.subject == nullptr) return {};
  relation.op = RelationalOperatorOf(abbreviated->relationalOperator());
  if (negated) relation.op = Negated(relation.op);
  ir::ExpressionId subject = LowerArithmetic(scope, relation.subject);
  ir::ExpressionId object = subject.is_valid()
                                ? LowerArithmetic(scope, abbreviated->arithmeticExpression())
                                : ir::ExpressionId();
  if (!object.is_valid()) return {};
  return builder_.Relational(Loc(abbreviated), relation.op, subject, object);
}

auto Lowering::LowerCondition(UnitScope& scope, Tree::ConditionContext* condition)
    -> ir::ExpressionId {
  RelationInProgress relation;
  folded_literal_scale_ = -1;
  const ir::ExpressionId lowered = LowerCondition(scope, condition, relation);
  if (!lowered.is_valid()) return lowered;
  return ConditionOsvs(lowered, folded_literal_scale_);
}

auto Lowering::LowerCondition(UnitScope& scope, Tree::ConditionContext* condition,
                              RelationInProgress& relation) -> ir::ExpressionId {
  const SourceLoc loc = Loc(condition);
  if (auto* negation = dynamic_cast<Tree::NotConditionContext*>(condition)) {
    // "A NOT = 0 AND NOT = 100 OR 200": a NOT right before the operator of an abbreviated
    // relation belongs to the operator, which the following abbreviations inherit (A NOT = 200),
    // as cobc evaluates it; the grammar parses it as NOT applied to "= 100".
    if (auto* abbreviated =
            dynamic_cast<Tree::AbbreviatedConditionContext*>(negation->condition())) {
      return LowerAbbreviatedRelation(scope, abbreviated, /*negated=*/true, relation);
    }
    ir::ExpressionId operand = LowerCondition(scope, negation->condition(), relation);
    return operand.is_valid() ? builder_.Not(loc, operand) : ir::ExpressionId();
  }
  Tree::ConditionContext* left_context = nullptr;
  Tree::ConditionContext* right_context = nullptr;
  ir::LogicalOperator logical = ir::LogicalOperator::kAnd;
  if (auto* both = dynamic_cast<Tree::AndConditionContext*>(condition)) {
    left_context = both->condition(0);
    right_context = both->condition(1);
  } else if (auto* either = dynamic_cast<Tree::OrConditionContext*>(condition)) {
    left_context = either->condition(0);
    right_context = either->condition(1);
    logical = ir::LogicalOperator::kOr;
  }
  if (left_context != nullptr) {
    // Left first: the right side may abbreviate the last relation of the left.
    ir::ExpressionId left = LowerCondition(scope, left_context, relation);
    ir::ExpressionId right =
        left.is_valid() ? LowerCondition(scope, right_context, relation) : ir::ExpressionId();
    return right.is_valid() ? builder_.Logical(loc, logical, left, right) : ir::ExpressionId();
  }
  if (auto* abbreviated = dynamic_cast<Tree::AbbreviatedConditionContext*>(condition)) {
    return LowerAbbreviatedRelation(scope, abbreviated, /*negated=*/false, relation);
  }
  auto* simple = dynamic_cast<Tree::SimpleConditionContext*>(condition);
  if (simple == nullptr) return {};
  Tree::ConditionTailContext* tail = simple->conditionTail();
  if (tail == nullptr) {
    // A lone operand: a parenthesized condition, a condition-name, or after a relation the
    // object of an abbreviated one ("A = 1 OR 2" is "A = 1 OR A = 2").
    if (auto* parenthesized =
            dynamic_cast<Tree::ParenthesizedExpressionContext*>(simple->arithmeticExpression())) {
      return LowerCondition(scope, parenthesized->condition(), relation);
    }
    ir::ExpressionId operand = LowerArithmetic(scope, simple->arithmeticExpression());
    if (!operand.is_valid()) return {};
    // Condition-names and switch-status names are conditions by themselves.
    if (module().types().Is<ir::ConditionType>(module().expression_type(operand))) return operand;
    if (relation.subject == nullptr) return {};
    ir::ExpressionId subject = LowerArithmetic(scope, relation.subject);
    if (!subject.is_valid()) return {};
    return builder_.Relational(loc, relation.op, subject, operand);
  }
  ir::ExpressionId subject = LowerArithmetic(scope, simple->arithmeticExpression());
  if (!subject.is_valid()) return {};
  relation.subject = nullptr;  // only a relation can be abbreviated
  if (tail->relationalOperator() != nullptr) {
    ir::ExpressionId object = LowerArithmetic(scope, tail->arithmeticExpression());
    if (!object.is_valid()) return {};
    relation.subject = simple->arithmeticExpression();
    relation.op = RelationalOperatorOf(tail->relationalOperator());
    return builder_.Relational(loc, relation.op, subject, object);
  }
  const bool negated = tail->NOT() != nullptr;
  if (Tree::SignConditionContext* sign = tail->signCondition()) {
    ir::SignTest test = sign->POSITIVE() != nullptr   ? ir::SignTest::kPositive
                        : sign->NEGATIVE() != nullptr ? ir::SignTest::kNegative
                                                      : ir::SignTest::kZero;
    return builder_.Expression(loc, builder_.ConditionType(),
                               ir::SignConditionExpression{subject, test, negated});
  }
  Tree::ClassConditionContext* data_class = tail->classCondition();
  if (data_class == nullptr || data_class->DBCS() != nullptr || data_class->KANJI() != nullptr) {
    return {};
  }
  ir::StringId class_name;
  if (data_class->userWord() != nullptr) {
    // A CLASS of SPECIAL-NAMES, in this program or a containing one.
    const std::string name = UpperName(Text(data_class->userWord()));
    const UnitScope* declaring = &scope;
    while (declaring != nullptr && !declaring->class_names.contains(name)) {
      declaring = declaring->parent;
    }
    if (declaring == nullptr) {
      Emit(DiagnosticKind::kCobolLowerUnresolvedDataName, Loc(data_class), name);
      return {};
    }
    class_name = builder_.Intern(name);
  }
  ir::DataClass which =
      class_name.is_valid()                       ? ir::DataClass::kUserDefined
      : data_class->NUMERIC() != nullptr          ? ir::DataClass::kNumeric
      : data_class->ALPHABETIC_LOWER() != nullptr ? ir::DataClass::kAlphabeticLower
      : data_class->ALPHABETIC_UPPER() != nullptr ? ir::DataClass::kAlphabeticUpper
                                                  : ir::DataClass::kAlphabetic;
  return builder_.Expression(loc, builder_.ConditionType(),
                             ir::ClassConditionExpression{subject, which, class_name, negated});
}

// As cobc does, a literal subscript must lie inside its dimension (1 to the maximum, so never in
// a table of OCCURS 0 TIMES); the reference is refused, and reported, otherwise.
auto Lowering::ConstantSubscriptsFit(ir::FieldId field, const ir::ExpressionList& subscripts)
    -> bool {
  const ir::Module& module = this->module();
  // The dimensions a reference subscripts, outermost first (the order subscripts are written).
  std::vector<int64_t> uppers;
  for (ir::FieldId id = field; id.is_valid(); id = module.field(id).parent) {
    const ir::Field& item = module.field(id);
    if (!item.array) continue;
    for (auto it = item.array->dimensions.rbegin(); it != item.array->dimensions.rend(); ++it) {
      uppers.insert(uppers.begin(), it->upper);
    }
  }
  if (uppers.size() != subscripts.size()) return true;
  bool fits = true;
  for (size_t i = 0; i < subscripts.size(); ++i) {
    const std::optional<ConstantPosition> value = ConstantPositionOf(module, subscripts[i]);
    if (value && (value->value < 1 || value->value > uppers[i])) {
      Emit(DiagnosticKind::kCobolLowerSubscriptOutOfBounds, module.expressions().loc(subscripts[i]),
           i + 1, std::string(module.str(module.field(field).name)), value->text, uppers[i]);
      fits = false;
    }
  }
  return fits;
}

// As cobc does, a literal offset or length must lie inside the item (positions count characters:
// two bytes each in a national item); the reference is refused, and reported, otherwise.
auto Lowering::ConstantReferenceModificationFits(ir::FieldId field, ir::ExpressionId start,
                                                 ir::ExpressionId length) -> bool {
  const ir::Module& module = this->module();
  const ir::Field& item = module.field(field);
  int64_t characters = static_cast<int64_t>(item.size);
  if (const auto* national = module.types().TryGet<ir::NationalType>(item.type)) {
    characters = static_cast<int64_t>(national->length);
  }
  const std::string name(module.str(item.name));
  const std::optional<ConstantPosition> offset = ConstantPositionOf(module, start);
  if (offset && (offset->value < 1 || offset->value > characters)) {
    Emit(DiagnosticKind::kCobolLowerReferenceModificationOutOfBounds,
         module.expressions().loc(start), name, "offset", offset->text, characters);
    return false;
  }
  if (!length.is_valid()) return true;
  const std::optional<ConstantPosition> count = ConstantPositionOf(module, length);
  const int64_t room = characters - (offset ? offset->value - 1 : 0);
  if (count && (count->value < 1 || count->value > room)) {
    Emit(DiagnosticKind::kCobolLowerReferenceModificationOutOfBounds,
         module.expressions().loc(length), name, "length", count->text, characters);
    return false;
  }
  return true;
}

auto Lowering::LowerReceiving(UnitScope& scope, Tree::IdentifierContext* identifier)
    -> ir::ExpressionId {
  const ir::ExpressionId target = LowerIdentifier(scope, identifier);
  if (!target.is_valid()) return target;
  const ir::ExpressionArena& expressions = module().expressions();
  if (expressions.Is<ir::IntrinsicCallExpression>(target) ||
      expressions.Is<ir::FunctionCallExpression>(target)) {
    // cobc: "syntax error, unexpected intrinsic function name"; the statement is left out.
    Emit(DiagnosticKind::kCobolLowerNotReceiving, Loc(identifier),
         CollapseWhitespace(Text(identifier)));
    return {};
  }
  return target;
}

}  // namespace remint::cobol::lower
