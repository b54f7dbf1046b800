// Invariants of Fixed arithmetic and rounding (what cobc computes is checked in
// tests/runtime/numeric against cobc itself).
#include "runtime/decimal/fixed.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <type_traits>

#include "runtime/decimal/decimal.h"

namespace cobrt {
namespace {

TEST(FixedTest, ResultTypesWidenSoExactOperationsCannotOverflow) {
  Fixed<38, 0> big{Pow10<Int128>(38) - 1};
  auto product = Multiply(big, big);
  static_assert(decltype(product)::kDigits == 76);
  EXPECT_EQ(product.mantissa, Int256(Pow10<Int128>(38) - 1) * Int256(Pow10<Int128>(38) - 1));
  auto sum = Add(Fixed<5, 2>{99999}, Fixed<3, -2>{999});
  static_assert(decltype(sum)::kScale == 2 && decltype(sum)::kDigits == 8);
  EXPECT_EQ(sum.mantissa, 99999 + 99900 * 100);
  auto difference = Subtract(Fixed<2, 0>{-5}, Fixed<4, 4>{1});
  EXPECT_EQ(difference.mantissa, -50001);
}

TEST(FixedTest, DivisionKeeps38DecimalsPlusTheScaleDifferenceAndTruncates) {
  auto third = Divide(Fixed<1, 0>{1}, Fixed<1, 0>{3});
  static_assert(decltype(third.value)::kScale == 38);
  EXPECT_EQ(third.value.mantissa, (Pow10<Int128>(38) - 1) / 9 * 3);
  auto scaled = Divide(Fixed<5, 3>{-20000}, Fixed<3, 1>{30});
  static_assert(decltype(scaled.value)::kScale == 40);
  EXPECT_TRUE(IsNegative(scaled.value.mantissa));
  auto by_zero = Divide(Fixed<1, 0>{1}, Fixed<3, 2>{0});
  EXPECT_TRUE(by_zero.divide_by_zero);
}

// DivideTruncated<N> must give exactly what the full 38-decimal quotient truncated at N gives,
// whatever the signs, widths and scales (negative N for P-scaled items included); and a
// ROUNDED store from N + 1 decimals must match one from the full quotient.
template <int N, int D1, int S1, int D2, int S2>
void ExpectTruncatedQuotientsAgree(std::mt19937_64& random) {
  using Dividend = Fixed<D1, S1>;
  using Divisor = Fixed<D2, S2>;
  for (int i = 0; i < 4000; ++i) {
    // Mantissas of every length up to the type's digits, so 64-bit and 128-bit paths both run.
    auto draw = [&](int digits) {
      using Rep = RepFor<18>;
      int length = 1 + static_cast<int>(random() % static_cast<uint64_t>(std::min(digits, 18)));
      Rep value = static_cast<Rep>(random() % static_cast<uint64_t>(Pow10<int64_t>(length)));
      return random() % 2 == 0 ? value : -value;
    };
    Dividend a{ConvertRep<typename Dividend::Rep>(draw(D1))};
    if constexpr (D1 > 18) {
      // Past 64 bits: a high part times 10^18.
      a.mantissa = a.mantissa * Pow10<typename Dividend::Rep>(D1 - 18) +
                   ConvertRep<typename Dividend::Rep>(draw(D1 - 18));
    }
    Divisor b{ConvertRep<typename Divisor::Rep>(draw(D2))};
    auto full = Divide(a, b);
    auto narrow = DivideTruncated<N>(a, b);
    ASSERT_EQ(full.divide_by_zero, narrow.divide_by_zero);
    if (full.divide_by_zero) continue;
    auto expected = TruncateTo<N>(full.value);
    static_assert(std::is_same_v<decltype(expected), decltype(narrow.value)>);
    ASSERT_TRUE(expected.mantissa == narrow.value.mantissa) << i;
    auto rounded_full = Rescale<N - 1>(full.value, RoundingMode::kNearestAwayFromZero);
    auto rounded_narrow = Rescale<N - 1>(narrow.value, RoundingMode::kNearestAwayFromZero);
    ASSERT_TRUE(ConvertRep<Int256>(rounded_full.mantissa) ==
                ConvertRep<Int256>(rounded_narrow.mantissa))
        << i;
  }
}

TEST(FixedTest, DivideTruncatedIsTheFullQuotientTruncated) {
  std::mt19937_64 random(7);
  ExpectTruncatedQuotientsAgree<6, 21, 8, 3, 0>(random);   // INTACCR's balance * rate / 100
  ExpectTruncatedQuotientsAgree<5, 22, 4, 3, 0>(random);   // ... / days in the year, ROUNDED
  ExpectTruncatedQuotientsAgree<3, 9, 2, 5, 4>(random);    // divisor with more decimals
  ExpectTruncatedQuotientsAgree<0, 30, 0, 18, 0>(random);  // 128-bit by 64-bit
  ExpectTruncatedQuotientsAgree<-2, 12, 0, 4, 1>(random);  // a P-scaled item 9(5)PP
  ExpectTruncatedQuotientsAgree<10, 36, 6, 36, 9>(random);
}

TEST(FixedTest, RoundingModesStayWithinOneUnitOfTruncation) {
  std::mt19937_64 random(3);
  const RoundingMode modes[] = {
      RoundingMode::kNearestAwayFromZero, RoundingMode::kAwayFromZero,
      RoundingMode::kNearestEven,         RoundingMode::kNearestTowardZero,
      RoundingMode::kTowardGreater,       RoundingMode::kTowardLesser};
  for (int i = 0; i < 20000; ++i) {
    int64_t value = static_cast<int64_t>(random() % 2000001) - 1000000;
    int drop = 1 + static_cast<int>(random() % 4);
    int64_t unit = 1;
    for (int k = 0; k < drop; ++k) unit *= 10;
    int64_t truncated = DropDigits(value, drop, RoundingMode::kTruncation).mantissa;
    EXPECT_EQ(truncated, value / unit);
    for (RoundingMode mode : modes) {
      ShiftedMantissa<int64_t> rounded = DropDigits(value, drop, mode);
      EXPECT_EQ(rounded.digits_lost, value % unit != 0);
      int64_t distance = rounded.mantissa * unit - value;
      EXPECT_LT(distance < 0 ? -distance : distance, unit);
      if (mode == RoundingMode::kTowardGreater) {
        EXPECT_GE(distance, 0);
      }
      if (mode == RoundingMode::kTowardLesser) {
        EXPECT_LE(distance, 0);
      }
      if (mode != RoundingMode::kTowardGreater && mode != RoundingMode::kTowardLesser &&
          mode != RoundingMode::kAwayFromZero) {
        int64_t twice = 2 * (distance < 0 ? -distance : distance);
        EXPECT_LE(twice, unit) << value << " " << drop;
      }
    }
  }
}

TEST(FixedTest, RescaleAppendsOrDropsDigits) {
  EXPECT_EQ(Rescale<4>(Fixed<3, 1>{-125}).mantissa, -125000);
  EXPECT_EQ(Rescale<0>(Fixed<3, 1>{-125}).mantissa, -12);
  EXPECT_EQ(Rescale<0>(Fixed<3, 1>{-125}, RoundingMode::kNearestAwayFromZero).mantissa, -13);
  EXPECT_EQ(Rescale<-2>(Fixed<5, 0>{12345}).mantissa, 123);
  // A rounding carry needs the extra digit of the result type.
  EXPECT_EQ(Rescale<0>(Fixed<3, 2>{999}, RoundingMode::kNearestAwayFromZero).mantissa, 10);
}

TEST(FixedTest, RemainderIsDividendMinusTruncatedQuotientTimesDivisor) {
  std::mt19937_64 random(11);
  for (int i = 0; i < 2000; ++i) {
    Fixed<6, 2> dividend{static_cast<int64_t>(random() % 2000001) - 1000000};
    Fixed<4, 1> divisor{static_cast<int64_t>(random() % 19999) - 9999};
    if (divisor.mantissa == 0) continue;
    auto remainder = DivideRemainder<1>(dividend, divisor);
    // Exact rational check: dividend = q * divisor + remainder with q having one decimal.
    // d/100 / (v/10) at one decimal is d / v truncated; q * v has scale 2.
    Int128 q = Int128{dividend.mantissa} / divisor.mantissa;
    Int128 expected = (Int128{dividend.mantissa} - q * divisor.mantissa) * 100;  // at scale 4
    EXPECT_EQ(ConvertRep<Int128>(remainder.value.mantissa) *
                  Pow10<Int128>(4 - decltype(remainder.value)::kScale),
              expected);
  }
}

TEST(PowerTest, ExactIntegerPowersAndTrimmedScales) {
  DecimalResult p = Power(ToDecimal(Fixed<2, 1>{15}), ToDecimal(Fixed<1, 0>{3}));
  EXPECT_EQ(p.status, DecimalStatus::kOk);
  EXPECT_EQ(p.value.scale, 3);
  EXPECT_EQ(p.value.mantissa, Int512(int64_t{3375}));
  DecimalResult half = Power(ToDecimal(Fixed<1, 0>{2}), ToDecimal(Fixed<2, 0>{-1}));
  EXPECT_EQ(half.value.scale, 1);
  EXPECT_EQ(half.value.mantissa, Int512(int64_t{5}));
  EXPECT_EQ(Power(ToDecimal(Fixed<1, 0>{0}), ToDecimal(Fixed<1, 0>{0})).status,
            DecimalStatus::kStoredThenSizeError);
  EXPECT_EQ(Power(ToDecimal(Fixed<1, 0>{-2}), ToDecimal(Fixed<2, 1>{5})).status,
            DecimalStatus::kSizeError);
  EXPECT_EQ(Power(ToDecimal(Fixed<1, 0>{9}), ToDecimal(Fixed<3, 0>{999})).status,
            DecimalStatus::kTooWide);
}

TEST(DecimalResultTest, OperationsPassOnTheirOperandsStatus) {
  // 1.5 ** 2 + 0.75 = 3.00 at scale 2: the power's trimmed scale joins the sum.
  DecimalResult sum =
      Add(Power(Dynamic(Fixed<2, 1>{15}), Dynamic(Fixed<1, 0>{2})), Dynamic(Fixed<2, 2>{75}));
  EXPECT_EQ(sum.status, DecimalStatus::kOk);
  EXPECT_EQ(sum.value.mantissa, Int512(int64_t{300}));
  EXPECT_EQ(sum.value.scale, 2);
  // A zero divisor is libcob's NaN, and a NaN operand poisons what follows.
  DecimalResult nan = Divide(Dynamic(Fixed<1, 0>{1}), Dynamic(Fixed<1, 0>{0}));
  EXPECT_EQ(nan.status, DecimalStatus::kSizeError);
  EXPECT_EQ(Multiply(nan, Dynamic(Fixed<1, 0>{2})).status, DecimalStatus::kSizeError);
  // 0 ** 0's pending size error survives later operations with their value.
  DecimalResult pending =
      Add(Power(Dynamic(Fixed<1, 0>{0}), Dynamic(Fixed<1, 0>{0})), Dynamic(Fixed<1, 0>{5}));
  EXPECT_EQ(pending.status, DecimalStatus::kStoredThenSizeError);
  EXPECT_EQ(pending.value.mantissa, Int512(int64_t{6}));
  // 1 / 3 keeps 38 decimals, truncated; a zero dividend is 0 at scale 0.
  DecimalResult third = Divide(Dynamic(Fixed<1, 0>{1}), Dynamic(Fixed<1, 0>{3}));
  EXPECT_EQ(third.value.scale, 38);
  EXPECT_EQ(DigitCount(third.value.mantissa), 38);
  EXPECT_EQ(Divide(Dynamic(Fixed<3, 2>{0}), Dynamic(Fixed<1, 0>{3})).value.scale, 0);
  EXPECT_EQ(Negate(Dynamic(Fixed<1, 0>{4})).value.mantissa, Int512(int64_t{-4}));
}

}  // namespace
}  // namespace cobrt

