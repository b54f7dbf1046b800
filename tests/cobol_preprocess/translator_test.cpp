// The CICS translator's and the Db2 precompiler's part of the copy stage: EXEC SQL INCLUDE, the
// copybooks remint supplies, the EXEC interface block of command-level programs, DFHRESP.
#include "frontends/cobol/preprocess/translator.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/cobol_preprocess/preprocess_fixture.h"

namespace remint::cobol::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;
using ::testing::StartsWith;

TEST(TranslatorTest, SqlIncludeCopiesTheMemberWithoutTheStrayPeriod) {
  TempDirectory directory;
  PreprocessRun run = RunOnText(
      directory,
      Card("WORKING-STORAGE SECTION.") + Card("01  REC.") + Card("    EXEC SQL") +
          Card("      INCLUDE BOOK") + Card("    END-EXEC.") + Card("PROCEDURE DIVISION.") +
          Card("    EXEC SQL INCLUDE PARA END-EXEC.") + Card("    STOP RUN."),
      {{"BOOK", Card("  05 F PIC X.")}, {"PARA", Card("    DISPLAY 'P'")}});
  // In the data division the member's own period ends the entry; in the procedure division the
  // period after END-EXEC still ends the sentence.
  EXPECT_EQ(run.squeezed(),
            "WORKING-STORAGE SECTION. 01 REC. 05 F PIC X. PROCEDURE DIVISION. DISPLAY 'P' . "
            "STOP RUN.");
  EXPECT_THAT(run.codes(), IsEmpty());
  EXPECT_EQ(run.LocationOf("05", directory.path()), "BOOK:1:10 < MAIN.cbl:3:12");
  EXPECT_EQ(run.expanded.copied_files.size(), 2u);
}

TEST(TranslatorTest, SqlcaComesFromRemintUnlessTheSearchFindsOne) {
  TempDirectory directory;
  const std::string main =
      Card("WORKING-STORAGE SECTION.") + Card("EXEC SQL INCLUDE SQLCA") + Card("END-EXEC.");
  PreprocessRun supplied = RunOnText(directory, main);
  EXPECT_THAT(supplied.codes(), IsEmpty());
  EXPECT_THAT(supplied.squeezed(), HasSubstr("01 SQLCA. 05 SQLCAID PIC X(8)."));
  EXPECT_THAT(supplied.LocationOf("SQLCAID"), StartsWith("<remint>/SQLCA:4:16 < "));
  // A supplied copybook is no member of the estate: nothing to watch for changes.
  EXPECT_THAT(supplied.expanded.copied_files, IsEmpty());

  TempDirectory own;
  PreprocessRun estate = RunOnText(own, main, {{"SQLCA", Card("01 SITE-SQLCA PIC X.")}});
  EXPECT_THAT(estate.squeezed(), HasSubstr("01 SITE-SQLCA PIC X."));
  EXPECT_THAT(estate.squeezed(), Not(HasSubstr("SQLCAID")));
}

TEST(TranslatorTest, DfhaidDfhbmscaAndSqldaComeFromRemint) {
  TempDirectory directory;
  PreprocessRun run =
      RunOnText(directory, Card("WORKING-STORAGE SECTION.") + Card("COPY DFHAID.") +
                               Card("COPY dfhbmsca.") + Card("EXEC SQL INCLUDE SQLDA END-EXEC."));
  EXPECT_THAT(run.codes(), IsEmpty());
  EXPECT_THAT(run.squeezed(), HasSubstr("01 DFHAID. 02 DFHNULL PIC X VALUE X'00'."));
  EXPECT_THAT(run.squeezed(), HasSubstr("01 DFHBMSCA. 02 DFHBMPEM PIC X VALUE X'19'."));
  EXPECT_THAT(run.squeezed(), HasSubstr("01 SQLDA. 02 SQLDAID PIC X(8)"));
  EXPECT_THAT(run.LocationOf("DFHPF1"), StartsWith("<remint>/DFHAID:"));
  EXPECT_THAT(run.LocationOf("DFHBMASK"), StartsWith("<remint>/DFHBMSCA:"));
  EXPECT_THAT(run.LocationOf("SQLDABC"), StartsWith("<remint>/SQLDA:"));
  EXPECT_THAT(run.expanded.copied_files, IsEmpty());
}

