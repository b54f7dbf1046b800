// BigInt against what a built-in integer computes, and the shapes GMP gives (bit length,
// truncated division).
#include "runtime/intrinsic/big_int.h"

#include <gtest/gtest.h>

#include <random>

namespace cobrt {
namespace {

TEST(BigIntTest, DigitsRoundTrip) {
  const char* kTexts[] = {"0",
                          "1",
                          "4294967295",
                          "4294967296",
                          "18446744073709551616",
                          "123456789012345678901234567890123456789012345678901234567890"};
  for (const char* text : kTexts) EXPECT_EQ(BigInt::FromDigits(text).Digits(), text);
  EXPECT_EQ(BigInt::Pow10(40).Digits(), "1" + std::string(40, '0'));
  EXPECT_EQ(BigInt::Pow10(200).DigitCount(), 201);
}

TEST(BigIntTest, ArithmeticMatchesInt128) {
  std::mt19937_64 random(7);
  for (int i = 0; i < 20000; ++i) {
    auto a = static_cast<int64_t>(random()) >> (random() % 63);
    auto b = static_cast<int64_t>(random()) >> (random() % 63);
    Int128 wide_a = a;
    Int128 wide_b = b;
    EXPECT_EQ(BigInt(a) + BigInt(b), BigInt::FromInt128(wide_a + wide_b));
    EXPECT_EQ(BigInt(a) - BigInt(b), BigInt::FromInt128(wide_a - wide_b));
    EXPECT_EQ(BigInt(a) * BigInt(b), BigInt::FromInt128(wide_a * wide_b));
    if (b != 0) {
      EXPECT_EQ(BigInt(a) / BigInt(b), BigInt::FromInt128(wide_a / wide_b));
      EXPECT_EQ(BigInt(a) % BigInt(b), BigInt::FromInt128(wide_a % wide_b));
    }
    EXPECT_EQ(BigInt(a) < BigInt(b), a < b);
  }
}

TEST(BigIntTest, LongDivisionInvertsMultiplication) {
  std::mt19937_64 random(11);
  for (int i = 0; i < 500; ++i) {
    BigInt a = BigInt::FromUnsigned(random()) * BigInt::Pow10(static_cast<int>(random() % 60)) +
               BigInt::FromUnsigned(random());
    BigInt b = BigInt::FromUnsigned(random() | 1) * BigInt::Pow10(static_cast<int>(random() % 30));
    BigInt q = a / b;
    BigInt r = a % b;
    EXPECT_EQ(q * b + r, a);
    EXPECT_TRUE(r.Abs() < b.Abs());
  }
}

TEST(BigIntTest, BitLengthAndSquareRoot) {
  EXPECT_EQ(BigInt().BitLength(), 1u);
  EXPECT_EQ(BigInt(-1).BitLength(), 1u);
  EXPECT_EQ(BigInt::FromUnsigned(4294967295u).BitLength(), 32u);
  EXPECT_EQ(BigInt::SquareRoot(BigInt::Pow10(40)), BigInt::Pow10(20));
  EXPECT_EQ(BigInt::SquareRoot(BigInt(99)), BigInt(9));
}

}  // namespace
}  // namespace cobrt
