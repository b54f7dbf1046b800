#include "frontends/cobol/parse/comment_entries.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/cobol_parse/parse_test_support.h"

namespace remint::cobol {
namespace {

TEST(CommentEntriesTest, BlanksEntriesAndKeepsOffsets) {
  std::string text =
      "IDENTIFICATION DIVISION.\n"
      "PROGRAM-ID. P.\n"
      "AUTHOR. O'NEILL \"QUOTES.\n"
      "    MORE TEXT. MOVE.\n"
      "DATE-WRITTEN.\n"
      "ENVIRONMENT DIVISION.\n";
  std::string blanked = text;
  BlankCommentEntries(blanked, /*area_a=*/false);
  EXPECT_EQ(blanked,
            "IDENTIFICATION DIVISION.\n"
            "PROGRAM-ID. P.\n"
            "AUTHOR.                 \n" +
                std::string(20, ' ') +
                "\n"
                "DATE-WRITTEN.\n"
                "ENVIRONMENT DIVISION.\n");
  EXPECT_EQ(blanked.size(), text.size());
}

TEST(CommentEntriesTest, FixedFormatEntriesEndOnlyAtAreaA) {
  // Fixed format: each line starts at column 8. Division headers in Area B are still comment.
  std::string text =
      "IDENTIFICATION DIVISION.\n"
      "PROGRAM-ID. P.\n"
      "SECURITY.\n"
      "    NONE.\n"
      "    PROCEDURE DIVISION BUILDS NOTHING.\n"
      "ENVIRONMENT DIVISION.\n";
  std::string blanked = text;
  BlankCommentEntries(blanked, /*area_a=*/true);
  EXPECT_EQ(blanked,
            "IDENTIFICATION DIVISION.\n"
            "PROGRAM-ID. P.\n"
            "SECURITY.\n"
            "         \n"
            "                                      \n"
            "ENVIRONMENT DIVISION.\n");
}

TEST(CommentEntriesTest, FreeFormatEntriesEndAtHeaders) {
  std::string text =
      "ID DIVISION.\nPROGRAM-ID. P.\nAUTHOR. ME.\n  DATA IS NOT A HEADER HERE.\n"
      "  DATA DIVISION.\n";
  std::string blanked = text;
  BlankCommentEntries(blanked, /*area_a=*/false);
  EXPECT_EQ(blanked, "ID DIVISION.\nPROGRAM-ID. P.\nAUTHOR.    \n" + std::string(28, ' ') +
                         "\n  DATA DIVISION.\n");
}

TEST(CommentEntriesTest, LeavesOtherDivisionsAlone) {
  // AUTHOR-like words outside the identification division are program text.
  std::string text = "DATA DIVISION.\nSECURITY-CODE PIC X.\nPROCEDURE DIVISION.\nREMARKS.\n";
  std::string blanked = text;
  BlankCommentEntries(blanked, /*area_a=*/false);
  EXPECT_EQ(blanked, text);
}

// After blanking, the parser sees each paragraph header alone, whatever its entry held:
// statements, a period, a division keyword in mid-line, an unclosed literal.
TEST(CommentEntriesTest, OnlyTheHeadersReachTheParser) {
  testing::ParseResult result = testing::ParseFreeFormat(
      "IDENTIFICATION DIVISION.\n"
      "PROGRAM-ID. P.\n"
      "AUTHOR. MOVE A TO B. IF X\n"
      "  STOP RUN. \"UNCLOSED\n"
      "INSTALLATION.\n"
      "DATE-WRITTEN. 1 JAN 1990.\n"
      "SECURITY. NONE. PROCEDURE DIVISION IS NOT HERE.\n"
      "PROCEDURE DIVISION.\n"
      "    DISPLAY 'X'.\n");
  ASSERT_EQ(result.error_count(), 0u) << result.messages();
  EXPECT_EQ(
      testing::Shapes(result, "identificationParagraph"),
      (std::vector<std::string>{
          "(identificationParagraph AUTHOR .)", "(identificationParagraph INSTALLATION .)",
          "(identificationParagraph DATE-WRITTEN .)", "(identificationParagraph SECURITY .)"}));
  EXPECT_EQ(testing::StatementShapes(result),
            (std::vector<std::string>{"(displayStatement DISPLAY 'X')"}));
}

}  // namespace
}  // namespace remint::cobol
