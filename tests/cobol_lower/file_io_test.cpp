// File I/O, SORT/MERGE and DECLARATIVES lowering: every phrase of OPEN, CLOSE, READ, WRITE,
// REWRITE, DELETE, START, SORT, MERGE, RELEASE, RETURN and USE ends up in the IR, and the
// diagnostics for files and records that are missing or of the wrong kind.
#include <gtest/gtest.h>

#include "tests/cobol_lower/lower_test_support.h"

namespace remint::cobol::testing {
namespace {

// Files in FD order: SEQ-FILE %0, IDX-FILE %1, PRINT-FILE %2, SORT-FILE %3 (an SD).
auto FileProgram(const std::string& procedure) -> std::string {
  return "IDENTIFICATION DIVISION.\nPROGRAM-ID. F.\nENVIRONMENT DIVISION.\n"
         "CONFIGURATION SECTION.\nSPECIAL-NAMES.\n  C01 IS TOP-OF-FORM\n"
         "  ALPHABET ALPHA IS NATIVE.\nINPUT-OUTPUT SECTION.\nFILE-CONTROL.\n"
         "  SELECT SEQ-FILE ASSIGN TO 'SEQ.DAT'.\n"
         "  SELECT IDX-FILE ASSIGN TO 'IDX.DAT' ORGANIZATION IS INDEXED\n"
         "    ACCESS MODE IS DYNAMIC RECORD KEY IS IDX-KEY\n"
         "    ALTERNATE RECORD KEY IS IDX-ALT WITH DUPLICATES.\n"
         "  SELECT PRINT-FILE ASSIGN TO 'PRINT.DAT'.\n"
         "  SELECT SORT-FILE ASSIGN TO 'SORTWK'.\n"
         "DATA DIVISION.\nFILE SECTION.\n"
         "FD SEQ-FILE.\n01 SEQ-REC PIC X(20).\n"
         "FD IDX-FILE.\n01 IDX-REC.\n  05 IDX-KEY PIC 9(4).\n  05 IDX-ALT PIC X(16).\n"
         "FD PRINT-FILE.\n01 PRINT-LINE PIC X(80).\n"
         "SD SORT-FILE.\n01 SORT-REC.\n  05 SORT-KEY PIC 9(4).\n  05 SORT-NAME PIC X(16).\n"
         "WORKING-STORAGE SECTION.\n01 WS-REC PIC X(20).\n01 WS-N PIC 9 VALUE 2.\n"
         "PROCEDURE DIVISION.\n" +
         procedure + "\n";
}

constexpr ir::FileDescriptionId kSeqFile(0);
constexpr ir::FileDescriptionId kIdxFile(1);
constexpr ir::FileDescriptionId kPrintFile(2);
constexpr ir::FileDescriptionId kSortFile(3);

// The statements of the first paragraph, after checking the program lowered cleanly.
auto FirstBody(const LowerResult& result) -> const ir::StatementList& {
  EXPECT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
  EXPECT_TRUE(result.diagnostics.empty()) << result.messages();
  return result.module.paragraph(ir::ParagraphId(0)).body;
}

TEST(FileIoTest, SameRecordAreaPointsAtTheClausesFirstFile) {
  // SAME AREA and SAME SORT AREA share no records: only SAME RECORD AREA is lowered.
  std::string program = FileProgram("A.\n  STOP RUN.\n");
  const std::string data = "DATA DIVISION.";
  program.insert(program.find(data),
                 "I-O-CONTROL.\n  SAME RECORD AREA FOR SORT-FILE SEQ-FILE PRINT-FILE\n"
                 "  SAME AREA FOR IDX-FILE SEQ-FILE.\n");
  LowerResult result = LowerFreeFormat(program);
  FirstBody(result);
  EXPECT_FALSE(result.module.files().Get(kSortFile).same_record_area.is_valid());
  EXPECT_EQ(result.module.files().Get(kSeqFile).same_record_area, kSortFile);
  EXPECT_EQ(result.module.files().Get(kPrintFile).same_record_area, kSortFile);
  EXPECT_FALSE(result.module.files().Get(kIdxFile).same_record_area.is_valid());
}

TEST(FileIoTest, OpenAndCloseKeepModesAndTapePhrases) {
  LowerResult result = LowerFreeFormat(
      FileProgram("A.\n  OPEN INPUT SEQ-FILE REVERSED OUTPUT PRINT-FILE WITH NO REWIND\n"
                  "       I-O IDX-FILE EXTEND SEQ-FILE\n"
                  "  CLOSE SEQ-FILE REEL FOR REMOVAL PRINT-FILE WITH LOCK\n"
                  "        IDX-FILE WITH NO REWIND SEQ-FILE UNIT.\n"));
  const ir::StatementList& body = FirstBody(result);
  ASSERT_EQ(body.size(), 2u);
  const auto& open = result.module.statements().Get<ir::OpenStatement>(body[0]);
  ASSERT_EQ(open.items.size(), 4u);
  EXPECT_EQ(open.items[0].mode, ir::OpenMode::kInput);
  EXPECT_EQ(open.items[0].file, kSeqFile);
  EXPECT_TRUE(open.items[0].reversed);
  EXPECT_EQ(open.items[1].mode, ir::OpenMode::kOutput);
  EXPECT_TRUE(open.items[1].no_rewind);
  EXPECT_EQ(open.items[2].mode, ir::OpenMode::kInputOutput);
  EXPECT_EQ(open.items[2].file, kIdxFile);
  EXPECT_EQ(open.items[3].mode, ir::OpenMode::kExtend);
  EXPECT_FALSE(open.items[3].reversed);
  const auto& close = result.module.statements().Get<ir::CloseStatement>(body[1]);
  ASSERT_EQ(close.items.size(), 4u);
  EXPECT_EQ(close.items[0].scope, ir::CloseScope::kReel);
  EXPECT_TRUE(close.items[0].removal);
  EXPECT_EQ(close.items[1].file, kPrintFile);
  EXPECT_TRUE(close.items[1].lock);
  EXPECT_EQ(close.items[2].scope, ir::CloseScope::kFile);
  EXPECT_TRUE(close.items[2].no_rewind);
  EXPECT_EQ(close.items[3].scope, ir::CloseScope::kUnit);
}

TEST(FileIoTest, ReadKeepsDirectionIntoLockKeyAndPhrases) {
  LowerResult result = LowerFreeFormat(
      FileProgram("A.\n  READ SEQ-FILE NEXT RECORD INTO WS-REC AT END DISPLAY 'EOF'\n"
                  "    NOT AT END DISPLAY 'OK' END-READ\n"
                  "  READ IDX-FILE WITH LOCK KEY IS IDX-ALT INVALID KEY DISPLAY 'NF' END-READ\n"
                  "  READ IDX-FILE PREVIOUS WITH NO LOCK NOT AT END CONTINUE END-READ\n"
                  "  READ IDX-FILE NOT INVALID KEY CONTINUE.\n"));
  const ir::StatementList& body = FirstBody(result);
  ASSERT_EQ(body.size(), 4u);
  const auto& next = result.module.statements().Get<ir::ReadStatement>(body[0]);
  EXPECT_EQ(next.file, kSeqFile);
  EXPECT_EQ(next.direction, ir::ReadDirection::kNext);
  EXPECT_TRUE(next.into.is_valid());
  ASSERT_TRUE(next.at_end.has_value());
  EXPECT_EQ(next.at_end->size(), 1u);
  ASSERT_TRUE(next.not_at_end.has_value());
  EXPECT_FALSE(next.invalid_key.has_value());
  const auto& keyed = result.module.statements().Get<ir::ReadStatement>(body[1]);
  EXPECT_EQ(keyed.direction, ir::ReadDirection::kKeyed);
  EXPECT_EQ(result.module.str(result.module.field(keyed.key).name), "IDX-ALT");
  EXPECT_EQ(keyed.lock, ir::RecordLock::kLock);
  EXPECT_TRUE(keyed.invalid_key.has_value());
  const auto& previous = result.module.statements().Get<ir::ReadStatement>(body[2]);
  EXPECT_EQ(previous.direction, ir::ReadDirection::kPrevious);
  EXPECT_EQ(previous.lock, ir::RecordLock::kNoLock);
  EXPECT_FALSE(previous.at_end.has_value());
  EXPECT_TRUE(previous.not_at_end.has_value());
  const auto& plain = result.module.statements().Get<ir::ReadStatement>(body[3]);
  EXPECT_EQ(plain.direction, ir::ReadDirection::kDefault);
  EXPECT_FALSE(plain.invalid_key.has_value());
  EXPECT_TRUE(plain.not_invalid_key.has_value());
}

TEST(FileIoTest, WriteKeepsFromAdvancingMnemonicsAndPhrases) {
  LowerResult result = LowerFreeFormat(
      FileProgram("A.\n  WRITE PRINT-LINE FROM WS-REC AFTER ADVANCING 2 LINES\n"
                  "  WRITE PRINT-LINE BEFORE PAGE\n"
                  "  WRITE PRINT-LINE AFTER TOP-OF-FORM\n"
                  "  WRITE PRINT-LINE FROM 'X' BEFORE WS-N AT EOP DISPLAY 'P' END-WRITE\n"
                  "  WRITE IDX-REC INVALID KEY DISPLAY 'DUP' NOT INVALID KEY CONTINUE.\n"));
  const ir::StatementList& body = FirstBody(result);
  ASSERT_EQ(body.size(), 5u);
  const auto& lines = result.module.statements().Get<ir::WriteStatement>(body[0]);
  EXPECT_EQ(result.module.str(result.module.field(lines.record).name), "PRINT-LINE");
  EXPECT_TRUE(lines.from.is_valid());
  EXPECT_EQ(lines.advancing, ir::AdvancingKind::kAfterLines);
  EXPECT_TRUE(lines.advancing_lines.is_valid());
  const auto& page = result.module.statements().Get<ir::WriteStatement>(body[1]);
  EXPECT_EQ(page.advancing, ir::AdvancingKind::kBeforePage);
  EXPECT_FALSE(page.from.is_valid());
  const auto& mnemonic = result.module.statements().Get<ir::WriteStatement>(body[2]);
  EXPECT_EQ(mnemonic.advancing, ir::AdvancingKind::kAfterMnemonic);
  EXPECT_EQ(result.module.str(mnemonic.advancing_mnemonic), "C01");
  EXPECT_FALSE(mnemonic.advancing_lines.is_valid());
  const auto& end_of_page = result.module.statements().Get<ir::WriteStatement>(body[3]);
  EXPECT_EQ(end_of_page.advancing, ir::AdvancingKind::kBeforeLines);
  EXPECT_TRUE(end_of_page.from.is_valid());
  EXPECT_TRUE(end_of_page.advancing_lines.is_valid());
  EXPECT_TRUE(end_of_page.end_of_page.has_value());
  const auto& keyed = result.module.statements().Get<ir::WriteStatement>(body[4]);
  EXPECT_TRUE(keyed.invalid_key.has_value());
  EXPECT_TRUE(keyed.not_invalid_key.has_value());
}

TEST(FileIoTest, RewriteDeleteAndStart) {
  LowerResult result = LowerFreeFormat(
      FileProgram("A.\n  REWRITE IDX-REC FROM WS-REC INVALID KEY CONTINUE END-REWRITE\n"
                  "  DELETE IDX-FILE RECORD INVALID KEY DISPLAY 'NF' END-DELETE\n"
                  "  START IDX-FILE KEY IS NOT LESS THAN IDX-KEY INVALID KEY CONTINUE\n"
                  "  END-START\n"
                  "  START IDX-FILE.\n"));
  const ir::StatementList& body = FirstBody(result);
  ASSERT_EQ(body.size(), 4u);
  const auto& rewrite = result.module.statements().Get<ir::RewriteStatement>(body[0]);
  EXPECT_TRUE(rewrite.from.is_valid());
  EXPECT_TRUE(rewrite.invalid_key.has_value());
  const auto& deleted = result.module.statements().Get<ir::DeleteStatement>(body[1]);
  EXPECT_EQ(deleted.file, kIdxFile);
  EXPECT_TRUE(deleted.invalid_key.has_value());
  const auto& keyed = result.module.statements().Get<ir::StartStatement>(body[2]);
  EXPECT_EQ(keyed.key_relation, ir::RelationalOperator::kGreaterOrEqual);
  EXPECT_TRUE(keyed.key.is_valid());
  const auto& plain = result.module.statements().Get<ir::StartStatement>(body[3]);
  EXPECT_EQ(plain.key_relation, ir::RelationalOperator::kEqual);
  EXPECT_FALSE(plain.key.is_valid());
  EXPECT_FALSE(plain.invalid_key.has_value());
}

TEST(FileIoTest, SortMergeReleaseAndReturn) {
  LowerResult result = LowerFreeFormat(
      FileProgram("A.\n  SORT SORT-FILE ON ASCENDING KEY SORT-KEY DESCENDING SORT-NAME\n"
                  "    WITH DUPLICATES IN ORDER COLLATING SEQUENCE IS ALPHA\n"
                  "    INPUT PROCEDURE IS IN-PROC THRU IN-EXIT GIVING SEQ-FILE PRINT-FILE\n"
                  "  MERGE SORT-FILE ON DESCENDING SORT-KEY SORT-NAME USING SEQ-FILE PRINT-FILE\n"
                  "    OUTPUT PROCEDURE OUT-PROC\n"
                  "  STOP RUN.\n"
                  "IN-PROC.\n  RELEASE SORT-REC FROM WS-REC.\nIN-EXIT.\n  EXIT.\n"
                  "OUT-PROC.\n  RETURN SORT-FILE INTO WS-REC AT END DISPLAY 'END'\n"
                  "    NOT AT END DISPLAY SORT-NAME END-RETURN.\n"));
  const ir::StatementList& body = FirstBody(result);
  ASSERT_EQ(body.size(), 3u);
  const auto& sort = result.module.statements().Get<ir::SortStatement>(body[0]);
  EXPECT_EQ(sort.file, kSortFile);
  ASSERT_EQ(sort.keys.size(), 2u);
  EXPECT_TRUE(sort.keys[0].ascending);
  EXPECT_FALSE(sort.keys[1].ascending);
  EXPECT_EQ(result.module.str(result.module.field(sort.keys[1].key).name), "SORT-NAME");
  EXPECT_TRUE(sort.duplicates_in_order);
  // ALPHABET ALPHA IS NATIVE: the alphabet-name is lowered as the alphabet it stands for.
  EXPECT_EQ(result.module.str(sort.collating_sequence), "NATIVE");
  EXPECT_TRUE(sort.using_files.empty());
  EXPECT_EQ(sort.input_procedure.first, ir::ParagraphId(1));
  EXPECT_EQ(sort.input_procedure.last, ir::ParagraphId(2));
  EXPECT_EQ(sort.giving_files, (std::vector<ir::FileDescriptionId>{kSeqFile, kPrintFile}));
  EXPECT_FALSE(sort.output_procedure.first.is_valid());
  const auto& merge = result.module.statements().Get<ir::MergeStatement>(body[1]);
  ASSERT_EQ(merge.keys.size(), 2u);
  EXPECT_FALSE(merge.keys[1].ascending);
  EXPECT_EQ(merge.using_files, (std::vector<ir::FileDescriptionId>{kSeqFile, kPrintFile}));
  EXPECT_EQ(merge.output_procedure.first, ir::ParagraphId(3));
  EXPECT_TRUE(merge.giving_files.empty());
  const ir::StatementId release_id = result.module.paragraph(ir::ParagraphId(1)).body.front();
  const auto& release = result.module.statements().Get<ir::ReleaseStatement>(release_id);
  EXPECT_EQ(result.module.str(result.module.field(release.record).name), "SORT-REC");
  EXPECT_TRUE(release.from.is_valid());
  const ir::StatementId return_id = result.module.paragraph(ir::ParagraphId(3)).body.front();
  const auto& returned = result.module.statements().Get<ir::SortReturnStatement>(return_id);
  EXPECT_EQ(returned.file, kSortFile);
  EXPECT_TRUE(returned.into.is_valid());
  EXPECT_TRUE(returned.at_end.has_value());
  EXPECT_TRUE(returned.not_at_end.has_value());
}

TEST(FileIoTest, DeclarativeSectionsKeepTheirUse) {
  LowerResult result = LowerFreeFormat(FileProgram(
      "DECLARATIVES.\n"
      "SEQ-ERROR SECTION.\n  USE AFTER STANDARD ERROR PROCEDURE ON SEQ-FILE IDX-FILE.\n"
      "SEQ-ERROR-DISPLAY.\n  DISPLAY 'SEQ ERROR'.\n"
      "INPUT-ERROR SECTION.\n  USE GLOBAL AFTER EXCEPTION PROCEDURE INPUT.\n"
      "  DISPLAY 'INPUT ERROR'.\n"
      "DEBUG-ALL SECTION.\n  USE FOR DEBUGGING ON ALL PROCEDURES ALL REFERENCES OF WS-N\n"
      "    WORK SEQ-FILE WS-REC.\n"
      "END DECLARATIVES.\n"
      "MAIN SECTION.\nSTART-UP.\n  PERFORM WORK.\n  STOP RUN.\nWORK.\n  EXIT.\n"));
  ASSERT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
  EXPECT_TRUE(result.diagnostics.empty()) << result.messages();
  const ir::Module& module = result.module;
  // Declaratives come first: SEQ-ERROR, its paragraph, INPUT-ERROR, DEBUG-ALL, then MAIN.
  const ir::Paragraph& seq_error = module.paragraph(ir::ParagraphId(0));
  EXPECT_EQ(module.str(seq_error.name), "SEQ-ERROR");
  EXPECT_TRUE(seq_error.declarative);
  EXPECT_EQ(seq_error.use, ir::UseKind::kErrorProcedure);
  EXPECT_EQ(seq_error.use_files, (std::vector<ir::FileDescriptionId>{kSeqFile, kIdxFile}));
  EXPECT_FALSE(seq_error.use_global);
  ASSERT_EQ(seq_error.paragraphs.size(), 1u);
  EXPECT_TRUE(module.paragraph(seq_error.paragraphs.front()).declarative);
  EXPECT_EQ(module.paragraph(seq_error.paragraphs.front()).body.size(), 1u);
  const ir::Paragraph& input_error = module.paragraph(ir::ParagraphId(2));
  EXPECT_EQ(input_error.use_modes, std::vector<ir::OpenMode>{ir::OpenMode::kInput});
  EXPECT_TRUE(input_error.use_global);
  EXPECT_EQ(input_error.body.size(), 1u);
  const ir::Paragraph& debug = module.paragraph(ir::ParagraphId(3));
  EXPECT_EQ(debug.use, ir::UseKind::kDebugging);
  ASSERT_EQ(debug.use_debugging.size(), 5u);
  EXPECT_EQ(debug.use_debugging[0].kind, ir::DebugTargetKind::kAllProcedures);
  EXPECT_EQ(debug.use_debugging[1].kind, ir::DebugTargetKind::kAllReferences);
  EXPECT_EQ(module.str(module.field(debug.use_debugging[1].field).name), "WS-N");
  EXPECT_EQ(debug.use_debugging[2].kind, ir::DebugTargetKind::kProcedure);
  EXPECT_EQ(module.str(module.paragraph(debug.use_debugging[2].procedure).name), "WORK");
  EXPECT_EQ(debug.use_debugging[3].kind, ir::DebugTargetKind::kFile);
  EXPECT_EQ(debug.use_debugging[3].file, kSeqFile);
  EXPECT_EQ(debug.use_debugging[4].kind, ir::DebugTargetKind::kData);
  EXPECT_FALSE(module.paragraph(ir::ParagraphId(4)).declarative);
}

// --- diagnostics ---

// A statement whose file or record does not resolve is lowered as CONTINUE: reported once,
// and not as a statement family that is not lowered yet.
TEST(FileIoDiagnosticsTest, UndefinedFileIsRM2320) {
  LowerResult result = LowerFreeFormat(FileProgram("A.\n  OPEN INPUT NO-SUCH-FILE.\n"));
  EXPECT_EQ(result.codes(), std::vector<std::string>{"RM2320"}) << result.messages();
  EXPECT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
}

TEST(FileIoDiagnosticsTest, FileOfTheWrongKindIsRM2321) {
  LowerResult result = LowerFreeFormat(
      FileProgram("A.\n  READ SORT-FILE.\n  SORT SEQ-FILE ON ASCENDING KEY SEQ-REC USING IDX-FILE\n"
                  "    GIVING PRINT-FILE.\n"));
  EXPECT_EQ(result.codes(), (std::vector<std::string>{"RM2321", "RM2321"})) << result.messages();
  EXPECT_NE(result.messages().find("SORT names 'SEQ-FILE', which is a file (FD); SORT needs a "
                                   "sort file (SD)"),
            std::string::npos)
      << result.messages();
}

TEST(FileIoDiagnosticsTest, WritingWhatIsNotARecordIsRM2322) {
  LowerResult result = LowerFreeFormat(FileProgram("A.\n  WRITE WS-REC.\n  RELEASE SEQ-REC.\n"));
  EXPECT_EQ(result.codes(), (std::vector<std::string>{"RM2322", "RM2322"})) << result.messages();
}

TEST(FileIoDiagnosticsTest, UnknownDebuggingOperandIsRM2323) {
  LowerResult result = LowerFreeFormat(
      FileProgram("DECLARATIVES.\nD SECTION.\n  USE FOR DEBUGGING ON NOWHERE.\nEND DECLARATIVES.\n"
                  "M SECTION.\nP.\n  STOP RUN.\n"));
  EXPECT_EQ(result.codes(), std::vector<std::string>{"RM2323"}) << result.messages();
  EXPECT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
}

TEST(FileIoDiagnosticsTest, ReversedSortProcedureRangeIsRM2324) {
  LowerResult result = LowerFreeFormat(
      FileProgram("A.\n  SORT SORT-FILE ON ASCENDING KEY SORT-KEY INPUT PROCEDURE C THRU B\n"
                  "    GIVING SEQ-FILE.\n  STOP RUN.\nB.\n  EXIT.\nC.\n  EXIT.\n"));
  EXPECT_EQ(result.codes(), std::vector<std::string>{"RM2324"}) << result.messages();
  EXPECT_TRUE(result.verifier_diagnostics.empty()) << result.messages();
  const auto& sort = result.module.statements().Get<ir::SortStatement>(
      result.module.paragraph(ir::ParagraphId(0)).body.front());
  EXPECT_EQ(sort.input_procedure.first, ir::ParagraphId(2));
  EXPECT_FALSE(sort.input_procedure.last.is_valid());
}

TEST(FileIoDiagnosticsTest, UseBeforeReportingIsNotLoweredYet) {
  LowerResult result = LowerFreeFormat(
      FileProgram("DECLARATIVES.\nR SECTION.\n  USE BEFORE REPORTING SOME-GROUP.\n  DISPLAY 'R'.\n"
                  "END DECLARATIVES.\nM SECTION.\nP.\n  STOP RUN.\n"));
  EXPECT_EQ(result.codes(), std::vector<std::string>{"RM2301"}) << result.messages();
  EXPECT_NE(result.messages().find("USE BEFORE REPORTING"), std::string::npos) << result.messages();
  EXPECT_TRUE(result.module.paragraph(ir::ParagraphId(0)).declarative);
}

}  // namespace
}  // namespace remint::cobol::testing