TEST(TranslatorTest, CicsProgramsGetTheExecInterfaceBlockFirstInLinkage) {
  TempDirectory directory;
  PreprocessRun run = RunOnText(
      directory, Card("PROGRAM-ID. P.") + Card("DATA DIVISION.") + Card("LINKAGE SECTION.") +
                     Card("01  DFHCOMMAREA PIC X(10).") + Card("PROCEDURE DIVISION.") +
                     Card("    EXEC CICS RETURN END-EXEC."));
  EXPECT_THAT(run.codes(), IsEmpty());
  EXPECT_THAT(run.squeezed(), HasSubstr("LINKAGE SECTION. 01 DFHEIBLK. 02 EIBTIME"));
  EXPECT_THAT(run.squeezed(),
              HasSubstr("02 EIBRLDBK PIC X(1). 01 DFHCOMMAREA PIC X(10). PROCEDURE DIVISION "));
  EXPECT_THAT(run.LocationOf("EIBCALEN", directory.path()),
              StartsWith("<remint>/DFHEIBLK:11:16 < MAIN.cbl:3:8"));
}

TEST(TranslatorTest, ALinkageSectionIsAddedWhereTheProgramHasNone) {
  TempDirectory directory;
  PreprocessRun with_data = RunOnText(
      directory, Card("PROGRAM-ID. P.") + Card("DATA DIVISION.") +
                     Card("WORKING-STORAGE SECTION.") + Card("01 A PIC X.") +
                     Card("PROCEDURE DIVISION.") + Card("    EXEC CICS RETURN END-EXEC."));
  EXPECT_THAT(with_data.squeezed(),
              HasSubstr("01 A PIC X. LINKAGE SECTION . 01 DFHEIBLK. 02 EIBTIME"));
  TempDirectory bare;
  PreprocessRun without_data =
      RunOnText(bare, Card("PROGRAM-ID. P.") + Card("PROCEDURE DIVISION.") +
                          Card("    EXEC CICS RETURN END-EXEC."));
  EXPECT_THAT(without_data.squeezed(),
              HasSubstr("PROGRAM-ID. P. DATA DIVISION . LINKAGE SECTION . 01 DFHEIBLK."));
  // The added words are located at the PROCEDURE DIVISION that made them.
  EXPECT_EQ(without_data.LocationOf("LINKAGE", bare.path()), "MAIN.cbl:2:8");
  EXPECT_THAT(without_data.codes(), IsEmpty());
}

// A user-defined function after a program is a unit of its own: it gets its EIB too.
TEST(TranslatorTest, AFunctionAfterAProgramGetsItsOwnInterfaceBlock) {
  TempDirectory directory;
  PreprocessRun run =
      RunOnText(directory, Card("PROGRAM-ID. P.") + Card("PROCEDURE DIVISION.") +
                               Card("    EXEC CICS RETURN END-EXEC.") + Card("END PROGRAM P.") +
                               Card("FUNCTION-ID. F.") + Card("PROCEDURE DIVISION.") +
                               Card("    EXEC CICS RETURN END-EXEC.") + Card("END FUNCTION F."));
  const std::string text = run.squeezed();
  const size_t function = text.find("FUNCTION-ID. F.");
  ASSERT_NE(function, std::string::npos) << text;
  EXPECT_NE(text.find("01 DFHEIBLK.", function), std::string::npos) << text;
  EXPECT_NE(text.find("01 DFHCOMMAREA PIC X .", function), std::string::npos) << text;
}

