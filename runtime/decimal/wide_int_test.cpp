// WideInt against Int128 where both apply, and the identities division must keep.
#include "runtime/decimal/wide_int.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <random>

#include "runtime/decimal/int_rep.h"

namespace cobrt {
namespace {

auto RandomInt128(std::mt19937_64& random, int bits) -> Int128 {
  UInt128 value = (static_cast<UInt128>(random()) << 64) | random();
  value >>= (128 - bits);
  return (random() & 1) != 0 ? -static_cast<Int128>(value) : static_cast<Int128>(value);
}

TEST(WideIntTest, AgreesWithInt128WhereBothApply) {
  std::mt19937_64 random(42);
  for (int i = 0; i < 20000; ++i) {
    Int128 a = RandomInt128(random, 1 + static_cast<int>(random() % 62));
    Int128 b = RandomInt128(random, 1 + static_cast<int>(random() % 62));
    Int256 wa(a), wb(b);
    EXPECT_TRUE((wa + wb).FitsInt128());
    EXPECT_EQ((wa + wb).ToInt128(), a + b);
    EXPECT_EQ((wa - wb).ToInt128(), a - b);
    EXPECT_EQ((wa * wb).ToInt128(), a * b);
    EXPECT_EQ(wa < wb, a < b);
    if (b != 0) {
      EXPECT_EQ((wa / wb).ToInt128(), a / b);
      EXPECT_EQ((wa % wb).ToInt128(), a % b);
    }
  }
}

TEST(WideIntTest, DivisionInvertsMultiplicationOfWideOperands) {
  std::mt19937_64 random(7);
  for (int i = 0; i < 5000; ++i) {
    // Two 38-digit-class values: the product needs 256 bits, the quotient takes either path
    // (one-limb and wide divisors).
    Int512 a(RandomInt128(random, 1 + static_cast<int>(random() % 126)));
    Int512 b(RandomInt128(random, 1 + static_cast<int>(random() % 126)));
    Int512 c(RandomInt128(random, 1 + static_cast<int>(random() % 60)));
    if (b.IsZero()) continue;
    Int512 product = a * b;
    EXPECT_EQ(product / b, a);
    EXPECT_TRUE((product % b).IsZero());
    Int512 dividend = product + c;
    Int512 q = dividend / b;
    Int512 r = dividend % b;
    EXPECT_EQ(q * b + r, dividend);
    EXPECT_LT(Abs(r), Abs(b));
    EXPECT_TRUE(r.IsZero() || r.IsNegative() == dividend.IsNegative());
  }
}

TEST(WideIntTest, PowersOfTenAndDigitCounts) {
  EXPECT_EQ(DigitCount(Pow10<Int512>(153)), 154);
  EXPECT_EQ(DigitCount(Pow10<Int512>(153) - Int512(int64_t{1})), 153);
  EXPECT_EQ(DigitCount(-Pow10<Int256>(76)), 77);
  EXPECT_EQ(DigitCount(Int128{0}), 0);
  EXPECT_EQ(Pow10<Int256>(38) * Pow10<Int256>(38), Pow10<Int256>(76));
  EXPECT_EQ(Pow10<Int512>(100) / Pow10<Int512>(60), Pow10<Int512>(40));
  EXPECT_EQ(ConvertRep<Int128>(Pow10<Int512>(37)), Pow10<Int128>(37));
  EXPECT_EQ(ConvertRep<int64_t>(-Int256(int64_t{12345})), -12345);
}

}  // namespace
}  // namespace cobrt
