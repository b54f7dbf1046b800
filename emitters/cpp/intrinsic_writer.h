// Writes intrinsic function calls (FUNCTION name(arguments)) as C++ expressions over cobrt's
// intrinsic layer (runtime/intrinsic/): a numeric function as a cobrt::NumericResult (libcob's
// result field: value and shape), an alphanumeric one as a std::string; both pure expressions,
// so a function can be an operand anywhere one fits. Used by emit_intrinsic.cpp's statement
// hooks; every method reports RM6101 and gives nullopt for what it does not translate.
#ifndef REMINT_EMITTERS_CPP_INTRINSIC_WRITER_H_
#define REMINT_EMITTERS_CPP_INTRINSIC_WRITER_H_

#include <optional>
#include <string>

#include "emitters/cpp/emit_context.h"

namespace remint::emit_cpp {

class IntrinsicWriter {
 public:
  explicit IntrinsicWriter(EmitContext& context)
      : context_(context), module_(context.module), expressions_(context.module.expressions()) {}

  // Whether an operand is a function of alphanumeric result (else numeric or not a function).
  auto IsTextCall(ir::ExpressionId id) -> bool;
  // Numeric operands: numeric literals, numeric items, numeric functions, expressions.
  auto IsNumericOperand(ir::ExpressionId id) -> bool;

  // A numeric function call as a cobrt::NumericResult expression.
  auto Numeric(ir::ExpressionId id) -> std::optional<std::string>;
  // An alphanumeric function call as a std::string expression, reference modification applied.
  auto Text(ir::ExpressionId id) -> std::optional<std::string>;
  // An operand of a numeric function: a field (cobrt::NumericResult).
  auto Argument(ir::ExpressionId id) -> std::optional<std::string>;
  // An operand of an alphanumeric function: its bytes as a std::string_view expression.
  auto TextArgument(ir::ExpressionId id) -> std::optional<std::string>;
  // An arithmetic expression holding functions as a cobrt::BigDecimal expression, with
  // cob_decimal's rules (no field between operations, unlike arguments).
  auto Decimal(ir::ExpressionId id) -> std::optional<std::string>;
  // Whether Decimal wrote an exponentiation.
  auto uses_power() const -> bool { return uses_power_; }

  // Reports RM6101 for `what` at `id`; gives nullopt.
  auto Fail(ir::ExpressionId id, const std::string& what) -> std::optional<std::string>;

 private:
  // The numeric arguments of a list function, comma separated. ALL subscripts are not
  // translated: cobc 3.1.2 rejects them in every dialect, so nothing could check them.
  auto NumericArguments(const ir::ExpressionList& arguments) -> std::optional<std::string>;
  // The alphanumeric arguments of a list function, comma separated.
  auto TextArguments(const ir::ExpressionList& arguments) -> std::optional<std::string>;
  // cobc's literal field: the digits as written, a separate leading sign when one is written.
  auto LiteralArgument(ir::ExpressionId id) -> std::optional<std::string>;
  // LENGTH and BYTE-LENGTH: cobc folds them to a literal when the size is fixed.
  auto Length(ir::ExpressionId id, const ir::IntrinsicCallExpression& call)
      -> std::optional<std::string>;

  EmitContext& context_;
  const ir::Module& module_;
  const ir::ExpressionArena& expressions_;
  bool uses_power_ = false;
};

}  // namespace remint::emit_cpp

#endif  // REMINT_EMITTERS_CPP_INTRINSIC_WRITER_H_
