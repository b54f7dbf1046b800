// COBOL arithmetic intermediates as GnuCOBOL 3.1.2 computes them (docs/ir.md, "Arithmetic
// intermediates"): the type of every COBOL arithmetic expression, derived from its operands.
// ir::Builder types binary, unary and decimal-align expressions with it, and ir::Verify checks
// them against it, so there is one statement of the rules.
//
// cobc evaluates COBOL arithmetic in libcob's cob_decimal (a GMP integer and a count of decimal
// places). Operands load exactly with their own places; + - * are exact; division truncates its
// quotient at 38 + max(0, dividend places - divisor places) places; a literal integer exponent is
// exact (positive) or 1/x^n through that division (negative); exponentiation strips trailing zero
// decimals. The result is a decimal-intermediate (digits, scale, precision, places) when the
// front end can say those, else a numeric-intermediate (precision known at run time only).
#ifndef REMINT_IR_ARITHMETIC_MODEL_H_
#define REMINT_IR_ARITHMETIC_MODEL_H_

#include <optional>
#include <string>
#include <variant>

#include "ir/module.h"
#include "ir/storage_size.h"

namespace remint::ir {

// The decimal places libcob's division keeps beyond those the operands force (COB_MAX_DIGITS).
inline constexpr int32_t kDivisionPlaces = 38;

// What an arithmetic expression evaluates to, as a type value (not yet interned).
using ArithmeticValue = std::variant<DecimalIntermediateType, NumericIntermediateType>;

// Whether an operand of `type` makes an arithmetic expression a COBOL one: a decimal item or
// literal, an intermediate, or an index item. (Fortran operands are integer, float, complex,
// character and logical, and keep Fortran's types.)
auto IsCobolArithmeticOperand(const Module& module, TypeId type) -> bool;

// Whether `type` is a decimal-intermediate or a numeric-intermediate.
auto IsIntermediate(const Module& module, TypeId type) -> bool;

// The value an operand contributes as cob_decimal loads it: a decimal item's digits and scale
// (a binary item's digits as many as its storage can hold, since libcob loads every bit), exact,
// fixed places; an intermediate as it is; float items and other operands have run-time
// precision.
auto OperandValue(const Module& module, TypeId type, const StorageSizeOptions& sizes)
    -> ArithmeticValue;

// The value of `left op right` (op not concatenate).
auto BinaryValue(const Module& module, ArithmeticOperator op, ExpressionId left, ExpressionId right,
                 const StorageSizeOptions& sizes) -> ArithmeticValue;

// The value of -operand (cobc computes 0 - operand) or +operand (the operand itself).
auto UnaryValue(const Module& module, UnaryOperator op, ExpressionId operand,
                const StorageSizeOptions& sizes) -> ArithmeticValue;

// The value of cob_decimal_align(operand, places) (ibm arithmetic-osvs).
auto AlignValue(const Module& module, ExpressionId operand, int32_t places,
                const StorageSizeOptions& sizes) -> ArithmeticValue;

// An exponent written as a literal, possibly signed (2, -2, +3.0): its value when it is an
// integer of at most nine digits; nullopt otherwise.
auto LiteralIntegerExponent(const Module& module, ExpressionId exponent) -> std::optional<int64_t>;

// "decimal-intermediate digits=5 scale=2 precision=exact places=fixed", as dumps show it.
auto Describe(const ArithmeticValue& value) -> std::string;
// An intermediate type described so; another type by its kind ("none" for no type).
auto DescribeType(const Module& module, TypeId type) -> std::string;

}  // namespace remint::ir

#endif  // REMINT_IR_ARITHMETIC_MODEL_H_
