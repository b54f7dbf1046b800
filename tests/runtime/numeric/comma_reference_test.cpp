// DECIMAL-POINT IS COMMA against cobc: pretty DISPLAY forms with ',' as the point, numeric-edited
// moves and de-editing with the PICTURE's roles of '.' and ',' swapped, and alphanumeric text
// scanned with ',' as the point. One generated program (it needs SPECIAL-NAMES, so it is built
// here rather than by FamilyProgram), compared line by line.
#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "base/error_or.h"
#include "runtime/edit/display.h"
#include "runtime/edit/edited.h"
#include "runtime/edit/move.h"
#include "runtime/storage/store.h"
#include "tests/runtime/numeric/numeric_reference.h"
#include "tests/support/availability.h"
#include "tests/support/cobc_run.h"

namespace remint::testing {
namespace {

using Source = cobrt::Zoned<7, 2, cobrt::ZonedSign::kTrailing>;  // S9(5)V99
using Target = cobrt::Zoned<6, 3, cobrt::ZonedSign::kTrailing>;  // S9(3)V999

struct Picture {
  const char* text;
  std::vector<cobrt::EditSymbol> symbols;
};

auto Pictures() -> std::vector<Picture> {
  return {
      {"ZZ.ZZ9,99", {{'Z', 2}, {'.', 1}, {'Z', 2}, {'9', 1}, {',', 1}, {'9', 2}}},
      {"---.--9,99", {{'-', 3}, {'.', 1}, {'-', 2}, {'9', 1}, {',', 1}, {'9', 2}}},
      {"$$$.$$9,99CR", {{'$', 3}, {'.', 1}, {'$', 2}, {'9', 1}, {',', 1}, {'9', 2}, {'C', 1}}},
      {"**.**9,99", {{'*', 2}, {'.', 1}, {'*', 2}, {'9', 1}, {',', 1}, {'9', 2}}},
  };
}

TEST(CommaReferenceTest, DecimalPointIsCommaAsCobc) {
  REMINT_REQUIRE_OR_SKIP(CobcInstalled(), "cobc not found in PATH");
  std::vector<Picture> pictures = Pictures();
  std::string program =
      "IDENTIFICATION DIVISION.\nPROGRAM-ID. COMMAS.\nENVIRONMENT DIVISION.\n"
      "CONFIGURATION SECTION.\nSPECIAL-NAMES. DECIMAL-POINT IS COMMA.\nDATA DIVISION.\n"
      "WORKING-STORAGE SECTION.\n01 S PIC S9(5)V99.\n01 T PIC S9(3)V999.\n"
      "01 T-X REDEFINES T PIC X(6).\n01 X PIC X(8).\n";
  for (size_t p = 0; p < pictures.size(); ++p) {
    program += "01 E" + std::to_string(p) + " PIC " + pictures[p].text + ".\n";
  }
  program += "PROCEDURE DIVISION.\n";
  std::string expected;
  std::mt19937_64 random(909);
  static const char kChars[] = "0123456789012345678901234567890123456789 ,.-+";
  for (int c = 0; c < 300; ++c) {
    auto index = static_cast<size_t>(c);
    std::string line = CaseLabel(index);
    std::string literal = NumericLiteral(RandomMantissa(random, 7, true), 2);
    for (char& ch : literal) ch = ch == '.' ? ',' : ch;
    uint8_t source[Source::kSize];
    cobrt::Store<Source>(source, cobrt::Fixed<38, 2>{0});
    size_t p = random() % pictures.size();
    cobrt::EditedPicture picture{pictures[p].symbols.data(), pictures[p].symbols.size()};
    std::string text(8, ' ');
    for (char& ch : text) ch = kChars[random() % (sizeof kChars - 1)];
    program += "DISPLAY \"" + line + "\" NO ADVANCING\nMOVE " + literal +
               " TO S\nDISPLAY S \"|\" NO ADVANCING\nMOVE S TO E" + std::to_string(p) + "\nMOVE E" +
               std::to_string(p) + " TO T\nDISPLAY E" + std::to_string(p) +
               " \"|\" T-X \"|\" NO ADVANCING\nMOVE \"" + text +
               "\" TO X\nMOVE X TO T\nDISPLAY T-X\n";
    // cobrt's side: the literal's value, then each step.
    std::string digits;
    bool negative = literal[0] == '-';
    for (char ch : literal) {
      if (ch >= '0' && ch <= '9') digits += ch;
    }
    cobrt::Int128 mantissa = 0;
    for (char ch : digits) mantissa = mantissa * 10 + (ch - '0');
    cobrt::Store<Source>(source, cobrt::Fixed<38, 2>{negative ? -mantissa : mantissa});
    char shown[cobrt::DisplayFormCapacity<Source>()];
    size_t length = cobrt::DisplayForm<Source, true, ','>(source, shown);
    std::string edited(cobrt::EditedSize(picture), '?');
    cobrt::MoveToEdited<Source>(source, reinterpret_cast<uint8_t*>(edited.data()), picture, ',');
    uint8_t target[Target::kSize];
    cobrt::MoveFromEdited<Target>(reinterpret_cast<const uint8_t*>(edited.data()), picture, target,
                                  ',');
    uint8_t scanned[Target::kSize];
    cobrt::MoveAlphanumericToNumeric<Target, ','>(reinterpret_cast<const uint8_t*>(text.data()),
                                                  text.size(), scanned);
    expected += line + std::string(shown, length) + "|" + edited + "|" +
                std::string(reinterpret_cast<char*>(target), Target::kSize) + "|" +
                std::string(reinterpret_cast<char*>(scanned), Target::kSize) + "\n";
  }
  program += "STOP RUN.\n";
  CobcProgram cobol;
  cobol.name = "COMMAS";
  cobol.source = program;
  cobol.flags = {"-free"};
  ErrorOr<CobcRunOutcome> outcome = RunWithCobc(cobol, {});
  ASSERT_TRUE(outcome.ok()) << outcome.error().message();
  ASSERT_TRUE(outcome->compiled) << outcome->compile_messages;
  // Line by line, to name the first differing cases.
  std::vector<std::string> got_lines;
  std::vector<std::string> expected_lines;
  for (auto [text, lines] :
       {std::pair{&outcome->standard_output, &got_lines}, std::pair{&expected, &expected_lines}}) {
    size_t start = 0;
    for (size_t end; (end = text->find('\n', start)) != std::string::npos; start = end + 1) {
      lines->push_back(text->substr(start, end - start));
    }
  }
  ASSERT_EQ(got_lines.size(), expected_lines.size());
  int failures = 0;
  for (size_t i = 0; i < got_lines.size(); ++i) {
    if (got_lines[i] != expected_lines[i] && failures++ < 10) {
      ADD_FAILURE() << "cobc:  " << Escaped(got_lines[i])
                    << "\ncobrt: " << Escaped(expected_lines[i]);
    }
  }
  EXPECT_EQ(failures, 0);
  RecordProperty("cases", static_cast<int>(got_lines.size()));
}

}  // namespace
}  // namespace remint::testing
