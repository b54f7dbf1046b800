// Invariants of numeric-edited moves: the fact sheet's §5 rows that need no cobc run here;
// tests/runtime/numeric/edited_reference_test.cpp compares many more with cobc.
#include "runtime/edit/edited.h"

#include <gtest/gtest.h>

#include <iterator>
#include <string>
#include <string_view>

#include "runtime/storage/store.h"

namespace cobrt {
namespace {

template <class From, int D, int S>
auto Edited(const Fixed<D, S>& value, const EditedPicture& picture) -> std::string {
  uint8_t source[From::kSize];
  Store<From>(source, value);
  std::string text(EditedSize(picture), '?');
  MoveToEdited<From>(source, reinterpret_cast<uint8_t*>(text.data()), picture);
  return text;
}

using Source = Zoned<9, 2, ZonedSign::kTrailing>;

TEST(EditedTest, FloatingCurrencyEatsTheFirstDigit) {
  constexpr EditSymbol kPicture[] = {{'$', 3}, {',', 1}, {'$', 2}, {'9', 1}};
  EXPECT_EQ(Edited<Source>(Fixed<6, 0>{123456}, {kPicture, std::size(kPicture)}), "$23,456");
}

TEST(EditedTest, ZeroWithoutNinesIsBlankOrStars) {
  constexpr EditSymbol kZ[] = {{'Z', 5}, {'.', 1}, {'Z', 2}};
  constexpr EditSymbol kStars[] = {{'*', 2}, {'.', 1}, {'*', 2}};
  EXPECT_EQ(Edited<Source>(Fixed<1, 0>{0}, {kZ, std::size(kZ)}), "        ");
  EXPECT_EQ(Edited<Source>(Fixed<1, 0>{0}, {kStars, std::size(kStars)}), "**.**");
}

TEST(EditedTest, CreditShowsOnlyForNegatives) {
  constexpr EditSymbol kPicture[] = {{'9', 5}, {'.', 1}, {'9', 2}, {'C', 1}};
  EXPECT_EQ(Edited<Source>(Fixed<6, 1>{-12345}, {kPicture, std::size(kPicture)}), "01234.50CR");
  EXPECT_EQ(Edited<Source>(Fixed<6, 1>{12345}, {kPicture, std::size(kPicture)}), "01234.50  ");
}

TEST(EditedTest, DeEditingTakesCreditButNotDebitAsNegative) {
  constexpr EditSymbol kCr[] = {{'9', 5}, {'.', 1}, {'9', 2}, {'C', 1}};
  constexpr EditSymbol kDb[] = {{'9', 5}, {'.', 1}, {'9', 2}, {'D', 1}};
  using Target = Zoned<7, 2, ZonedSign::kTrailingSeparate>;
  uint8_t target[Target::kSize];
  std::string cr = "01234.50CR";
  MoveFromEdited<Target>(reinterpret_cast<const uint8_t*>(cr.data()), {kCr, std::size(kCr)},
                         target);
  EXPECT_EQ(std::string(reinterpret_cast<char*>(target), Target::kSize), "0123450-");
  std::string db = "01234.50DB";
  MoveFromEdited<Target>(reinterpret_cast<const uint8_t*>(db.data()), {kDb, std::size(kDb)},
                         target);
  EXPECT_EQ(std::string(reinterpret_cast<char*>(target), Target::kSize), "0123450+");
}

// The cases below were run through cobc 3.1.2 (MOVE statements into the same PICTUREs).
auto Text(const uint8_t* bytes, size_t size) -> std::string {
  return std::string(reinterpret_cast<const char*>(bytes), size);
}

constexpr EditSymbol kAmount[] = {{'Z', 2}, {'9', 1}, {'.', 1}, {'9', 2}};  // ZZ9.99
constexpr EditSymbol kMoney[] = {{'-', 1}, {'$', 3}, {',', 1}, {'$', 2},
                                 {'9', 1}, {'.', 1}, {'9', 2}};  // -$$$,$$9.99

TEST(EditedTest, ZeroIsEditedAsAValue) {
  constexpr EditSymbol kTrailing[] = {{'Z', 2}, {'9', 1}, {'.', 1}, {'9', 2}, {'-', 1}};
  constexpr EditSymbol kFloating[] = {{'$', 3}, {',', 1}, {'$', 2}, {'9', 1}};
  constexpr EditSymbol kSpaced[] = {{'9', 2}, {'B', 1}, {'9', 2}};
  uint8_t target[16];
  MoveZeroToEdited(target, {kTrailing, std::size(kTrailing)});
  EXPECT_EQ(Text(target, 7), "  0.00 ");
  MoveZeroToEdited(target, {kFloating, std::size(kFloating)});
  EXPECT_EQ(Text(target, 7), "     $0");
  MoveZeroToEdited(target, {kMoney, std::size(kMoney)});
  EXPECT_EQ(Text(target, 11), "-     $0.00");
  MoveZeroToEdited(target, {kSpaced, std::size(kSpaced)});
  EXPECT_EQ(Text(target, 5), "00 00");
}

TEST(EditedTest, AlphanumericIsReadAsANumberThenEdited) {
  auto edited = [](std::string_view text, const EditedPicture& picture) {
    uint8_t target[16];
    MoveAlphanumericToEdited(reinterpret_cast<const uint8_t*>(text.data()), text.size(), target,
                             picture);
    return Text(target, EditedSize(picture));
  };
  const EditedPicture amount{kAmount, std::size(kAmount)};
  const EditedPicture money{kMoney, std::size(kMoney)};
  EXPECT_EQ(edited("12.5", amount), " 12.50");
  EXPECT_EQ(edited("ABC", amount), "  0.00");
  EXPECT_EQ(edited("121212", amount), "212.00");  // MOVE ALL "12"
  EXPECT_EQ(edited("-3", money), "-     $3.00");
  EXPECT_EQ(edited("12121212121", money), " 212,121.00");
}

TEST(EditedTest, EditedToEditedGoesThroughItsValue) {
  const std::string source = "- $1,234.50";
  uint8_t target[6];
  MoveEditedToEdited(reinterpret_cast<const uint8_t*>(source.data()), {kMoney, std::size(kMoney)},
                     target, {kAmount, std::size(kAmount)});
  EXPECT_EQ(Text(target, 6), "234.50");
}

TEST(EditedTest, AlphanumericEditedTakesBytesAndInserts) {
  constexpr EditSymbol kPicture[] = {{'X', 2}, {'B', 1}, {'X', 2}, {'/', 1}, {'X', 1}, {'0', 1}};
  const EditedPicture picture{kPicture, std::size(kPicture)};
  uint8_t target[8];
  MoveToAlphanumericEdited(reinterpret_cast<const uint8_t*>("12.5"), 4, target, picture);
  EXPECT_EQ(Text(target, 8), "12 .5/ 0");
  // MOVE ZERO: the item's size in zeros, edited.
  MoveToAlphanumericEdited(reinterpret_cast<const uint8_t*>("00000000"), 8, target, picture);
  EXPECT_EQ(Text(target, 8), "00 00/00");
  using Unsigned = Zoned<5, 0, ZonedSign::kUnsigned>;
  uint8_t number[Unsigned::kSize];
  Store<Unsigned>(number, Fixed<2, 0>{12});
  MoveNumericToAlphanumericEdited<Unsigned>(number, target, picture);
  EXPECT_EQ(Text(target, 8), "00 01/20");
}

TEST(EditedTest, NumericToAlphanumericEditedDropsTheSignAndExpandsP) {
  constexpr EditSymbol kPicture[] = {{'X', 2}, {'B', 1}, {'X', 5}, {'0', 1}};  // XXBXXXXX0
  const EditedPicture picture{kPicture, std::size(kPicture)};
  uint8_t target[9];
  using Signed = Zoned<3, 0, ZonedSign::kTrailing>;
  uint8_t signed_number[Signed::kSize];
  Store<Signed>(signed_number, Fixed<3, 0>{-123});
  MoveNumericToAlphanumericEdited<Signed>(signed_number, target, picture);
  EXPECT_EQ(Text(target, 9), "12 3    0");
  using Scaled = Zoned<3, -2, ZonedSign::kUnsigned>;  // 9(3)PP
  uint8_t scaled[Scaled::kSize];
  Store<Scaled>(scaled, Fixed<5, 0>{12300});
  MoveNumericToAlphanumericEdited<Scaled>(scaled, target, picture);
  EXPECT_EQ(Text(target, 9), "12 300  0");
}

TEST(EditedTest, FixedSignBeforeFloatingCurrencyShowsAsWritten) {
  constexpr EditSymbol kPlus[] = {{'+', 1}, {'$', 4}, {'9', 1}};
  constexpr EditSymbol kMinus[] = {{'-', 1}, {'$', 3}, {'9', 1}};
  EXPECT_EQ(Edited<Source>(Fixed<1, 0>{-1}, {kPlus, std::size(kPlus)}), "+   $1");
  EXPECT_EQ(Edited<Source>(Fixed<2, 0>{50}, {kMinus, std::size(kMinus)}), "- $50");
}

TEST(EditedTest, FloatingCurrencyStaysBeforeATrailingSign) {
  constexpr EditSymbol kPicture[] = {{'$', 2}, {',', 1}, {'$', 2}, {'9', 1},
                                     {'.', 1}, {'9', 2}, {'-', 1}};  // $$,$$9.99-
  EXPECT_EQ(Edited<Source>(Fixed<2, 0>{12}, {kPicture, std::size(kPicture)}), "   $12.00 ");
  EXPECT_EQ(Edited<Source>(Fixed<2, 0>{-12}, {kPicture, std::size(kPicture)}), "   $12.00-");
}

TEST(EditedTest, BinaryPastItsPictureIsEditedWhole) {
  using Small = Binary<2, 0, false, 2, ByteOrder::kBigEndian, BinaryTruncation::kToStorageBytes>;
  constexpr EditSymbol kPicture[] = {{'Z', 5}, {'9', 1}, {'-', 1}};
  uint8_t source[Small::kSize];
  Store<Small>(source, Fixed<5, 0>{12345});
  uint8_t target[7];
  MoveToEdited<Small>(source, target, {kPicture, std::size(kPicture)});
  EXPECT_EQ(Text(target, 7), " 12345 ");
}

}  // namespace
}  // namespace cobrt
