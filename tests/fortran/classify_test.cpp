// The statement classifier: every kind from its condensed fixed-form text, the blank-
// insensitivity ambiguities (DO10I=1.10 against DO10I=1,10, typed FUNCTION headers against
// declarations), logical IF with its controlled statement, operand offsets, and the diagnostic
// for an unclassifiable statement.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/fortran/fortran_fixture.h"

namespace remint::fortran::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

struct KindCase {
  const char* text;
  StatementKind kind;
};

// Names the case in failure messages.
void PrintTo(const KindCase& kind_case, std::ostream* out) { *out << kind_case.text; }

class ClassifyKindTest : public ::testing::TestWithParam<KindCase> {};

TEST_P(ClassifyKindTest, KindOfStatement) {
  EXPECT_EQ(KindOf(GetParam().text), GetParam().kind)
      << GetParam().text << " expected " << StatementKindName(GetParam().kind);
}

using K = StatementKind;

INSTANTIATE_TEST_SUITE_P(
    Fortran77, ClassifyKindTest,
    ::testing::Values(
        KindCase{"X = 1", K::kAssignment}, KindCase{"A(I, J) = B(J)", K::kAssignment},
        KindCase{"F(X) = X * 2", K::kAssignment}, KindCase{"DO 10 I = 1.10", K::kAssignment},
        KindCase{"DO 10 I = 1,10", K::kDo}, KindCase{"DO 10, I = 1, 10, 2", K::kDo},
        KindCase{"DO10I=F(1,2)", K::kAssignment}, KindCase{"IF (X) Y = 1", K::kLogicalIf},
        KindCase{"IF (X .GT. 0) 10, 20, 30", K::kArithmeticIf},
        KindCase{"IF (X .EQ. Y) THEN", K::kIfThen}, KindCase{"IF (I) = 3", K::kAssignment},
        KindCase{"ELSE IF (X) THEN", K::kElseIf}, KindCase{"ELSE", K::kElse},
        KindCase{"END IF", K::kEndIf}, KindCase{"ENDIF", K::kEndIf},
        KindCase{"CONTINUE", K::kContinue}, KindCase{"GO TO 10", K::kGoto},
        KindCase{"GOTO (10, 20, 30), I", K::kComputedGoto},
        KindCase{"GO TO I, (10, 20)", K::kAssignedGoto}, KindCase{"GOTO I", K::kAssignedGoto},
        KindCase{"ASSIGN 10 TO I", K::kAssign}, KindCase{"CALL SUB(1, 2)", K::kCall},
        KindCase{"CALL SUB", K::kCall}, KindCase{"RETURN", K::kReturn},
        KindCase{"RETURN 1", K::kReturn}, KindCase{"STOP", K::kStop},
        KindCase{"STOP 'DONE'", K::kStop}, KindCase{"PAUSE 7", K::kPause}, KindCase{"END", K::kEnd},
        KindCase{"PROGRAM MAIN", K::kProgram}, KindCase{"SUBROUTINE S(A, B)", K::kSubroutine},
        KindCase{"SUBROUTINE S", K::kSubroutine}, KindCase{"FUNCTION F(X)", K::kFunction},
        KindCase{"REAL FUNCTION F(X)", K::kFunction},
        KindCase{"CHARACTER*8 FUNCTION F(X)", K::kFunction},
        KindCase{"CHARACTER*(*) FUNCTION F()", K::kFunction},
        KindCase{"DOUBLE PRECISION FUNCTION F(X)", K::kFunction},
        KindCase{"INTEGER*4 FUNCTION F(X)", K::kFunction},
        KindCase{"LOGICAL FUNCTION F(X)", K::kFunction},
        KindCase{"REAL FUNCTIONX", K::kTypeDeclaration},
        KindCase{"REAL FUNCTION X, Y", K::kTypeDeclaration}, KindCase{"BLOCK DATA", K::kBlockData},
        KindCase{"BLOCKDATA INIT", K::kBlockData}, KindCase{"ENTRY E(X)", K::kEntry},
        KindCase{"INTEGER I, J(10)", K::kTypeDeclaration},
        KindCase{"INTEGER*2 I", K::kTypeDeclaration}, KindCase{"REAL X", K::kTypeDeclaration},
        KindCase{"DOUBLE PRECISION D", K::kTypeDeclaration},
        KindCase{"COMPLEX Z", K::kTypeDeclaration}, KindCase{"LOGICAL L", K::kTypeDeclaration},
        KindCase{"CHARACTER*8 A, B*4", K::kTypeDeclaration},
        KindCase{"CHARACTER C*(*)", K::kTypeDeclaration},
        KindCase{"IMPLICIT REAL (A-H, O-Z)", K::kImplicit},
        KindCase{"PARAMETER (N = 10)", K::kParameter},
        KindCase{"DIMENSION A(10), B(2, 3)", K::kDimension},
        KindCase{"COMMON /BLK/ A, B", K::kCommon}, KindCase{"COMMON A", K::kCommon},
        KindCase{"EQUIVALENCE (A, B)", K::kEquivalence},
        KindCase{"DATA A, B / 1.0, 2.0 /", K::kData},
        KindCase{"DATA (A(I), I=1,2) /2*0/", K::kData}, KindCase{"SAVE", K::kSave},
        KindCase{"SAVE A, /BLK/", K::kSave}, KindCase{"EXTERNAL F", K::kExternal},
        KindCase{"INTRINSIC SIN", K::kIntrinsic}, KindCase{"FORMAT (1X, I5)", K::kFormat},
        KindCase{"READ (5, 10) X", K::kRead}, KindCase{"READ 10, X", K::kRead},
        KindCase{"READ *, X", K::kRead}, KindCase{"WRITE (6, 10) X", K::kWrite},
        KindCase{"PRINT *, X", K::kPrint}, KindCase{"PRINT 10", K::kPrint},
        KindCase{"OPEN (UNIT=1, FILE='F')", K::kOpen}, KindCase{"CLOSE (1)", K::kClose},
        KindCase{"INQUIRE (UNIT=1, EXIST=L)", K::kInquire}, KindCase{"REWIND 1", K::kRewind},
        KindCase{"REWIND (UNIT=1)", K::kRewind}, KindCase{"BACKSPACE 1", K::kBackspace},
        KindCase{"ENDFILE 1", K::kEndfile}, KindCase{"END FILE (UNIT=1)", K::kEndfile},
        KindCase{"INCLUDE 'X.INC'", K::kInclude}, KindCase{"IMPLICIT NONE", K::kImplicitNone}));

