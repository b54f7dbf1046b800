// Invariants of numeric-edited moves: the fact sheet's §5 rows that need no cobc run here;
// tests/runtime/numeric/edited_reference_test.cpp compares many more with cobc.
#include "runtime/edit/edited.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <iterator>
#include <random>
#include <string>
#include <string_view>

#include "runtime/storage/binary.h"
#include "runtime/storage/packed.h"
#include "runtime/storage/store.h"
#include "runtime/storage/zoned.h"

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

namespace cobrt {
namespace {

// The PICTUREs the planned walk takes (internal::PlanEdit), and some it leaves to EditDigits;
// namespace scope, as template arguments need.
constexpr EditSymbol kPlannedAmountSymbols[] = {{'Z', 2}, {',', 1}, {'Z', 3}, {',', 1}, {'Z', 2},
                                                {'9', 1}, {'.', 1}, {'9', 2}, {'-', 1}};
constexpr EditedPicture kPlannedAmount{kPlannedAmountSymbols, std::size(kPlannedAmountSymbols)};
constexpr EditSymbol kPlannedRateSymbols[] = {{'Z', 1}, {'9', 1}, {'.', 1}, {'9', 6}};
constexpr EditedPicture kPlannedRate{kPlannedRateSymbols, std::size(kPlannedRateSymbols)};
constexpr EditSymbol kPlannedLeadingMinusSymbols[] = {{'-', 1}, {'9', 1}, {'.', 1}, {'9', 4}};
constexpr EditedPicture kPlannedLeadingMinus{kPlannedLeadingMinusSymbols,
                                             std::size(kPlannedLeadingMinusSymbols)};
constexpr EditSymbol kPlannedLeadingPlusSymbols[] = {
    {'+', 1}, {'Z', 2}, {'9', 1}, {'.', 1}, {'9', 2}};
constexpr EditedPicture kPlannedLeadingPlus{kPlannedLeadingPlusSymbols,
                                            std::size(kPlannedLeadingPlusSymbols)};
constexpr EditSymbol kPlannedTrailingPlusSymbols[] = {{'Z', 3}, {'V', 1}, {'9', 2}, {'+', 1}};
constexpr EditedPicture kPlannedTrailingPlus{kPlannedTrailingPlusSymbols,
                                             std::size(kPlannedTrailingPlusSymbols)};
constexpr EditSymbol kPlannedAllZSymbols[] = {{'Z', 4}, {',', 1}, {'Z', 3}};
constexpr EditedPicture kPlannedAllZ{kPlannedAllZSymbols, std::size(kPlannedAllZSymbols)};
constexpr EditedPicture kPlannedAllZBlank{kPlannedAllZSymbols, std::size(kPlannedAllZSymbols),
                                          true};
constexpr EditSymbol kPlannedInsertionsSymbols[] = {{'9', 2}, {'/', 1}, {'9', 2}, {'B', 1},
                                                    {'Z', 1}, {'0', 1}, {'9', 1}, {'D', 1}};
constexpr EditedPicture kPlannedInsertions{kPlannedInsertionsSymbols,
                                           std::size(kPlannedInsertionsSymbols)};
constexpr EditSymbol kPlannedCreditSymbols[] = {{'Z', 5}, {'9', 1}, {'.', 1}, {'9', 2}, {'C', 1}};
constexpr EditedPicture kPlannedCredit{kPlannedCreditSymbols, std::size(kPlannedCreditSymbols)};
constexpr EditedPicture kPlannedCreditBlank{kPlannedCreditSymbols, std::size(kPlannedCreditSymbols),
                                            true};
constexpr EditSymbol kPlannedCommaPointSymbols[] = {{'Z', 2}, {'.', 1}, {'Z', 2}, {'9', 1},
                                                    {',', 1}, {'9', 2}, {'-', 1}};
constexpr EditedPicture kPlannedCommaPoint{kPlannedCommaPointSymbols,
                                           std::size(kPlannedCommaPointSymbols)};
constexpr EditSymbol kPlannedFloatingSymbols[] = {{'$', 3}, {',', 1}, {'$', 2}, {'9', 1}};
constexpr EditedPicture kPlannedFloating{kPlannedFloatingSymbols,
                                         std::size(kPlannedFloatingSymbols)};
constexpr EditSymbol kPlannedZAfterPointSymbols[] = {{'Z', 3}, {'.', 1}, {'Z', 2}};
constexpr EditedPicture kPlannedZAfterPoint{kPlannedZAfterPointSymbols,
                                            std::size(kPlannedZAfterPointSymbols)};

template <const EditedPicture& kPicture, char kPoint>
constexpr bool kPlain = internal::PlanEdit<EditedSize(kPicture)>(kPicture, 9, 2, kPoint).plain;
static_assert(kPlain<kPlannedAmount, '.'> && kPlain<kPlannedRate, '.'> &&
              kPlain<kPlannedLeadingMinus, '.'> && kPlain<kPlannedLeadingPlus, '.'> &&
              kPlain<kPlannedTrailingPlus, '.'> && kPlain<kPlannedAllZ, '.'> &&
              kPlain<kPlannedInsertions, '.'> && kPlain<kPlannedCredit, '.'> &&
              kPlain<kPlannedCommaPoint, ','>);
static_assert(!kPlain<kPlannedFloating, '.'> && !kPlain<kPlannedZAfterPoint, '.'>);

// The planned walk and EditDigits give the same bytes for any source bytes, invalid digits
// included (both read the digits the same way), every sign, zero and overflow.
template <class From, const EditedPicture& kPicture, char kPoint = '.'>
void ExpectPlannedEqualsWalked(std::mt19937_64& random) {
  constexpr size_t kSize = EditedSize(kPicture);
  for (int i = 0; i < 3000; ++i) {
    uint8_t source[From::kSize];
    if (i % 10 == 0) {
      for (uint8_t& byte : source) byte = static_cast<uint8_t>(random());
    } else {
      // Short values often, so that zero suppression ends anywhere.
      int64_t limit = Pow10<int64_t>(1 + static_cast<int>(random() % From::kDigits));
      auto value = static_cast<int64_t>(random() % static_cast<uint64_t>(limit));
      if (i % 3 == 0) value = -value;
      if (i % 50 == 1) value = 0;
      Store<From>(source, Fixed<18, From::kScale>{value});
    }
    std::string planned(kSize, '?');
    std::string walked(kSize, '?');
    MoveToEdited<From, kPicture, kPoint>(source, reinterpret_cast<uint8_t*>(planned.data()));
    MoveToEdited<From>(source, reinterpret_cast<uint8_t*>(walked.data()), kPicture, kPoint);
    ASSERT_EQ(planned, walked) << i;
  }
}

template <const EditedPicture& kPicture, char kPoint = '.'>
void ExpectPlannedEqualsWalkedFromEveryFormat(std::mt19937_64& random) {
  ExpectPlannedEqualsWalked<Packed<13, 2, true>, kPicture, kPoint>(random);
  ExpectPlannedEqualsWalked<Packed<8, 6, true>, kPicture, kPoint>(random);
  ExpectPlannedEqualsWalked<Zoned<9, 2, ZonedSign::kTrailing>, kPicture, kPoint>(random);
  ExpectPlannedEqualsWalked<Zoned<5, 0, ZonedSign::kUnsigned>, kPicture, kPoint>(random);
  ExpectPlannedEqualsWalked<Zoned<7, 4, ZonedSign::kLeadingSeparate>, kPicture, kPoint>(random);
  ExpectPlannedEqualsWalked<
      Binary<4, 0, true, 2, ByteOrder::kBigEndian, BinaryTruncation::kToStorageBytes>, kPicture,
      kPoint>(random);
  ExpectPlannedEqualsWalked<
      Binary<9, 2, true, 4, ByteOrder::kNative, BinaryTruncation::kToPictureDigits>, kPicture,
      kPoint>(random);
}

TEST(EditedTest, APlannedPictureEditsAsTheWalkDoes) {
  std::mt19937_64 random(13);
  ExpectPlannedEqualsWalkedFromEveryFormat<kPlannedAmount>(random);
  ExpectPlannedEqualsWalkedFromEveryFormat<kPlannedRate>(random);
  ExpectPlannedEqualsWalkedFromEveryFormat<kPlannedLeadingMinus>(random);
  ExpectPlannedEqualsWalkedFromEveryFormat<kPlannedLeadingPlus>(random);
  ExpectPlannedEqualsWalkedFromEveryFormat<kPlannedTrailingPlus>(random);
  ExpectPlannedEqualsWalkedFromEveryFormat<kPlannedAllZ>(random);
  ExpectPlannedEqualsWalkedFromEveryFormat<kPlannedAllZBlank>(random);
  ExpectPlannedEqualsWalkedFromEveryFormat<kPlannedInsertions>(random);
  ExpectPlannedEqualsWalkedFromEveryFormat<kPlannedCredit>(random);
  ExpectPlannedEqualsWalkedFromEveryFormat<kPlannedCreditBlank>(random);
  ExpectPlannedEqualsWalkedFromEveryFormat<kPlannedCommaPoint, ','>(random);
  // Not planned: the same call falls back to the walk.
  ExpectPlannedEqualsWalkedFromEveryFormat<kPlannedFloating>(random);
}

}  // namespace
}  // namespace cobrt
