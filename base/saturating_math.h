// Unsigned arithmetic that sticks at the maximum instead of wrapping: sizes and counts computed
// from untrusted declarations (nested OCCURS, long PICTUREs) use it, so an absurd layout shows
// up as an absurdly large size that a limit check reports, never as a small wrapped one.
#ifndef REMINT_BASE_SATURATING_MATH_H_
#define REMINT_BASE_SATURATING_MATH_H_

#include <cstdint>
#include <limits>

namespace remint {

inline constexpr uint64_t kSaturatedUint64 = std::numeric_limits<uint64_t>::max();

constexpr auto SaturatingAdd(uint64_t a, uint64_t b) -> uint64_t {
  uint64_t sum = 0;
  return __builtin_add_overflow(a, b, &sum) ? kSaturatedUint64 : sum;
}

constexpr auto SaturatingMul(uint64_t a, uint64_t b) -> uint64_t {
  uint64_t product = 0;
  return __builtin_mul_overflow(a, b, &product) ? kSaturatedUint64 : product;
}

}  // namespace remint

#endif  // REMINT_BASE_SATURATING_MATH_H_
