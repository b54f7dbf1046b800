// User-defined classes (SPECIAL-NAMES CLASS), each case checked against cobc 3.1.2.
#include "runtime/edit/class_condition.h"

#include <gtest/gtest.h>

#include <string_view>

namespace cobrt {
namespace {

auto Bytes(std::string_view text) -> const uint8_t* {
  return reinterpret_cast<const uint8_t*>(text.data());
}

TEST(ClassConditionTest, EveryByteMustLieInOneRange) {
  // CLASS MIXED IS "X" "0" THRU "4" "Q" THRU "S" "AB".
  constexpr ClassRange kMixed[] = {{'X', 'X'}, {'0', '4'}, {'Q', 'S'}, {'A', 'A'}, {'B', 'B'}};
  EXPECT_TRUE(IsInClass(Bytes("X0RS"), 4, kMixed));
  EXPECT_TRUE(IsInClass(Bytes("BBBB"), 4, kMixed));
  EXPECT_FALSE(IsInClass(Bytes("A5  "), 4, kMixed));
  // A zoned item's bytes as stored: -123 ends in the overpunch 's'.
  EXPECT_TRUE(IsInClass(Bytes("123"), 3, kMixed));
  EXPECT_FALSE(IsInClass(Bytes("12s"), 3, kMixed));
  EXPECT_TRUE(IsInClass(Bytes(""), 0, kMixed));
}

}  // namespace
}  // namespace cobrt
