// BMS map sets: the macro reader (continuations, quoted strings across lines, operands), the
// symbolic map generated for `COPY mapset`, and located diagnostics for bad macro source.
#include "frontends/bms/bms.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/cobol_preprocess/preprocess_fixture.h"

namespace remint::cobol::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

// An assembler card: `text` padded to column 71, then `continuation` in column 72.
auto Asm(const std::string& text, char continuation = ' ') -> std::string {
  std::string line = text;
  line.resize(71, ' ');
  if (continuation != ' ') line += continuation;
  while (!line.empty() && line.back() == ' ') line.pop_back();
  return line + "\n";
}

const std::string kMapSet =
    Asm("* a comment card") +
    Asm("TESTMS  DFHMSD TYPE=MAP,MODE=INOUT,LANG=COBOL,STORAGE=AUTO,", 'X') +
    Asm("               TIOAPFX=YES") + Asm("MAPA    DFHMDI SIZE=(24,80)") +
    Asm("        DFHMDF POS=(1,1),LENGTH=4,ATTRB=(ASKIP,BRT),INITIAL='MAPA'") +
    Asm("CUSTNO  DFHMDF POS=(4,50),LENGTH=10,ATTRB=(NORM,UNPROT,IC,FSET),", '*') +
    Asm("               JUSTIFY=(RIGHT,ZERO)") +
    Asm("        DFHMDF POS=(1,12),LENGTH=31,INITIAL='General Insurance Cust", 'X') +
    Asm("               Menu'") + Asm("AMOUNT  DFHMDF POS=(5,2),LENGTH=7,PICIN='9(5)V99'") +
    Asm("MAPB    DFHMDI SIZE=(24,80)") + Asm("MSG     DFHMDF POS=(24,1),LENGTH=79") +
    Asm("        DFHMSD TYPE=FINAL") + Asm("        END");

// kMapSet written to a file and read; the reader's diagnostics are left in `collector`.
auto ReadTestMapSet(DiagnosticCollector& collector) -> bms::BmsMapSet {
  TempDirectory directory;
  std::string path = directory.Write("TESTMS.bms", kMapSet);
  SourceManager sources;
  DiagnosticEmitter emitter(&sources, collector);
  ErrorOr<FileId> file = sources.Load(path, "TESTMS.bms");
  EXPECT_TRUE(file);
  if (!file) return {};
  return bms::ReadMapSet(sources, *file, emitter);
}

// The screen as the report draws it: INITIAL text after each attribute byte, '_' where the
// operator types (UNPROT), '#' where the program writes a named field.
TEST(BmsTest, ScreenPictureDrawsEachFieldAfterItsAttributeByte) {
  DiagnosticCollector collector;
  bms::BmsMapSet map_set = ReadTestMapSet(collector);
  ASSERT_EQ(map_set.maps.size(), 2u);
  const std::string picture = bms::ScreenPicture(map_set.maps[0]);
  std::vector<std::string> lines;
  for (size_t start = 0; start < picture.size();) {
    size_t end = picture.find('\n', start);
    lines.push_back(picture.substr(start, end - start));
    start = end + 1;
  }
  ASSERT_EQ(lines.size(), 24u);
  EXPECT_THAT(lines[0], ::testing::StartsWith(" MAPA       General Insurance Cust"));
  EXPECT_EQ(lines[1], "");
  EXPECT_EQ(lines[3], std::string(50, ' ') + std::string(10, '_'));
  EXPECT_EQ(lines[4], "  #######");
  // MSG at (24,1), 79 long: to the last column of the last row.
  const std::string last = bms::ScreenPicture(map_set.maps[1]);
  EXPECT_TRUE(last.ends_with(" " + std::string(79, '#') + "\n")) << last;
}

TEST(BmsTest, ReadsMapsFieldsAndContinuedOperands) {
  DiagnosticCollector collector;
  bms::BmsMapSet map_set = ReadTestMapSet(collector);
  EXPECT_THAT(collector.TakeSorted(), IsEmpty());
  EXPECT_EQ(map_set.name, "TESTMS");
  EXPECT_EQ(map_set.options.at("TIOAPFX"), "YES");
  EXPECT_EQ(map_set.options.at("STORAGE"), "AUTO");
  ASSERT_EQ(map_set.maps.size(), 2u);
  const bms::BmsMap& map = map_set.maps[0];
  EXPECT_EQ(map.name, "MAPA");
  ASSERT_EQ(map.fields.size(), 4u);
  EXPECT_EQ(map.fields[1].name, "CUSTNO");
  EXPECT_EQ(map.fields[1].row, 4u);
  EXPECT_EQ(map.fields[1].column, 50u);
  EXPECT_EQ(map.fields[1].length, 10u);
  EXPECT_THAT(map.fields[1].attributes, ElementsAre("NORM", "UNPROT", "IC", "FSET"));
  EXPECT_EQ(map.fields[1].loc.line, 6u);
  // A string open at column 71 goes on at column 16 of the next card.
  // "Cust" ends in column 67: the blanks of columns 68-71 are part of the string.
  EXPECT_EQ(map.fields[2].initial, "General Insurance Cust" + std::string(4, ' ') + "Menu");
  EXPECT_EQ(map.fields[3].picture_in, "9(5)V99");
}

