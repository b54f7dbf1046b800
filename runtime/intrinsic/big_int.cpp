#include "runtime/intrinsic/big_int.h"

#include <algorithm>
#include <bit>
#include <utility>

namespace cobrt {
namespace {

constexpr uint64_t kLimbBase = uint64_t{1} << 32;
// Digits converted per step between limbs and text.
constexpr uint32_t kChunk = 1'000'000'000;
constexpr int kChunkDigits = 9;

}  // namespace

BigInt::BigInt(int64_t value) {
  negative_ = value < 0;
  uint64_t magnitude =
      negative_ ? uint64_t{0} - static_cast<uint64_t>(value) : static_cast<uint64_t>(value);
  while (magnitude != 0) {
    magnitude_.push_back(static_cast<uint32_t>(magnitude));
    magnitude >>= 32;
  }
}

auto BigInt::FromUnsigned(uint64_t value) -> BigInt {
  BigInt result;
  while (value != 0) {
    result.magnitude_.push_back(static_cast<uint32_t>(value));
    value >>= 32;
  }
  return result;
}

auto BigInt::FromInt128(Int128 value) -> BigInt {
  BigInt result;
  result.negative_ = value < 0;
  UInt128 magnitude =
      result.negative_ ? UInt128{0} - static_cast<UInt128>(value) : static_cast<UInt128>(value);
  while (magnitude != 0) {
    result.magnitude_.push_back(static_cast<uint32_t>(magnitude));
    magnitude >>= 32;
  }
  return result;
}

auto BigInt::FromDigits(std::string_view digits) -> BigInt {
  BigInt result;
  size_t first = digits.size() % kChunkDigits;
  if (first == 0) first = kChunkDigits;
  for (size_t start = 0; start < digits.size();) {
    size_t length = start == 0 ? first : kChunkDigits;
    uint32_t chunk = 0;
    uint32_t scale = 1;
    for (size_t i = 0; i < length; ++i) {
      chunk = chunk * 10 + static_cast<uint32_t>(digits[start + i] - '0');
      scale *= 10;
    }
    // result = result * 10^length + chunk, limb by limb.
    uint64_t carry = chunk;
    for (uint32_t& limb : result.magnitude_) {
      uint64_t product = uint64_t{limb} * scale + carry;
      limb = static_cast<uint32_t>(product);
      carry = product >> 32;
    }
    if (carry != 0) result.magnitude_.push_back(static_cast<uint32_t>(carry));
    start += length;
  }
  Normalize(result.magnitude_);
  return result;
}

auto BigInt::Pow10(int exponent) -> BigInt {
  // Small powers are asked for constantly (shifts, rounding); keep them.
  static const std::vector<BigInt> kSmall = [] {
    std::vector<BigInt> powers;
    BigInt power(1);
    for (int i = 0; i <= 160; ++i) {
      powers.push_back(power);
      power = power * BigInt(10);
    }
    return powers;
  }();
  if (exponent <= 160) return kSmall[static_cast<size_t>(std::max(exponent, 0))];
  BigInt result = kSmall[160];
  BigInt base(10);
  int rest = exponent - 160;
  while (rest > 0) {
    if (rest & 1) result = result * base;
    rest >>= 1;
    if (rest > 0) base = base * base;
  }
  return result;
}

auto BigInt::Pow2(int exponent) -> BigInt {
  BigInt result;
  result.magnitude_.assign(static_cast<size_t>(exponent / 32) + 1, 0);
  result.magnitude_.back() = uint32_t{1} << (exponent % 32);
  return result;
}

auto BigInt::Abs() const -> BigInt { return Make(false, magnitude_); }

auto BigInt::Negated() const -> BigInt { return Make(!negative_, magnitude_); }

auto BigInt::BitLength() const -> size_t {
  if (IsZero()) return 1;
  return (magnitude_.size() - 1) * 32 +
         (32 - static_cast<size_t>(std::countl_zero(magnitude_.back())));
}

auto BigInt::Digits() const -> std::string {
  if (IsZero()) return "0";
  std::vector<uint32_t> chunks;  // base 10^9, least significant first
  Limbs rest = magnitude_;
  while (!rest.empty()) {
    uint64_t remainder = 0;
    for (size_t i = rest.size(); i-- > 0;) {
      uint64_t current = (remainder << 32) | rest[i];
      rest[i] = static_cast<uint32_t>(current / kChunk);
      remainder = current % kChunk;
    }
    Normalize(rest);
    chunks.push_back(static_cast<uint32_t>(remainder));
  }
  std::string text = std::to_string(chunks.back());
  for (size_t i = chunks.size() - 1; i-- > 0;) {
    std::string part = std::to_string(chunks[i]);
    text.append(static_cast<size_t>(kChunkDigits) - part.size(), '0');
    text += part;
  }
  return text;
}

auto BigInt::LowBits64() const -> uint64_t {
  uint64_t low = 0;
  if (!magnitude_.empty()) low = magnitude_[0];
  if (magnitude_.size() > 1) low |= uint64_t{magnitude_[1]} << 32;
  return negative_ ? uint64_t{0} - low : low;
}

auto BigInt::FitsInt64() const -> bool {
  if (magnitude_.size() > 2) return false;
  uint64_t magnitude = LowBits64();
  if (negative_) magnitude = uint64_t{0} - magnitude;
  return negative_ ? magnitude <= (uint64_t{1} << 63) : magnitude < (uint64_t{1} << 63);
}

auto BigInt::DivisibleBy10() const -> bool {
  uint32_t remainder = 0;
  DivideSmall(10, &remainder);
  return remainder == 0;
}

auto BigInt::DivideSmall(uint32_t divisor, uint32_t* remainder) const -> BigInt {
  Limbs quotient(magnitude_.size());
  uint64_t rest = 0;
  for (size_t i = magnitude_.size(); i-- > 0;) {
    uint64_t current = (rest << 32) | magnitude_[i];
    quotient[i] = static_cast<uint32_t>(current / divisor);
    rest = current % divisor;
  }
  if (remainder != nullptr) *remainder = static_cast<uint32_t>(rest);
  Normalize(quotient);
  return Make(negative_, std::move(quotient));
}

auto operator+(const BigInt& a, const BigInt& b) -> BigInt {
  if (a.negative_ == b.negative_) {
    return BigInt::Make(a.negative_, BigInt::AddMagnitudes(a.magnitude_, b.magnitude_));
  }
  int order = BigInt::CompareMagnitudes(a.magnitude_, b.magnitude_);
  if (order == 0) return BigInt();
  if (order > 0) {
    return BigInt::Make(a.negative_, BigInt::SubtractMagnitudes(a.magnitude_, b.magnitude_));
  }
  return BigInt::Make(b.negative_, BigInt::SubtractMagnitudes(b.magnitude_, a.magnitude_));
}

auto operator-(const BigInt& a, const BigInt& b) -> BigInt { return a + b.Negated(); }

auto operator*(const BigInt& a, const BigInt& b) -> BigInt {
  return BigInt::Make(a.negative_ != b.negative_,
                      BigInt::MultiplyMagnitudes(a.magnitude_, b.magnitude_));
}

auto operator/(const BigInt& a, const BigInt& b) -> BigInt {
  BigInt quotient;
  BigInt remainder;
  BigInt::DivideWithRemainder(a, b, quotient, remainder);
  return quotient;
}

auto operator%(const BigInt& a, const BigInt& b) -> BigInt {
  BigInt quotient;
  BigInt remainder;
  BigInt::DivideWithRemainder(a, b, quotient, remainder);
  return remainder;
}

auto operator<=>(const BigInt& a, const BigInt& b) -> std::strong_ordering {
  if (a.negative_ != b.negative_) {
    return a.negative_ ? std::strong_ordering::less : std::strong_ordering::greater;
  }
  int order = BigInt::CompareMagnitudes(a.magnitude_, b.magnitude_);
  if (a.negative_) order = -order;
  return order <=> 0;
}

void BigInt::DivideWithRemainder(const BigInt& a, const BigInt& b, BigInt& quotient,
                                 BigInt& remainder) {
  Limbs q;
  Limbs r;
  DivideMagnitudes(a.magnitude_, b.magnitude_, q, r);
  quotient = Make(a.negative_ != b.negative_, std::move(q));
  remainder = Make(a.negative_, std::move(r));
}

auto BigInt::SquareRoot(const BigInt& a) -> BigInt {
  if (a.IsZero()) return BigInt();
  // Newton's iteration from above: x' = (x + a / x) / 2 decreases to floor(sqrt(a)).
  BigInt x = Pow2(static_cast<int>(a.BitLength() / 2) + 1);
  while (true) {
    BigInt next = (x + a / x).DivideSmall(2);
    if (next >= x) return x;
    x = std::move(next);
  }
}

auto BigInt::CompareMagnitudes(const Limbs& a, const Limbs& b) -> int {
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  for (size_t i = a.size(); i-- > 0;) {
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

auto BigInt::AddMagnitudes(const Limbs& a, const Limbs& b) -> Limbs {
  const Limbs& longer = a.size() >= b.size() ? a : b;
  const Limbs& shorter = a.size() >= b.size() ? b : a;
  Limbs sum(longer.size() + 1);
  uint64_t carry = 0;
  for (size_t i = 0; i < longer.size(); ++i) {
    uint64_t s = uint64_t{longer[i]} + (i < shorter.size() ? shorter[i] : 0) + carry;
    sum[i] = static_cast<uint32_t>(s);
    carry = s >> 32;
  }
  sum[longer.size()] = static_cast<uint32_t>(carry);
  Normalize(sum);
  return sum;
}

auto BigInt::SubtractMagnitudes(const Limbs& a, const Limbs& b) -> Limbs {
  Limbs difference(a.size());
  int64_t borrow = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    int64_t d = int64_t{a[i]} - (i < b.size() ? int64_t{b[i]} : 0) - borrow;
    borrow = d < 0 ? 1 : 0;
    difference[i] = static_cast<uint32_t>(d + (borrow != 0 ? static_cast<int64_t>(kLimbBase) : 0));
  }
  Normalize(difference);
  return difference;
}

auto BigInt::MultiplyMagnitudes(const Limbs& a, const Limbs& b) -> Limbs {
  if (a.empty() || b.empty()) return {};
  Limbs product(a.size() + b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    uint64_t carry = 0;
    for (size_t j = 0; j < b.size(); ++j) {
      uint64_t t = uint64_t{a[i]} * b[j] + product[i + j] + carry;
      product[i + j] = static_cast<uint32_t>(t);
      carry = t >> 32;
    }
    product[i + b.size()] = static_cast<uint32_t>(carry);
  }
  Normalize(product);
  return product;
}

// Knuth's algorithm D (TAOCP 4.3.1) on 32-bit limbs.
void BigInt::DivideMagnitudes(const Limbs& a, const Limbs& b, Limbs& quotient, Limbs& remainder) {
  if (CompareMagnitudes(a, b) < 0) {
    quotient.clear();
    remainder = a;
    return;
  }
  if (b.size() == 1) {
    quotient.assign(a.size(), 0);
    uint64_t rest = 0;
    for (size_t i = a.size(); i-- > 0;) {
      uint64_t current = (rest << 32) | a[i];
      quotient[i] = static_cast<uint32_t>(current / b[0]);
      rest = current % b[0];
    }
    Normalize(quotient);
    remainder.clear();
    if (rest != 0) remainder.push_back(static_cast<uint32_t>(rest));
    return;
  }
  const int shift = std::countl_zero(b.back());
  const size_t n = b.size();
  const size_t m = a.size() - n;
  Limbs v(n);
  Limbs u(a.size() + 1);
  for (size_t i = n; i-- > 0;) {
    v[i] = shift == 0 ? b[i] : (b[i] << shift) | (i > 0 ? b[i - 1] >> (32 - shift) : 0);
  }
  u[a.size()] = shift == 0 ? 0 : a.back() >> (32 - shift);
  for (size_t i = a.size(); i-- > 0;) {
    u[i] = shift == 0 ? a[i] : (a[i] << shift) | (i > 0 ? a[i - 1] >> (32 - shift) : 0);
  }
  quotient.assign(m + 1, 0);
  for (size_t j = m + 1; j-- > 0;) {
    uint64_t numerator = (uint64_t{u[j + n]} << 32) | u[j + n - 1];
    uint64_t q_hat = numerator / v[n - 1];
    uint64_t r_hat = numerator % v[n - 1];
    while (q_hat >= kLimbBase || q_hat * v[n - 2] > ((r_hat << 32) | u[j + n - 2])) {
      --q_hat;
      r_hat += v[n - 1];
      if (r_hat >= kLimbBase) break;
    }
    // u[j..j+n] -= q_hat * v
    int64_t borrow = 0;
    uint64_t carry = 0;
    for (size_t i = 0; i < n; ++i) {
      uint64_t p = q_hat * v[i] + carry;
      carry = p >> 32;
      int64_t t = int64_t{u[i + j]} - borrow - static_cast<int64_t>(p & 0xFFFFFFFFu);
      u[i + j] = static_cast<uint32_t>(t);
      borrow = t < 0 ? 1 : 0;
    }
    int64_t t = int64_t{u[j + n]} - borrow - static_cast<int64_t>(carry);
    u[j + n] = static_cast<uint32_t>(t);
    if (t < 0) {
      // q_hat was one too large: add v back.
      --q_hat;
      uint64_t add_carry = 0;
      for (size_t i = 0; i < n; ++i) {
        uint64_t s = uint64_t{u[i + j]} + v[i] + add_carry;
        u[i + j] = static_cast<uint32_t>(s);
        add_carry = s >> 32;
      }
      u[j + n] = static_cast<uint32_t>(uint64_t{u[j + n]} + add_carry);
    }
    quotient[j] = static_cast<uint32_t>(q_hat);
  }
  Normalize(quotient);
  remainder.assign(n, 0);
  for (size_t i = 0; i < n; ++i) {
    remainder[i] = shift == 0 ? u[i] : (u[i] >> shift) | (u[i + 1] << (32 - shift));
  }
  Normalize(remainder);
}

void BigInt::Normalize(Limbs& limbs) {
  while (!limbs.empty() && limbs.back() == 0) limbs.pop_back();
}

auto BigInt::Make(bool negative, Limbs magnitude) -> BigInt {
  BigInt result;
  Normalize(magnitude);
  result.negative_ = negative && !magnitude.empty();
  result.magnitude_ = std::move(magnitude);
  return result;
}

}  // namespace cobrt
