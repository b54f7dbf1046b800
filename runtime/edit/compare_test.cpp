// Invariants of the comparisons (fact sheet §6); compare_reference_test.cpp checks them with cobc.
#include "runtime/edit/compare.h"

#include <gtest/gtest.h>

#include <string>

#include "runtime/storage/store.h"

namespace cobrt {
namespace {

auto Bytes(const std::string& text) -> const uint8_t* {
  return reinterpret_cast<const uint8_t*>(text.data());
}

TEST(CompareTest, ShorterOperandIsPaddedWithSpaces) {
  EXPECT_EQ(CompareAlphanumeric(Bytes("AB "), 3, Bytes("AB   "), 5), 0);
  EXPECT_GT(CompareAlphanumeric(Bytes("abc"), 3, Bytes("ABC"), 3), 0);
  EXPECT_GT(CompareAlphanumeric(Bytes("AB"), 2, Bytes("AB\x01"), 3), 0);
}

TEST(CompareTest, NumericAgainstTextIgnoresOverpunchedSign) {
  using Item = Zoned<3, 0, ZonedSign::kTrailing>;
  uint8_t item[3];
  Store<Item>(item, Fixed<2, 0>{-12});
  EXPECT_EQ(CompareNumericAlphanumeric<Item>(item, Bytes("012"), 3), 0);
  EXPECT_NE(CompareNumericAlphanumeric<Item>(item, Bytes("12"), 2), 0);
}

TEST(CompareTest, AllRepeatsThePattern) {
  EXPECT_EQ(CompareAll(Bytes("ABABAB"), 6, "AB", 2), 0);
  EXPECT_NE(CompareAll(Bytes("AB    "), 6, "AB", 2), 0);
  EXPECT_NE(CompareAll(Bytes("0  "), 3, "0", 1), 0);
}

TEST(CompareTest, NumericByValueAcrossScales) {
  using A = Zoned<3, 2>;
  using B = Packed<2, 1, true>;
  uint8_t a[A::kSize];
  uint8_t b[B::kSize];
  Store<A>(a, Fixed<3, 2>{120});
  Store<B>(b, Fixed<2, 1>{12});
  EXPECT_EQ((CompareNumeric<A, B>(a, b)), 0);
}

}  // namespace
}  // namespace cobrt