TEST(BmsTest, CopyOfAMapSetBringsItsSymbolicMap) {
  TempDirectory directory;
  directory.Write("TESTMS.bms", kMapSet);
  PreprocessRun run = RunOnText(directory, Card("WORKING-STORAGE SECTION.") + Card("COPY TESTMS."));
  EXPECT_THAT(run.codes(), IsEmpty());
  EXPECT_EQ(run.squeezed(),
            "WORKING-STORAGE SECTION. 01 MAPAI. 02 FILLER PIC X(12). 02 CUSTNOL COMP PIC S9(4). "
            "02 CUSTNOF PICTURE X. 02 FILLER REDEFINES CUSTNOF. 03 CUSTNOA PICTURE X. 02 CUSTNOI "
            "PIC X(10). 02 AMOUNTL COMP PIC S9(4). 02 AMOUNTF PICTURE X. 02 FILLER REDEFINES "
            "AMOUNTF. 03 AMOUNTA PICTURE X. 02 AMOUNTI PIC 9(5)V99. 01 MAPAO REDEFINES MAPAI. 02 "
            "FILLER PIC X(12). 02 FILLER PICTURE X(3). 02 CUSTNOO PIC X(10). 02 FILLER PICTURE "
            "X(3). 02 AMOUNTO PIC X(7). 01 MAPBI. 02 FILLER PIC X(12). 02 MSGL COMP PIC S9(4). 02 "
            "MSGF PICTURE X. 02 FILLER REDEFINES MSGF. 03 MSGA PICTURE X. 02 MSGI PIC X(79). 01 "
            "MAPBO REDEFINES MAPBI. 02 FILLER PIC X(12). 02 FILLER PICTURE X(3). 02 MSGO PIC "
            "X(79).");
  // The map set's source is a member of the estate; the generated map is not.
  ASSERT_EQ(run.expanded.copied_files.size(), 1u);
  EXPECT_THAT(run.sources->file(run.expanded.copied_files[0]).path, HasSubstr("TESTMS.bms"));
}

TEST(BmsTest, MapsShareStorageWithoutStorageAuto) {
  TempDirectory directory;
  directory.Write("SHARED.bms", Asm("SHARED  DFHMSD TYPE=MAP,MODE=IN,LANG=COBOL") +
                                    Asm("M1      DFHMDI SIZE=(24,80)") +
                                    Asm("A       DFHMDF POS=(1,1),LENGTH=2") +
                                    Asm("M2      DFHMDI SIZE=(24,80)") +
                                    Asm("B       DFHMDF POS=(1,1),LENGTH=3") + Asm("        END"));
  PreprocessRun run = RunOnText(directory, Card("COPY SHARED."));
  EXPECT_EQ(run.squeezed(),
            "01 M1I. 02 AL COMP PIC S9(4). 02 AF PICTURE X. 02 FILLER REDEFINES AF. 03 AA "
            "PICTURE X. 02 AI PIC X(2). 01 M2I REDEFINES M1I. 02 BL COMP PIC S9(4). 02 BF "
            "PICTURE X. 02 FILLER REDEFINES BF. 03 BA PICTURE X. 02 BI PIC X(3).");
}

