// Invariants of the MOVE conversions; tests/runtime/numeric/move_reference_test.cpp compares
// them with cobc case by case.
#include "runtime/edit/move.h"

#include <gtest/gtest.h>

#include <string>

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