// The translator passes the EIB and the communication area to a top-level program as its first
// two parameters; nested programs and user-defined functions keep their headers.
TEST(TranslatorTest, TopLevelProgramsReceiveTheEibAndCommareaAsParameters) {
  TempDirectory directory;
  PreprocessRun bare = RunOnText(directory, Card("PROGRAM-ID. P.") + Card("PROCEDURE DIVISION.") +
                                                Card("    EXEC CICS RETURN END-EXEC."));
  EXPECT_THAT(bare.squeezed(),
              HasSubstr("PROCEDURE DIVISION USING DFHEIBLK DFHCOMMAREA. EXEC CICS"));
  EXPECT_EQ(bare.LocationOf("USING", directory.path()), "MAIN.cbl:2:8");
  EXPECT_THAT(bare.codes(), IsEmpty());

  TempDirectory own;
  PreprocessRun with_own =
      RunOnText(own, Card("PROGRAM-ID. P.") + Card("DATA DIVISION.") + Card("LINKAGE SECTION.") +
                         Card("01 PARM PIC X.") + Card("PROCEDURE DIVISION") +
                         Card("    USING PARM.") + Card("    EXEC CICS RETURN END-EXEC."));
  EXPECT_THAT(with_own.squeezed(),
              HasSubstr("PROCEDURE DIVISION USING DFHEIBLK DFHCOMMAREA PARM."));

  TempDirectory coded;
  PreprocessRun already =
      RunOnText(coded, Card("PROGRAM-ID. P.") + Card("DATA DIVISION.") + Card("LINKAGE SECTION.") +
                           Card("01 DFHCOMMAREA PIC X(8).") +
                           Card("PROCEDURE DIVISION USING DFHEIBLK DFHCOMMAREA.") +
                           Card("    EXEC CICS RETURN END-EXEC."));
  const std::string coded_text = already.squeezed();
  EXPECT_THAT(coded_text, HasSubstr("PROCEDURE DIVISION USING DFHEIBLK DFHCOMMAREA. EXEC"));
  EXPECT_EQ(coded_text.find("USING"), coded_text.rfind("USING"));

  TempDirectory nested;
  PreprocessRun outer =
      RunOnText(nested, Card("PROGRAM-ID. OUTER.") + Card("PROCEDURE DIVISION.") +
                            Card("    EXEC CICS RETURN END-EXEC.") + Card("PROGRAM-ID. INNER.") +
                            Card("PROCEDURE DIVISION.") + Card("    EXEC CICS RETURN END-EXEC.") +
                            Card("END PROGRAM INNER.") + Card("END PROGRAM OUTER.") +
                            Card("PROGRAM-ID. NEXT.") + Card("PROCEDURE DIVISION.") +
                            Card("    EXEC CICS RETURN END-EXEC.") + Card("END PROGRAM NEXT.") +
                            Card("FUNCTION-ID. F.") + Card("PROCEDURE DIVISION.") +
                            Card("    EXEC CICS RETURN END-EXEC.") + Card("END FUNCTION F."));
  const std::string text = outer.squeezed();
  const size_t inner = text.find("PROGRAM-ID. INNER.");
  const size_t next = text.find("PROGRAM-ID. NEXT.");
  const size_t function = text.find("FUNCTION-ID. F.");
  ASSERT_NE(function, std::string::npos) << text;
  EXPECT_LT(text.find("USING DFHEIBLK"), inner) << text;
  EXPECT_EQ(text.substr(inner, next - inner).find("USING"), std::string::npos) << text;
  EXPECT_NE(text.substr(next, function - next).find("DIVISION USING DFHEIBLK DFHCOMMAREA."),
            std::string::npos)
      << text;
  EXPECT_EQ(text.find("USING", function), std::string::npos) << text;
}

TEST(TranslatorTest, ProgramsWithoutCicsCommandsGetNoInterfaceBlock) {
  TempDirectory directory;
  PreprocessRun run = RunOnText(directory, Card("PROGRAM-ID. P.") + Card("LINKAGE SECTION.") +
                                               Card("PROCEDURE DIVISION.") + Card("  STOP RUN."));
  EXPECT_THAT(run.squeezed(), Not(HasSubstr("DFHEIBLK")));
}