// Extended attributes: a subfield per attribute in the output record and a filler over them in
// the input record, in the order generated maps of IBM's and AWS's CICS samples show (CardDemo's
// EXTATT=YES maps: C P H V and X(4); CBSA's EXTATT=YES with DSATTS=(COLOR,HILIGHT,OUTLINE,PS,
// SOSI): C P H V U M and X(6)). A map's own DSATTS replaces its map set's.
TEST(BmsTest, ExtendedAttributesGetSubfieldsInTheAssemblersOrder) {
  TempDirectory directory;
  directory.Write(
      "EXT.bms",
      Asm("EXT     DFHMSD TYPE=MAP,MODE=INOUT,LANG=COBOL,STORAGE=AUTO,EXTATT=YES,", '*') +
          Asm("               DSATTS=(COLOR,HILIGHT,OUTLINE,PS,SOSI)") +
          Asm("M1      DFHMDI SIZE=(24,80)") + Asm("A       DFHMDF POS=(1,1),LENGTH=2") +
          Asm("M2      DFHMDI SIZE=(24,80),EXTATT=NO,DSATTS=(TRANSP,HILIGHT)") +
          Asm("B       DFHMDF POS=(1,1),LENGTH=3") + Asm("M3      DFHMDI EXTATT=YES,DSATTS=PS") +
          Asm("C       DFHMDF POS=(1,1),LENGTH=4") + Asm("        END"));
  PreprocessRun run = RunOnText(directory, Card("COPY EXT."));
  EXPECT_THAT(run.codes(), IsEmpty());
  EXPECT_EQ(run.squeezed(),
            "01 M1I. 02 AL COMP PIC S9(4). 02 AF PICTURE X. 02 FILLER REDEFINES AF. 03 AA "
            "PICTURE X. 02 FILLER PICTURE X(6). 02 AI PIC X(2). 01 M1O REDEFINES M1I. 02 FILLER "
            "PICTURE X(3). 02 AC PICTURE X. 02 AP PICTURE X. 02 AH PICTURE X. 02 AV PICTURE X. 02 "
            "AU PICTURE X. 02 AM PICTURE X. 02 AO PIC X(2). 01 M2I. 02 BL COMP PIC S9(4). 02 BF "
            "PICTURE X. 02 FILLER REDEFINES BF. 03 BA PICTURE X. 02 FILLER PICTURE X(2). 02 BI "
            "PIC X(3). 01 M2O REDEFINES M2I. 02 FILLER PICTURE X(3). 02 BH PICTURE X. 02 BT "
            "PICTURE X. 02 BO PIC X(3). 01 M3I. 02 CL COMP PIC S9(4). 02 CF PICTURE X. 02 FILLER "
            "REDEFINES CF. 03 CA PICTURE X. 02 FILLER PICTURE X(4). 02 CI PIC X(4). 01 M3O "
            "REDEFINES M3I. 02 FILLER PICTURE X(3). 02 CC PICTURE X. 02 CP PICTURE X. 02 CH "
            "PICTURE X. 02 CV PICTURE X. 02 CO PIC X(4).");
}

TEST(BmsTest, UnknownExtendedAttributesAreLocated) {
  TempDirectory directory;
  directory.Write("BADX.bms", Asm("BADX    DFHMSD TYPE=MAP,LANG=COBOL,EXTATT=MAYBE") +
                                  Asm("M       DFHMDI SIZE=(24,80),DSATTS=(COLOR,BLINK)") +
                                  Asm("A       DFHMDF POS=(1,1),LENGTH=2") + Asm("        END"));
  PreprocessRun run = RunOnText(directory, Card("COPY BADX."));
  EXPECT_THAT(run.codes(), ElementsAre("RM2117", "RM2117"));
  const std::string described = DescribeDiagnostics(run.diagnostics, directory.path());
  EXPECT_THAT(described,
              HasSubstr("BADX.bms:1:36: BMS operand EXTATT=MAYBE: expected YES, NO or MAPONLY"));
  EXPECT_THAT(described, HasSubstr("BADX.bms:2:29: BMS operand DSATTS=(COLOR,BLINK): expected "
                                   "COLOR, HILIGHT, OUTLINE, PS, SOSI, TRANSP or VALIDN"));
  // The attributes it knows still get their subfields.
  EXPECT_THAT(run.squeezed(), HasSubstr("02 FILLER PICTURE X(3). 02 AC PICTURE X. 02 AO"));
}

TEST(BmsTest, BadMacroSourceIsLocatedAndTheRestIsRead) {
  TempDirectory directory;
  directory.Write("BAD.bms",
                  Asm("BAD     DFHMSD TYPE=MAP,LANG=COBOL") + Asm("M       DFHMDI SIZE=(24,80)") +
                      Asm("A       DFHMDF POS=(1,1),LENGTH=ABC") + Asm("        DFHMXX POS=(2,1)") +
                      Asm("B       DFHMDF POS=(3,1),LENGTH=2,OCCURS=3") +
                      Asm("C       DFHMDF POS=(4,1),INITIAL='OPEN") + Asm("        END"));
  PreprocessRun run = RunOnText(directory, Card("COPY BAD."));
  EXPECT_THAT(run.codes(), ElementsAre("RM2117", "RM2116", "RM2118", "RM2116"));
  const std::string described = DescribeDiagnostics(run.diagnostics, directory.path());
  EXPECT_THAT(described, HasSubstr("BAD.bms:3:26: BMS operand LENGTH=ABC: expected a number"));
  EXPECT_THAT(described, HasSubstr("BAD.bms:4:1: BMS map set: 'DFHMXX' is not a BMS macro"));
  EXPECT_THAT(described, HasSubstr("BAD.bms:6:1: BMS map set: a quoted string is not closed"));
  // The good fields still make the map.
  EXPECT_THAT(run.squeezed(), HasSubstr("02 BI PIC X(2)."));
}

}  // namespace
}  // namespace remint::cobol::testing
