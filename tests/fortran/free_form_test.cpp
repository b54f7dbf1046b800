// The free-form reader: `&` continuation (in and out of character context), `!` comments, `;`
// separators, labels as leading digits.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/fortran/fortran_fixture.h"

namespace remint::fortran::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(FreeFormTest, AmpersandContinuesAndCommentsAreDropped) {
  ReadResult result = ReadText(
      "program p ! the main program\n"
      "  x = a + &   ! continued\n"
      "\n"
      "      ! a comment line between\n"
      "      & b + &\n"
      "  c\n"
      "end program p\n",
      SourceForm::kFree);
  EXPECT_THAT(result.texts(), ElementsAre("PROGRAMP", "X=A+B+C", "ENDPROGRAMP"));
  EXPECT_THAT(result.rendered(), IsEmpty());
}

TEST(FreeFormTest, SemicolonSeparatesStatements) {
  ReadResult result = ReadText("x = 1; y = 2 ;; z = 'a;b'\n", SourceForm::kFree);
  EXPECT_THAT(result.texts(), ElementsAre("X=1", "Y=2", "Z='a;b'"));
  EXPECT_EQ(result.statements[1].loc.column, 8u);
}

TEST(FreeFormTest, LabelIsLeadingDigits) {
  ReadResult result = ReadText("10 continue\n  200 format (i5)\n x10 = 1\n", SourceForm::kFree);
  ASSERT_EQ(result.statements.size(), 3u);
  EXPECT_EQ(result.statements[0].label, 10u);
  EXPECT_EQ(result.statements[1].label, 200u);
  EXPECT_EQ(result.statements[1].label_loc.column, 3u);
  EXPECT_FALSE(result.statements[2].label.has_value());
  EXPECT_THAT(result.texts(), ElementsAre("CONTINUE", "FORMAT(I5)", "X10=1"));
}

TEST(FreeFormTest, CharacterConstantContinuesAfterTheAmpersandOfTheNextLine) {
  ReadResult result = ReadText("s = 'abc&\n   &def! not a comment'\n", SourceForm::kFree);
  EXPECT_THAT(result.texts(), ElementsAre("S='abcdef! not a comment'"));
  EXPECT_THAT(result.rendered(), IsEmpty());
}

TEST(FreeFormTest, KindsOfFreeFormStatements) {
  ReadResult result = ReadText(
      "module m\ncontains\n  subroutine s(n)\n    integer, intent(in) :: n\n"
      "    select case (n)\n    case default\n    end select\n"
      "    do i = 1, n\n    end do\n  end subroutine s\nend module m\n",
      SourceForm::kFree);
  std::vector<StatementKind> kinds;
  for (const Classification& kind : result.kinds) kinds.push_back(kind.kind);
  using K = StatementKind;
  EXPECT_THAT(kinds, ElementsAre(K::kModule, K::kContains, K::kSubroutine, K::kTypeDeclaration,
                                 K::kSelectCase, K::kCase, K::kEndSelect, K::kDo, K::kEndDo,
                                 K::kEnd, K::kEnd));
  EXPECT_THAT(result.rendered(), IsEmpty());
}

TEST(FreeFormTest, UnterminatedCharacterConstantEndsWithTheLine) {
  ReadResult result = ReadText("x = 1\ns = 'abc\ny = 2\n", SourceForm::kFree);
  EXPECT_THAT(result.located_codes(), ElementsAre("2:5: RM4005"));
  EXPECT_THAT(result.texts(), ElementsAre("X=1", "S='abc", "Y=2"));
}

}  // namespace
}  // namespace remint::fortran::testing
