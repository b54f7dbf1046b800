// BigInt: a signed integer of any size, the mpz_t of libcob's intrinsic functions. cobc computes
// them with GMP: a factorial, a sum of 38-digit items or a 96-digit square root times another
// value has no fixed bound, so the intrinsic layer cannot use the fixed-width mantissas of
// runtime/decimal. Magnitudes are 32-bit limbs, least significant first; division truncates
// toward zero (mpz_tdiv_q / mpz_tdiv_r), as everywhere in libcob's decimal code.
#ifndef COBRT_INTRINSIC_BIG_INT_H_
#define COBRT_INTRINSIC_BIG_INT_H_

#include <compare>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/decimal/wide_int.h"

namespace cobrt {

class BigInt {
 public:
  BigInt() = default;
  BigInt(int64_t value);  // NOLINT: an integer converts as a built-in one does
  static auto FromUnsigned(uint64_t value) -> BigInt;
  static auto FromInt128(Int128 value) -> BigInt;
  // A string of decimal digits only (no sign); an empty string is zero.
  static auto FromDigits(std::string_view digits) -> BigInt;
  static auto Pow10(int exponent) -> BigInt;
  static auto Pow2(int exponent) -> BigInt;

  auto IsZero() const -> bool { return magnitude_.empty(); }
  auto IsNegative() const -> bool { return negative_; }
  // -1, 0 or 1 (mpz_sgn).
  auto Sign() const -> int { return IsZero() ? 0 : (negative_ ? -1 : 1); }
  auto Abs() const -> BigInt;
  auto Negated() const -> BigInt;
  // Significant bits of the magnitude (mpz_sizeinbase(x, 2)); 1 for zero, as GMP counts it.
  auto BitLength() const -> size_t;
  // The decimal digits of the magnitude, "0" for zero.
  auto Digits() const -> std::string;
  auto DigitCount() const -> int { return static_cast<int>(Digits().size()); }
  // Limb i of the magnitude (32 bits, least significant first), 0 past the top.
  auto MagnitudeLimb(size_t i) const -> uint32_t {
    return i < magnitude_.size() ? magnitude_[i] : 0;
  }
  // The low 64 bits of the value in two's complement (mpz_get_ui of the magnitude, negated).
  auto LowBits64() const -> uint64_t;
  auto FitsInt64() const -> bool;
  // Whether 10 divides the value (mpz_divisible_ui_p(x, 10)).
  auto DivisibleBy10() const -> bool;
  // The value divided by a small divisor, truncated, and the remainder's magnitude.
  auto DivideSmall(uint32_t divisor, uint32_t* remainder = nullptr) const -> BigInt;

  friend auto operator+(const BigInt& a, const BigInt& b) -> BigInt;
  friend auto operator-(const BigInt& a, const BigInt& b) -> BigInt;
  friend auto operator*(const BigInt& a, const BigInt& b) -> BigInt;
  // Truncated quotient and remainder (the remainder has the dividend's sign); b must not be 0.
  friend auto operator/(const BigInt& a, const BigInt& b) -> BigInt;
  friend auto operator%(const BigInt& a, const BigInt& b) -> BigInt;
  friend auto operator==(const BigInt& a, const BigInt& b) -> bool = default;
  friend auto operator<=>(const BigInt& a, const BigInt& b) -> std::strong_ordering;

  // Both results of one division.
  static void DivideWithRemainder(const BigInt& a, const BigInt& b, BigInt& quotient,
                                  BigInt& remainder);
  // floor(sqrt(a)) for a >= 0.
  static auto SquareRoot(const BigInt& a) -> BigInt;

 private:
  using Limbs = std::vector<uint32_t>;
  static auto CompareMagnitudes(const Limbs& a, const Limbs& b) -> int;
  static auto AddMagnitudes(const Limbs& a, const Limbs& b) -> Limbs;
  // a - b for |a| >= |b|.
  static auto SubtractMagnitudes(const Limbs& a, const Limbs& b) -> Limbs;
  static auto MultiplyMagnitudes(const Limbs& a, const Limbs& b) -> Limbs;
  static void DivideMagnitudes(const Limbs& a, const Limbs& b, Limbs& quotient, Limbs& remainder);
  static void Normalize(Limbs& limbs);
  static auto Make(bool negative, Limbs magnitude) -> BigInt;

  bool negative_ = false;
  Limbs magnitude_;  // no most significant zero limbs; empty for zero
};

}  // namespace cobrt

#endif  // COBRT_INTRINSIC_BIG_INT_H_
