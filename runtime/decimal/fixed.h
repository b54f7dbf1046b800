// Fixed<Digits, Scale>: a decimal value whose digit count and scale are known when the program
// is emitted, the operand and intermediate type of emitted arithmetic. The value is
// mantissa * 10^-Scale with |mantissa| < 10^Digits; the mantissa is the narrowest machine or
// wide integer that holds Digits (runtime/decimal/int_rep.h), so operations compile to int64 /
// __int128 work and never allocate. A negative Scale is a P-scaled integer (9(3)PP: scale -2).
//
// The operations follow cobc's cob_decimal (libcob/numeric.c; fact sheet §1): + - * are exact,
// so their result types widen; division truncates its quotient at 38 + max(0, s1 - s2)
// decimals. Arithmetic never yields -0: a zero mantissa has no sign.
#ifndef COBRT_DECIMAL_FIXED_H_
#define COBRT_DECIMAL_FIXED_H_

#include <algorithm>
#include <limits>
#include <type_traits>

#include "runtime/decimal/int_rep.h"
#include "runtime/decimal/rounding.h"

namespace cobrt {

// Decimal places a quotient keeps beyond the dividend's scale: COB_MAX_DIGITS.
inline constexpr int kDivisionDigits = 38;

template <int Digits, int Scale>
struct Fixed {
  static_assert(Digits >= 1 && Digits <= kMaxMantissaDigits,
                "an intermediate wider than 153 digits: the emitter must split the expression");
  static constexpr int kDigits = Digits;
  static constexpr int kScale = Scale;
  using Rep = RepFor<Digits>;

  Rep mantissa{};

