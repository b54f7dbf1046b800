#include "runtime/intrinsic/transcendental.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <utility>

namespace cobrt {
namespace {

// A decimal floating-point number m * 10^e whose mantissa is cut to about `digits` significant
// digits after each operation: enough to reproduce 96 correct digits with a guard.
struct Real {
  BigInt m;
  int e = 0;
};

// log10(2), to estimate decimal digits from binary ones.
constexpr double kLog10Of2 = 0.30102999566398119521;

// A lower bound of the decimal digits of |m| (at most one short).
auto EstimatedDigits(const BigInt& m) -> int {
  if (m.IsZero()) return 0;
  return static_cast<int>(static_cast<double>(m.BitLength() - 1) * kLog10Of2) + 1;
}

auto Normalize(Real r, int digits) -> Real {
  if (r.m.IsZero()) return Real{BigInt(), 0};
  int excess = EstimatedDigits(r.m) - digits;
  if (excess > 0) {
    r.m = r.m / BigInt::Pow10(excess);
    r.e += excess;
  }
  return r;
}

// The power of ten just above |r| (its "top"): |r| < 10^Top(r).
auto Top(const Real& r) -> int { return r.e + EstimatedDigits(r.m) + 1; }

auto FromDecimal(const BigDecimal& d) -> Real { return Real{d.value, -d.scale}; }

auto FromInt(int64_t value) -> Real { return Real{BigInt(value), 0}; }

auto Negate(Real r) -> Real {
  r.m = r.m.Negated();
  return r;
}

auto Add(const Real& a, const Real& b, int digits) -> Real {
  if (a.m.IsZero()) return Normalize(b, digits);
  if (b.m.IsZero()) return Normalize(a, digits);
  // A term wholly below the other's last kept digit (at `digits` digits) changes nothing.
  if (Top(b) < Top(a) - digits - 4) return Normalize(a, digits);
  if (Top(a) < Top(b) - digits - 4) return Normalize(b, digits);
  if (a.e >= b.e) {
    return Normalize(Real{a.m * BigInt::Pow10(a.e - b.e) + b.m, b.e}, digits);
  }
  return Normalize(Real{a.m + b.m * BigInt::Pow10(b.e - a.e), a.e}, digits);
}

auto Subtract(const Real& a, const Real& b, int digits) -> Real {
  return Add(a, Negate(b), digits);
}

auto Multiply(const Real& a, const Real& b, int digits) -> Real {
  return Normalize(Real{a.m * b.m, a.e + b.e}, digits);
}

auto Divide(const Real& a, const Real& b, int digits) -> Real {
  if (a.m.IsZero()) return Real{};
  int shift = std::max(0, digits + 2 + EstimatedDigits(b.m) - EstimatedDigits(a.m));
  return Normalize(Real{(a.m * BigInt::Pow10(shift)) / b.m, a.e - b.e - shift}, digits);
}

auto DivideSmall(const Real& a, uint32_t divisor, int digits) -> Real {
  // The mantissa widened to the precision first, so the quotient keeps it.
  int shift = std::max(0, digits + 12 - EstimatedDigits(a.m));
  return Normalize(Real{(a.m * BigInt::Pow10(shift)).DivideSmall(divisor), a.e - shift}, digits);
}

auto MultiplySmall(const Real& a, int64_t factor, int digits) -> Real {
  return Normalize(Real{a.m * BigInt(factor), a.e}, digits);
}

auto Sqrt(const Real& a, int digits) -> Real {
  if (a.m.IsZero()) return Real{};
  // An even exponent and twice the digits in the mantissa, then the integer square root.
  int shift = std::max(0, 2 * digits + 2 - EstimatedDigits(a.m));
  if (((a.e - shift) % 2) != 0) ++shift;
  BigInt root = BigInt::SquareRoot(a.m * BigInt::Pow10(shift));
  return Normalize(Real{root, (a.e - shift) / 2}, digits);
}

auto Compare(const Real& a, const Real& b) -> int {
  Real difference = Subtract(a, b, 1 << 20);
  return difference.m.Sign();
}

// |r| below 10^-limit: a series term that no longer counts.
auto Negligible(const Real& r, int limit) -> bool { return r.m.IsZero() || Top(r) < -limit; }

// The integer part of a non-negative value, truncated.
auto Floor(const Real& r) -> BigInt {
  if (r.e >= 0) return r.m * BigInt::Pow10(r.e);
  return r.m / BigInt::Pow10(-r.e);
}

// sum over i of 1 / ((2i + 1) k^(2i + 1)), alternating when `alternate`, in fixed point:
// atan(1/k) and atanh(1/k).
auto InverseSeries(uint32_t k, bool alternate, int digits) -> Real {
  const int precision = digits + 10;
  BigInt term = BigInt::Pow10(precision).DivideSmall(k);
  BigInt sum = term;
  const uint64_t k_squared = uint64_t{k} * k;
  for (uint32_t i = 1; !term.IsZero(); ++i) {
    term = k_squared <= UINT32_MAX ? term.DivideSmall(static_cast<uint32_t>(k_squared))
                                   : term / BigInt::FromUnsigned(k_squared);
    BigInt part = term.DivideSmall(2 * i + 1);
    sum = (alternate && (i % 2) == 1) ? sum - part : sum + part;
  }
  return Real{sum, -precision};
}

// A constant computed once per precision asked and reused at lower ones.
auto CachedConstant(std::pair<int, Real>& cache, int digits,
                    const std::function<Real(int)>& compute) -> Real {
  if (cache.first < digits) cache = {digits, compute(digits)};
  return Normalize(cache.second, digits);
}

auto Pi(int digits) -> Real {
  static std::pair<int, Real> cache{0, Real{}};
  return CachedConstant(cache, digits, [](int n) {
    // Machin: pi = 16 atan(1/5) - 4 atan(1/239).
    int w = n + 5;
    return Subtract(MultiplySmall(InverseSeries(5, true, w), 16, w),
                    MultiplySmall(InverseSeries(239, true, w), 4, w), n);
  });
}

auto Ln2(int digits) -> Real {
  static std::pair<int, Real> cache{0, Real{}};
  return CachedConstant(cache, digits, [](int n) {
    return MultiplySmall(InverseSeries(3, false, n + 5), 2, n);  // 2 atanh(1/3)
  });
}

auto Ln10(int digits) -> Real {
  static std::pair<int, Real> cache{0, Real{}};
  return CachedConstant(cache, digits, [](int n) {
    int w = n + 5;
    // ln 10 = 3 ln 2 + ln 1.25, and ln 1.25 = 2 atanh(1/9).
    return Add(MultiplySmall(Ln2(w), 3, w), MultiplySmall(InverseSeries(9, false, w), 2, w), n);
  });
}

auto Exp(const Real& x, int digits) -> Real {
  if (x.m.IsZero()) return FromInt(1);
  Real a = x.m.IsNegative() ? Negate(x) : x;
  // e^a = (e^(a / 2^k))^(2^k) with a / 2^k <= 0.01; each squaring doubles the relative error.
  int halvings = 0;
  const Real limit{BigInt(1), -2};
  int work = digits + 10;
  while (Compare(a, limit) > 0) {
    a = DivideSmall(a, 2, work + 40);
    ++halvings;
  }
  work += halvings / 3 + 2;
  Real sum = FromInt(1);
  Real term = FromInt(1);
  for (uint32_t i = 1; !Negligible(term, work + 2); ++i) {
    term = DivideSmall(Multiply(term, a, work), i, work);
    sum = Add(sum, term, work);
  }
  for (int i = 0; i < halvings; ++i) sum = Multiply(sum, sum, work);
  if (x.m.IsNegative()) sum = Divide(FromInt(1), sum, work);
  return Normalize(sum, digits);
}

// 2 atanh(z) = ln((1 + z) / (1 - z)), for |z| <= 1/3.
auto TwiceAtanh(const Real& z, int digits) -> Real {
  Real z_squared = Multiply(z, z, digits);
  Real power = z;
  Real sum = z;
  for (uint32_t i = 1;; ++i) {
    power = Multiply(power, z_squared, digits);
    Real term = DivideSmall(power, 2 * i + 1, digits);
    if (Negligible(term, digits - Top(sum) + 2)) break;
    sum = Add(sum, term, digits);
  }
  return MultiplySmall(sum, 2, digits);
}

auto Ln(const Real& x, int digits) -> Real {
  int work = digits + 10;
  const Real one = FromInt(1);
  const Real half{BigInt(5), -1};
  const Real two = FromInt(2);
  if (Compare(x, half) >= 0 && Compare(x, two) <= 0) {
    // Near 1 directly, so that ln(1 + tiny) keeps its digits.
    return TwiceAtanh(Divide(Subtract(x, one, work), Add(x, one, work), work), work);
  }
  // x = m * 10^p with 1 <= m < 10, then m = 2^j * r with 0.75 <= r < 1.5.
  int count = x.m.DigitCount();
  Real m{x.m, -(count - 1)};
  int p = x.e + count - 1;
  int halvings = 0;
  const Real one_and_half{BigInt(15), -1};
  while (Compare(m, one_and_half) >= 0) {
    m = DivideSmall(m, 2, work);
    ++halvings;
  }
  Real result = TwiceAtanh(Divide(Subtract(m, one, work), Add(m, one, work), work), work);
  result = Add(result, MultiplySmall(Ln2(work), halvings, work), work);
  return Add(result, MultiplySmall(Ln10(work + 2), p, work), work);
}

// sin(r) and cos(r) by their series, for |r| <= pi/4 or a little more.
auto SinSeries(const Real& r, int digits) -> Real {
  Real r_squared = Multiply(r, r, digits);
  Real term = r;
  Real sum = r;
  for (uint32_t i = 1; !Negligible(term, digits - Top(sum) + 2); ++i) {
    term = Negate(DivideSmall(Multiply(term, r_squared, digits), (2 * i) * (2 * i + 1), digits));
    sum = Add(sum, term, digits);
  }
  return sum;
}

auto CosSeries(const Real& r, int digits) -> Real {
  Real r_squared = Multiply(r, r, digits);
  Real term = FromInt(1);
  Real sum = FromInt(1);
  for (uint32_t i = 1; !Negligible(term, digits + 2); ++i) {
    term = Negate(DivideSmall(Multiply(term, r_squared, digits), (2 * i - 1) * (2 * i), digits));
    sum = Add(sum, term, digits);
  }
  return sum;
}

auto Sin(const Real& x, int digits) -> Real {
  if (x.m.IsZero()) return Real{};
  // The reduction needs pi to the digits of x beyond the result's.
  int work = digits + 10 + std::max(0, Top(x));
  Real a = x.m.IsNegative() ? Negate(x) : x;
  Real half_pi = DivideSmall(Pi(work), 2, work);
  BigInt quadrant_count = Floor(Divide(a, half_pi, work));
  Real r = Subtract(a, Multiply(Real{quadrant_count, 0}, half_pi, work), work);
  const auto quadrant = static_cast<uint32_t>((quadrant_count % BigInt(4)).LowBits64());
  // sin(q pi/2 + r): sin r, cos r, -sin r, -cos r; past pi/4 the other series on pi/2 - r.
  const bool cosine = (quadrant & 1) != 0;
  Real quarter_pi = DivideSmall(half_pi, 2, work);
  Real value;
  if (Compare(r, quarter_pi) > 0) {
    Real complement = Subtract(half_pi, r, work);
    value = cosine ? SinSeries(complement, work) : CosSeries(complement, work);
  } else {
    value = cosine ? CosSeries(r, work) : SinSeries(r, work);
  }
  if (quadrant >= 2) value = Negate(value);
  if (x.m.IsNegative()) value = Negate(value);
  return Normalize(value, digits);
}

auto Cos(const Real& x, int digits) -> Real {
  int work = digits + 10 + std::max(0, Top(x));
  return Sin(Subtract(DivideSmall(Pi(work), 2, work), x, work), digits);
}

auto Atan(const Real& x, int digits) -> Real {
  if (x.m.IsZero()) return Real{};
  int work = digits + 10;
  const Real one = FromInt(1);
  Real a = x.m.IsNegative() ? Negate(x) : x;
  const bool inverted = Compare(a, one) > 0;
  if (inverted) a = Divide(one, a, work);
  // atan(a) = 2 atan(a / (1 + sqrt(1 + a^2))), twice: |a| <= 0.2.
  for (int i = 0; i < 2; ++i) {
    a = Divide(a, Add(one, Sqrt(Add(one, Multiply(a, a, work), work), work), work), work);
  }
  Real a_squared = Multiply(a, a, work);
  Real power = a;
  Real sum = a;
  for (uint32_t i = 1;; ++i) {
    power = Negate(Multiply(power, a_squared, work));
    Real term = DivideSmall(power, 2 * i + 1, work);
    if (Negligible(term, work - Top(sum) + 2)) break;
    sum = Add(sum, term, work);
  }
  Real result = MultiplySmall(sum, 4, work);
  if (inverted) result = Subtract(DivideSmall(Pi(work), 2, work), result, work);
  if (x.m.IsNegative()) result = Negate(result);
  return Normalize(result, digits);
}

// What mpf_get_str sees of an mpf value: its top six 64-bit limbs (n_limbs_needed for 96 digits)
// and its exponent in limbs: |x| ~ top * 2^(64 * (exponent - 6)), 2^320 <= top < 2^384.
struct MpfTop {
  BigInt top;
  int exponent = 0;
  bool negative = false;
  auto operator==(const MpfTop&) const -> bool = default;
};

constexpr int kLimbsNeeded = 6;  // LIMBS_PER_DIGIT_IN_BASE(96, 10)

// floor(|x| * 2^bits), exactly.
auto ScaledFloor(const Real& x, int bits) -> BigInt {
  BigInt numerator = x.m.Abs();
  BigInt denominator(1);
  if (x.e >= 0) {
    numerator = numerator * BigInt::Pow10(x.e);
  } else {
    denominator = BigInt::Pow10(-x.e);
  }
  if (bits >= 0) {
    numerator = numerator * BigInt::Pow2(bits);
  } else {
    denominator = denominator * BigInt::Pow2(-bits);
  }
  return numerator / denominator;
}

auto TopOf(const Real& x) -> MpfTop {
  if (x.m.IsZero()) return MpfTop{};
  double log2 = static_cast<double>(x.m.BitLength()) + x.e * 3.3219280948873623479;
  int exponent = static_cast<int>(std::floor(log2 / 64)) + 1;
  while (true) {
    BigInt top = ScaledFloor(x, 64 * (kLimbsNeeded - exponent));
    size_t bits = top.BitLength();
    if (bits > 64 * kLimbsNeeded) {
      ++exponent;
    } else if (bits <= 64 * (kLimbsNeeded - 1)) {
      --exponent;
    } else {
      return MpfTop{top, exponent, x.m.IsNegative()};
    }
  }
}

// DIGITS_IN_BASE_PER_LIMB(n, 10): floor(64 n log10(2)) with GMP's constant.
auto DigitsPerLimbs(int limbs) -> int {
  constexpr uint64_t kLog10Of2Fixed = 0x4d104d427de7fbccULL;
  UInt128 product = static_cast<UInt128>(kLog10Of2Fixed) * static_cast<UInt128>(64 * limbs);
  return static_cast<int>(product >> 64);
}

auto Limbs64(const BigInt& value) -> int { return static_cast<int>((value.BitLength() + 63) / 64); }

// mpn_pow_1_highpart: 10^exponent by squaring, keeping the top `precision` limbs after each
// step; the result is power * 2^(64 * ignored).
auto PowerHighPart(int exponent, int precision, int& ignored) -> BigInt {
  ignored = 0;
  if (exponent == 0) return BigInt(1);
  BigInt power(10);
  int top_bit = 31;
  while (((exponent >> top_bit) & 1) == 0) --top_bit;
  for (int bit = top_bit - 1; bit >= 0; --bit) {
    power = power * power;
    ignored *= 2;
    int limbs = Limbs64(power);
    if (limbs > precision) {
      power = power / BigInt::Pow2(64 * (limbs - precision));
      ignored += limbs - precision;
    }
    if (((exponent >> bit) & 1) != 0) power = power * BigInt(10);
  }
  int limbs = Limbs64(power);
  if (limbs > precision) {
    power = power / BigInt::Pow2(64 * (limbs - precision));
    ignored += limbs - precision;
  }
  return power;
}

// mpf_get_str(96 digits) and cob_decimal_set_mpf.
auto MpfToDecimal(const MpfTop& value) -> BigDecimal {
  if (value.top.IsZero()) return BigDecimal{};
  int ignored = 0;
  BigInt integer;
  int power = 0;
  if (value.exponent <= kLimbsNeeded) {
    // Multiplied by 10^e to get an integer part of enough digits.
    power = DigitsPerLimbs(kLimbsNeeded - value.exponent);
    BigInt product = value.top * PowerHighPart(power, kLimbsNeeded, ignored);
    int offset = kLimbsNeeded - value.exponent - ignored;
    integer =
        offset >= 0 ? product / BigInt::Pow2(64 * offset) : product * BigInt::Pow2(-64 * offset);
  } else {
    int less = value.exponent - kLimbsNeeded;
    power = DigitsPerLimbs(less);
    BigInt divisor = PowerHighPart(power, kLimbsNeeded, ignored);
    integer = (value.top * BigInt::Pow2(64 * (less - ignored))) / divisor;
    power = -power;
  }
  std::string digits = integer.Digits();
  int exponent_in_base = static_cast<int>(digits.size()) - power;
  if (digits.size() > static_cast<size_t>(kFloatingResultDigits)) {
    const bool round_up = digits[kFloatingResultDigits] >= '5';
    digits.resize(kFloatingResultDigits);
    if (round_up) {
      size_t i = digits.size();
      while (i > 0 && digits[i - 1] == '9') digits[--i] = '0';
      if (i == 0) {
        digits.assign(1, '1');
        ++exponent_in_base;
      } else {
        ++digits[i - 1];
      }
    }
  }
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  BigInt mantissa = BigInt::FromDigits(digits);
  if (value.negative) mantissa = mantissa.Negated();
  int scale = static_cast<int>(digits.size()) - exponent_in_base;
  if (scale < 0) return BigDecimal{mantissa * BigInt::Pow10(-scale), 0};
  return BigDecimal{mantissa, scale};
}

// f at growing precision until two precisions give the same mpf top limbs, then those limbs
// through mpf_get_str.
auto Converged(const std::function<Real(int)>& f) -> BigDecimal {
  int digits = 150;
  MpfTop previous = TopOf(f(digits));
  for (int attempt = 0; attempt < 8; ++attempt) {
    digits += 40 << attempt;
    MpfTop next = TopOf(f(digits));
    if (next == previous) break;
    previous = std::move(next);
  }
  return MpfToDecimal(previous);
}

}  // namespace

auto DoubleToDecimal(double value) -> BigDecimal {
  if (value == 0 || !std::isfinite(value)) return BigDecimal{};
  int exponent = 0;
  double fraction = std::frexp(std::fabs(value), &exponent);
  // fraction * 2^53 is the double's 53-bit mantissa: |value| = mantissa * 2^power exactly.
  auto mantissa = static_cast<uint64_t>(std::ldexp(fraction, 53));
  int power = exponent - 53;
  Real exact = power >= 0 ? Real{BigInt::FromUnsigned(mantissa) * BigInt::Pow2(power), 0}
                          : Real{BigInt::FromUnsigned(mantissa), 0};
  if (power < 0) {
    // m * 2^-k = m * 5^k * 10^-k.
    BigInt five_power(1);
    for (int i = 0; i < -power; ++i) five_power = five_power * BigInt(5);
    exact = Real{exact.m * five_power, power};
  }
  if (value < 0) exact.m = exact.m.Negated();
  return MpfToDecimal(TopOf(exact));
}

auto SqrtDecimal(const BigDecimal& x) -> BigDecimal {
  Real a = FromDecimal(x);
  return Converged([&](int digits) { return Sqrt(a, digits); });
}

auto ExpDecimal(const BigDecimal& x) -> BigDecimal {
  Real a = FromDecimal(x);
  return Converged([&](int digits) { return Exp(a, digits); });
}

auto LnDecimal(const BigDecimal& x) -> BigDecimal {
  Real a = FromDecimal(x);
  return Converged([&](int digits) { return Ln(a, digits); });
}

auto Log10Decimal(const BigDecimal& x) -> BigDecimal {
  Real a = FromDecimal(x);
  return Converged([&](int digits) { return Divide(Ln(a, digits), Ln10(digits), digits); });
}

auto SinDecimal(const BigDecimal& x) -> BigDecimal {
  Real a = FromDecimal(x);
  return Converged([&](int digits) { return Sin(a, digits); });
}

auto CosDecimal(const BigDecimal& x) -> BigDecimal {
  Real a = FromDecimal(x);
  return Converged([&](int digits) { return Cos(a, digits); });
}

auto TanDecimal(const BigDecimal& x) -> BigDecimal {
  Real a = FromDecimal(x);
  return Converged([&](int digits) { return Divide(Sin(a, digits), Cos(a, digits), digits); });
}

auto AsinDecimal(const BigDecimal& x) -> BigDecimal {
  Real a = FromDecimal(x);
  return Converged([&](int digits) {
    int work = digits + 10;
    const Real one = FromInt(1);
    if (a.m.IsZero()) return Real{};
    if (Compare(a, one) == 0) return DivideSmall(Pi(work), 2, digits);
    if (Compare(a, Negate(one)) == 0) return Negate(DivideSmall(Pi(work), 2, digits));
    // asin x = atan(x / sqrt((1 - x)(1 + x))): no cancellation near 1.
    Real cosine = Sqrt(Multiply(Subtract(one, a, work), Add(one, a, work), work), work);
    return Atan(Divide(a, cosine, work), digits);
  });
}

auto AcosDecimal(const BigDecimal& x) -> BigDecimal {
  Real a = FromDecimal(x);
  return Converged([&](int digits) {
    int work = digits + 10;
    const Real one = FromInt(1);
    if (a.m.IsZero()) return DivideSmall(Pi(work), 2, digits);
    if (Compare(a, one) == 0) return Real{};
    if (Compare(a, Negate(one)) == 0) return Pi(digits);
    // acos x = 2 atan(sqrt((1 - x) / (1 + x))), as cob_mpf_acos.
    Real ratio = Divide(Subtract(one, a, work), Add(one, a, work), work);
    return MultiplySmall(Atan(Sqrt(ratio, work), work), 2, digits);
  });
}

auto AtanDecimal(const BigDecimal& x) -> BigDecimal {
  Real a = FromDecimal(x);
  return Converged([&](int digits) { return Atan(a, digits); });
}

auto PiDecimal() -> BigDecimal {
  return Converged([](int digits) { return Pi(digits); });
}

auto EDecimal() -> BigDecimal {
  return Converged([](int digits) { return Exp(FromInt(1), digits); });
}

auto PowerDecimal(const BigDecimal& base, const BigDecimal& exponent) -> BigDecimal {
  if (base.nan || exponent.nan) {
    BigDecimal nan;
    nan.nan = true;
    return nan;
  }
  const int sign = base.value.Sign();
  if (exponent.value.IsZero()) {
    BigDecimal one{BigInt(1), 0};
    one.zero_power_zero = sign == 0;  // EC-SIZE-EXPONENTIATION
    return one;
  }
  if (sign == 0) return BigDecimal{BigInt(), 0};
  BigDecimal power = TrimDecimal(exponent);
  if (sign < 0 && power.scale != 0) {
    BigDecimal nan;
    nan.nan = true;
    return nan;
  }
  BigDecimal value = TrimDecimal(base);
  if (power.scale == 0 && power.value.FitsInt64()) {
    int64_t n = static_cast<int64_t>(power.value.LowBits64());
    if (n == 1) return value;
    uint64_t count = n < 0 ? uint64_t{0} - static_cast<uint64_t>(n) : static_cast<uint64_t>(n);
    BigInt raised(1);
    BigInt factor = value.value;
    for (uint64_t rest = count; rest > 0; rest >>= 1) {
      if (rest & 1) raised = raised * factor;
      if (rest > 1) factor = factor * factor;
    }
    BigDecimal result{raised, static_cast<int32_t>(value.scale * static_cast<int64_t>(count))};
    if (result.scale != 0) result = TrimDecimal(result);
    if (n > 0) return result;
    return TrimDecimal(DecimalDivide(BigDecimal{BigInt(1), 0}, result));
  }
  Real magnitude = FromDecimal(BigDecimal{value.value.Abs(), value.scale});
  Real z = FromDecimal(power);
  const bool square_root = power.scale == 1 && power.value == BigInt(5);
  BigDecimal result = Converged([&](int digits) {
    if (square_root) return Sqrt(magnitude, digits);
    int work = digits + 10 + std::max(0, Top(z));
    return Exp(Multiply(z, Ln(magnitude, work), work), digits);
  });
  if (sign < 0) result.value = result.value.Negated();
  return result;
}

}  // namespace cobrt