TEST(TranslatorTest, DfhrespBecomesTheConditionsResponseValue) {
  TempDirectory directory;
  PreprocessRun run =
      RunOnText(directory, Card("IF R = DFHRESP(NORMAL) OR DFHRESP ( notfnd ) OR DFHRESP(QIDERR)") +
                               Card("   OR DFHRESP(NOSUCH) CONTINUE."));
  EXPECT_EQ(run.squeezed(), "IF R = 0 OR 13 OR 44 OR 0 CONTINUE.");
  EXPECT_THAT(run.codes(), ElementsAre("RM2115"));
  EXPECT_THAT(DescribeDiagnostics(run.diagnostics, directory.path()),
              HasSubstr("MAIN.cbl:2:22: DFHRESP(NOSUCH): 'NOSUCH' is not a CICS condition"));
  EXPECT_EQ(run.LocationOf("13", directory.path()), "MAIN.cbl:1:34");  // its DFHRESP
}

// The RESP values past LINKABEND follow IBM's "Response codes of EXEC CICS commands" (CSDERR
// 119, DUPRES 120, INCOMPLETE 126, BUSY 128), not a numbering by position in the list.
TEST(TranslatorTest, LaterConditionsKeepIbmsResponseValues) {
  TempDirectory directory;
  PreprocessRun run =
      RunOnText(directory, Card("IF R = DFHRESP(SEGIDERR) OR DFHRESP(CHANGED)") +
                               Card("   OR DFHRESP(CHANNELERR) OR DFHRESP(INCOMPLETE)") +
                               Card("   OR DFHRESP(BUSY) CONTINUE."));
  EXPECT_EQ(run.squeezed(), "IF R = 52 OR 105 OR 122 OR 126 OR 128 CONTINUE.");
  EXPECT_THAT(run.codes(), IsEmpty());
}

TEST(TranslatorTest, DfhvalueBecomesTheCvdasValue) {
  TempDirectory directory;
  PreprocessRun run =
      RunOnText(directory, Card("IF S = DFHVALUE(ENABLED) OR DFHVALUE ( notapplic )") +
                               Card("   OR DFHVALUE(ACTIVE) OR DFHVALUE(NOSUCH) CONTINUE."));
  EXPECT_EQ(run.squeezed(), "IF S = 23 OR 1 OR 181 OR 0 CONTINUE.");
  EXPECT_THAT(run.codes(), ElementsAre("RM2115"));
  EXPECT_THAT(DescribeDiagnostics(run.diagnostics, directory.path()),
              HasSubstr("MAIN.cbl:2:43: DFHVALUE(NOSUCH): 'NOSUCH' is not a CVDA remint knows"));
  EXPECT_EQ(run.LocationOf("181", directory.path()), "MAIN.cbl:2:14");  // its DFHVALUE
}