  static constexpr auto FromMantissa(const Rep& m) -> Fixed { return Fixed{m}; }
};

namespace internal {
// Integer digits of a value: those left of the point.
constexpr auto IntegerDigits(int digits, int scale) -> int { return digits - scale; }
constexpr auto SumDigits(int d1, int s1, int d2, int s2) -> int {
  return std::max(IntegerDigits(d1, s1), IntegerDigits(d2, s2)) + 1 + std::max(s1, s2);
}
// cob_decimal_div: scale becomes s1 - s2, then the dividend is shifted by 38 more digits, plus
// whatever brings a negative scale back to zero.
constexpr auto DivisionShift(int s1, int s2) -> int {
  return kDivisionDigits + std::max(0, s2 - s1);
}
// Brings a mantissa at scale `from` to scale `to` >= from, in a representation that holds it.
template <class To, class From>
constexpr auto Align(const From& mantissa, int from, int to) -> To {
  return ConvertRep<To>(mantissa) * Pow10<To>(to - from);
}
}  // namespace internal

template <int D1, int S1, int D2, int S2>
constexpr auto Add(const Fixed<D1, S1>& a, const Fixed<D2, S2>& b) {
  constexpr int kScale = std::max(S1, S2);
  using Result = Fixed<internal::SumDigits(D1, S1, D2, S2), kScale>;
  using Rep = typename Result::Rep;
  return Result{internal::Align<Rep>(a.mantissa, S1, kScale) +
                internal::Align<Rep>(b.mantissa, S2, kScale)};
}

template <int D1, int S1, int D2, int S2>
constexpr auto Subtract(const Fixed<D1, S1>& a, const Fixed<D2, S2>& b) {
  constexpr int kScale = std::max(S1, S2);
  using Result = Fixed<internal::SumDigits(D1, S1, D2, S2), kScale>;
  using Rep = typename Result::Rep;
  return Result{internal::Align<Rep>(a.mantissa, S1, kScale) -
                internal::Align<Rep>(b.mantissa, S2, kScale)};
}

template <int D1, int S1, int D2, int S2>
constexpr auto Multiply(const Fixed<D1, S1>& a, const Fixed<D2, S2>& b) {
  using Result = Fixed<D1 + D2, S1 + S2>;
  using Rep = typename Result::Rep;
  return Result{ConvertRep<Rep>(a.mantissa) * ConvertRep<Rep>(b.mantissa)};
}

template <int D, int S>
constexpr auto Negate(const Fixed<D, S>& a) -> Fixed<D, S> {
  return Fixed<D, S>{-a.mantissa};
}

template <class Value>
struct Quotient {
  Value value{};
  bool divide_by_zero = false;  // EC-SIZE-ZERO-DIVIDE: a size error, the target is unchanged
};

// cob_decimal_div: the quotient truncated toward zero at 38 + max(0, S1 - S2) decimals.
template <int D1, int S1, int D2, int S2>
constexpr auto Divide(const Fixed<D1, S1>& a, const Fixed<D2, S2>& b) {
  constexpr int kShift = internal::DivisionShift(S1, S2);
  using Result = Fixed<D1 + kShift, S1 - S2 + kShift>;
  using Rep = typename Result::Rep;
  Quotient<Result> quotient;
  if (IsZero(b.mantissa)) {
    quotient.divide_by_zero = true;
    return quotient;
  }
  Rep dividend = ConvertRep<Rep>(a.mantissa) * Pow10<Rep>(kShift);
  quotient.value.mantissa = dividend / ConvertRep<Rep>(b.mantissa);
  return quotient;
}

namespace internal {
// a / b truncated toward zero; on Int128 a 64-bit division when both fit in 64 bits, which
// the bankdemo money amounts always do (libgcc's 128-bit division is several times slower).
template <class Rep>
constexpr auto TruncatingDivide(const Rep& a, const Rep& b) -> Rep {
  if constexpr (std::is_same_v<Rep, Int128>) {
    // INT64_MIN / -1 overflows: left to the 128-bit division.
    if (a == static_cast<int64_t>(a) && b == static_cast<int64_t>(b) &&
        a != std::numeric_limits<int64_t>::min()) {
      return static_cast<int64_t>(a) / static_cast<int64_t>(b);
    }
  }
  return a / b;
}
}  // namespace internal

// The quotient truncated toward zero at NewScale decimals: what
// TruncateTo<NewScale>(Divide(a, b).value) gives, as Divide keeps at least 38 decimals and
// truncations toward zero compose, but computed on the narrowest integers that hold it. The
// emitter uses it where the quotient is aligned or stored at a known scale (with truncation,
// or ROUNDED at NewScale - 1 decimals, which needs no digit beyond NewScale).
template <int NewScale, int D1, int S1, int D2, int S2>
constexpr auto DivideTruncated(const Fixed<D1, S1>& a, const Fixed<D2, S2>& b) {
  static_assert(NewScale <= S1 - S2 + internal::DivisionShift(S1, S2),
                "Divide keeps fewer decimals than asked for");
  using Result = Fixed<std::max(D1 - S1 + S2 + NewScale + 1, 1), NewScale>;
  // The dividend gains kShift digits (or, negative, the divisor gains -kShift zeros).
  constexpr int kShift = NewScale - (S1 - S2);
  Quotient<Result> quotient;
  if (IsZero(b.mantissa)) {
    quotient.divide_by_zero = true;
    return quotient;
  }
  if constexpr (kShift >= 0) {
    using Rep = WiderRep<RepFor<D1 + kShift>, RepFor<D2>>;
    const Rep dividend = ConvertRep<Rep>(a.mantissa) * Pow10<Rep>(kShift);
    quotient.value.mantissa = ConvertRep<typename Result::Rep>(
        internal::TruncatingDivide(dividend, ConvertRep<Rep>(b.mantissa)));
  } else {
    using Rep = WiderRep<RepFor<D1>, RepFor<D2 - kShift>>;
    const Rep divisor = ConvertRep<Rep>(b.mantissa) * Pow10<Rep>(-kShift);
    quotient.value.mantissa = ConvertRep<typename Result::Rep>(
        internal::TruncatingDivide(ConvertRep<Rep>(a.mantissa), divisor));
  }
  return quotient;
}

// The value at scale NewScale: low-order digits dropped by `mode` (truncation for a plain store
// or MOVE), or zeros appended. One more integer digit than the source, for a rounding carry.
template <int NewScale, int D, int S>
constexpr auto Rescale(const Fixed<D, S>& a, RoundingMode mode = RoundingMode::kTruncation)
    -> ShiftedMantissa<typename Fixed<std::max(D - S + NewScale + 1, 1), NewScale>::Rep> {
  using Rep = typename Fixed<std::max(D - S + NewScale + 1, 1), NewScale>::Rep;
  if constexpr (NewScale >= S) {
    return {internal::Align<Rep>(a.mantissa, S, NewScale), false};
  } else {
    using Wide = WiderRep<Rep, typename Fixed<D, S>::Rep>;
    ShiftedMantissa<Wide> shifted = DropDigits(ConvertRep<Wide>(a.mantissa),
                                               std::integral_constant<int, S - NewScale>{}, mode);
    return {ConvertRep<Rep>(shifted.mantissa), shifted.digits_lost};
  }
}

// The value truncated to NewScale decimals, as a Fixed (cobc's shift_decimal).
template <int NewScale, int D, int S>
constexpr auto TruncateTo(const Fixed<D, S>& a) {
  using Result = Fixed<std::max(D - S + NewScale + 1, 1), NewScale>;
  return Result{Rescale<NewScale>(a).mantissa};
}

// DIVIDE ... REMAINDER (cob_div_quotient / cob_div_remainder, fact sheet §1): dividend minus
// the quotient truncated at the quotient item's scale QuotientScale (not at its digits, and
// not rounded even with ROUNDED) times the divisor; it has the dividend's sign.
template <int QuotientScale, int D1, int S1, int D2, int S2>
constexpr auto DivideRemainder(const Fixed<D1, S1>& dividend, const Fixed<D2, S2>& divisor) {
  auto quotient = Divide(dividend, divisor);
  auto truncated = TruncateTo<QuotientScale>(quotient.value);
  auto remainder = Subtract(dividend, Multiply(truncated, divisor));
  return Quotient<decltype(remainder)>{remainder, quotient.divide_by_zero};
}

// True when |mantissa| < 10^Digits: the value fits a PICTURE of Digits digits at its scale
// (fact sheet §1: the size error test).
template <int Digits, class Rep>
constexpr auto FitsDigits(const Rep& mantissa) -> bool {
  if constexpr (kRepDigits<Rep> < Digits) {
    return true;  // static digit bounds: a narrower representation holds fewer digits
  } else {
    return Abs(mantissa) < Pow10<Rep>(Digits);
  }
}

// The low-order Digits digits, sign kept: what a store without SIZE ERROR keeps on overflow
// (999 + 2 into 9(3) gives 001).
template <int Digits, class Rep>
constexpr auto KeepLowDigits(const Rep& mantissa) -> Rep {
  if constexpr (kRepDigits<Rep> < Digits) {
    return mantissa;
  } else {
    return mantissa % Pow10<Rep>(Digits);
  }
}

// a < b: negative, a == b: 0, a > b: positive, by value across scales (cob_numeric_cmp).
template <int D1, int S1, int D2, int S2>
constexpr auto Compare(const Fixed<D1, S1>& a, const Fixed<D2, S2>& b) -> int {
  const auto difference = Subtract(a, b);
  if (IsZero(difference.mantissa)) return 0;
  return IsNegative(difference.mantissa) ? -1 : 1;
}

}  // namespace cobrt

#endif  // COBRT_DECIMAL_FIXED_H_
