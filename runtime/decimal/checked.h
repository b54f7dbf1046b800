// Checked<F>: a value of a condition's arithmetic as cob_decimal holds it, for relations whose
// operands divide (fact sheet §1; libcob/numeric.c, checked against cobc 3.1.2). A division by
// zero does not stop the condition: cob_decimal_div marks the dividend not-a-number (scale
// COB_DECIMAL_NAN, -32768) and keeps its mantissa, and every later + - * / with a NaN operand
// gives NaN holding its left operand's mantissa (DECIMAL_CHECK). Unary minus is 0 - x, so it
// gives NaN holding 0. Comparing aligns the scales, which multiplies a NaN's mantissa by
// 10^(32768 + scale): against a number a NaN is as large as its mantissa's sign says (a NaN of
// mantissa 0 compares as 0), and two NaNs compare their mantissas as they are.
//
// The mantissa of a NaN is kept in the result type of the operation, which always holds the
// left operand's digits.
#ifndef COBRT_DECIMAL_CHECKED_H_
#define COBRT_DECIMAL_CHECKED_H_

#include "runtime/decimal/fixed.h"

namespace cobrt {

template <class F>
struct Checked {
  F value{};
  bool not_a_number = false;
};

namespace internal {

template <int D, int S>
constexpr auto Lift(const Fixed<D, S>& value) -> Checked<Fixed<D, S>> {
  return {value, false};
}
template <class F>
constexpr auto Lift(const Checked<F>& value) -> Checked<F> {
  return value;
}

// NaN holding `mantissa` (of another width) in the type R.
template <class R, class Rep>
constexpr auto NotANumber(const Rep& mantissa) -> Checked<R> {
  return {R{ConvertRep<typename R::Rep>(mantissa)}, true};
}

template <class Rep>
constexpr auto Sign(const Rep& mantissa) -> int {
  if (IsZero(mantissa)) return 0;
  return IsNegative(mantissa) ? -1 : 1;
}

}  // namespace internal

template <class A, class B>
constexpr auto CheckedAdd(const A& a, const B& b) {
  const auto x = internal::Lift(a);
  const auto y = internal::Lift(b);
  using R = decltype(Add(x.value, y.value));
  if (x.not_a_number || y.not_a_number) return internal::NotANumber<R>(x.value.mantissa);
  return Checked<R>{Add(x.value, y.value), false};
}

template <class A, class B>
constexpr auto CheckedSubtract(const A& a, const B& b) {
  const auto x = internal::Lift(a);
  const auto y = internal::Lift(b);
  using R = decltype(Subtract(x.value, y.value));
  if (x.not_a_number || y.not_a_number) return internal::NotANumber<R>(x.value.mantissa);
  return Checked<R>{Subtract(x.value, y.value), false};
}

template <class A, class B>
constexpr auto CheckedMultiply(const A& a, const B& b) {
  const auto x = internal::Lift(a);
  const auto y = internal::Lift(b);
  using R = decltype(Multiply(x.value, y.value));
  if (x.not_a_number || y.not_a_number) return internal::NotANumber<R>(x.value.mantissa);
  return Checked<R>{Multiply(x.value, y.value), false};
}

template <class A, class B>
constexpr auto CheckedDivide(const A& a, const B& b) {
  const auto x = internal::Lift(a);
  const auto y = internal::Lift(b);
  using R = decltype(Divide(x.value, y.value).value);
  if (x.not_a_number || y.not_a_number || IsZero(y.value.mantissa)) {
    return internal::NotANumber<R>(x.value.mantissa);
  }
  return Checked<R>{Divide(x.value, y.value).value, false};
}

// cobc computes -x as 0 - x.
template <class A>
constexpr auto CheckedNegate(const A& a) {
  return CheckedSubtract(Fixed<1, 0>{0}, a);
}

// <0, 0, >0 as cob_decimal_cmp orders the two values.
template <class A, class B>
constexpr auto CheckedCompare(const A& a, const B& b) -> int {
  const auto x = internal::Lift(a);
  const auto y = internal::Lift(b);
  if (!x.not_a_number && !y.not_a_number) return Compare(x.value, y.value);
  if (x.not_a_number && y.not_a_number) {
    using Rep = WiderRep<typename decltype(x.value)::Rep, typename decltype(y.value)::Rep>;
    const Rep m = ConvertRep<Rep>(x.value.mantissa);
    const Rep n = ConvertRep<Rep>(y.value.mantissa);
    return m < n ? -1 : (n < m ? 1 : 0);
  }
  if (x.not_a_number) {
    const int sign = internal::Sign(x.value.mantissa);
    return sign != 0 ? sign : -internal::Sign(y.value.mantissa);
  }
  const int sign = internal::Sign(y.value.mantissa);
  return sign != 0 ? -sign : internal::Sign(x.value.mantissa);
}

}  // namespace cobrt

#endif  // COBRT_DECIMAL_CHECKED_H_
