// Dropping low-order decimal digits of a mantissa: truncation (every store without ROUNDED, and
// every MOVE) or one of the ROUNDED MODE rules (fact sheet §1, table "ROUNDED"; cobc
// libcob/numeric.c cob_decimal_do_round then shift_decimal).
#ifndef COBRT_DECIMAL_ROUNDING_H_
#define COBRT_DECIMAL_ROUNDING_H_

#include <cstdint>
#include <type_traits>

#include "runtime/decimal/int_rep.h"

namespace cobrt {

enum class RoundingMode : uint8_t {
  kTruncation,           // no ROUNDED phrase (and ROUNDED MODE TRUNCATION)
  kNearestAwayFromZero,  // ROUNDED alone: the default mode
  kAwayFromZero,
  kNearestEven,
  kNearestTowardZero,
  kTowardGreater,
  kTowardLesser,
  // Truncates, and a store raises the size error for any value with more decimals than the
  // item (runtime/storage/store.h ProhibitedLoss).
  kProhibited,
};

template <class Rep>
struct ShiftedMantissa {
  Rep mantissa;
  bool digits_lost = false;  // a non-zero digit was dropped (before any rounding increment)
};

// mantissa / 10^digits, rounded by `mode`; digits >= 0. `digits` is an int, or a
// std::integral_constant where it is known at compile time (Rescale): the divisions by 10^digits
// then compile to multiplications.
template <class Rep, class Digits = int>
constexpr auto DropDigits(const Rep& mantissa, Digits digits, RoundingMode mode)
    -> ShiftedMantissa<Rep> {
  if (digits == 0) return {mantissa, false};
  Rep quotient(int64_t{0});
  Rep remainder = mantissa;
  // Compared with half a unit of the last kept digit: -1 below, 0 exactly, +1 above.
  int against_half = -1;
  if (digits <= kRepDigits<Rep>) {
    if constexpr (kRepDigits<Rep> > 38) {
      // A WideInt: by 10^18 at most at a time, so that each divisor is one 64-bit limb and
      // takes WideInt's fast path (a wider one divides bit by bit); truncating divisions
      // compose.
      quotient = mantissa;
      for (int left = digits; left > 0; left -= 18) {
        quotient = quotient / Pow10<Rep>(left < 18 ? left : 18);
      }
      remainder = mantissa - quotient * Pow10<Rep>(digits);
    } else if (std::is_same_v<Rep, Int128> && digits <= 18 &&
               mantissa == static_cast<int64_t>(mantissa)) {
      // A 128-bit mantissa that fits 64 bits: 64-bit division (libgcc's 128-bit one is slow).
      const auto narrow = static_cast<int64_t>(mantissa);
      const int64_t divisor = Pow10<int64_t>(digits);
      quotient = Rep(narrow / divisor);
      remainder = Rep(narrow % divisor);
    } else {
      const Rep divisor = Pow10<Rep>(digits);
      quotient = mantissa / divisor;
      remainder = mantissa - quotient * divisor;
    }
    Rep magnitude = Abs(remainder);
    Rep half = Pow10<Rep>(digits - 1) * Rep(int64_t{5});
    against_half = magnitude < half ? -1 : (magnitude == half ? 0 : 1);
  }
  // Otherwise |mantissa| < 10^kRepDigits <= half of 10^digits: the quotient is 0.
  bool lost = !IsZero(remainder);
  if (!lost) return {quotient, false};
  bool negative = IsNegative(remainder);
  bool away = false;  // add one unit in the direction of the sign
  switch (mode) {
    case RoundingMode::kTruncation:
    case RoundingMode::kProhibited:
      break;
    case RoundingMode::kNearestAwayFromZero:
      away = against_half >= 0;
      break;
    case RoundingMode::kAwayFromZero:
      away = true;
      break;
    case RoundingMode::kNearestEven: {
      bool odd = !IsZero(quotient % Rep(int64_t{2}));
      away = against_half > 0 || (against_half == 0 && odd);
      break;
    }
    case RoundingMode::kNearestTowardZero:
      away = against_half > 0;
      break;
    case RoundingMode::kTowardGreater:
      away = !negative;
      break;
    case RoundingMode::kTowardLesser:
      away = negative;
      break;
  }
  if (away) quotient = negative ? quotient - Rep(int64_t{1}) : quotient + Rep(int64_t{1});
  return {quotient, true};
}

}  // namespace cobrt

#endif  // COBRT_DECIMAL_ROUNDING_H_
