// Invariants of numeric-edited moves: the fact sheet's §5 rows that need no cobc run here;
// tests/runtime/numeric/edited_reference_test.cpp compares many more with cobc.
#include "runtime/edit/edited.h"

#include <gtest/gtest.h>

#include <iterator>
#include <string>

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

}  // namespace
}  // namespace cobrt
