// Readable INSPECT examples; tests/runtime/text/inspect_reference_test.cpp compares many more
// with cobc.
#include "runtime/text/inspect.h"

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

TEST(InspectTest, EachClauseScansTheWholeRegionInTurn) {
  // libcob, unlike the standard, lets the first clause take every "B" before the second looks.
  std::string x = "AB";
  Inspector inspect(Data(x), x.size());
  inspect.Start();
  EXPECT_EQ(inspect.TallyAll(Bytes("B")), 1);
  inspect.Start();
  EXPECT_EQ(inspect.TallyAll(Bytes("AB")), 0);
  inspect.Finish();
  EXPECT_EQ(x, "AB");
}

TEST(InspectTest, LeadingSkipsTakenPositions) {
  std::string x = "AAAB";
  Inspector inspect(Data(x), x.size());
  inspect.Start();
  EXPECT_EQ(inspect.TallyAll(Bytes("AB")), 1);
  inspect.Start();
  EXPECT_EQ(inspect.TallyLeading(Bytes("A")), 2);
}

TEST(InspectTest, BeforeAndAfterApplyInTheOrderWritten) {
  std::string x = "A ABBA    ";
  Inspector inspect(Data(x), x.size());
  inspect.Start();
  inspect.After(Bytes("B"));
  EXPECT_TRUE(inspect.ReplaceFirst(Bytes("A"), {Bytes("X")}));
  // BEFORE "A" ends the region at the first byte, so AFTER "A" finds nothing.
  inspect.Start();
  inspect.Before(Bytes("A"));
  inspect.After(Bytes("A"));
  EXPECT_TRUE(inspect.ReplaceAll(Bytes("B"), {Bytes("Y")}));
  inspect.Finish();
  EXPECT_EQ(x, "A ABBX    ");
}

TEST(InspectTest, ReplacementsMatchTheOriginalBytes) {
  std::string x = "ABAB";
  Inspector inspect(Data(x), x.size());
  inspect.Start();
  EXPECT_TRUE(inspect.ReplaceAll(Bytes("B"), {Bytes("X")}));
  inspect.Start();
  EXPECT_TRUE(inspect.ReplaceAll(Bytes("AB"), {Bytes("YY")}));
  inspect.Finish();
  EXPECT_EQ(x, "AXAX");
}

TEST(InspectTest, FigurativeReplacementIsRepeated) {
  std::string x = "ABCABCXYZ";
  Inspector inspect(Data(x), x.size());
  inspect.Start();
  EXPECT_TRUE(inspect.ReplaceAll(Bytes("ABC"), {Bytes("0"), /*figurative=*/true}));
  inspect.Finish();
  EXPECT_EQ(x, "000000XYZ");
}

TEST(InspectTest, SizeMismatchReplacesNothing) {
  std::string x = "ABCABC";
  Inspector inspect(Data(x), x.size());
  inspect.Start();
  EXPECT_FALSE(inspect.ReplaceAll(Bytes("AB"), {Bytes("123")}));
  inspect.Start();
  EXPECT_FALSE(inspect.Convert(Bytes("AB"), {Bytes("1")}));
  inspect.Finish();
  EXPECT_EQ(x, "ABCABC");
}

TEST(InspectTest, ConvertingTakesTheFirstOccurrenceOfARepeatedByte) {
  std::string x = "ABCABC";
  Inspector inspect(Data(x), x.size());
  inspect.Start();
  EXPECT_TRUE(inspect.Convert(Bytes("ABA"), {Bytes("XYZ")}));
  inspect.Finish();
  EXPECT_EQ(x, "XYCXYC");
}

TEST(InspectTest, OverpunchedSignIsTakenOffAndPutBack) {
  std::string n = "0012s";  // -123 in S9(5)
  Inspector inspect(Data(n), n.size(), ZonedSign::kTrailing);
  inspect.Start();
  EXPECT_EQ(inspect.TallyAll(Bytes("s")), 0);
  inspect.Start();
  EXPECT_EQ(inspect.TallyAll(Bytes("3")), 1);
  inspect.Finish();
  EXPECT_EQ(n, "0012s");

  Inspector replace(Data(n), n.size(), ZonedSign::kTrailing);
  replace.Start();
  EXPECT_TRUE(replace.ReplaceAll(Bytes("3"), {Bytes(" ")}));
  replace.Finish();
  EXPECT_EQ(n, "0012`");  // the overpunch bit or-ed into the space
}

TEST(InspectTest, SeparateSignIsNotInspectedAndIsRewritten) {
  std::string n = "*00123";
  Inspector inspect(Data(n), n.size(), ZonedSign::kLeadingSeparate);
  inspect.Start();
  EXPECT_EQ(inspect.TallyCharacters(), 5);
  inspect.Finish();
  EXPECT_EQ(n, "+00123");
}

TEST(InspectTest, TrailingCountsFromTheEnd) {
  std::string x = "ABBABB";
  Inspector inspect(Data(x), x.size());
  inspect.Start();
  EXPECT_EQ(inspect.TallyTrailing(Bytes("B")), 2);
  inspect.Start();
  EXPECT_EQ(inspect.TallyTrailing(Bytes("BB")), 0);
}

}  // namespace
}  // namespace cobrt
