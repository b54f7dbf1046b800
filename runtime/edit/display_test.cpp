// Invariants of the DISPLAY forms that need no cobc: the fact sheet's §4 table rows are checked
// against cobc by tests/runtime/numeric/display_reference_test.cpp; here, shapes and lengths.
#include "runtime/edit/display.h"

#include <gtest/gtest.h>

#include <string>

#include "runtime/storage/store.h"

namespace cobrt {
namespace {

template <class Format, bool Pretty, int D, int S>
auto Shown(const Fixed<D, S>& value) -> std::string {
  uint8_t item[Format::kSize] = {};
  Store<Format>(item, value);
  char text[DisplayFormCapacity<Format>()];
  size_t length = DisplayForm<Format, Pretty>(item, text);
  EXPECT_LE(length, sizeof text);
  return std::string(text, length);
}

TEST(DisplayFormTest, PrettyShowsPointAndLeadingSign) {
  using Item = Zoned<7, 2, ZonedSign::kTrailing>;
  EXPECT_EQ((Shown<Item, true>(Fixed<4, 1>{-125})), "-00012.50");
  EXPECT_EQ((Shown<Item, false>(Fixed<4, 1>{-125})), "0001250-");
}

TEST(DisplayFormTest, NegativeZeroIsPlusOnlyWhenPretty) {
  using Item = Zoned<3, 2, ZonedSign::kTrailing>;
  uint8_t item[3];
  Item::Write(item, int64_t{0}, true);
  char text[16];
  EXPECT_EQ(std::string(text, DisplayForm<Item, true>(item, text)), "+0.00");
  EXPECT_EQ(std::string(text, DisplayForm<Item, false>(item, text)), "000-");
}

TEST(DisplayFormTest, RealBinaryIgnoresScale) {
  using Item = Binary<5, 2, true, 4, ByteOrder::kNative, BinaryTruncation::kToStorageBytes>;
  EXPECT_EQ((Shown<Item, true>(Fixed<3, 1>{-125})), "-0000001250");
}

TEST(DisplayFormTest, LiteralLosesPointWithoutPrettyDisplay) {
  char text[16];
  EXPECT_EQ(std::string(text, NumericLiteralDisplayForm("-0.5", false, text)), "-05");
  EXPECT_EQ(std::string(text, NumericLiteralDisplayForm("-0.5", true, text)), "-0.5");
}

}  // namespace
}  // namespace cobrt