namespace cobrt {
namespace {

TEST(FixedCompareTest, ComparesByValueAcrossScalesAndWidths) {
  EXPECT_EQ(Compare(Fixed<3, 2>{120}, Fixed<2, 1>{12}), 0);  // 1.20 = 1.2
  EXPECT_LT(Compare(Fixed<3, 0>{-5}, Fixed<1, 0>{0}), 0);    // -5 < 0
  EXPECT_GT(Compare(Fixed<30, 0>{Int128{1} << 90}, Fixed<18, 2>{999}), 0);
  EXPECT_LT(Compare(Fixed<2, -2>{12}, Fixed<4, 0>{1201}), 0);  // 1200 < 1201
}

}  // namespace
}  // namespace cobrt

namespace cobrt {
namespace {

TEST(DecimalCompareTest, ComparesRunTimeScalesByValue) {
  const Decimal hundred = Power(Decimal{Int512(int64_t{10}), 0}, Decimal{Int512(int64_t{2}), 0})
                              .value;  // 10 ** 2
  EXPECT_EQ(Compare(hundred, Fixed<5, 2>{10000}), 0);  // 100 = 100.00
  EXPECT_LT(Compare(hundred, Fixed<3, 0>{125}), 0);
  EXPECT_GT(Compare(Fixed<3, 0>{125}, hundred), 0);
  EXPECT_LT(Compare(Decimal{Int512(int64_t{-1}), 0}, Decimal{Int512(int64_t{0}), 3}), 0);
  EXPECT_EQ(Compare(Decimal{Int512(int64_t{0}), 0}, Decimal{Int512(int64_t{0}), 7}), 0);
  // A value of 150 integer digits against one of 100 decimals: no common scale fits 153
  // digits, yet the order is plain.
  const Decimal huge{Pow10<Int512>(150), 0};
  const Decimal tiny{Int512(int64_t{5}), 100};
  EXPECT_GT(Compare(huge, tiny), 0);
  EXPECT_LT(Compare(tiny, huge), 0);
  EXPECT_LT(Compare(Decimal{-huge.mantissa, 0}, Decimal{-tiny.mantissa, 100}), 0);
}

}  // namespace
}  // namespace cobrt
