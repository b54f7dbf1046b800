#include "frontends/inventory/classify_member.h"

#include <gtest/gtest.h>

namespace remint::inventory {
namespace {

auto Classify(std::string text) -> Classification {
  ErrorOr<SourceText> source = DecodeSourceText(std::move(text), {});
  EXPECT_TRUE(source.ok());
  return ClassifyMember(*source);
}

TEST(ClassifyMemberTest, CobolProgramFixedAndFree) {
  Classification fixed = Classify(
      "000100 IDENTIFICATION DIVISION.\n000200 PROGRAM-ID. PAYROLL.\n"
      "000300 PROCEDURE DIVISION.\n000400     STOP RUN.\n");
  EXPECT_EQ(fixed.kind, MemberKind::kCobolProgram);
  EXPECT_EQ(fixed.form, SourceForm::kFixed);
  EXPECT_EQ(fixed.reason, "PROGRAM-ID at line 2");

  Classification free = Classify(
      ">>SOURCE FORMAT FREE\nidentification division.\nprogram-id. hello.\n"
      "procedure division.\n*> a comment\n    display 'hi'\n    goback.\n");
  EXPECT_EQ(free.kind, MemberKind::kCobolProgram);
  EXPECT_EQ(free.form, SourceForm::kFree);
}

TEST(ClassifyMemberTest, CopybookFragments) {
  EXPECT_EQ(Classify("       01  CUST-REC.\n           05 CUST-ID PIC X(10).\n").kind,
            MemberKind::kCobolCopybook);
  // NIST-style fragments: a single word on a sequence-numbered card is still COBOL.
  EXPECT_EQ(Classify("000100          RCD-1                                        K1P014.2\n")
                .kind,
            MemberKind::kCobolCopybook);
  EXPECT_EQ(Classify("000100     MOVE PROC-1 TO PROC-2.\n").kind, MemberKind::kCobolCopybook);
}

TEST(ClassifyMemberTest, JclJobProcAndInclude) {
  Classification job = Classify("//PAYJOB JOB (1),'X'\n//S1 EXEC PGM=PAYROLL\n");
  EXPECT_EQ(job.kind, MemberKind::kJclJob);
  EXPECT_EQ(job.reason, "JOB statement at line 1");
  EXPECT_EQ(Classify("//*\n//MYPROC PROC A=1\n//S1 EXEC PGM=X\n//  PEND\n").kind,
            MemberKind::kJclProc);
  EXPECT_EQ(Classify("//STEPLIB DD DSN=A.B,DISP=SHR\n").kind, MemberKind::kJclInclude);
  // A job whose in-stream data outweighs its statements is still a job.
  EXPECT_EQ(Classify("//J JOB 1\n//S EXEC PGM=X\n//SYSIN DD *\nA\nB\nC\nD\nE\n/*\n").kind,
            MemberKind::kJclJob);
}

TEST(ClassifyMemberTest, FortranFixedAndFree) {
  Classification fixed = Classify(
      "C     COMMENT\n      PROGRAM X\n      INTEGER I\n      DO 10 I = 1, 3\n"
      "   10 CONTINUE\n      END\n");
  EXPECT_EQ(fixed.kind, MemberKind::kFortran);
  EXPECT_EQ(fixed.form, SourceForm::kFixed);
  Classification free = Classify(
      "module m\n  implicit none\ncontains\n  subroutine s(x)\n    real, intent(in) :: x\n"
      "  end subroutine s\nend module m\n");
  EXPECT_EQ(free.kind, MemberKind::kFortran);
  EXPECT_EQ(free.form, SourceForm::kFree);
}

TEST(ClassifyMemberTest, DatasetsAndEmpty) {
  EXPECT_EQ(Classify("TIER01 000000000 0.0100\nTIER02 001000000 0.0150\n").kind,
            MemberKind::kDatasetText);
  // Program output with numbered lines is not a copybook ("1 PASS" is no data entry).
  EXPECT_EQ(Classify("      TEST     PASS/FAIL\n         1       PASS\n         2       PASS\n")
                .kind,
            MemberKind::kDatasetText);
  // Utility control statements starting with COBOL-like words are not COBOL.
  EXPECT_EQ(Classify("CALL     IEBIBALL\nWHEN SYSRC(EQ 0) RUN 'X'\nWHEN SYSRC(GT 4) END\n").kind,
            MemberKind::kDatasetText);
  EXPECT_EQ(Classify("").kind, MemberKind::kUnknown);
  EXPECT_EQ(Classify(std::string("\x00\x01\x02\x03", 4)).kind, MemberKind::kDatasetBinary);
}

}  // namespace
}  // namespace remint::inventory
