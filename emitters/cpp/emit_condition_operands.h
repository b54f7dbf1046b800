// What the condition writers share (emit_condition.cpp, emit_predicates.cpp,
// emit_set_search.cpp, emit_evaluate.cpp): a relation operand classified by the comparison
// cobc makes with it, the comparison of two such operands, and the address of a data item from
// occurrence numbers (condition-names and SEARCH take their subscripts apart from a data
// reference).
#ifndef REMINT_EMITTERS_CPP_EMIT_CONDITION_OPERANDS_H_
#define REMINT_EMITTERS_CPP_EMIT_CONDITION_OPERANDS_H_

#include <optional>
#include <string>
#include <vector>

#include "emitters/cpp/emit_context.h"

namespace remint::emit_cpp {

struct ConditionOperand {
  enum class Kind { kNumeric, kBytes, kRepeated, kUnknown } kind = Kind::kUnknown;
  std::string value;    // kNumeric: a Fixed expression
  std::string address;  // kBytes, and numeric items: const uint8_t*
  std::string size;     // kBytes: a size_t expression
  std::string format;   // numeric items: their cobrt storage format
  std::string pattern;  // kRepeated: the bytes repeated
  // An index name or USAGE INDEX item: cobc compares it as a native integer.
  bool index = false;
  // A numeric literal's bytes when compared with an alphanumeric operand: as written, without
  // its decimal point ("-12", 1.5 gives "15"), as cobc compares them.
  std::string literal_bytes;
  // The unit's collating weights argument (EmitContext::CollationArgument) for comparisons
  // of bytes.
  std::string collation;
};

// A literal, figurative constant, ALL literal or data reference as a relation operand; kind
// kUnknown for what is not translated (nothing is reported).
auto ClassifyOperand(const EmitContext& context, ir::ExpressionId id) -> ConditionOperand;

// The data item `field` at `address` (a const uint8_t* expression) as a relation operand.
auto ItemOperand(const EmitContext& context, const ir::Field& field, const std::string& address)
    -> ConditionOperand;

// The comparison of `a` with `b` as an int expression (<0, 0, >0); nullopt if not translated.
auto Comparison(const ConditionOperand& a, const ConditionOperand& b) -> std::optional<std::string>;

// The comparison of two operands, numeric expressions included (`A + 1` against `B`), as an
// int expression (<0, 0, >0); reports RM6101 at `loc` and gives nullopt if not translated.
auto ComparisonExpression(EmitContext& context, ir::ExpressionId left, ir::ExpressionId right,
                          SourceLoc loc) -> std::optional<std::string>;

// `left op right` as a C++ bool expression, with cobc's rules for each pair of operand
// categories (index names as native integers); reports RM6101 and gives nullopt if not
// translated.
auto RelationExpression(EmitContext& context, ir::ExpressionId left, ir::RelationalOperator op,
                        ir::ExpressionId right, SourceLoc loc) -> std::optional<std::string>;

auto OperatorText(ir::RelationalOperator op) -> const char*;

// A numeric operand (literal, item, ZERO, arithmetic expression computed as cob_decimal
// computes it) compared with zero, as an int expression (<0, 0, >0); nullopt for anything else
// (arithmetic not translated is reported).
auto ComparisonWithZero(EmitContext& context, ir::ExpressionId id) -> std::optional<std::string>;

// The address of `field` given the occurrence numbers of the tables it lies in (int64_t
// expressions, outermost first), as a uint8_t* expression; nullopt when the item is not
// addressed that way (not in a translated block, OCCURS DEPENDING ON at or below it, several
// dimensions on one item, or a wrong number of subscripts).
auto FieldAddress(const EmitContext& context, ir::FieldId field,
                  const std::vector<std::string>& subscripts) -> std::optional<std::string>;

// The tables `field` lies in, outermost first (the item itself when it has OCCURS).
auto EnclosingTables(const ir::Module& module, ir::FieldId field) -> std::vector<ir::FieldId>;

// The occurrence numbers a reference's subscripts give, as int64_t expressions; nullopt if
// one is not translated.
auto SubscriptValues(const EmitContext& context, const ir::ExpressionList& subscripts)
    -> std::optional<std::vector<std::string>>;

// The address of the conditional variable a condition-name reference tests.
auto ConditionVariableAddress(const EmitContext& context, const ir::ConditionNameRefExpression& ref)
    -> std::optional<std::string>;

// SWITCH-n, UPSI-n (and SWn): the switch number n, 0..36 as cobc accepts them.
auto SwitchNumber(std::string_view device) -> std::optional<int>;

// Class, sign, switch and condition-name conditions (emit_predicates.cpp): whether `id` is one,
// and the C++ bool expression testing it (RM6101 reported and nullopt if not translated).
auto IsPredicate(const ir::Module& module, ir::ExpressionId id) -> bool;
auto PredicateExpression(EmitContext& context, ir::ExpressionId id) -> std::optional<std::string>;

}  // namespace remint::emit_cpp

#endif  // REMINT_EMITTERS_CPP_EMIT_CONDITION_OPERANDS_H_