// The translator gives a program that declares no DFHCOMMAREA a one-byte one, after the EIB;
// one that declares its own keeps it alone.
TEST(TranslatorTest, AProgramWithoutACommareaGetsTheTranslatorsOne) {
  TempDirectory directory;
  PreprocessRun without = RunOnText(
      directory, Card("PROGRAM-ID. P.") + Card("DATA DIVISION.") + Card("LINKAGE SECTION.") +
                     Card("01 L PIC X(4).") + Card("PROCEDURE DIVISION.") +
                     Card("    EXEC CICS RETURN END-EXEC."));
  EXPECT_THAT(without.squeezed(), HasSubstr("01 L PIC X(4). 01 DFHCOMMAREA PIC X . PROCEDURE"));
  EXPECT_EQ(without.LocationOf("DFHCOMMAREA", directory.path()), "MAIN.cbl:5:8");
  EXPECT_THAT(without.codes(), IsEmpty());

  TempDirectory declared;
  PreprocessRun with =
      RunOnText(declared, Card("PROGRAM-ID. P.") + Card("DATA DIVISION.") +
                              Card("LINKAGE SECTION.") + Card("01 DFHCOMMAREA PIC X(40).") +
                              Card("PROCEDURE DIVISION.") + Card("    EXEC CICS RETURN END-EXEC."));
  const std::string text = with.squeezed();
  EXPECT_THAT(text, HasSubstr("01 DFHCOMMAREA PIC X(40). PROCEDURE"));
  EXPECT_EQ(text.find("01 DFHCOMMAREA"), text.rfind("01 DFHCOMMAREA"));

  TempDirectory bare;
  PreprocessRun no_data = RunOnText(bare, Card("PROGRAM-ID. P.") + Card("PROCEDURE DIVISION.") +
                                              Card("    EXEC CICS RETURN END-EXEC."));
  EXPECT_THAT(no_data.squeezed(), HasSubstr("01 DFHCOMMAREA PIC X . PROCEDURE DIVISION USING"));
  EXPECT_THAT(no_data.squeezed(), HasSubstr("LINKAGE SECTION . 01 DFHEIBLK."));

  // A batch program (no EXEC CICS) gets neither.
  TempDirectory batch;
  PreprocessRun plain = RunOnText(batch, Card("PROGRAM-ID. P.") + Card("LINKAGE SECTION.") +
                                             Card("PROCEDURE DIVISION.") + Card("  STOP RUN."));
  EXPECT_THAT(plain.squeezed(), Not(HasSubstr("DFHCOMMAREA")));
}

// Library managers' includes: Panvalet's ++INCLUDE (in the program text) and Librarian's -INC
// (from column 1, over the sequence area) bring their member in as COPY does.
TEST(TranslatorTest, PanvaletAndLibrarianIncludesCopyTheirMember) {
  TempDirectory directory;
  PreprocessRun run =
      RunOnText(directory,
                Card("WORKING-STORAGE SECTION.") + Card("++INCLUDE PANBOOK") + "-INC LIBBOOK\n" +
                    Card("01 C PIC X.") + Card("++INCLUDE NOBOOK.") + "-inc nolib\n",
                {{"PANBOOK", Card("01 P PIC X.")}, {"LIBBOOK", Card("01 L PIC X.")}});
  EXPECT_EQ(run.squeezed(), "WORKING-STORAGE SECTION. 01 P PIC X. 01 L PIC X. 01 C PIC X.");
  EXPECT_THAT(run.codes(), ElementsAre("RM2101", "RM2101"));
  const std::string described = DescribeDiagnostics(run.diagnostics, directory.path());
  EXPECT_THAT(described, HasSubstr("MAIN.cbl:5:8: copybook 'NOBOOK' not found"));
  EXPECT_THAT(described, HasSubstr("MAIN.cbl:6:1: copybook 'nolib' not found"));
  EXPECT_THAT(run.LocationOf("L PIC", directory.path()), StartsWith("LIBBOOK:1:11 < MAIN.cbl:3:1"));
}

