// The FORMAT parser: items, repeat counts, groups, literals, where commas may be left out, and
// located errors. What the items produce is checked against gfortran in tests/runtime/fortran.
#include "runtime/fortran/format.h"

#include <gtest/gtest.h>

#include <string>

namespace cobrt::fortran {
namespace {

// A compact rendering of parsed items: kind letters with their numbers.
auto Render(const std::vector<FormatItem>& items) -> std::string {
  std::string out;
  for (const FormatItem& item : items) {
    if (!out.empty()) out += ' ';
    if (item.repeat != 1) out += std::to_string(item.repeat) + "*";
    switch (item.kind) {
      case EditKind::kInteger:
        out += "I";
        break;
      case EditKind::kFixed:
        out += "F";
        break;
      case EditKind::kExponent:
        out += "E";
        break;
      case EditKind::kDouble:
        out += "D";
        break;
      case EditKind::kGeneral:
        out += "G";
        break;
      case EditKind::kLogical:
        out += "L";
        break;
      case EditKind::kCharacter:
        out += "A";
        break;
      case EditKind::kLiteral:
        out += "'" + item.text + "'";
        continue;
      case EditKind::kSkip:
        out += "X";
        break;
      case EditKind::kTab:
        out += "T";
        break;
      case EditKind::kTabLeft:
        out += "TL";
        break;
      case EditKind::kTabRight:
        out += "TR";
        break;
      case EditKind::kSlash:
        out += "/";
        continue;
      case EditKind::kColon:
        out += ":";
        continue;
      case EditKind::kScale:
        out += "P" + std::to_string(item.width);
        continue;
      case EditKind::kSignDefault:
        out += "S";
        continue;
      case EditKind::kSignPlus:
        out += "SP";
        continue;
      case EditKind::kSignSuppress:
        out += "SS";
        continue;
      case EditKind::kBlankNull:
        out += "BN";
        continue;
      case EditKind::kBlankZero:
        out += "BZ";
        continue;
      case EditKind::kGroup:
        out += "(" + Render(item.items) + ")";
        continue;
    }
    if (item.width >= 0) out += std::to_string(item.width);
    if (item.digits >= 0) out += "." + std::to_string(item.digits);
    if (item.exponent >= 0) out += "e" + std::to_string(item.exponent);
  }
  return out;
}

auto Parsed(std::string_view text) -> std::string {
  ParsedFormat parsed = ParseFormat(text);
  if (!parsed.ok()) return "error at " + std::to_string(parsed.error_offset) + ": " + parsed.error;
  return Render(parsed.format.items);
}

TEST(FortranFormatTest, ReadsDataDescriptorsWithTheirNumbers) {
  EXPECT_EQ(Parsed("(I5,I5.3,F8.3,E12.5,E12.5E3,D12.5,G10.3,G10.3E3,L3,A,A7)"),
            "I5 I5.3 F8.3 E12.5 E12.5e3 D12.5 G10.3 G10.3e3 L3 A A7");
  EXPECT_EQ(Parsed("(3I4, 2F6.1)"), "3*I4 2*F6.1");
}

TEST(FortranFormatTest, BlanksAndCaseDoNotMatterOutsideLiterals) {
  EXPECT_EQ(Parsed(" ( 1 0 x , i 5 . 2 , 2 hAB , ' c d ' ) "), "X10 I5.2 'AB' ' c d '");
  // A Hollerith constant's blanks are its characters.
  EXPECT_EQ(Parsed("(2H AB)"), "error at 5: a comma is missing between format items");
}

TEST(FortranFormatTest, HollerithTakesExactlyItsCount) {
  EXPECT_EQ(Parsed("(1H ,7H FAIL  ,10HCOMPUTED= ,I6)"), "' ' ' FAIL  ' 'COMPUTED= ' I6");
  EXPECT_EQ(Parsed("(3H),()"), "'),('");
}

TEST(FortranFormatTest, QuotesAreDoubledInsideLiterals) {
  EXPECT_EQ(Parsed("('IT''S',\"A\"\"B\")"), "'IT'S' 'A\"B'");
}

TEST(FortranFormatTest, GroupsSlashesColonsAndControl) {
  EXPECT_EQ(Parsed("(I3,2(I4,:,1X),/,3/,T10,TL2,TR3,SP,SS,S,BN,BZ,-1P,X)"),
            "I3 2*(I4 : X1) / 3*/ T10 TL2 TR3 SP SS S BN BZ P-1 X1");
}

TEST(FortranFormatTest, CommasMayBeLeftOutAfterScaleSlashAndColon) {
  EXPECT_EQ(Parsed("(1PE12.5,I2/I3:I4)"), "P1 E12.5 I2 / I3 : I4");
}

TEST(FortranFormatTest, ReversionGoesToTheLastOutermostGroup) {
  ParsedFormat parsed = ParseFormat("(I3,(I4,I5),2(F3.1))");
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(parsed.format.reversion, 2u);
  EXPECT_TRUE(parsed.format.has_data);
  ParsedFormat no_group = ParseFormat("(I3,I4)");
  EXPECT_EQ(no_group.format.reversion, 0u);
  EXPECT_FALSE(ParseFormat("('ONLY TEXT')").format.has_data);
}

TEST(FortranFormatTest, ErrorsSayWhereTheFormatWentWrong) {
  EXPECT_EQ(Parsed("I5"), "error at 0: a format begins with '('");
  EXPECT_EQ(Parsed("(I5"), "error at 3: the format has no closing ')'");
  EXPECT_EQ(Parsed("(I5 I6)"), "error at 4: a comma is missing between format items");
  EXPECT_EQ(Parsed("(F8)"), "error at 3: Fw.d needs its digits (.d)");
  EXPECT_EQ(Parsed("(5HAB)"), "error at 3: the Hollerith constant runs past the end of the format");
  EXPECT_EQ(Parsed("('AB)"), "error at 5: a character string in the format is not closed");
  EXPECT_EQ(Parsed("(Q5)"), "error at 1: 'Q' is not an edit descriptor remint knows");
  EXPECT_EQ(Parsed("(-2I5)"), "error at 3: only a scale factor (kP) takes a sign");
  EXPECT_EQ(Parsed("(0I5)"), "error at 2: a repeat count must be positive");
  EXPECT_EQ(Parsed("(2SP)"), "error at 1: this edit descriptor takes no repeat count");
  EXPECT_EQ(Parsed("(E0.3)"), "error at 5: E needs a positive width");
}

}  // namespace
}  // namespace cobrt::fortran
