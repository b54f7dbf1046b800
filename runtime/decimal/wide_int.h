// Fixed-width signed integers wider than the machine's: WideInt<N> is an N x 64-bit two's
// complement integer with the arithmetic operators of a built-in integer. Decimal arithmetic
// uses it only where 38 digits (Int128) do not suffice: the product of two 38-digit mantissas
// (Int256, 76 digits) and the shifted dividend of a division (Int512, 153 digits). No heap.
#ifndef COBRT_DECIMAL_WIDE_INT_H_
#define COBRT_DECIMAL_WIDE_INT_H_

#include <array>
#include <compare>
#include <cstdint>
#include <type_traits>

namespace cobrt {

__extension__ typedef __int128 Int128;
__extension__ typedef unsigned __int128 UInt128;

template <int N>
class WideInt {
  static_assert(N >= 2, "narrower values are int64_t or Int128");

 public:
  using Limbs = std::array<uint64_t, N>;

  constexpr WideInt() : limbs_{} {}
  template <class Integer>
  requires(std::is_integral_v<Integer> && sizeof(Integer) <= 8) constexpr WideInt(Integer value)
      : limbs_{} {  // NOLINT: widening is implicit as for ints
    limbs_[0] = static_cast<uint64_t>(static_cast<int64_t>(value));
    FillFrom(1, std::is_signed_v<Integer> && value < 0);
  }
  constexpr WideInt(Int128 value) : limbs_{} {  // NOLINT
    limbs_[0] = static_cast<uint64_t>(value);
    limbs_[1] = static_cast<uint64_t>(static_cast<UInt128>(value) >> 64);
    FillFrom(2, value < 0);
  }
  template <int M>
  requires(M < N) constexpr WideInt(const WideInt<M>& value) : limbs_{} {  // NOLINT
    for (int i = 0; i < M; ++i) limbs_[i] = value.limb(i);
    FillFrom(M, value.IsNegative());
  }
  // Keeps the low N limbs of a wider value (the caller knows it fits).
  template <int M>
  requires(M > N) static constexpr auto Truncate(const WideInt<M>& value) -> WideInt {
    WideInt result;
    for (int i = 0; i < N; ++i) result.limbs_[i] = value.limb(i);
    return result;
  }

  constexpr auto limb(int i) const -> uint64_t { return limbs_[i]; }
  constexpr auto IsNegative() const -> bool { return (limbs_[N - 1] >> 63) != 0; }
  constexpr auto IsZero() const -> bool {
    for (uint64_t l : limbs_) {
      if (l != 0) return false;
    }
    return true;
  }
  // True when the value is representable as Int128.
  constexpr auto FitsInt128() const -> bool {
    uint64_t fill = (limbs_[1] >> 63) != 0 ? ~uint64_t{0} : 0;
    for (int i = 2; i < N; ++i) {
      if (limbs_[i] != fill) return false;
    }
    return true;
  }
  constexpr auto ToInt128() const -> Int128 {
    return static_cast<Int128>((static_cast<UInt128>(limbs_[1]) << 64) | limbs_[0]);
  }

  friend constexpr auto operator+(const WideInt& a, const WideInt& b) -> WideInt {
    WideInt r;
    uint64_t carry = 0;
    for (int i = 0; i < N; ++i) {
      UInt128 s = static_cast<UInt128>(a.limbs_[i]) + b.limbs_[i] + carry;
      r.limbs_[i] = static_cast<uint64_t>(s);
      carry = static_cast<uint64_t>(s >> 64);
    }
    return r;
  }
  constexpr auto operator-() const -> WideInt {
    WideInt r;
    uint64_t carry = 1;
    for (int i = 0; i < N; ++i) {
      UInt128 s = static_cast<UInt128>(~limbs_[i]) + carry;
      r.limbs_[i] = static_cast<uint64_t>(s);
      carry = static_cast<uint64_t>(s >> 64);
    }
    return r;
  }
  friend constexpr auto operator-(const WideInt& a, const WideInt& b) -> WideInt { return a + -b; }
  // Product modulo 2^(64N), like a built-in multiplication that does not overflow.
  friend constexpr auto operator*(const WideInt& a, const WideInt& b) -> WideInt {
    WideInt r;
    for (int i = 0; i < N; ++i) {
      if (a.limbs_[i] == 0) continue;
      uint64_t carry = 0;
      for (int j = 0; i + j < N; ++j) {
        UInt128 p = static_cast<UInt128>(a.limbs_[i]) * b.limbs_[j] + r.limbs_[i + j] + carry;
        r.limbs_[i + j] = static_cast<uint64_t>(p);
        carry = static_cast<uint64_t>(p >> 64);
      }
    }
    return r;
  }
  // Quotient truncated toward zero and remainder with the dividend's sign, as for built-ins.
  friend constexpr auto operator/(const WideInt& a, const WideInt& b) -> WideInt {
    WideInt q, r;
    DivMod(a, b, q, r);
    return q;
  }
  friend constexpr auto operator%(const WideInt& a, const WideInt& b) -> WideInt {
    WideInt q, r;
    DivMod(a, b, q, r);
    return r;
  }
  friend constexpr auto operator==(const WideInt& a, const WideInt& b) -> bool = default;
  friend constexpr auto operator<=>(const WideInt& a, const WideInt& b) -> std::strong_ordering {
    if (a.IsNegative() != b.IsNegative()) {
      return a.IsNegative() ? std::strong_ordering::less : std::strong_ordering::greater;
    }
    for (int i = N - 1; i >= 0; --i) {
      if (a.limbs_[i] != b.limbs_[i]) {
        return a.limbs_[i] < b.limbs_[i] ? std::strong_ordering::less
                                         : std::strong_ordering::greater;
      }
    }
    return std::strong_ordering::equal;
  }
  WideInt& operator+=(const WideInt& b) { return *this = *this + b; }
  WideInt& operator-=(const WideInt& b) { return *this = *this - b; }
  WideInt& operator*=(const WideInt& b) { return *this = *this * b; }