INSTANTIATE_TEST_SUITE_P(
    Fortran90Subset, ClassifyKindTest,
    ::testing::Values(
        KindCase{"DO I = 1, 10", K::kDo}, KindCase{"DO", K::kDo},
        KindCase{"DO WHILE (I .LT. 10)", K::kDoWhile}, KindCase{"DO 10 WHILE (L)", K::kDoWhile},
        KindCase{"DO 10, WHILE (L)", K::kDoWhile}, KindCase{"END DO", K::kEndDo},
        KindCase{"MODULE M", K::kModule}, KindCase{"MODULE PROCEDURE P", K::kModule},
        KindCase{"USE M", K::kUse}, KindCase{"USE M, ONLY: A => B", K::kUse},
        KindCase{"CONTAINS", K::kContains}, KindCase{"SELECT CASE (I)", K::kSelectCase},
        KindCase{"CASE (1, 2:3)", K::kCase}, KindCase{"CASE DEFAULT", K::kCase},
        KindCase{"END SELECT", K::kEndSelect}, KindCase{"ALLOCATE (A(N))", K::kAllocate},
        KindCase{"DEALLOCATE (A)", K::kDeallocate}, KindCase{"TYPE POINT", K::kTypeDefinition},
        KindCase{"TYPE :: POINT", K::kTypeDefinition},
        KindCase{"TYPE, PUBLIC :: POINT", K::kTypeDefinition},
        KindCase{"TYPE(POINT) P", K::kTypeDeclaration},
        KindCase{"TYPE (POINT) :: P = POINT(1, 2)", K::kTypeDeclaration},
        KindCase{"END TYPE", K::kEndType}, KindCase{"END TYPE POINT", K::kEndType},
        KindCase{"INTEGER :: N = 10", K::kTypeDeclaration},
        KindCase{"REAL(KIND=8) X", K::kTypeDeclaration},
        KindCase{"CHARACTER(LEN=8) :: S", K::kTypeDeclaration},
        KindCase{"RECURSIVE SUBROUTINE S(N)", K::kSubroutine},
        KindCase{"PURE INTEGER FUNCTION F(N)", K::kFunction}, KindCase{"END SUBROUTINE S", K::kEnd},
        KindCase{"END PROGRAM", K::kEnd}, KindCase{"END MODULE M", K::kEnd},
        KindCase{"END FUNCTION F", K::kEnd}, KindCase{"DOUBLE COMPLEX Z", K::kTypeDeclaration}));

