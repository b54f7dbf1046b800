// Readable UNSTRING examples; tests/runtime/text/unstring_reference_test.cpp compares many more
// with cobc.
#include "runtime/text/unstring_statement.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace cobrt {
namespace {

// A view, so that literals stay valid as long as the statement needs them.
auto Bytes(std::string_view text) -> std::span<const uint8_t> {
  return {reinterpret_cast<const uint8_t*>(text.data()), text.size()};
}

auto Text(const std::string& source, const UnstringPiece& piece) -> std::string {
  return source.substr(piece.offset, piece.size);
}

TEST(UnstringStatementTest, PiecesDelimitersAndCounts) {
  std::string s = "AB,CD,,E  ";
  UnstringStatement unstring(Bytes(s), 1);
  unstring.AddDelimiter(Bytes(","));
  auto a = unstring.Next(3);
  ASSERT_TRUE(a.has_value());
  EXPECT_EQ(Text(s, *a), "AB");
  EXPECT_EQ(a->delimiter, 0u);
  auto b = unstring.Next(3);
  ASSERT_TRUE(b.has_value());
  EXPECT_EQ(Text(s, *b), "CD");
  EXPECT_EQ(unstring.tally(), 2);
  EXPECT_EQ(unstring.pointer(), 7);
  EXPECT_TRUE(unstring.overflow());  // ",E  " is left
}

TEST(UnstringStatementTest, AllTakesRepeatsAndEmptyPiecesCount) {
  std::string s = ",,A  B";
  UnstringStatement unstring(Bytes(s));
  unstring.AddDelimiter(Bytes(","));
  unstring.AddDelimiter(Bytes(" "), /*all=*/true);
  auto first = unstring.Next(5);
  ASSERT_TRUE(first.has_value());
  EXPECT_EQ(first->size, 0u);
  EXPECT_EQ(unstring.Next(5)->size, 0u);
  auto third = unstring.Next(5);
  EXPECT_EQ(Text(s, *third), "A");
  EXPECT_EQ(third->delimiter, 1u);
  EXPECT_EQ(Text(s, *unstring.Next(5)), "B");
  EXPECT_FALSE(unstring.Next(5).has_value());  // used up: the target keeps its value
  EXPECT_EQ(unstring.tally(), 4);
  EXPECT_FALSE(unstring.overflow());
}

TEST(UnstringStatementTest, WithoutDelimitersPiecesAreAsLongAsTheTargets) {
  std::string s = "12345678";
  UnstringStatement unstring(Bytes(s));
  EXPECT_EQ(Text(s, *unstring.Next(3)), "123");
  auto second = unstring.Next(3);
  EXPECT_EQ(Text(s, *second), "456");
  EXPECT_FALSE(second->delimiter.has_value());
  EXPECT_TRUE(unstring.overflow());
  EXPECT_EQ(Text(s, *unstring.Next(3)), "78");
  EXPECT_FALSE(unstring.overflow());
}

TEST(UnstringStatementTest, PointerOutOfRangeActsOnNothing) {
  std::string s = "AB,CD";
  for (int64_t pointer : {0, 6}) {
    UnstringStatement unstring(Bytes(s), pointer);
    unstring.AddDelimiter(Bytes(","));
    EXPECT_FALSE(unstring.Next(3).has_value());
    EXPECT_TRUE(unstring.overflow());
    EXPECT_EQ(unstring.pointer(), pointer);
    EXPECT_EQ(unstring.tally(), 0);
  }
}

}  // namespace
}  // namespace cobrt
