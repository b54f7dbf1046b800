// Quotients by zero in conditions, each case checked against cobc 3.1.2 (IF A / B ... with
// A PIC 9(3) VALUE 10, B PIC 9(3) VALUE 0, C PIC S9(3) VALUE -5).
#include "runtime/decimal/checked.h"

#include <gtest/gtest.h>

namespace cobrt {
namespace {

constexpr Fixed<3, 0> kTen{10};
constexpr Fixed<3, 0> kZero{0};
constexpr Fixed<3, 0> kMinusFive{-5};

TEST(CheckedTest, AQuotientByZeroIsAsLargeAsItsDividendsSign) {
  const auto nan = CheckedDivide(kTen, kZero);
  EXPECT_TRUE(nan.not_a_number);
  EXPECT_GT(CheckedCompare(nan, Fixed<1, 0>{0}), 0);
  EXPECT_GT(CheckedCompare(nan, Fixed<6, 0>{999999}), 0);
  EXPECT_NE(CheckedCompare(nan, Fixed<2, 0>{10}), 0);
  EXPECT_LT(CheckedCompare(Fixed<1, 0>{5}, nan), 0);
  EXPECT_LT(CheckedCompare(CheckedDivide(kMinusFive, kZero), Fixed<6, 0>{-999999}), 0);
  EXPECT_EQ(CheckedCompare(nan, CheckedDivide(kTen, kZero)), 0);
}

TEST(CheckedTest, ANaNKeepsTheLeftOperandsMantissa) {
  const auto nan = CheckedDivide(kTen, kZero);
  // 1 + A / B: NaN holding 1; A / B + 1: NaN holding 10; both compare as large positives.
  EXPECT_GT(CheckedCompare(CheckedAdd(Fixed<1, 0>{1}, nan), Fixed<1, 0>{5}), 0);
  EXPECT_NE(CheckedCompare(CheckedAdd(nan, Fixed<1, 0>{1}), Fixed<1, 0>{1}), 0);
  EXPECT_GT(CheckedCompare(CheckedMultiply(nan, Fixed<1, 0>{2}), Fixed<1, 0>{0}), 0);
  // -(A / B) is 0 - (A / B): NaN holding 0, equal to zero.
  EXPECT_EQ(CheckedCompare(CheckedNegate(nan), Fixed<1, 0>{0}), 0);
  // 0 / 0 holds 0.
  EXPECT_EQ(CheckedCompare(CheckedDivide(kZero, kZero), Fixed<1, 0>{0}), 0);
  EXPECT_LT(CheckedCompare(CheckedDivide(kZero, kZero), Fixed<1, 0>{1}), 0);
  // Two NaNs compare their mantissas unaligned: A / B holds 10, A * 1.0 / B holds 100.
  const auto scaled = CheckedDivide(Multiply(kTen, Fixed<2, 1>{10}), kZero);
  EXPECT_LT(CheckedCompare(nan, scaled), 0);
}

TEST(CheckedTest, NumbersCompareAsCompareDoes) {
  const auto quarter = CheckedDivide(kTen, Fixed<1, 0>{4});
  EXPECT_FALSE(quarter.not_a_number);
  EXPECT_EQ(CheckedCompare(quarter, Fixed<2, 1>{25}), 0);
  // 10 / 3 keeps 38 decimals: not 3.333333, and times 3 not 10.
  const auto third = CheckedDivide(kTen, Fixed<1, 0>{3});
  EXPECT_NE(CheckedCompare(third, Fixed<7, 6>{3333333}), 0);
  EXPECT_LT(CheckedCompare(CheckedMultiply(third, Fixed<1, 0>{3}), Fixed<2, 0>{10}), 0);
}

}  // namespace
}  // namespace cobrt