// Keywords are not reserved: with an `=` at the top level these are assignments.
INSTANTIATE_TEST_SUITE_P(KeywordsAsNames, ClassifyKindTest,
                         ::testing::Values(KindCase{"CALLX = 1", K::kAssignment},
                                           KindCase{"ENDIF = 2", K::kAssignment},
                                           KindCase{"GO TO 10 = 3", K::kAssignment},
                                           KindCase{"DATA = 1", K::kAssignment},
                                           KindCase{"FORMAT(1) = 2", K::kAssignment},
                                           KindCase{"READ(1) = 2", K::kAssignment},
                                           KindCase{"DO 10 I = 1", K::kAssignment},
                                           KindCase{"IF (I) THEN = 1", K::kLogicalIf},
                                           KindCase{"REAL*8 HX", K::kTypeDeclaration},
                                           KindCase{"CHARACTER*8 FUNCTIONF", K::kTypeDeclaration},
                                           KindCase{"INTEGER FUNCTION = 1", K::kAssignment}));

INSTANTIATE_TEST_SUITE_P(
    NotStatements, ClassifyKindTest,
    ::testing::Values(KindCase{"HELLO WORLD", K::kUnknown}, KindCase{"IF (X)", K::kUnknown},
                      KindCase{"GOTO", K::kUnknown}, KindCase{"= 1", K::kUnknown},
                      KindCase{"CALL", K::kUnknown}, KindCase{"'A' = 1", K::kUnknown}));

TEST(ClassifyTest, OperandsStartAfterTheKeywordOrTypeSpecifier) {
  ReadResult result = ReadText(Card("DO 10 I = 1, 10") + Card("CHARACTER*8 FUNCTION F(X)") +
                               Card("INTEGER*4 I, J") + Card("CALL SUB(1)") + Card("X = 1") +
                               Card("IF (L) THEN") + Card("GOTO (10, 20), I"));
  ASSERT_EQ(result.kinds.size(), 7u);
  EXPECT_EQ(result.statements[0].text.substr(result.kinds[0].operands), "10I=1,10");
  EXPECT_EQ(result.statements[1].text.substr(result.kinds[1].operands), "F(X)");
  EXPECT_EQ(result.statements[2].text.substr(result.kinds[2].operands), "I,J");
  EXPECT_EQ(result.statements[3].text.substr(result.kinds[3].operands), "SUB(1)");
  EXPECT_EQ(result.kinds[4].operands, 0u);
  EXPECT_EQ(result.statements[5].text.substr(result.kinds[5].operands), "(L)THEN");
  EXPECT_EQ(result.statements[6].text.substr(result.kinds[6].operands), "(10,20),I");
}

TEST(ClassifyTest, LogicalIfClassifiesTheStatementItControls) {
  ReadResult result = ReadText(Card("IF (X .GT. 0) GO TO 10") + Card("IF (L) CALL S(1)") +
                               Card("IF (L) WRITE (6, 1) X"));
  ASSERT_EQ(result.kinds.size(), 3u);
  EXPECT_EQ(result.kinds[0].kind, K::kLogicalIf);
  EXPECT_EQ(result.kinds[0].nested_kind, K::kGoto);
  EXPECT_EQ(result.statements[0].text.substr(result.kinds[0].nested_start), "GOTO10");
  EXPECT_EQ(result.statements[0].text.substr(result.kinds[0].nested_operands), "10");
  EXPECT_EQ(result.kinds[1].nested_kind, K::kCall);
  EXPECT_EQ(result.kinds[2].nested_kind, K::kWrite);
  EXPECT_THAT(result.rendered(), IsEmpty());
}

TEST(ClassifyTest, EqualsInsideCharacterConstantsAndParenthesesIsNotAnAssignment) {
  EXPECT_EQ(KindOf("WRITE (6, *) 'A = B'"), K::kWrite);
  EXPECT_EQ(KindOf("PRINT 1, 3HA=B"), K::kPrint);
  EXPECT_EQ(KindOf("READ (5, *, END = 10) X"), K::kRead);
  EXPECT_EQ(KindOf("IF (A .EQ. B) X = 1"), K::kLogicalIf);
}

TEST(ClassifyTest, UnclassifiableStatementIsReportedWhereItStarts) {
  ReadResult result = ReadText(Card("X = 1") + "   10 HELLO WORLD\n" + Card("IF (L) NONSENSE"));
  EXPECT_THAT(result.located_codes(), ElementsAre("2:7: RM4101", "3:14: RM4101"));
  EXPECT_THAT(result.rendered().at(0), ::testing::HasSubstr("'HELLOWORLD'"));
}

}  // namespace
}  // namespace remint::fortran::testing