  // Signed division: quotient toward zero, remainder with the dividend's sign. b != 0.
  static constexpr void DivMod(const WideInt& a, const WideInt& b, WideInt& quotient,
                               WideInt& remainder) {
    bool a_negative = a.IsNegative();
    bool b_negative = b.IsNegative();
    WideInt ua = a_negative ? -a : a;
    WideInt ub = b_negative ? -b : b;
    UnsignedDivMod(ua, ub, quotient, remainder);
    if (a_negative != b_negative) quotient = -quotient;
    if (a_negative) remainder = -remainder;
  }

 private:
  constexpr void FillFrom(int first, bool negative) {
    for (int i = first; i < N; ++i) limbs_[i] = negative ? ~uint64_t{0} : 0;
  }
  constexpr auto HighestLimb() const -> int {
    for (int i = N - 1; i >= 0; --i) {
      if (limbs_[i] != 0) return i;
    }
    return -1;
  }
  // Magnitudes (the top bit is clear after negation, except for the most negative value, which
  // decimal arithmetic never reaches).
  static constexpr void UnsignedDivMod(const WideInt& a, const WideInt& b, WideInt& quotient,
                                       WideInt& remainder) {
    quotient = WideInt();
    remainder = WideInt();
    if (b.HighestLimb() <= 0) {
      // A one-limb divisor, the usual case: limb by limb through UInt128.
      uint64_t divisor = b.limbs_[0];
      UInt128 rest = 0;
      for (int i = N - 1; i >= 0; --i) {
        UInt128 current = (rest << 64) | a.limbs_[i];
        quotient.limbs_[i] = static_cast<uint64_t>(current / divisor);
        rest = current % divisor;
      }
      remainder.limbs_[0] = static_cast<uint64_t>(rest);
      return;
    }
    // Bit by bit long division: slow, only for divisors wider than 64 bits.
    int top = a.HighestLimb();
    for (int bit = (top + 1) * 64 - 1; bit >= 0; --bit) {
      ShiftLeftOne(remainder);
      remainder.limbs_[0] |= (a.limbs_[bit / 64] >> (bit % 64)) & 1;
      if (UnsignedLessEqual(b, remainder)) {
        remainder = remainder - b;
        quotient.limbs_[bit / 64] |= uint64_t{1} << (bit % 64);
      }
    }
  }
  static constexpr void ShiftLeftOne(WideInt& v) {
    for (int i = N - 1; i > 0; --i) v.limbs_[i] = (v.limbs_[i] << 1) | (v.limbs_[i - 1] >> 63);
    v.limbs_[0] <<= 1;
  }
  static constexpr auto UnsignedLessEqual(const WideInt& a, const WideInt& b) -> bool {
    for (int i = N - 1; i >= 0; --i) {
      if (a.limbs_[i] != b.limbs_[i]) return a.limbs_[i] < b.limbs_[i];
    }
    return true;
  }

  Limbs limbs_;
};

using Int256 = WideInt<4>;
using Int512 = WideInt<8>;

}  // namespace cobrt

#endif  // COBRT_DECIMAL_WIDE_INT_H_
