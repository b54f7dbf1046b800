// The copybooks remint supplies for CICS and Db2 programs lower to the layouts IBM documents:
// the EXEC interface block as the DFHEIBLK data area gives its offsets (CICS TS), the SQLCA as
// Db2 12 for z/OS declares it for COBOL (136 bytes).
#include <gtest/gtest.h>

#include <tuple>
#include <vector>

#include "tests/cobol_lower/lower_test_support.h"

namespace remint::cobol::testing {
namespace {

using Layout = std::vector<std::tuple<const char*, uint64_t, uint64_t>>;  // name, offset, size

void ExpectLayout(const LowerResult& result, const Layout& layout) {
  for (const auto& [name, offset, size] : layout) {
    const ir::Field& field = result.FieldNamed(name);
    EXPECT_EQ(field.offset, offset) << name;
    EXPECT_EQ(field.size, size) << name;
  }
}

TEST(SystemCopybookTest, ExecInterfaceBlockHasTheDocumentedOffsets) {
  LowerResult result = LowerFreeFormat(
      "IDENTIFICATION DIVISION.\nPROGRAM-ID. EIBTEST.\nPROCEDURE DIVISION.\n"
      "    IF EIBCALEN = 0 AND EIBRESP = DFHRESP(NORMAL)\n"
      "      EXEC CICS RETURN END-EXEC\n    END-IF.\n");
  EXPECT_EQ(result.error_count(), 0u) << result.messages();
  ExpectLayout(result,
               {{"DFHEIBLK", 0, 85}, {"EIBTIME", 0, 4},   {"EIBDATE", 4, 4},   {"EIBTRNID", 8, 4},
                {"EIBTASKN", 12, 4}, {"EIBTRMID", 16, 4}, {"EIBCPOSN", 22, 2}, {"EIBCALEN", 24, 2},
                {"EIBAID", 26, 1},   {"EIBFN", 27, 2},    {"EIBRCODE", 29, 6}, {"EIBDS", 35, 8},
                {"EIBREQID", 43, 8}, {"EIBRSRCE", 51, 8}, {"EIBSYNC", 59, 1},  {"EIBFREE", 60, 1},
                {"EIBRECV", 61, 1},  {"EIBATT", 63, 1},   {"EIBEOC", 64, 1},   {"EIBFMH", 65, 1},
                {"EIBCOMPL", 66, 1}, {"EIBSIG", 67, 1},   {"EIBCONF", 68, 1},  {"EIBERR", 69, 1},
                {"EIBERRCD", 70, 4}, {"EIBSYNRB", 74, 1}, {"EIBNODAT", 75, 1}, {"EIBRESP", 76, 4},
                {"EIBRESP2", 80, 4}, {"EIBRLDBK", 84, 1}});
}

TEST(SystemCopybookTest, SqlcaHasTheDocumentedLayout) {
  LowerResult result = LowerFreeFormat(
      "IDENTIFICATION DIVISION.\nPROGRAM-ID. SQLTEST.\nDATA DIVISION.\n"
      "WORKING-STORAGE SECTION.\nEXEC SQL INCLUDE SQLCA END-EXEC.\n01 N PIC S9(9).\n"
      "PROCEDURE DIVISION.\n    MOVE SQLCODE TO N\n    MOVE SQLERRD(3) TO N.\n");
  EXPECT_EQ(result.error_count(), 0u) << result.messages();
  ExpectLayout(result, {{"SQLCA", 0, 136},
                        {"SQLCAID", 0, 8},
                        {"SQLCABC", 8, 4},
                        {"SQLCODE", 12, 4},
                        {"SQLERRM", 16, 72},
                        {"SQLERRML", 16, 2},
                        {"SQLERRMC", 18, 70},
                        {"SQLERRP", 88, 8},
                        {"SQLERRD", 96, 4},
                        {"SQLWARN", 120, 8},
                        {"SQLWARN0", 120, 1},
                        {"SQLWARN7", 127, 1},
                        {"SQLEXT", 128, 8},
                        {"SQLWARN8", 128, 1},
                        {"SQLWARNA", 130, 1},
                        {"SQLSTATE", 131, 5}});
}

}  // namespace
}  // namespace remint::cobol::testing
