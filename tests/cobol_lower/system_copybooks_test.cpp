// The copybooks remint supplies for CICS and Db2 programs lower to the layouts IBM documents:
// the EXEC interface block as the DFHEIBLK data area gives its offsets (CICS TS), the SQLCA as
// Db2 12 for z/OS declares it for COBOL (136 bytes), DFHAID and DFHBMSCA in the order and with
// the values of IBM's copybooks (CICS TS), the SQLDA as Db2 for z/OS's COBOL samples declare it,
// the DL/I interface block as IMS documents it.
#include <gtest/gtest.h>

#include <string>
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

// The DIB as IMS documents it for COBOL: DIBVER X(2), DIBSTAT X(2), DIBSEGM X(8), two 1-byte
// fillers, DIBSEGLV X(2), DIBKFBL S9(4) COMP, DIBDBDNM X(8), DIBDBORG X(8), DIBFIL03 X(6).
TEST(SystemCopybookTest, DliInterfaceBlockHasTheDocumentedLayout) {
  LowerResult result = LowerFreeFormat(
      "IDENTIFICATION DIVISION.\nPROGRAM-ID. DIBTEST.\nDATA DIVISION.\n"
      "WORKING-STORAGE SECTION.\n01 ROOT-AREA PIC X(40).\nPROCEDURE DIVISION.\n"
      "    EXEC DLI GU USING PCB(1) SEGMENT(ROOT) INTO(ROOT-AREA) END-EXEC\n"
      "    IF DIBSTAT NOT = SPACES DISPLAY DIBSEGM END-IF.\n");
  EXPECT_EQ(result.error_count(), 0u) << result.messages();
  ExpectLayout(result, {{"DLZDIB", 0, 40},
                        {"DIBVER", 0, 2},
                        {"DIBSTAT", 2, 2},
                        {"DIBSEGM", 4, 8},
                        {"DIBFIL01", 12, 1},
                        {"DIBFIL02", 13, 1},
                        {"DIBSEGLV", 14, 2},
                        {"DIBKFBL", 16, 2},
                        {"DIBDBDNM", 18, 8},
                        {"DIBDBORG", 26, 8},
                        {"DIBFIL03", 34, 6}});
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

// The bytes of the field's VALUE literal; "<none>" when it has no alphanumeric VALUE.
auto ValueBytes(const LowerResult& result, const char* name) -> std::string {
  const ir::Field& field = result.FieldNamed(name);
  const ir::ExpressionArena& expressions = result.module.expressions();
  if (!field.initial_value.is_valid() ||
      !expressions.Is<ir::StringLiteralExpression>(field.initial_value)) {
    return "<none>";
  }
  return std::string(
      result.module.str(expressions.Get<ir::StringLiteralExpression>(field.initial_value).value));
}

// The digits of the field's numeric VALUE; "<none>" when it has none.
auto NumericValue(const LowerResult& result, const char* name) -> std::string {
  const ir::Field& field = result.FieldNamed(name);
  const ir::ExpressionArena& expressions = result.module.expressions();
  if (!field.initial_value.is_valid() ||
      !expressions.Is<ir::NumericLiteralExpression>(field.initial_value)) {
    return "<none>";
  }
  return std::string(
      result.module.str(expressions.Get<ir::NumericLiteralExpression>(field.initial_value).digits));
}

auto FileOf(const LowerResult& result, const char* name) -> std::string {
  return result.sources->file(result.FieldNamed(name).loc.file).path;
}

TEST(SystemCopybookTest, DfhaidHoldsEveryAttentionIdentifierInIbmsOrder) {
  LowerResult result = LowerFreeFormat(
      "IDENTIFICATION DIVISION.\nPROGRAM-ID. AIDTEST.\nDATA DIVISION.\n"
      "WORKING-STORAGE SECTION.\nCOPY DFHAID.\nPROCEDURE DIVISION.\n"
      "    IF EIBAID = DFHPF3 OR EIBAID = DFHCLEAR\n"
      "      EXEC CICS RETURN END-EXEC\n    END-IF.\n");
  EXPECT_EQ(result.error_count(), 0u) << result.messages();
  EXPECT_EQ(FileOf(result, "DFHPF3"), "<remint>/DFHAID");
  // IBM's characters, as the program's (ASCII) literals: DFHPF1 '1' is X'31' here as X'F1' is
  // in EBCDIC. DFHCLRP and DFHPF22 (EBCDIC broken bar X'6A' and cent sign X'4A') are the
  // ISO-8859-1 codes of those characters.
  const std::vector<std::pair<const char*, std::string>> aids = {
      {"DFHNULL", std::string(1, '\0')},
      {"DFHENTER", "'"},
      {"DFHCLEAR", "_"},
      {"DFHCLRP", "\xA6"},
      {"DFHPEN", "="},
      {"DFHOPID", "W"},
      {"DFHMSRE", "X"},
      {"DFHSTRF", "h"},
      {"DFHTRIG", "\""},
      {"DFHPA1", "%"},
      {"DFHPA2", ">"},
      {"DFHPA3", ","},
      {"DFHPF1", "1"},
      {"DFHPF2", "2"},
      {"DFHPF3", "3"},
      {"DFHPF4", "4"},
      {"DFHPF5", "5"},
      {"DFHPF6", "6"},
      {"DFHPF7", "7"},
      {"DFHPF8", "8"},
      {"DFHPF9", "9"},
      {"DFHPF10", ":"},
      {"DFHPF11", "#"},
      {"DFHPF12", "@"},
      {"DFHPF13", "A"},
      {"DFHPF14", "B"},
      {"DFHPF15", "C"},
      {"DFHPF16", "D"},
      {"DFHPF17", "E"},
      {"DFHPF18", "F"},
      {"DFHPF19", "G"},
      {"DFHPF20", "H"},
      {"DFHPF21", "I"},
      {"DFHPF22", "\xA2"},
      {"DFHPF23", "."},
      {"DFHPF24", "<"},
  };
  ExpectLayout(result, {{"DFHAID", 0, aids.size()}});
  for (size_t i = 0; i < aids.size(); ++i) {
    const auto& [name, value] = aids[i];
    const ir::Field& field = result.FieldNamed(name);
    EXPECT_EQ(field.offset, i) << name;
    EXPECT_EQ(field.size, 1u) << name;
    EXPECT_EQ(ValueBytes(result, name), value) << name;
  }
}

TEST(SystemCopybookTest, DfhbmscaHasIbmsLayoutAndValues) {
  LowerResult result = LowerFreeFormat(
      "IDENTIFICATION DIVISION.\nPROGRAM-ID. BMSTEST.\nDATA DIVISION.\n"
      "WORKING-STORAGE SECTION.\n01 ATTR PIC X.\nCOPY DFHBMSCA.\nPROCEDURE DIVISION.\n"
      "    MOVE DFHBMPRF TO ATTR\n    IF DFHERASE OR DFHCURSR MOVE DFHBMASK TO ATTR END-IF.\n");
  EXPECT_EQ(result.error_count(), 0u) << result.messages();
  EXPECT_EQ(FileOf(result, "DFHBMASK"), "<remint>/DFHBMSCA");
  struct Constant {
    const char* name;
    uint64_t offset;
    uint64_t size;
    std::string value;  // the VALUE's bytes; "<none>" for an item without one
  };
  // Characters as IBM writes them ('0' for autoskip is X'F0' in EBCDIC, X'30' here).
  const std::vector<Constant> constants = {
      {"DFHBMPEM", 0, 1, "\x19"},
      {"DFHBMPNL", 1, 1, "\x15"},
      {"DFHBMPFF", 2, 1, "\x0C"},
      {"DFHBMPCR", 3, 1, "\x0D"},
      {"DFHBMASK", 4, 1, "0"},
      {"DFHBMUNP", 5, 1, " "},
      {"DFHBMUNN", 6, 1, "&"},
      {"DFHBMPRO", 7, 1, "-"},
      {"DFHBMBRY", 8, 1, "H"},
      {"DFHBMDAR", 9, 1, "<"},
      {"DFHBMFSE", 10, 1, "A"},
      {"DFHBMPRF", 11, 1, "/"},
      {"DFHBMASF", 12, 1, "1"},
      {"DFHBMASB", 13, 1, "8"},
      {"DFHBMEOF", 14, 1, "\x80"},
      {"DFHBMCUR", 15, 1, "\x02"},
      {"DFHBMEC", 16, 1, "\x82"},
      {"DFHBMFLG", 17, 1, "<none>"},
      {"DFHBMDET", 18, 1, "\xFF"},
      {"DFHBMPSO-BIN", 19, 2, "<none>"},
      {"DFHBMPSO", 19, 1, "<none>"},
      {"DFHBMPSI", 20, 1, "<none>"},
      {"DFHSA", 21, 1, "\x28"},
      {"DFHCOLOR", 22, 1, "\x42"},
      {"DFHPS", 23, 1, "\x43"},
      {"DFHHLT", 24, 1, "\x41"},
      {"DFH3270", 25, 1, "\xC0"},
      {"DFHVAL", 26, 1, "A"},
      {"DFHOUTLN", 27, 1, "B"},
      {"DFHBKTRN", 28, 1, "\x46"},
      {"DFHALL", 29, 1, std::string(1, '\0')},
      {"DFHERROR", 30, 1, "\x3F"},
      {"DFHDFT", 31, 1, "\xFF"},
      {"DFHDFCOL", 32, 1, std::string(1, '\0')},
      {"DFHBLUE", 33, 1, "1"},
      {"DFHRED", 34, 1, "2"},
      {"DFHPINK", 35, 1, "3"},
      {"DFHGREEN", 36, 1, "4"},
      {"DFHTURQ", 37, 1, "5"},
      {"DFHYELLO", 38, 1, "6"},
      {"DFHNEUTR", 39, 1, "7"},
      {"DFHBASE", 40, 1, std::string(1, '\0')},
      {"DFHDFHI", 41, 1, std::string(1, '\0')},
      {"DFHBLINK", 42, 1, "1"},
      {"DFHREVRS", 43, 1, "2"},
      {"DFHUNDLN", 44, 1, "4"},
      {"DFHMFIL", 45, 1, "\x04"},
      {"DFHMENT", 46, 1, "\x02"},
      {"DFHMFE", 47, 1, "\x06"},
      {"DFHUNNOD", 48, 1, "("},
      {"DFHUNIMD", 49, 1, "I"},
      {"DFHUNNUM", 50, 1, "J"},
      {"DFHUNNUB", 51, 1, "Q"},
      {"DFHUNINT", 52, 1, "R"},
      {"DFHUNNON", 53, 1, ")"},
      {"DFHPROTI", 54, 1, "Y"},
      {"DFHPROTN", 55, 1, "%"},
      {"DFHMT", 56, 1, "\x01"},
      {"DFHMFT", 57, 1, "\x05"},
      {"DFHMET", 58, 1, "\x03"},
      {"DFHMFET", 59, 1, "\x07"},
      {"DFHDFFR", 60, 1, std::string(1, '\0')},
      {"DFHLEFT", 61, 1, "\x08"},
      {"DFHOVER", 62, 1, "\x04"},
      {"DFHRIGHT", 63, 1, "\x02"},
      {"DFHUNDER", 64, 1, "\x01"},
      {"DFHBOX-BIN", 65, 2, "<none>"},
      {"DFHBOX", 66, 1, "<none>"},
      {"DFHSOSI", 67, 1, "\x01"},
      {"DFHTRANS", 68, 1, "0"},
      {"DFHOPAQ", 69, 1, "\xFF"},
  };
  ExpectLayout(result, {{"DFHBMSCA", 0, 70}});
  for (const Constant& constant : constants) {
    const ir::Field& field = result.FieldNamed(constant.name);
    EXPECT_EQ(field.offset, constant.offset) << constant.name;
    EXPECT_EQ(field.size, constant.size) << constant.name;
    EXPECT_EQ(ValueBytes(result, constant.name), constant.value) << constant.name;
  }
  // The shift-out/shift-in pair and DFHBOX are bytes of binary halfwords: X'0E0F' and X'000F'.
  EXPECT_EQ(NumericValue(result, "DFHBMPSO-BIN"), "3599");
  EXPECT_EQ(NumericValue(result, "DFHBOX-BIN"), "15");
  EXPECT_EQ(result.FieldNamed("DFHBMFLG").condition_names.size(), 2u);
}

TEST(SystemCopybookTest, SqldaHasTheLayoutOfDb2sCobolDeclaration) {
  LowerResult result = LowerFreeFormat(
      "IDENTIFICATION DIVISION.\nPROGRAM-ID. SQLDATST.\nDATA DIVISION.\n"
      "WORKING-STORAGE SECTION.\n01 HV PIC X(10).\nEXEC SQL INCLUDE SQLDA END-EXEC.\n"
      "PROCEDURE DIVISION.\n    MOVE 1 TO SQLN\n"
      "    SET SQLDATA(1) TO ADDRESS OF HV\n    MOVE SQLTYPE(1) TO SQLD.\n");
  EXPECT_EQ(result.error_count(), 0u) << result.messages();
  EXPECT_EQ(FileOf(result, "SQLDAID"), "<remint>/SQLDA");
  // z/OS pointers are 4 bytes: an entry of 44 (SQLDABC = 16 + 44 x SQLN). remint's runtime
  // keeps 8-byte pointers, and only SQLIND and SQLNAME move with the pointer size.
  const uint64_t pointer = StorageSizeOptionsFor(LowerOptions{}.dialect).pointer_bytes;
  const uint64_t entry = 2 + 2 + pointer + pointer + 2 + 30;
  ExpectLayout(result, {{"SQLDA", 0, 16 + 750 * entry},
                        {"SQLDAID", 0, 8},
                        {"SQLDABC", 8, 4},
                        {"SQLN", 12, 2},
                        {"SQLD", 14, 2},
                        {"SQLVAR", 16, entry},
                        {"SQLTYPE", 16, 2},
                        {"SQLLEN", 18, 2},
                        {"SQLDATA", 20, pointer},
                        {"SQLIND", 20 + pointer, pointer},
                        {"SQLNAME", 20 + 2 * pointer, 32},
                        {"SQLNAMEL", 20 + 2 * pointer, 2},
                        {"SQLNAMEC", 22 + 2 * pointer, 30}});
  const ir::Field& sqlvar = result.FieldNamed("SQLVAR");
  ASSERT_TRUE(sqlvar.array.has_value());
  ASSERT_EQ(sqlvar.array->dimensions.size(), 1u);
  EXPECT_EQ(sqlvar.array->dimensions[0].minimum, 1);
  EXPECT_EQ(sqlvar.array->dimensions[0].upper, 750);
  const ir::Field& sqln = result.FieldNamed("SQLN");
  EXPECT_EQ(result.module.str(result.module.field(sqlvar.array->dimensions[0].depending_on).name),
            result.module.str(sqln.name));
  EXPECT_EQ(ValueBytes(result, "SQLDAID"), "SQLDA");
  EXPECT_EQ(NumericValue(result, "SQLDABC"), "33016");
  EXPECT_EQ(NumericValue(result, "SQLN"), "750");
}

}  // namespace
}  // namespace remint::cobol::testing