// A program with EXEC DLI commands gets the DL/I interface block first in its WORKING-STORAGE,
// or a WORKING-STORAGE SECTION holding it before the section that follows.
TEST(TranslatorTest, DliProgramsGetTheInterfaceBlockInWorkingStorage) {
  TempDirectory directory;
  PreprocessRun with_storage =
      RunOnText(directory, Card("PROGRAM-ID. P.") + Card("DATA DIVISION.") +
                               Card("WORKING-STORAGE SECTION.") + Card("01 A PIC X(8).") +
                               Card("PROCEDURE DIVISION.") +
                               Card("    EXEC DLI GU USING PCB(1) INTO(A) END-EXEC."));
  EXPECT_THAT(with_storage.squeezed(),
              HasSubstr("WORKING-STORAGE SECTION. 01 DLZDIB. 02 DIBVER PIC X(2). 02 DIBSTAT"));
  EXPECT_THAT(with_storage.squeezed(), HasSubstr("02 DIBFIL03 PIC X(6). 01 A PIC X(8)."));
  EXPECT_THAT(with_storage.LocationOf("DIBSTAT", directory.path()),
              StartsWith("<remint>/DLZDIB:5:16 < MAIN.cbl:3:8"));
  EXPECT_THAT(with_storage.codes(), IsEmpty());

  TempDirectory linkage_only;
  PreprocessRun before_linkage = RunOnText(
      linkage_only, Card("PROGRAM-ID. P.") + Card("DATA DIVISION.") + Card("LINKAGE SECTION.") +
                        Card("01 PCB1 PIC X(40).") + Card("PROCEDURE DIVISION USING PCB1.") +
                        Card("    EXEC DLI GU USING PCB(1) END-EXEC."));
  EXPECT_THAT(before_linkage.squeezed(),
              HasSubstr("DATA DIVISION. WORKING-STORAGE SECTION . 01 DLZDIB."));
  EXPECT_THAT(before_linkage.squeezed(), HasSubstr("PIC X(6). LINKAGE SECTION. 01 PCB1"));

  TempDirectory bare;
  PreprocessRun no_data = RunOnText(bare, Card("PROGRAM-ID. P.") + Card("PROCEDURE DIVISION.") +
                                              Card("    EXEC DLI SCHD PSB(P) END-EXEC."));
  EXPECT_THAT(no_data.squeezed(),
              HasSubstr("PROGRAM-ID. P. DATA DIVISION . WORKING-STORAGE SECTION . 01 DLZDIB."));
  EXPECT_THAT(no_data.squeezed(), HasSubstr("PIC X(6). PROCEDURE DIVISION."));
}

TEST(TranslatorTest, LibraryMappingsComeThroughTheCopyDirectories) {
  TempDirectory directory;
  directory.Write("copy/syslib/BOOK", Card("SYSLIB-BOOK."));
  directory.Write("copy/other/BOOK", Card("OTHER-BOOK."));
  PreprocessOptions options;
  // LIB=DIR maps a library; a plain entry stays a directory searched for plain COPY.
  options.copy_directories = {"SYSLIB=" + directory.path() + "/copy/syslib",
                              directory.path() + "/copy/other"};
  PreprocessRun run = RunOnText(
      directory, Card("COPY BOOK OF SYSLIB.") + Card("COPY BOOK.") + Card("COPY BOOK IN NOLIB."),
      {}, options);
  EXPECT_EQ(run.squeezed(), "SYSLIB-BOOK. OTHER-BOOK.");
  EXPECT_THAT(run.codes(), ElementsAre("RM2101"));
  EXPECT_THAT(DescribeDiagnostics(run.diagnostics, directory.path()),
              HasSubstr("MAIN.cbl:3:8: copybook 'BOOK' not found (searched 'library NOLIB (no "
                        "directory)')"));
  EXPECT_EQ(LibraryMapping("SYSLIB=a/b"),
            std::make_pair(std::string("SYSLIB"), std::string("a/b")));
  EXPECT_EQ(LibraryMapping("./a=b"), std::nullopt);
  EXPECT_EQ(LibraryMapping("LIB="), std::nullopt);
}

TEST(TranslatorTest, SystemCopybooksAndResponseValuesAreFoundInAnyCase) {
  EXPECT_TRUE(SystemCopybook("sqlca").has_value());
  EXPECT_TRUE(SystemCopybook("DFHEIBLK").has_value());
  EXPECT_TRUE(SystemCopybook("dfhaid").has_value());
  EXPECT_TRUE(SystemCopybook("DFHBMSCA").has_value());
  EXPECT_TRUE(SystemCopybook("SqlDa").has_value());
  EXPECT_FALSE(SystemCopybook("LGCMAREA").has_value());
  EXPECT_EQ(CicsResponseValue("Normal"), 0);
  EXPECT_EQ(CicsResponseValue("PGMIDERR"), 27);
  EXPECT_EQ(CicsResponseValue("ENDFILE"), 20);
  EXPECT_EQ(CicsResponseValue("NOPE"), std::nullopt);
}

}  // namespace
}  // namespace remint::cobol::testing
