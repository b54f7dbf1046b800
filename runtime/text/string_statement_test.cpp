// Readable STRING examples; tests/runtime/text/string_reference_test.cpp compares many more with
// cobc.
#include "runtime/text/string_statement.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace cobrt {
namespace {

// A view, so that literals stay valid as long as the statement needs them.
auto Bytes(std::string_view text) -> std::span<const uint8_t> {
  return {reinterpret_cast<const uint8_t*>(text.data()), text.size()};
}

auto Data(std::string& text) -> uint8_t* { return reinterpret_cast<uint8_t*>(text.data()); }

TEST(StringStatementTest, DelimitedPartsAreAppendedAndTheRestIsKept) {
  std::string t = "..........";
  StringStatement string(Data(t), t.size());
  string.Append(Bytes("JOHN SMITH"), Bytes(" "));
  string.Append(Bytes(","));
  string.Append(Bytes("AB"), Bytes("XYZ"));  // a delimiter that does not occur: all of it
  EXPECT_EQ(t, "JOHN,AB...");
  EXPECT_FALSE(string.overflow());
  EXPECT_EQ(string.pointer(), 8);
}

TEST(StringStatementTest, PointerOutOfRangeIsOverflowAndWritesNothing) {
  for (int64_t pointer : {0, -3, 7}) {
    std::string t = "......";
    StringStatement string(Data(t), t.size(), pointer);
    string.Append(Bytes("AB"));
    EXPECT_EQ(t, "......");
    EXPECT_TRUE(string.overflow());
    EXPECT_EQ(string.pointer(), pointer);
  }
}

TEST(StringStatementTest, OverflowWritesWhatFitsAndSkipsTheRest) {
  std::string t = "......";
  StringStatement string(Data(t), t.size(), 5);
  string.Append(Bytes("XYZ"));
  string.Append(Bytes("C"));
  EXPECT_EQ(t, "....XY");
  EXPECT_TRUE(string.overflow());
  EXPECT_EQ(string.pointer(), 7);
}

TEST(StringStatementTest, AnEmptyDelimitedPartNeverOverflows) {
  std::string t = "......";
  StringStatement string(Data(t), t.size(), 5);
  string.Append(Bytes("AB"));
  string.Append(Bytes("CX"), Bytes("C"));
  EXPECT_EQ(t, "....AB");
  EXPECT_FALSE(string.overflow());
}

}  // namespace
}  // namespace cobrt
