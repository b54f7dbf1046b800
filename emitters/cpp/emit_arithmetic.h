// Arithmetic shared by COMPUTE and ADD / SUBTRACT / MULTIPLY / DIVIDE (emit_compute.cpp): values
// computed into cobrt temporaries (ValueWriter) and results stored into receiving items
// (Receiver), both in emit_arithmetic.cpp.
#ifndef REMINT_EMITTERS_CPP_EMIT_ARITHMETIC_H_
#define REMINT_EMITTERS_CPP_EMIT_ARITHMETIC_H_

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "emitters/cpp/emit_context.h"

namespace remint::emit_cpp {

// The Fixed width of a value, as runtime/decimal/fixed.h derives it; the emitter refuses what
// would exceed the runtime's widest mantissa instead of emitting code that does not compile.
// A value computed with `**` is `dynamic`: a cobrt::DecimalResult whose scale is known only at
// run time (digits and scale unused).
struct Width {
  int digits = 0;
  int scale = 0;
  bool dynamic = false;
};

// A computed value: the C++ expression naming it (a temporary) and its width.
using Computed = std::pair<std::string, Width>;

// Writes the temporaries that compute arithmetic expressions, each `const auto <prefix>_<n>`.
class ValueWriter {
 public:
  // `flag` names the bool that a division by zero sets; the temporaries go to `out` (by
  // default the context's writer).
  explicit ValueWriter(EmitContext& context, std::string flag = "size_error",
                       std::string prefix = "value", CodeWriter* out = nullptr)
      : context_(context),
        module_(context.module),
        out_(out != nullptr ? *out : context.out),
        flag_(std::move(flag)),
        prefix_(std::move(prefix)) {}

  // Combines two computed values with + - * / as Value does for a binary expression. A
  // quotient only stored at `quotient_scale` decimals (QuotientScaleFor) is computed at that
  // scale alone.
  auto Combine(ir::ArithmeticOperator op, const Computed& left, const Computed& right,
               ir::ExpressionId where, std::optional<int> quotient_scale = std::nullopt)
      -> std::optional<Computed> {
    if (op == ir::ArithmeticOperator::kDivide && quotient_scale) {
      return TruncatedQuotient(left, right, *quotient_scale, where);
    }
    return Binary(op, left, right, where);
  }

  // ibm arithmetic-osvs: cob_decimal_align of a value held at scale s to `places` p (docs/ir.md):
  // s > p keeps p decimals, s < p drops p - s more low-order digits (scale 2s - p), both by
  // truncation.
  auto Align(const Computed& value, int places, ir::ExpressionId where) -> std::optional<Computed>;

  // A numeric item (or RETURN-CODE) read into a temporary (`where` locates a report).
  auto Item(const DataOperand& item, ir::ExpressionId where) -> std::optional<Computed>;

  // Writes the temporaries computing `id`; returns the C++ expression of its value.
  auto Value(ir::ExpressionId id) -> std::optional<Computed>;
  // The same for a value only stored at `quotient_scale` decimals (QuotientScaleFor): a
  // division at the top is computed at that scale alone.
  auto ValueStoredAt(ir::ExpressionId id, std::optional<int> quotient_scale)
      -> std::optional<Computed>;

 private:
  auto Binary(ir::ArithmeticOperator op, const Computed& left, const Computed& right,
              ir::ExpressionId id) -> std::optional<Computed>;
  // An operation on run-time-scale values (`**`, and what an exponentiation's result joins).
  auto DynamicBinary(ir::ArithmeticOperator op, const Computed& left, const Computed& right,
                     ir::ExpressionId id) -> std::optional<Computed>;
  // left / right truncated at `scale` decimals (cobrt::DivideTruncated): the value Align or a
  // store at that scale takes from cobc's 38-decimal quotient, without computing the 38.
  auto TruncatedQuotient(const Computed& left, const Computed& right, int scale,
                         ir::ExpressionId id) -> std::optional<Computed>;
  auto Temporary(const std::string& initializer, Width width) -> std::optional<Computed>;
  auto Fail(ir::ExpressionId id, const std::string& what) -> std::optional<Computed>;

  EmitContext& context_;
  const ir::Module& module_;
  CodeWriter& out_;
  std::string flag_;
  std::string prefix_;
  int next_ = 0;
};

// The value a store takes: a Fixed as it is; a dynamic value (a cobrt::DecimalResult) after
// writing the checks cobc's NaN and unsupported exponentiations need: a size error sets `flag`,
// a value cobrt cannot compute ends the run (documented in docs/emitter.md). The caller writes
// RaisePendingSizeError after its stores.
auto StoredValue(EmitContext& context, const Computed& value, const std::string& flag,
                 SourceLoc loc) -> std::string;
// 0 ** 0 anywhere in a dynamic value: cobc stores the result, then raises SIZE ERROR.
void RaisePendingSizeError(EmitContext& context, const Computed& value, const std::string& flag);

// Where an arithmetic result goes (cob_decimal_get_field): a numeric item takes it through its
// storage format; a numeric-edited item (BLANK WHEN ZERO numeric items included) through cobc's
// signed DISPLAY temporary of its digits and scale, then an edit (cobrt::StoreEdited).
struct Receiver {
  std::string address;
  std::string format;                 // a numeric item's storage format
  std::optional<std::string> edited;  // a numeric-edited item's "Digits, Scale" for StoreEdited
  std::string edited_arguments;       // its PICTURE constant and edit arguments
  int scale = 0;                      // the item's scale (DIVIDE ... REMAINDER)
};

// The SIZE ERROR and NOT ON SIZE ERROR phrases of an arithmetic statement, on the bool `flag`.
void EmitSizeErrorPhrases(EmitContext& context, const ir::OptionalStatementList& on_size_error,
                          const ir::OptionalStatementList& not_on_size_error,
                          std::string_view flag);

// The receiver of `target`, or nullopt (reported as RM6101).
auto ReceiverOf(EmitContext& context, ir::ExpressionId target) -> std::optional<Receiver>;

// The one scale at which a quotient stored into every receiver in `stores` (each with its
// ROUNDED mode) may be computed: the largest receiving scale, plus one decimal for ROUNDED's
// nearest-away rule; none when a mode needs to know whether any digit further on is non-zero.
auto QuotientScaleFor(const std::vector<std::pair<const Receiver*, ir::RoundingMode>>& stores)
    -> std::optional<int>;

// The call storing `value` into `receiver`, a cobrt::StoreStatus expression.
auto StoreCall(const Receiver& receiver, const std::string& value, ir::RoundingMode rounding,
               bool phrase) -> std::string;

}  // namespace remint::emit_cpp

#endif  // REMINT_EMITTERS_CPP_EMIT_ARITHMETIC_H_
