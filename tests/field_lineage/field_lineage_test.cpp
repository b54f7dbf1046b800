// Field lineage inside one program (analyzers/lineage/field_lineage.h) on small programs: each
// statement family's definitions and uses, byte-range overlap through groups and REDEFINES, the
// Sources / Affects closures, look-ups by name and deterministic text.
#include "analyzers/lineage/field_lineage.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "tests/cobol_lower/lower_test_support.h"

namespace remint::lineage {
namespace {

using Names = std::vector<std::string>;

// IN-FILE and OUT-FILE (20-byte records), a structured record with a REDEFINES, plain items,
// and two groups sharing member names (for CORRESPONDING and qualified names).
auto Program(const std::string& procedure) -> std::string {
  return "IDENTIFICATION DIVISION.\nPROGRAM-ID. LIN.\nENVIRONMENT DIVISION.\n"
         "INPUT-OUTPUT SECTION.\nFILE-CONTROL.\n"
         "  SELECT IN-FILE ASSIGN TO INDD.\n"
         "  SELECT OUT-FILE ASSIGN TO OUTDD.\n"
         "DATA DIVISION.\nFILE SECTION.\n"
         "FD IN-FILE.\n01 IN-REC PIC X(20).\n"
         "FD OUT-FILE.\n01 OUT-REC PIC X(20).\n"
         "WORKING-STORAGE SECTION.\n"
         "01 WS-REC.\n  05 WS-KEY PIC X(4).\n  05 WS-AMT PIC 9(5).\n  05 WS-NAME PIC X(11).\n"
         "01 WS-ALT REDEFINES WS-REC.\n  05 WS-ALT-HEAD PIC X(9).\n  05 WS-ALT-TAIL PIC X(11).\n"
         "01 A PIC 9(5).\n01 B PIC 9(5).\n01 C PIC 9(5).\n01 D PIC 9(5).\n01 R PIC 9(5).\n"
         "01 T1 PIC X(30).\n01 P1 PIC 99.\n"
         "01 GRP-1.\n  05 F-X PIC X(3).\n  05 F-Y PIC 9(3).\n  05 F-Z PIC X(3).\n"
         "01 GRP-2.\n  05 F-Y PIC 9(3).\n  05 F-X PIC X(3).\n"
         "PROCEDURE DIVISION.\nMAIN-PARA.\n" +
         procedure + "\n  STOP RUN.\n";
}

auto Lineage(const std::string& procedure) -> FieldLineage {
  cobol::testing::LowerResult result = cobol::testing::LowerFreeFormat(Program(procedure));
  EXPECT_EQ(result.error_count(), 0u) << result.messages();
  result.module.ImportSources(*result.sources);
  return BuildFieldLineage(result.module, ir::UnitId(0));
}

// A copy, so that a missing field fails the test without ending it.
auto Field(const FieldLineage& lineage, const std::string& name) -> FieldFacts {
  const FieldFacts* field = lineage.Find(name);
  EXPECT_NE(field, nullptr) << name << "\n" << FormatFieldLineage(lineage);
  return field == nullptr ? FieldFacts() : *field;
}

auto Has(const Names& names, const std::string& name) -> bool {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// The `from` of the only definition of `name` by `statement`.
auto From(const FieldLineage& lineage, const std::string& name, const std::string& statement)
    -> Names {
  for (const FieldAccess& access : Field(lineage, name).definitions) {
    if (access.statement == statement) return access.from;
  }
  ADD_FAILURE() << name << " has no " << statement << " definition\n"
                << FormatFieldLineage(lineage);
  return {};
}

auto To(const FieldLineage& lineage, const std::string& name, const std::string& statement)
    -> Names {
  for (const FieldAccess& access : Field(lineage, name).uses) {
    if (access.statement == statement) return access.to;
  }
  ADD_FAILURE() << name << " has no " << statement << " use\n" << FormatFieldLineage(lineage);
  return {};
}

TEST(FieldLineageTest, MoveDefinesEachTargetFromTheSource) {
  FieldLineage lineage = Lineage("  MOVE A TO B C\n  MOVE 7 TO D.");
  EXPECT_EQ(lineage.program, "LIN");
  EXPECT_EQ(From(lineage, "B", "MOVE"), Names{"A"});
  EXPECT_EQ(From(lineage, "C", "MOVE"), Names{"A"});
  EXPECT_EQ(To(lineage, "A", "MOVE"), (Names{"B", "C"}));
  // A literal defines without sources.
  EXPECT_EQ(From(lineage, "D", "MOVE"), Names{});
  FieldFacts b = Field(lineage, "B");
  ASSERT_EQ(b.definitions.size(), 1u);
  const FieldAccess& move = b.definitions[0];
  EXPECT_EQ(move.procedure, "MAIN-PARA");
  EXPECT_GT(move.line, 0u);
  EXPECT_FALSE(move.file.empty());
  EXPECT_EQ(lineage.Find("R"), nullptr) << "never accessed, overlaps nothing accessed";
}

TEST(FieldLineageTest, MoveCorrespondingPairsMembersByName) {
  FieldLineage lineage = Lineage("  MOVE CORRESPONDING GRP-1 TO GRP-2.");
  EXPECT_EQ(From(lineage, "F-X OF GRP-2", "MOVE CORRESPONDING"), Names{"F-X OF GRP-1"});
  EXPECT_EQ(From(lineage, "F-Y OF GRP-2", "MOVE CORRESPONDING"), Names{"F-Y OF GRP-1"});
  EXPECT_TRUE(Field(lineage, "F-Z").definitions.empty());
  EXPECT_TRUE(Field(lineage, "F-Z").uses.empty()) << "F-Z has no partner in GRP-2";
  EXPECT_EQ(lineage.Sources("F-X OF GRP-2"), (Names{"F-X OF GRP-1"}));
}

TEST(FieldLineageTest, ArithmeticFormsReadWhatTheyCompute) {
  FieldLineage lineage = Lineage(
      "  COMPUTE D ROUNDED = A + B * 2\n"
      "  ADD A TO B\n"
      "  SUBTRACT A FROM B GIVING C\n"
      "  MULTIPLY A BY B GIVING C\n"
      "  DIVIDE A INTO B GIVING D REMAINDER R.");
  EXPECT_EQ(From(lineage, "D", "COMPUTE"), (Names{"A", "B"}));
  EXPECT_EQ(From(lineage, "B", "ADD"), (Names{"A", "B"})) << "ADD ... TO reads its target";
  EXPECT_EQ(From(lineage, "C", "SUBTRACT"), (Names{"A", "B"})) << "GIVING: not C itself";
  EXPECT_EQ(From(lineage, "C", "MULTIPLY"), (Names{"A", "B"}));
  EXPECT_EQ(From(lineage, "D", "DIVIDE"), (Names{"A", "B"}));
  EXPECT_EQ(From(lineage, "R", "DIVIDE"), (Names{"A", "B"}));
  EXPECT_EQ(To(lineage, "A", "DIVIDE"), (Names{"D", "R"}));
}

TEST(FieldLineageTest, StringUnstringAndInspect) {
  FieldLineage lineage = Lineage(
      "  STRING A DELIMITED BY SIZE WS-NAME DELIMITED BY SPACE INTO T1 WITH POINTER P1\n"
      "  UNSTRING T1 DELIMITED BY ',' INTO WS-KEY WS-NAME\n"
      "  INSPECT T1 TALLYING C FOR ALL 'A'.");
  EXPECT_EQ(From(lineage, "T1", "STRING"), (Names{"A", "WS-NAME"}));
  EXPECT_EQ(From(lineage, "P1", "STRING"), Names{"P1"});
  EXPECT_EQ(From(lineage, "WS-KEY", "UNSTRING"), Names{"T1"});
  EXPECT_EQ(From(lineage, "WS-NAME", "UNSTRING"), Names{"T1"});
  EXPECT_EQ(From(lineage, "C", "INSPECT"), (Names{"C", "T1"}));
}

TEST(FieldLineageTest, ReadIntoAndWriteFromGoThroughTheRecordAreas) {
  FieldLineage lineage = Lineage(
      "  OPEN INPUT IN-FILE OUTPUT OUT-FILE\n"
      "  READ IN-FILE INTO WS-REC\n"
      "  WRITE OUT-REC FROM WS-REC\n"
      "  CLOSE IN-FILE OUT-FILE.");
  EXPECT_EQ(From(lineage, "IN-REC", "READ"), Names{"file IN-FILE"});
  EXPECT_EQ(From(lineage, "WS-REC", "READ INTO"), Names{"IN-REC"});
  EXPECT_EQ(From(lineage, "OUT-REC", "WRITE FROM"), Names{"WS-REC"});
  EXPECT_EQ(To(lineage, "OUT-REC", "WRITE"), Names{"file OUT-FILE"});
  // WRITE ... FROM reads WS-REC once, into the record: not again as a plain read.
  EXPECT_EQ(Field(lineage, "WS-REC").uses.size(), 1u) << FormatFieldLineage(lineage);
  FieldFacts in = Field(lineage, "IN-REC");
  EXPECT_EQ(in.file, "IN-FILE");
  EXPECT_EQ(in.assign, "INDD");
  EXPECT_EQ(Field(lineage, "WS-AMT").record, "WS-REC");
  EXPECT_EQ(Field(lineage, "WS-AMT").record_offset, 4u);
  EXPECT_EQ(Field(lineage, "WS-AMT").length, 5u);
  EXPECT_EQ(lineage.Sources("WS-AMT"), (Names{"DD INDD", "IN-REC", "WS-REC", "file IN-FILE"}));
  EXPECT_TRUE(Has(lineage.Affects("WS-AMT"), "file OUT-FILE"));
  EXPECT_TRUE(Has(lineage.Affects("WS-AMT"), "DD OUTDD"));

  // Byte for byte: WS-AMT's bytes (5-9) of the input record are those bytes of the output.
  LineageReach written = lineage.SourcesOf(FileSlice{"OUT-FILE", 4, 5});
  ASSERT_EQ(written.files.size(), 1u);
  EXPECT_EQ(written.files[0], (FileSlice{"IN-FILE", 4, 5}));
  EXPECT_EQ(written.image, Names{"WS-AMT"});
  LineageReach read = lineage.AffectsOf(FileSlice{"IN-FILE", 0, 9});
  ASSERT_EQ(read.files.size(), 1u);
  EXPECT_EQ(read.files[0], (FileSlice{"OUT-FILE", 0, 9}));
  EXPECT_EQ(read.image, (Names{"WS-ALT-HEAD", "WS-AMT", "WS-KEY"}));
  // The whole record: each group rather than its members, aliases and record areas side by side.
  EXPECT_EQ(lineage.SourcesOf(FileSlice{"OUT-FILE", 0, 20}).image,
            (Names{"IN-REC", "OUT-REC", "WS-ALT", "WS-REC"}));
  ASSERT_NE(lineage.FindAssign("outdd"), nullptr);
  EXPECT_EQ(lineage.FindAssign("outdd")->name, "OUT-FILE");
}

TEST(FieldLineageTest, CallUsingDefinesByReferenceArgumentsOnly) {
  FieldLineage lineage = Lineage("  CALL 'SUBPROG' USING BY REFERENCE A BY CONTENT B.");
  EXPECT_EQ(From(lineage, "A", "CALL USING"), (Names{"A", "B", "call SUBPROG"}));
  EXPECT_TRUE(Field(lineage, "B").definitions.empty());
  EXPECT_EQ(To(lineage, "B", "CALL USING"), (Names{"A", "call SUBPROG"}));
  EXPECT_EQ(lineage.Sources("A"), (Names{"B", "call SUBPROG"}));
}

TEST(FieldLineageTest, InitializeSetAcceptAndConditions) {
  FieldLineage lineage = Lineage(
      "  INITIALIZE WS-REC\n"
      "  ACCEPT A FROM DATE\n"
      "  SET P1 TO B\n"
      "  IF C > D DISPLAY WS-NAME END-IF.");
  EXPECT_EQ(From(lineage, "WS-REC", "INITIALIZE"), Names{});
  EXPECT_EQ(From(lineage, "A", "ACCEPT"), Names{"ACCEPT DATE"});
  EXPECT_EQ(From(lineage, "P1", "SET"), Names{"B"});
  EXPECT_EQ(To(lineage, "C", "IF"), Names{}) << "a test stores nothing";
  EXPECT_EQ(To(lineage, "D", "IF"), Names{});
  EXPECT_EQ(To(lineage, "WS-NAME", "DISPLAY"), Names{});
  EXPECT_TRUE(lineage.Sources("P1") == Names{"B"});
  EXPECT_FALSE(Has(lineage.Sources("P1"), "C")) << "control dependence is not followed";
}

TEST(FieldLineageTest, GroupMoveReachesOnlyTheMembersItsBytesCover) {
  FieldLineage lineage = Lineage(
      "  MOVE T1 TO WS-REC\n"
      "  MOVE D TO WS-NAME\n"
      "  MOVE A TO WS-AMT\n"
      "  MOVE WS-AMT TO B.");
  // WS-AMT's bytes come from A, and from T1 through the group move; WS-NAME's source D is a
  // sibling and never reaches it.
  Names sources = lineage.Sources("B");
  EXPECT_TRUE(Has(sources, "WS-AMT"));
  EXPECT_TRUE(Has(sources, "A"));
  EXPECT_TRUE(Has(sources, "T1"));
  EXPECT_TRUE(Has(sources, "WS-REC"));
  EXPECT_FALSE(Has(sources, "D"));
  EXPECT_FALSE(Has(sources, "WS-NAME"));
  // The group holds all of them.
  EXPECT_TRUE(Has(lineage.Sources("WS-REC"), "D"));
  // And D affects the group but not B.
  Names affects = lineage.Affects("D");
  EXPECT_TRUE(Has(affects, "WS-NAME"));
  EXPECT_FALSE(Has(affects, "B"));
  EXPECT_EQ(Field(lineage, "WS-AMT").overlaps, (Names{"WS-ALT", "WS-ALT-HEAD", "WS-REC"}));
  EXPECT_EQ(Field(lineage, "WS-REC").overlaps,
            (Names{"WS-ALT", "WS-ALT-HEAD", "WS-ALT-TAIL", "WS-AMT", "WS-KEY", "WS-NAME"}));
}

TEST(FieldLineageTest, RedefinesAliasesShareSourcesByByteRange) {
  FieldLineage lineage = Lineage(
      "  MOVE A TO WS-AMT\n"
      "  MOVE C TO WS-KEY\n"
      "  MOVE D TO WS-NAME\n"
      "  MOVE WS-ALT-HEAD TO T1\n"
      "  MOVE WS-ALT-TAIL TO P1.");
  // WS-ALT-HEAD is bytes 1-9: WS-KEY and WS-AMT, not WS-NAME.
  Names head = lineage.Sources("T1");
  EXPECT_TRUE(Has(head, "A"));
  EXPECT_TRUE(Has(head, "C"));
  EXPECT_FALSE(Has(head, "D"));
  Names tail = lineage.Sources("P1");
  EXPECT_TRUE(Has(tail, "D"));
  EXPECT_FALSE(Has(tail, "A"));
  EXPECT_EQ(Field(lineage, "WS-ALT-TAIL").overlaps, (Names{"WS-ALT", "WS-NAME", "WS-REC"}));
  EXPECT_TRUE(Has(lineage.Affects("A"), "T1"));
  EXPECT_FALSE(Has(lineage.Affects("A"), "P1"));
}

TEST(FieldLineageTest, ClosureIsTransitiveBothWays) {
  FieldLineage lineage = Lineage(
      "  MOVE A TO B\n"
      "  COMPUTE C = B + 1\n"
      "  ADD C TO D\n"
      "  MOVE D TO R.");
  EXPECT_EQ(lineage.Sources("R"), (Names{"A", "B", "C", "D"}));
  EXPECT_EQ(lineage.Affects("A"), (Names{"B", "C", "D", "R"}));
  EXPECT_EQ(lineage.Sources("A"), Names{});
  EXPECT_EQ(lineage.Affects("R"), Names{});
  EXPECT_EQ(lineage.Sources("NO-SUCH-FIELD"), Names{});
}

TEST(FieldLineageTest, FindTakesNamesAsCobolQualifiesThem) {
  FieldLineage lineage = Lineage("  MOVE CORRESPONDING GRP-1 TO GRP-2\n  MOVE A TO B.");
  EXPECT_EQ(lineage.Find("f-x"), nullptr) << "ambiguous";
  ASSERT_NE(lineage.Find("f-x of grp-1"), nullptr);
  EXPECT_EQ(lineage.Find("F-X IN GRP-2")->name, "F-X OF GRP-2");
  EXPECT_EQ(lineage.Find("b")->name, "B");
  EXPECT_EQ(lineage.Find("F-Z")->name, "F-Z");
  EXPECT_TRUE(
      std::is_sorted(lineage.fields.begin(), lineage.fields.end(),
                     [](const FieldFacts& a, const FieldFacts& b) { return a.name < b.name; }));
}

TEST(FieldLineageTest, TextIsDeterministic) {
  std::string procedure =
      "  READ IN-FILE INTO WS-REC\n"
      "  MOVE CORRESPONDING GRP-1 TO GRP-2\n"
      "  STRING WS-KEY A DELIMITED BY SIZE INTO T1\n"
      "  WRITE OUT-REC FROM WS-ALT.";
  std::string first = FormatFieldLineage(Lineage(procedure));
  EXPECT_EQ(first, FormatFieldLineage(Lineage(procedure)));
  EXPECT_NE(first.find("file IN-FILE DD INDD (20 bytes)"), std::string::npos) << first;
  EXPECT_NE(first.find("WS-AMT (record WS-REC, bytes 5-9)"), std::string::npos) << first;
  EXPECT_NE(first.find("defined by READ INTO in MAIN-PARA at "), std::string::npos) << first;
}

}  // namespace
}  // namespace remint::lineage
