// Data division lowering: units, storage blocks, byte-exact sizes for every USAGE and PICTURE
// form, REDEFINES, RENAMES, OCCURS, condition names, files, and each lowering diagnostic.
#include <gtest/gtest.h>

#include "ir/text_printer.h"
#include "tests/cobol_lower/lower_test_support.h"

namespace remint::cobol::testing {
namespace {

auto Program(const std::string& data, const std::string& procedure = "STOP RUN.") -> std::string {
  return "IDENTIFICATION DIVISION.\nPROGRAM-ID. T.\nDATA DIVISION.\nWORKING-STORAGE SECTION.\n" +
         data + "\nPROCEDURE DIVISION.\n" + procedure + "\n";
}

TEST(DataDivisionTest, UsagesHaveCobcSizes) {
  LowerResult result =
      LowerFreeFormat(Program("01 REC.\n"
                              "  05 D1 PIC S9(5)V99.\n"
                              "  05 D2 PIC S9(5) SIGN LEADING SEPARATE.\n"
                              "  05 B1 PIC S9(4) COMP.\n"
                              "  05 B2 PIC 9(9) BINARY.\n"
                              "  05 B3 PIC S9(12) COMP-4.\n"
                              "  05 P1 PIC S9(7)V99 COMP-3.\n"
                              "  05 P2 PIC 9(4) PACKED-DECIMAL.\n"
                              "  05 N1 PIC S9(2) COMP-5.\n"
                              "  05 F1 COMP-1.\n"
                              "  05 F2 COMP-2.\n"
                              "  05 I1 USAGE INDEX.\n"
                              "  05 PT USAGE POINTER.\n"
                              "  05 E1 PIC ZZ,ZZ9.99CR.\n"
                              "  05 E2 PIC XXBXX/X0.\n"
                              "  05 S1 PIC 9(3)PPP.\n"
                              "  05 A1 PIC A(4) JUSTIFIED RIGHT.\n"
                              "  05 Z1 PIC 9(4) BLANK WHEN ZERO.\n"));
  ASSERT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
  EXPECT_EQ(result.error_count(), 0u) << result.messages();
  EXPECT_EQ(result.FieldNamed("D1").size, 7u);
  EXPECT_EQ(result.FieldNamed("D2").size, 6u);
  EXPECT_EQ(result.FieldNamed("B1").size, 2u);
  EXPECT_EQ(result.FieldNamed("B2").size, 4u);
  EXPECT_EQ(result.FieldNamed("B3").size, 8u);
  EXPECT_EQ(result.FieldNamed("P1").size, 5u);
  EXPECT_EQ(result.FieldNamed("P2").size, 3u);
  EXPECT_EQ(result.FieldNamed("N1").size, 1u);
  EXPECT_EQ(result.FieldNamed("F1").size, 4u);
  EXPECT_EQ(result.FieldNamed("F2").size, 8u);
  EXPECT_EQ(result.FieldNamed("I1").size, 4u);
  EXPECT_EQ(result.FieldNamed("PT").size, 8u);
  EXPECT_EQ(result.FieldNamed("E1").size, 11u);
  EXPECT_EQ(result.FieldNamed("E2").size, 8u);
  EXPECT_EQ(result.FieldNamed("S1").size, 3u);
  EXPECT_EQ(result.FieldNamed("A1").size, 4u);
  EXPECT_TRUE(result.FieldNamed("Z1").blank_when_zero);
  EXPECT_EQ(result.FieldNamed("REC").size,
            7u + 6 + 2 + 4 + 8 + 5 + 3 + 1 + 4 + 8 + 4 + 8 + 11 + 8 + 3 + 4 + 4);
  EXPECT_EQ(result.FieldNamed("B2").offset, 15u);
}

TEST(DataDivisionTest, IbmDialectUsesTwoFourEightBinarySizes) {
  LowerOptions ibm;
  ibm.dialect = CobolDialect::kIbm;
  LowerResult result =
      LowerFreeFormat(Program("01 B1 PIC S9(2) COMP.\n01 B2 PIC 9(2) COMP-5.\n"), ibm);
  ASSERT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
  EXPECT_EQ(result.FieldNamed("B1").size, 2u);
  EXPECT_EQ(result.FieldNamed("B2").size, 1u);
}

TEST(DataDivisionTest, GroupUsageAndSignAreInherited) {
  LowerResult result = LowerFreeFormat(
      Program("01 G USAGE COMP-3 SIGN TRAILING SEPARATE.\n  05 X PIC S9(5).\n  05 Y PIC 9(3).\n"));
  ASSERT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
  EXPECT_EQ(result.FieldNamed("X").size, 3u);
  EXPECT_EQ(result.FieldNamed("G").size, 5u);
}

TEST(DataDivisionTest, RedefinesRenamesOccursAndConditions) {
  LowerResult result = LowerFreeFormat(
      Program("01 CNT PIC 9(2) VALUE 3.\n"
              "01 REC.\n"
              "  05 A PIC X(4) VALUE ALL '*'.\n"
              "  05 B REDEFINES A PIC 9(4).\n"
              "  05 FILLER PIC X(2) VALUE SPACES.\n"
              "  05 T OCCURS 1 TO 5 DEPENDING ON CNT ASCENDING KEY IS K INDEXED BY IX.\n"
              "    10 K PIC 9(3).\n"
              "    10 V PIC X(2).\n"
              "      88 V-OK VALUE 'OK' 'GO' THRU 'GZ'.\n"
              "66 R1 RENAMES A THRU T.\n"
              "01 REC2 REDEFINES REC PIC X(31).\n"));
  ASSERT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
  EXPECT_EQ(result.error_count(), 0u) << result.messages();
  const ir::Field& table = result.FieldNamed("T");
  EXPECT_EQ(table.size, 5u);
  ASSERT_TRUE(table.array.has_value());
  EXPECT_EQ(table.array->dimensions.front().upper, 5);
  EXPECT_EQ(table.array->dimensions.front().minimum, 1);
  EXPECT_TRUE(table.array->dimensions.front().depending_on.is_valid());
  EXPECT_EQ(table.array->keys.size(), 1u);
  EXPECT_EQ(table.array->indexed_by.size(), 1u);
  EXPECT_EQ(result.FieldNamed("REC").size, 31u);
  EXPECT_EQ(result.FieldNamed("R1").size, 31u);
  EXPECT_EQ(result.FieldNamed("B").offset, 0u);
  EXPECT_EQ(result.FieldNamed("V").condition_names.size(), 1u);
  EXPECT_TRUE(result.FieldNamed("A").initial_value.is_valid());
}

TEST(DataDivisionTest, FilesGetRecordBlocksAndKeys) {
  LowerResult result = LowerFreeFormat(
      "IDENTIFICATION DIVISION.\nPROGRAM-ID. F.\nENVIRONMENT DIVISION.\nINPUT-OUTPUT SECTION.\n"
      "FILE-CONTROL.\n  SELECT MASTER ASSIGN TO 'MASTER.DAT' ORGANIZATION IS INDEXED\n"
      "    ACCESS MODE IS DYNAMIC RECORD KEY IS M-KEY FILE STATUS IS WS-STAT.\n"
      "DATA DIVISION.\nFILE SECTION.\nFD MASTER.\n01 M-REC.\n  05 M-KEY PIC X(6).\n"
      "  05 M-DATA PIC X(10).\n01 M-SHORT PIC X(8).\n"
      "WORKING-STORAGE SECTION.\n01 WS-STAT PIC XX.\nPROCEDURE DIVISION.\nSTOP RUN.\n");
  ASSERT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
  EXPECT_EQ(result.error_count(), 0u) << result.messages();
  ASSERT_EQ(result.module.files().size(), 1u);
  const ir::FileDescription& file = result.module.files().Get(ir::FileDescriptionId(0));
  EXPECT_EQ(result.module.str(file.assign_name), "MASTER.DAT");
  EXPECT_EQ(file.organization, ir::FileOrganization::kIndexed);
  EXPECT_EQ(file.access, ir::AccessMode::kDynamic);
  EXPECT_TRUE(file.record_key.is_valid());
  EXPECT_TRUE(file.status.is_valid());
  EXPECT_EQ(result.module.block(file.record_block).size, 16u);
  EXPECT_EQ(result.FieldNamed("M-SHORT").view, ir::ViewKind::kRecordArea);
}

TEST(DataDivisionTest, NestedProgramsAreNestedUnits) {
  LowerResult result = LowerFreeFormat(
      "IDENTIFICATION DIVISION.\nPROGRAM-ID. OUTER.\nPROCEDURE DIVISION.\nSTOP RUN.\n"
      "IDENTIFICATION DIVISION.\nPROGRAM-ID. INNER IS COMMON.\nDATA DIVISION.\n"
      "WORKING-STORAGE SECTION.\n01 X PIC X.\nPROCEDURE DIVISION.\nGOBACK.\n"
      "END PROGRAM INNER.\nEND PROGRAM OUTER.\n");
  ASSERT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
  ASSERT_EQ(result.module.units().size(), 2u);
  const ir::Unit& inner = result.module.unit(ir::UnitId(1));
  EXPECT_EQ(result.module.str(inner.name), "INNER");
  EXPECT_EQ(inner.kind, ir::UnitKind::kNestedProgram);
  EXPECT_TRUE(inner.is_common);
  EXPECT_EQ(inner.parent, ir::UnitId(0));
}

TEST(DataDivisionTest, LocationsAreThoseOfTheFirstToken) {
  LowerResult result = LowerFreeFormat(Program("01 REC.\n   05 A PIC X.\n"));
  const ir::Field& a = result.FieldNamed("A");
  EXPECT_EQ(a.loc.line, 6u);
  EXPECT_EQ(a.loc.column, 4u);
}

TEST(DataDivisionTest, CurrencySignAndTrailingPictureCommaAreCobcs) {
  LowerResult result = LowerFreeFormat(
      "IDENTIFICATION DIVISION.\nPROGRAM-ID. C.\nENVIRONMENT DIVISION.\nCONFIGURATION SECTION.\n"
      "SPECIAL-NAMES.\n    CURRENCY \"<\".\nDATA DIVISION.\nWORKING-STORAGE SECTION.\n"
      "01 R.\n  03 FL-LESS PICTURE <(3),<<<.99.\n  03 COMMAS PIC 9,9,9,.\n"
      "PROCEDURE DIVISION.\nSTOP RUN.\n");
  ASSERT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
  EXPECT_EQ(result.error_count(), 0u) << result.messages();
  EXPECT_EQ(result.FieldNamed("FL-LESS").size, 10u);
  // cobc keeps the comma before the period in the picture: 9,9,9, is 6 characters.
  EXPECT_EQ(result.FieldNamed("COMMAS").size, 6u);
}

TEST(DataDivisionTest, UseForDebuggingDefinesDebugItem) {
  LowerResult result = LowerFreeFormat(
      "IDENTIFICATION DIVISION.\nPROGRAM-ID. D.\nDATA DIVISION.\nWORKING-STORAGE SECTION.\n"
      "01 BIG PIC X(50).\nPROCEDURE DIVISION.\nDECLARATIVES.\nDEBUG-DECL SECTION.\n"
      "    USE FOR DEBUGGING ON ALL REFERENCES OF BIG.\nEND DECLARATIVES.\n"
      "MAIN SECTION.\nP.\n    STOP RUN.\n");
  ASSERT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
  EXPECT_EQ(result.FieldNamed("DEBUG-CONTENTS").size, 50u);
  EXPECT_EQ(result.FieldNamed("DEBUG-SUB-1").size, 5u);
  EXPECT_EQ(result.FieldNamed("DEBUG-ITEM").size, 56u + 50u);
}

// --- diagnostics ---

// GnuCOBOL's usages, sizes from `cobc -std=default -fsyntax-only -t - -ftsymbols` (3.1.2; the
// same under -std=ibm and -std=mf): BINARY-CHAR/SHORT/LONG/DOUBLE 1/2/4/8 bytes signed or not,
// FLOAT-SHORT/LONG as COMP-1/COMP-2, COMP-6 (digits + 1) / 2 bytes. A run of the program
// (`cobc -x`) shows BINARY-CHAR is signed unless UNSIGNED is written (MOVE 200 displays -056).
TEST(DataDivisionTest, GnuCobolUsagesHaveCobcSizes) {
  for (CobolDialect dialect : {CobolDialect::kDefault, CobolDialect::kIbm}) {
    LowerOptions options;
    options.dialect = dialect;
    LowerResult result = LowerFreeFormat(Program("01 REC.\n"
                                                 "  05 BC USAGE BINARY-CHAR.\n"
                                                 "  05 BCU BINARY-CHAR UNSIGNED.\n"
                                                 "  05 BS BINARY-SHORT SIGNED.\n"
                                                 "  05 BL USAGE IS BINARY-LONG.\n"
                                                 "  05 BD BINARY-DOUBLE UNSIGNED.\n"
                                                 "  05 FS FLOAT-SHORT.\n"
                                                 "  05 FL FLOAT-LONG.\n"
                                                 "  05 P5 PIC 9(5) COMP-6.\n"
                                                 "  05 P6 PIC 9(6) COMPUTATIONAL-6.\n"
                                                 "  05 P7 PIC 9(5)V99 COMP-6.\n"),
                                         options);
    ASSERT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
    EXPECT_EQ(result.error_count(), 0u) << result.messages();
    EXPECT_EQ(result.FieldNamed("BC").size, 1u);
    EXPECT_EQ(result.FieldNamed("BCU").size, 1u);
    EXPECT_EQ(result.FieldNamed("BS").size, 2u);
    EXPECT_EQ(result.FieldNamed("BL").size, 4u);
    EXPECT_EQ(result.FieldNamed("BD").size, 8u);
    EXPECT_EQ(result.FieldNamed("FS").size, 4u);
    EXPECT_EQ(result.FieldNamed("FL").size, 8u);
    EXPECT_EQ(result.FieldNamed("P5").size, 3u);
    EXPECT_EQ(result.FieldNamed("P6").size, 3u);
    EXPECT_EQ(result.FieldNamed("P7").size, 4u);
    EXPECT_EQ(result.FieldNamed("REC").size, 1u + 1 + 2 + 4 + 8 + 4 + 8 + 3 + 3 + 4);
    const ir::TypeArena& types = result.module.types();
    EXPECT_TRUE(types.Get<ir::IntegerType>(result.FieldNamed("BC").type).is_signed);
    EXPECT_FALSE(types.Get<ir::IntegerType>(result.FieldNamed("BCU").type).is_signed);
    EXPECT_EQ(types.Get<ir::DecimalType>(result.FieldNamed("P5").type).encoding,
              ir::DecimalEncoding::kPackedUnsigned);
  }
}

// Level 78 and CONSTANT AS (cobc -std=default): no storage, the literal wherever the name is used.
// cobc -x: DISPLAY of a 78 VALUE 10 prints 10, of PIC 99 VALUE it 10, TBL with OCCURS it 10 bytes.
TEST(DataDivisionTest, ConstantsAreTheirLiterals) {
  LowerResult result =
      LowerFreeFormat(Program("78 MAX-ITEMS VALUE 10.\n"
                              "01 LIMIT-C CONSTANT AS 25.\n"
                              "78 ALIAS-C VALUE LIMIT-C.\n"
                              "01 TBL.\n  05 E PIC X OCCURS MAX-ITEMS.\n"
                              "  78 INNER VALUE \"A\".\n"
                              "  05 F PIC X OCCURS 1 TO ALIAS-C DEPENDING ON N.\n"
                              "01 N PIC 99 VALUE MAX-ITEMS.\n",
                              "MOVE LIMIT-C TO N.\nSTOP RUN."));
  ASSERT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
  EXPECT_EQ(result.error_count(), 0u) << result.messages();
  EXPECT_EQ(result.diagnostics.size(), 0u) << result.messages();
  EXPECT_EQ(result.FieldNamed("TBL").size, 35u);
  EXPECT_EQ(result.FieldNamed("E").array->dimensions[0].upper, 10);
  EXPECT_EQ(result.FieldNamed("F").array->dimensions[0].upper, 25);
  EXPECT_EQ(result.FieldNamed("F").parent, result.FieldNamed("E").parent);
  const std::string dump = ir::PrintModule(result.module);
  EXPECT_EQ(dump.find("MAX-ITEMS"), std::string::npos) << dump;  // no storage of its own
  EXPECT_NE(dump.find("numeric-literal digits=\"25\""), std::string::npos) << dump;
}

TEST(LowerDiagnosticsTest, UnknownConstantNameIsRM2303) {
  LowerResult result =
      LowerFreeFormat(Program("78 TEXT-C VALUE \"A\".\n"
                              "01 T.\n  05 E PIC X OCCURS TEXT-C.\n"
                              "01 N PIC 99 VALUE NO-SUCH-C.\n"));
  EXPECT_EQ(result.codes(), (std::vector<std::string>{"RM2303", "RM2303"})) << result.messages();
  EXPECT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
}

// BASED items (cobc -std=default lists them with their sizes) are not lowered yet: the IR has no
// item addressed only through a pointer. Each is reported and left out with its subordinates.
// A BASED record is a block of its own without storage until ALLOCATE; BASED below level 01 is
// RM2379 and leaves out the item, its 88s and its subordinates.
TEST(LowerDiagnosticsTest, BasedRecordsAreBlocksAndBasedBelowLevelOneIsRM2379) {
  LowerResult result =
      LowerFreeFormat(Program("01 DYN PIC X(10) BASED.\n"
                              "01 REC BASED.\n  05 R1 PIC X.\n"
                              "    88 R1-ON VALUE \"Y\".\n  05 R2 PIC X.\n"
                              "01 G.\n  05 INNER BASED.\n    10 I1 PIC X.\n  05 G2 PIC X.\n"
                              "01 AFTER-IT PIC X.\n"));
  EXPECT_EQ(result.codes(), (std::vector<std::string>{"RM2379"})) << result.messages();
  EXPECT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
  EXPECT_TRUE(result.module.block(result.FieldNamed("REC").block).is_based);
  EXPECT_EQ(result.module.block(result.FieldNamed("REC").block).size, 2u);
  EXPECT_TRUE(result.module.block(result.FieldNamed("DYN").block).is_based);
  EXPECT_FALSE(result.module.block(result.FieldNamed("AFTER-IT").block).is_based);
  const std::string dump = ir::PrintModule(result.module);
  EXPECT_EQ(dump.find("\"I1\""), std::string::npos) << dump;
  EXPECT_EQ(result.FieldNamed("G").size, 1u);
}

// cobc rejects a 78 without VALUE ("unexpected ., expecting VALUE").
TEST(LowerDiagnosticsTest, LevelSeventyEightWithoutValueIsRM2305) {
  LowerResult result = LowerFreeFormat(Program("78 NO-VALUE.\n01 A PIC X.\n"));
  EXPECT_EQ(result.codes(), std::vector<std::string>{"RM2305"}) << result.messages();
}

TEST(LowerDiagnosticsTest, BadPictureIsRM2302) {
  LowerResult result = LowerFreeFormat(Program("01 A PIC 9(.\n01 B PIC X(3).\n"));
  EXPECT_EQ(result.codes(), std::vector<std::string>{"RM2302"}) << result.messages();
  EXPECT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
}

TEST(LowerDiagnosticsTest, UnresolvedDataNameIsRM2303) {
  LowerResult result =
      LowerFreeFormat(Program("01 T.\n  05 E PIC X OCCURS 1 TO 5 DEPENDING ON NOWHERE.\n"));
  EXPECT_EQ(result.codes(), std::vector<std::string>{"RM2303"}) << result.messages();
}

TEST(LowerDiagnosticsTest, AmbiguousReferenceIsRM2304) {
  LowerResult result =
      LowerFreeFormat(Program("01 G1.\n  05 N PIC 9.\n01 G2.\n  05 N PIC 9.\n"
                              "01 T.\n  05 E PIC X OCCURS 1 TO 5 DEPENDING ON N.\n"
                              "01 U.\n  05 E2 PIC X OCCURS 1 TO 5 DEPENDING ON N OF G2.\n"));
  EXPECT_EQ(result.codes(), std::vector<std::string>{"RM2304"}) << result.messages();
}

// cobc 3.1.2 warns "alphanumeric literal has zero length; a SPACE will be assumed" and DISPLAY ""
// prints one space (checked by the emitter's equivalence test display_literals).
TEST(LowerDiagnosticsTest, EmptyLiteralIsASpaceWithWarningRM2378) {
  LowerResult result = LowerFreeFormat(Program("01 A PIC X.\n", "DISPLAY \"\".\nSTOP RUN."));
  EXPECT_EQ(result.codes(), std::vector<std::string>{"RM2378"}) << result.messages();
  EXPECT_NE(ir::PrintModule(result.module).find("string-literal value=\" \""), std::string::npos)
      << ir::PrintModule(result.module);
}

TEST(LowerDiagnosticsTest, MisplacedLevelIsRM2305) {
  LowerResult result = LowerFreeFormat(Program("88 ORPHAN VALUE 1.\n01 A PIC X.\n"));
  EXPECT_EQ(result.codes(), std::vector<std::string>{"RM2305"}) << result.messages();
}

// Sizes that used to wrap silently (issue 8, defect 3), each reported with cobc 3.1.2's limit
// and its message: "only up to 9 significant digits are permitted within parentheses",
// "numeric field cannot be larger than 38 digits" (P positions count), "binary field cannot be
// larger than 18 digits", "numeric literal '2147483648' exceeds limit '2147483647'" and
// "'G' cannot be larger than 268435456 bytes".
TEST(LowerDiagnosticsTest, PictureRepetitionsBeyondNineDigitsAreRM2302) {
  LowerResult result = LowerFreeFormat(Program(
      "01 A PIC 9(4294967297).\n01 B PIC X(18446744073709551617).\n01 C PIC X(0000000001).\n"));
  EXPECT_EQ(result.codes(), (std::vector<std::string>{"RM2302", "RM2302"})) << result.messages();
  EXPECT_NE(result.messages().find("only up to 9 significant digits"), std::string::npos);
}

TEST(LowerDiagnosticsTest, NumericDigitLimitsAreRM2302) {
  LowerResult result = LowerFreeFormat(
      Program("01 A PIC 9(39).\n01 B PIC 9(30)P(9).\n01 C PIC 9(30)P(8).\n01 D PIC S9(38).\n"
              "01 E PIC 9(19) COMP.\n01 F PIC 9(18) COMP.\n01 G PIC ZZ9(200).\n"));
  EXPECT_EQ(result.codes(), (std::vector<std::string>{"RM2302", "RM2302", "RM2302"}))
      << result.messages();
  EXPECT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
}

TEST(LowerDiagnosticsTest, ItemsOverCobcsSizeLimitAreRM2376) {
  LowerResult result =
      LowerFreeFormat(Program("01 A PIC X(268435456).\n01 B PIC X(268435457).\n"
                              "01 G. 05 H. 10 C PIC X(200000000). 10 D PIC X(200000000).\n"
                              "01 T. 05 E PIC X(2) OCCURS 999999999.\n"));
  EXPECT_EQ(result.codes(), (std::vector<std::string>{"RM2376", "RM2376", "RM2376", "RM2376"}))
      << result.messages();
  EXPECT_NE(result.messages().find("'T' cannot be larger than 268435456 bytes (cobc's item size "
                                   "limit); it takes 1999999998 bytes"),
            std::string::npos)
      << result.messages();
}

// Three nested OCCURS 999999999 over PIC X(999999999) used to give G a wrapped size and no
// error. The layout now saturates: every item over the limit is reported, and the verifier's
// backstop (RM5032) rejects the spans no size can represent.
TEST(LowerDiagnosticsTest, NestedHugeTablesSaturateAndAreReported) {
  LowerResult result =
      LowerFreeFormat(Program("01 G. 05 H OCCURS 999999999. 10 I OCCURS 999999999.\n"
                              "  15 J PIC X(999999999) OCCURS 999999999.\n"));
  EXPECT_EQ(result.codes(), (std::vector<std::string>{"RM2376", "RM2376", "RM2376", "RM2376"}))
      << result.messages();
  EXPECT_NE(result.messages().find("'G' cannot be larger than 268435456 bytes (cobc's item size "
                                   "limit); it takes more than 2^64 bytes"),
            std::string::npos)
      << result.messages();
  EXPECT_FALSE(result.verifier_diagnostics.empty()) << result.messages();
}

TEST(LowerDiagnosticsTest, OccursBeyondInt32IsRM2377) {
  LowerResult result =
      LowerFreeFormat(Program("01 T. 05 E PIC X OCCURS 2147483648.\n"
                              "01 U. 05 F PIC X OCCURS 99999999999999999999.\n"));
  EXPECT_EQ(result.codes(), (std::vector<std::string>{"RM2376", "RM2377", "RM2376", "RM2377"}))
      << result.messages();
  EXPECT_NE(result.messages().find("numeric literal '2147483648' exceeds limit '2147483647'"),
            std::string::npos);
}

// Found by a hand-written probe while fuzzing: lowered with no error and the IR verifier rejected
// the module (RM5010). cobc 3.1.2 rejects OCCURS 5 TO 2; it accepts OCCURS 0 TIMES (a table of no
// bytes) and OCCURS 0 TO 3.
TEST(LowerDiagnosticsTest, ReversedOccursRangeIsRM2372) {
  LowerResult result =
      LowerFreeFormat(Program("01 N PIC 9.\n01 T.\n  05 E PIC X OCCURS 0 TIMES.\n"
                              "  05 F PIC X OCCURS 5 TO 2 TIMES DEPENDING ON N.\n"
                              "  05 G PIC X OCCURS 0 TO 3 TIMES DEPENDING ON N.\n"));
  EXPECT_EQ(result.codes(), (std::vector<std::string>{"RM2372"})) << result.messages();
  EXPECT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
}

// cobc 3.1.2 reports each of these literal subscripts ("subscript of 'E' out of bounds: 0"),
// checking every subscript against its own dimension and an OCCURS DEPENDING ON table against
// its maximum; E(5), F(5) and H(3 2) are accepted. (A statement stops at its first operand that
// is not lowered, so each reference has its own.)
TEST(LowerDiagnosticsTest, LiteralSubscriptOutsideItsDimensionIsRM2375) {
  LowerResult result = LowerFreeFormat(
      Program("01 N PIC 9 VALUE 3.\n01 T. 05 E PIC X OCCURS 5 TIMES.\n"
              "01 U. 05 F PIC X OCCURS 1 TO 5 TIMES DEPENDING ON N.\n"
              "01 V. 05 G OCCURS 3. 10 H PIC X OCCURS 2.\n"
              "01 Z. 05 Y PIC X OCCURS 0 TIMES. 88 Y-SET VALUE 'Y'.\n",
              "DISPLAY E(0). DISPLAY E(6). DISPLAY E(5). DISPLAY F(6). DISPLAY F(5).\n"
              "DISPLAY H(4, 1). DISPLAY H(1, 3). DISPLAY H(3 2).\n"
              "IF Y-SET(1) CONTINUE. DISPLAY Y(1).\n"));
  EXPECT_EQ(result.codes(), (std::vector<std::string>{"RM2375", "RM2375", "RM2375", "RM2375",
                                                      "RM2375", "RM2375", "RM2375"}))
      << result.messages();
}

// Found by a hand-written probe while fuzzing: lowered with no error and the IR verifier
// rejected the module (RM5009).
TEST(LowerDiagnosticsTest, RenamesThruAnEarlierItemIsRM2373) {
  LowerResult result = LowerFreeFormat(Program(
      "01 R.\n  05 A PIC X.\n  05 B PIC X.\n66 C RENAMES B THRU A.\n66 D RENAMES A THRU B.\n"));
  EXPECT_EQ(result.codes(), std::vector<std::string>{"RM2373"}) << result.messages();
  EXPECT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
}

// Found by hand-written probes while fuzzing: each lowered with no error and the IR verifier
// rejected the module (RM5010).
TEST(LowerDiagnosticsTest, AlphanumericDependingOnOrKeyOutsideTheTableIsRM2374) {
  LowerResult result = LowerFreeFormat(
      Program("01 N PIC X.\n01 K PIC X.\n01 T.\n  05 E PIC X OCCURS 1 TO 5 DEPENDING ON N.\n"
              "01 U.\n  05 F OCCURS 5 ASCENDING KEY K INDEXED BY I.\n    10 G PIC X.\n"
              "01 V.\n  05 H OCCURS 5 ASCENDING KEY J INDEXED BY J1.\n    10 J PIC X.\n"));
  EXPECT_EQ(result.codes(), (std::vector<std::string>{"RM2374", "RM2374"})) << result.messages();
  EXPECT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
}

// Found by fuzzing (a NIST IC104A mutant with PICTURE V(120)): lowered with no error and the
// IR verifier rejected a decimal type of 0 digits (RM5021).
TEST(LowerDiagnosticsTest, NumericPictureWithoutDigitsIsRM2302) {
  LowerResult result = LowerFreeFormat(Program("01 A PIC V(120).\n01 B PIC SV.\n01 C PIC 9V9.\n"));
  EXPECT_EQ(result.codes(), (std::vector<std::string>{"RM2302", "RM2302"})) << result.messages();
  EXPECT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
}

TEST(LowerDiagnosticsTest, FileWithoutSelectIsRM2306) {
  LowerResult result = LowerFreeFormat(
      "IDENTIFICATION DIVISION.\nPROGRAM-ID. F.\nDATA DIVISION.\nFILE SECTION.\nFD LOST.\n"
      "01 L-REC PIC X(5).\nPROCEDURE DIVISION.\nSTOP RUN.\n");
  EXPECT_EQ(result.codes(), std::vector<std::string>{"RM2306"}) << result.messages();
  EXPECT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
}

// OBJECT-COMPUTER's PROGRAM COLLATING SEQUENCE is kept as the kind of alphabet SPECIAL-NAMES
// (written after it) gives the name.
TEST(DataDivisionTest, ProgramCollatingSequenceKeepsItsAlphabetsKind) {
  auto sequence = [](const std::string& alphabet) {
    LowerResult result = LowerFreeFormat(
        "IDENTIFICATION DIVISION.\nPROGRAM-ID. P.\nENVIRONMENT DIVISION.\n"
        "CONFIGURATION SECTION.\nOBJECT-COMPUTER. X PROGRAM COLLATING SEQUENCE IS ALPHA.\n"
        "SPECIAL-NAMES. ALPHABET OTHER-ONE IS NATIVE ALPHABET ALPHA IS " +
        alphabet + ".\nPROCEDURE DIVISION.\nSTOP RUN.\n");
    EXPECT_TRUE(result.diagnostics.empty()) << result.messages();
    return result.module.unit(ir::UnitId(0)).collating_sequence;
  };
  EXPECT_EQ(sequence("NATIVE"), ir::CollatingSequence::kNative);
  EXPECT_EQ(sequence("STANDARD-2"), ir::CollatingSequence::kStandard2);
  EXPECT_EQ(sequence("EBCDIC"), ir::CollatingSequence::kEbcdic);
  EXPECT_EQ(sequence("\"B\" THRU \"Z\" \"A\" ALSO \"0\""), ir::CollatingSequence::kLiteral);
  LowerResult plain = LowerFreeFormat(Program("01 A PIC X.\n"));
  EXPECT_EQ(plain.module.unit(ir::UnitId(0)).collating_sequence, ir::CollatingSequence::kNone);
}

// A literal alphabet named as PROGRAM COLLATING SEQUENCE gets cobc's table (each rule checked
// with cobc 3.1.2 by comparing every pair of bytes): characters listed weigh 0, 1, ... in order
// (a literal's one by one, THRU either way round), ALSO ones share a weight, the rest follow in
// native order; LOW-VALUE is the first character listed, HIGH-VALUE X"FF" unless listed, else
// the highest byte left out, or the last one listed when all 256 are.
struct CollatingCase {
  ir::CollatingTable table;
  bool lowered = false;
};

auto LowerAlphabet(const std::string& alphabet, const std::string& nested = "") -> CollatingCase {
  LowerResult result = LowerFreeFormat(
      "IDENTIFICATION DIVISION.\nPROGRAM-ID. P.\nENVIRONMENT DIVISION.\n"
      "CONFIGURATION SECTION.\nOBJECT-COMPUTER. X PROGRAM COLLATING SEQUENCE IS ALPHA.\n"
      "SPECIAL-NAMES. ALPHABET ALPHA IS " +
      alphabet + ".\nPROCEDURE DIVISION.\nSTOP RUN.\n" + nested);
  EXPECT_TRUE(result.diagnostics.empty()) << result.messages();
  const ir::Unit& unit = result.module.unit(ir::UnitId(result.module.units().size() - 1));
  return {unit.collating_table, unit.collating_sequence == ir::CollatingSequence::kLiteral};
}

TEST(DataDivisionTest, LiteralAlphabetGivesCobcsCollatingTable) {
  CollatingCase wild = LowerAlphabet("\"CBA\" \"Z\" THRU \"X\" \"E\" ALSO \"D\" 3 SPACE");
  ASSERT_TRUE(wild.lowered);
  const std::vector<uint32_t>& weights = wild.table.weights;
  ASSERT_EQ(weights.size(), 256u);
  EXPECT_EQ(weights['C'], 0u);
  EXPECT_EQ(weights['B'], 1u);
  EXPECT_EQ(weights['A'], 2u);
  EXPECT_EQ(weights['Z'], 3u);
  EXPECT_EQ(weights['Y'], 4u);
  EXPECT_EQ(weights['X'], 5u);
  EXPECT_EQ(weights['E'], 6u);
  EXPECT_EQ(weights['D'], 6u);
  EXPECT_EQ(weights[2], 7u);  // the ordinal 3
  EXPECT_EQ(weights[' '], 8u);
  EXPECT_EQ(weights[0], 9u);  // the first byte left out
  EXPECT_EQ(weights[1], 10u);
  EXPECT_EQ(weights[255], 254u);  // after 246 bytes left out
  EXPECT_EQ(wild.table.low_value, uint32_t{'C'});
  EXPECT_EQ(wild.table.high_value, 0xffu);

  CollatingCase also_first = LowerAlphabet("\"B\" ALSO \"A\" \"AB\" ALSO \"C\"");
  EXPECT_EQ(also_first.table.low_value, uint32_t{'B'});
  EXPECT_EQ(also_first.table.weights['A'], 0u);

  CollatingCase listed_high = LowerAlphabet("\"A\" X\"FF\" X\"FE\"");
  EXPECT_EQ(listed_high.table.high_value, 0xfdu);
  CollatingCase figurative_high = LowerAlphabet("\"F\" \"U\" \"N\" ALSO HIGH-VALUE ALSO LOW-VALUE");
  EXPECT_EQ(figurative_high.table.high_value, 0xfeu);
  EXPECT_EQ(figurative_high.table.weights[0], 2u);
  EXPECT_EQ(figurative_high.table.weights[0xff], 2u);

  CollatingCase every_byte = LowerAlphabet("X\"FF\" THRU X\"00\"");
  EXPECT_EQ(every_byte.table.low_value, 0xffu);
  EXPECT_EQ(every_byte.table.high_value, 0u);
  EXPECT_EQ(every_byte.table.weights[0], 255u);

  // A nested program without a sequence of its own orders as its container.
  CollatingCase nested =
      LowerAlphabet("\"Z\"",
                    "IDENTIFICATION DIVISION.\nPROGRAM-ID. Q.\nPROCEDURE DIVISION.\n"
                    "EXIT PROGRAM.\nEND PROGRAM Q.\nEND PROGRAM P.\n");
  EXPECT_TRUE(nested.lowered);
  EXPECT_EQ(nested.table.weights['Z'], 0u);
}

// SPECIAL-NAMES CLASS values as byte ranges: each byte of a literal, THRU in either order (by
// the first characters), integers as ordinals (66 is "A").
TEST(DataDivisionTest, ClassClausesKeepTheBytesTheyHold) {
  LowerResult result = LowerFreeFormat(
      "IDENTIFICATION DIVISION.\nPROGRAM-ID. P.\nENVIRONMENT DIVISION.\n"
      "CONFIGURATION SECTION.\nSPECIAL-NAMES. CLASS HEX-DIGIT IS \"0\" THRU \"9\" \"FA\" THRU "
      "\"AZ\"\n CLASS ORDINALS 66 67 THRU 66 CLASS VOWEL \"AEIOU\".\n"
      "PROCEDURE DIVISION.\nSTOP RUN.\n");
  ASSERT_TRUE(result.diagnostics.empty()) << result.messages();
  const std::vector<ir::ClassDefinition>& classes = result.module.unit(ir::UnitId(0)).classes;
  ASSERT_EQ(classes.size(), 3u);
  EXPECT_EQ(result.module.str(classes[0].name), "HEX-DIGIT");
  ASSERT_EQ(classes[0].ranges.size(), 2u);
  EXPECT_EQ(classes[0].ranges[0].first, uint32_t{'0'});
  EXPECT_EQ(classes[0].ranges[0].last, uint32_t{'9'});
  EXPECT_EQ(classes[0].ranges[1].first, uint32_t{'A'});
  EXPECT_EQ(classes[0].ranges[1].last, uint32_t{'F'});
  ASSERT_EQ(classes[1].ranges.size(), 2u);
  EXPECT_EQ(classes[1].ranges[0].first, uint32_t{'A'});
  EXPECT_EQ(classes[1].ranges[1].first, uint32_t{'A'});
  EXPECT_EQ(classes[1].ranges[1].last, uint32_t{'B'});
  EXPECT_EQ(classes[2].ranges.size(), 5u);
}

}  // namespace
}  // namespace remint::cobol::testing
