#include "frontends/inventory/dependencies.h"

#include <gtest/gtest.h>

#include "frontends/inventory/classify_member.h"

namespace remint::inventory {
namespace {

auto Extract(std::string text) -> std::vector<Dependency> {
  ErrorOr<SourceText> source = DecodeSourceText(std::move(text), {});
  EXPECT_TRUE(source.ok());
  return ExtractDependencies(*source, ClassifyMember(*source));
}

auto Describe(const std::vector<Dependency>& dependencies) -> std::vector<std::string> {
  std::vector<std::string> described;
  for (const Dependency& d : dependencies) {
    described.push_back(std::string(DependencyKindName(d.kind)) + " " + d.target +
                        (d.library.empty() ? "" : " OF " + d.library) + " @" +
                        std::to_string(d.line));
  }
  return described;
}

TEST(DependenciesTest, CobolCopyCallAndSqlInclude) {
  std::vector<std::string> found = Describe(Extract(
      "000100 IDENTIFICATION DIVISION.\n"
      "000200 PROGRAM-ID. P.\n"
      "000300 DATA DIVISION.\n"
      "000400 WORKING-STORAGE SECTION.\n"
      "000500     COPY CUSTREC OF PRODLIB REPLACING ==A== BY ==B==.\n"
      "000600*    COPY COMMENTED.\n"
      "000700     COPY\n"
      "000800         \"quoted.cpy\".\n"
      "000900     EXEC SQL INCLUDE SQLCA END-EXEC.\n"
      "001000 PROCEDURE DIVISION.\n"
      "001100     CALL 'SUBPGM' USING X.\n"
      "001200     CALL WS-NAME.\n"
      "001300     DISPLAY 'CALL NOTME'.\n"));
  EXPECT_EQ(found, (std::vector<std::string>{"copy CUSTREC OF PRODLIB @5", "copy quoted.cpy @7",
                                             "sql-include SQLCA @9", "call SUBPGM @11",
                                             "call-dynamic WS-NAME @12"}));
}

TEST(DependenciesTest, JclStatementsContinuationsAndInStreamData) {
  std::vector<std::string> found = Describe(Extract(
      "//J       JOB 1\n"
      "//LIBS    JCLLIB ORDER=(A.PROCLIB,B.PROCLIB)\n"
      "//        INCLUDE MEMBER=STDLIBS\n"
      "//S1      EXEC PGM=IEFBR14\n"
      "//DD1     DD DSN=A.B.C,\n"
      "//           DISP=(NEW,CATLG),UNIT=SYSDA\n"
      "//S2      EXEC MYPROC,P=1\n"
      "//S3      EXEC PROC=OTHER\n"
      "//IN      DD *\n"
      "//NOTDATA EXEC PGM=ENDSDATA\n"
      "//IN2     DD DATA,DLM=@@\n"
      "//NOPE    EXEC PGM=HIDDEN\n"
      "@@\n"
      "//OUT     DD DSN='QUOTED.NAME(+1)',DISP=SHR  A COMMENT DSN=NOT.THIS\n"));
  EXPECT_EQ(found, (std::vector<std::string>{
                       "jcllib A.PROCLIB @2", "jcllib B.PROCLIB @2", "include STDLIBS @3",
                       "exec-pgm IEFBR14 @4", "dsn A.B.C @5", "exec-proc MYPROC @7",
                       "exec-proc OTHER @8", "exec-pgm ENDSDATA @10",
                       "dsn QUOTED.NAME(+1) @14"}));
}

TEST(DependenciesTest, FortranCallAndInclude) {
  std::vector<std::string> found = Describe(Extract(
      "      PROGRAM X\n      INCLUDE 'COMMON.INC'\nC     CALL NOTME\n"
      "      CALL PAYMNT(A, B)\n   10 CALL LATER\n      END\n"));
  EXPECT_EQ(found, (std::vector<std::string>{"include COMMON.INC @2", "call PAYMNT @4",
                                             "call LATER @5"}));
}

}  // namespace
}  // namespace remint::inventory
