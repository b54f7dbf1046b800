// Invariants of the MOVE conversions; tests/runtime/numeric/move_reference_test.cpp compares
// them with cobc case by case.
#include "runtime/edit/move.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <string>

#include "runtime/storage/packed.h"

namespace cobrt {
namespace {

auto Bytes(const std::string& text) -> const uint8_t* {
  return reinterpret_cast<const uint8_t*>(text.data());
}

TEST(MoveAlphanumericTest, PadsAndCutsOnTheJustifiedSide) {
  uint8_t target[8];
  MoveAlphanumeric(Bytes("ABCDEFGHIJ"), 10, target, 8, true);
  EXPECT_EQ(std::string(reinterpret_cast<char*>(target), 8), "CDEFGHIJ");
  MoveAlphanumeric(Bytes("AB"), 2, target, 8, true);
  EXPECT_EQ(std::string(reinterpret_cast<char*>(target), 8), "      AB");
  MoveAlphanumeric(Bytes("AB"), 2, target, 8);
  EXPECT_EQ(std::string(reinterpret_cast<char*>(target), 8), "AB      ");
}

// The fact sheet's §5 table (exp t13), for an X(6) source.
TEST(MoveAlphanumericToNumericTest, FollowsLibcobsScan) {
  struct Row {
    const char* source;
    const char* integer;  // into 9(5)
    const char* decimal;  // into 9(3)V99
  };
  const Row rows[] = {{"123   ", "00123", "12300"}, {"12A   ", "00012", "00000"},
                      {"-12   ", "00012", "01200"}, {"1.5   ", "00001", "00150"},
                      {"123456", "23456", "45600"}, {"12-   ", "00012", "00000"}};
  for (const Row& row : rows) {
    uint8_t integer[5];
    uint8_t decimal[5];
    MoveAlphanumericToNumeric<Zoned<5, 0>>(Bytes(row.source), 6, integer);
    MoveAlphanumericToNumeric<Zoned<5, 2>>(Bytes(row.source), 6, decimal);
    EXPECT_EQ(std::string(reinterpret_cast<char*>(integer), 5), row.integer) << row.source;
    EXPECT_EQ(std::string(reinterpret_cast<char*>(decimal), 5), row.decimal) << row.source;
  }
}

TEST(MoveNumericTest, KeepsNegativeZeroAndInvalidBytes) {
  uint8_t source[4] = {'0', '0', '0', 'q'};  // -0.001 in S9V999
  uint8_t target[3];
  MoveNumeric<Zoned<4, 3, ZonedSign::kTrailing>, Zoned<3, 2, ZonedSign::kTrailing>>(source, target);
  EXPECT_EQ(std::string(reinterpret_cast<char*>(target), 3), "00p");
  uint8_t odd[3] = {'A', ' ', 'C'};
  uint8_t wide[5];
  MoveNumeric<Zoned<3, 0>, Zoned<5, 0>>(odd, wide);
  EXPECT_EQ(std::string(reinterpret_cast<char*>(wide), 5), "00A0C");
}

TEST(MoveAlphanumericTest, FillRepeatingCutsThePatternAtTheEnd) {
  uint8_t target[5];
  FillRepeating(reinterpret_cast<const uint8_t*>("AB"), 2, target, 5);
  EXPECT_EQ(std::string(reinterpret_cast<char*>(target), 5), "ABABA");
}

}  // namespace
}  // namespace cobrt

namespace cobrt {
namespace {

// The way through the value that every other numeric pair takes (MoveNumeric's general path).
template <class Item>
void MoveThroughValue(const uint8_t* source, uint8_t* target) {
  auto value = Item::Read(source);
  auto mantissa = value.mantissa;
  const bool negative = Item::kSigned && (IsNegative(mantissa) || Item::IsNegative(source));
  if constexpr (!Item::kSigned) mantissa = Abs(mantissa);
  if (!Item::Fits(mantissa)) mantissa = Item::Wrap(mantissa);
  Item::Write(target, mantissa, negative);
}

template <class Item>
void ExpectPackedCopyAsThroughValue(std::mt19937_64& random) {
  for (int i = 0; i < 5000; ++i) {
    uint8_t source[Item::kSize];
    for (uint8_t& byte : source) byte = static_cast<uint8_t>(random());
    if (i % 2 == 0) {
      // Mostly valid digits, so that the byte copy runs; any sign nibble.
      for (uint8_t& byte : source) byte = static_cast<uint8_t>((((byte >> 4) % 10) << 4) | (byte % 10));
      source[Item::kSize - 1] =
          static_cast<uint8_t>((source[Item::kSize - 1] & 0xF0) | (random() % 16));
    }
    uint8_t moved[Item::kSize];
    uint8_t expected[Item::kSize];
    MoveNumeric<Item, Item>(source, moved);
    MoveThroughValue<Item>(source, expected);
    ASSERT_EQ(std::string(moved, moved + Item::kSize),
              std::string(expected, expected + Item::kSize))
        << i;
  }
}

TEST(MoveNumericTest, PackedToTheSamePackedFormatMovesAsThroughItsValue) {
  std::mt19937_64 random(19);
  ExpectPackedCopyAsThroughValue<Packed<11, 2, true>>(random);
  ExpectPackedCopyAsThroughValue<Packed<12, 0, true>>(random);
  ExpectPackedCopyAsThroughValue<Packed<4, 0, false>>(random);
  ExpectPackedCopyAsThroughValue<Packed<1, 0, true>>(random);
  ExpectPackedCopyAsThroughValue<Packed<18, 4, true>>(random);
}

}  // namespace
}  // namespace cobrt
