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

// A literal alphabet "Z" "Y" ALSO "X": Z lowest, Y and X equal, the rest after in native order.
auto ZyxWeights() -> CollatingWeights {
  CollatingWeights weights{};
  uint8_t next = 2;
  for (int byte = 0; byte < 256; ++byte) {
    weights[byte] = byte == 'Z' ? 0 : (byte == 'Y' || byte == 'X') ? 1 : next++;
  }
  return weights;
}

TEST(CompareTest, CollatingWeightsOrderBytesAndPadding) {
  const CollatingWeights weights = ZyxWeights();
  EXPECT_LT(CompareAlphanumeric(Bytes("Z"), 1, Bytes("A"), 1, &weights), 0);
  EXPECT_GT(CompareAlphanumeric(Bytes("Z"), 1, Bytes("A"), 1), 0);
  EXPECT_EQ(CompareAlphanumeric(Bytes("XY"), 2, Bytes("YX"), 2, &weights), 0);
  // The padding is a space by weight: "Z" + spaces is below "Z" + any other byte than Z.
  EXPECT_LT(CompareAlphanumeric(Bytes("ZZ"), 2, Bytes("Z"), 1, &weights), 0);
  EXPECT_LT(CompareAll(Bytes("ZZ"), 2, " ", 1, &weights), 0);
  using Item = Zoned<1, 0, ZonedSign::kUnsigned>;
  EXPECT_GT(CompareNumericAlphanumeric<Item>(Bytes("7"), Bytes("Y"), 1, &weights), 0);
  EXPECT_GT(CompareNumericAll<Item>(Bytes("7"), "X", 1, &weights), 0);
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
