// The integer types that hold decimal mantissas and what decimal code needs of them: the
// narrowest one for a digit count, conversions between them, powers of ten and absolute values.
// A mantissa of D digits lives in int64_t (D <= 18), Int128 (<= 38), Int256 (<= 76) or Int512
// (<= 153), so the common cases compute on machine integers.
#ifndef COBRT_DECIMAL_INT_REP_H_
#define COBRT_DECIMAL_INT_REP_H_

#include <array>
#include <cstdint>
#include <type_traits>

#include "runtime/decimal/wide_int.h"

namespace cobrt {

// The most digits any mantissa may have: what Int512 holds (10^153 < 2^511).
inline constexpr int kMaxMantissaDigits = 153;

template <int Digits>
using RepFor = std::conditional_t<
    (Digits <= 18), int64_t,
    std::conditional_t<(Digits <= 38), Int128, std::conditional_t<(Digits <= 76), Int256, Int512>>>;

// How many decimal digits a representation holds in full.
template <class Rep>
inline constexpr int kRepDigits = 0;
template <>
inline constexpr int kRepDigits<int64_t> = 18;
template <>
inline constexpr int kRepDigits<Int128> = 38;
template <>
inline constexpr int kRepDigits<Int256> = 76;
template <>
inline constexpr int kRepDigits<Int512> = 153;

template <class A, class B>
using WiderRep = std::conditional_t<(kRepDigits<A> >= kRepDigits<B>), A, B>;

// Converts between representations; narrowing keeps the low-order bits, so the caller must know
// the value fits (digit bounds are static).
template <class To, class From>
constexpr auto ConvertRep(const From& value) -> To {
  if constexpr (std::is_same_v<To, From>) {
    return value;
  } else if constexpr (kRepDigits<To> > kRepDigits<From>) {
    return To(value);
  } else if constexpr (std::is_same_v<From, int64_t> || std::is_same_v<From, Int128>) {
    return static_cast<To>(value);
  } else if constexpr (std::is_same_v<To, int64_t>) {
    return static_cast<int64_t>(value.ToInt128());
  } else if constexpr (std::is_same_v<To, Int128>) {
    return value.ToInt128();
  } else {
    return To::Truncate(value);
  }
}

template <class Rep>
constexpr auto IsNegative(const Rep& value) -> bool {
  if constexpr (std::is_same_v<Rep, int64_t> || std::is_same_v<Rep, Int128>) {
    return value < 0;
  } else {
    return value.IsNegative();
  }
}

template <class Rep>
constexpr auto IsZero(const Rep& value) -> bool {
  return value == Rep(0);
}

template <class Rep>
constexpr auto Abs(const Rep& value) -> Rep {
  return IsNegative(value) ? -value : value;
}

namespace internal {
template <class Rep>
constexpr auto MakePow10Table() {
  std::array<Rep, kRepDigits<Rep> + 1> table{};
  Rep power(int64_t{1});
  for (int i = 0; i <= kRepDigits<Rep>; ++i) {
    table[i] = power;
    if (i < kRepDigits<Rep>) power = power * Rep(int64_t{10});
  }
  return table;
}
template <class Rep>
inline constexpr auto kPow10Table = MakePow10Table<Rep>();
}  // namespace internal

// 10^n for 0 <= n <= kRepDigits<Rep>.
template <class Rep>
constexpr auto Pow10(int n) -> Rep {
  return internal::kPow10Table<Rep>[n];
}

// The number of decimal digits of |value| (0 for zero).
template <class Rep>
constexpr auto DigitCount(const Rep& value) -> int {
  Rep magnitude = Abs(value);
  int digits = 0;
  while (digits <= kRepDigits<Rep> && !(magnitude < Pow10<Rep>(digits))) ++digits;
  return digits;
}

}  // namespace cobrt

#endif  // COBRT_DECIMAL_INT_REP_H_
