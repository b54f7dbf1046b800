// The statement parser: each statement family's operands, FORTRAN 77's precedence rules, the
// places where fixed form's insignificant blanks make tokens ambiguous, and the parser's
// diagnostics. Precedence is also checked against gfortran in expression_crosscheck_test.cpp.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/fortran/fortran_fixture.h"

namespace remint::fortran::testing {
namespace {

constexpr std::string_view kAssign = "assignment or statement function: ";

auto Assigned(const std::string& text) -> std::string {
  std::string printed = ParseOf(text);
  if (printed.rfind(kAssign, 0) == 0) return printed.substr(kAssign.size());
  return printed;
}

TEST(ParseExpressionTest, ArithmeticPrecedenceAndAssociativity) {
  EXPECT_EQ(Assigned("X = A + B * C ** 2"), "X = (+ A (* B (** C 2)))");
  EXPECT_EQ(Assigned("X = A - B - C"), "X = (- (- A B) C)");
  EXPECT_EQ(Assigned("X = A / B * C"), "X = (* (/ A B) C)");
  // ** groups right to left (F77 6.1.2.4).
  EXPECT_EQ(Assigned("X = A ** B ** C"), "X = (** A (** B C))");
  // A leading sign applies to the whole term: -A**2 is -(A**2), -A*B is -(A*B).
  EXPECT_EQ(Assigned("X = -A ** 2"), "X = (neg (** A 2))");
  EXPECT_EQ(Assigned("X = -A * B + C"), "X = (+ (neg (* A B)) C)");
  // gfortran's extension: a sign after an operator applies to the next factor.
  EXPECT_EQ(Assigned("X = A * -B ** 2"), "X = (* A (neg (** B 2)))");
  EXPECT_EQ(Assigned("X = (A + B) * C"), "X = (* (paren (+ A B)) C)");
}

TEST(ParseExpressionTest, LogicalAndRelationalLevels) {
  EXPECT_EQ(Assigned("L = A .LT. B .AND. .NOT. C .OR. D .EQV. E"),
            "L = (.EQV. (.OR. (.AND. (.LT. A B) (.NOT. C)) D) E)");
  EXPECT_EQ(Assigned("L = X + 1 .GE. Y // Z"), "L = (.GE. (+ X 1) (// Y Z))");
  EXPECT_EQ(Assigned("L = A == B"), "L = (.EQ. A B)");
  EXPECT_EQ(Assigned("L = .TRUE. .NEQV. .FALSE."), "L = (.NEQV. .TRUE. .FALSE.)");
}

TEST(ParseExpressionTest, NumbersNextToDottedOperators) {
  // 1.EQ.2 is 1 .EQ. 2, not the real 1. followed by EQ.2; 1.E5 is a real.
  EXPECT_EQ(Assigned("L = 1.EQ.2"), "L = (.EQ. 1 2)");
  EXPECT_EQ(Assigned("L = 1 .AND. 2"), "L = (.AND. 1 2)");
  EXPECT_EQ(Assigned("X = 1.E5 + .5 + 2.D-3 + 3. + 4E2"),
            "X = (+ (+ (+ (+ 1.E5 .5) 2.D-3) 3.) 4E2)");
  EXPECT_EQ(Assigned("L = X.GT.1.5E0"), "L = (.GT. X 1.5E0)");
  EXPECT_EQ(Assigned("L = 1..EQ.2."), "L = (.EQ. 1. 2.)");
}

TEST(ParseExpressionTest, CharacterConstantsSubstringsAndComplex) {
  EXPECT_EQ(Assigned("C = 'IT''S' // \"X\""), "C = (// 'IT''S' 'X')");
  EXPECT_EQ(Assigned("C(1:3) = 'AB'"), "(apply C (range 1 3)) = 'AB'");
  EXPECT_EQ(Assigned("C = A(I)(2:)"), "C = (substr (apply A I) 2 -)");
  EXPECT_EQ(Assigned("C = B(:N)"), "C = (apply B (range - N))");
  EXPECT_EQ(Assigned("Z = (1.0, -2.5)"), "Z = (complex 1.0 (neg 2.5))");
  EXPECT_EQ(Assigned("X = F(A, G(B), KIND=8)"), "X = (apply F A (apply G B) (KIND= 8))");
}

TEST(ParseStatementTest, LabelsAreTakenAsDigitsBeforeNames) {
  // In DO10D1=1,5 a tokenizer would read the real 10D1.
  EXPECT_EQ(ParseOf("DO 10 D1 = 1, 5"), "DO: terminal=10 D1 = 1, 5");
  EXPECT_EQ(ParseOf("DO 10, I = 1, N, 2"), "DO: terminal=10 I = 1, N, 2");
  EXPECT_EQ(ParseOf("DO WHILE (I .LT. 3)"), "DO WHILE: while (.LT. I 3)");
  EXPECT_EQ(ParseOf("ASSIGN 10 TO I"), "ASSIGN: 10 TO I");
  EXPECT_EQ(ParseOf("ASSIGN 10 TO TOP"), "ASSIGN: 10 TO TOP");
}

TEST(ParseStatementTest, BranchesAndCalls) {
  EXPECT_EQ(ParseOf("GO TO 10"), "GO TO: (10)");
  EXPECT_EQ(ParseOf("GO TO (10, 20, 30), I + 1"), "computed GO TO: (10,20,30) (+ I 1)");
  EXPECT_EQ(ParseOf("GO TO I, (10, 20)"), "assigned GO TO: (10,20) I");
  EXPECT_EQ(ParseOf("IF (X - 1.0) 10, 20, 30"), "arithmetic IF: (- X 1.0) 10,20,30");
  EXPECT_EQ(ParseOf("IF (X .GT. 0) GO TO 10"), "logical IF: (.GT. X 0) -> GO TO: (10)");
  EXPECT_EQ(ParseOf("IF (L) X = 1"), "logical IF: L -> assignment or statement function: X = 1");
  EXPECT_EQ(ParseOf("CALL S(X, *10, 5HHELLO)"), "CALL: S [X @10 5HHELLO]");
  EXPECT_EQ(ParseOf("CALL S"), "CALL: S []");
  EXPECT_EQ(ParseOf("STOP 'DONE'"), "STOP: 'DONE'");
  EXPECT_EQ(ParseOf("RETURN 2"), "RETURN: 2");
}

TEST(ParseStatementTest, InputOutput) {
  EXPECT_EQ(ParseOf("WRITE (6, 100) (A(I), I = 1, 3), B"),
            "WRITE: (UNIT=6 FMT=@100) [(implied-do (apply A I) I 1 3 -) B]");
  EXPECT_EQ(ParseOf("READ (5, *, END = 99) X, Y(2)"),
            "READ: (UNIT=5 FMT=* END=@99) [X (apply Y 2)]");
  EXPECT_EQ(ParseOf("READ (UNIT=IN, FMT='(I5)', IOSTAT=IOS) N"),
            "READ: (UNIT=IN FMT='(I5)' IOSTAT=IOS) [N]");
  EXPECT_EQ(ParseOf("PRINT 10, X, (Y(I, J), I = 1, 2)"),
            "PRINT: FMT=@10 [X (implied-do (apply Y I J) I 1 2 -)]");
  EXPECT_EQ(ParseOf("READ *, A"), "READ: FMT=* [A]");
  EXPECT_EQ(ParseOf("PRINT *"), "PRINT: FMT=*");
  EXPECT_EQ(ParseOf("WRITE (*, *) (X + 1) * 2"), "WRITE: (UNIT=* FMT=*) [(* (paren (+ X 1)) 2)]");
  EXPECT_EQ(ParseOf("OPEN (UNIT=10, FILE='X.DAT', STATUS='OLD', ERR=20)"),
            "OPEN: (UNIT=10 FILE='X.DAT' STATUS='OLD' ERR=@20)");
  EXPECT_EQ(ParseOf("REWIND 5"), "REWIND: UNIT=5");
  EXPECT_EQ(ParseOf("BACKSPACE (UNIT=I)"), "BACKSPACE: (UNIT=I)");
  EXPECT_EQ(ParseOf("FORMAT (1X, 5HA B C, I5 / 'X')"), "FORMAT: (1X,5HA B C,I5/'X')");
}

TEST(ParseStatementTest, Declarations) {
  EXPECT_EQ(ParseOf("CHARACTER*10 A, B*(*), C(5)*3"),
            "type declaration: CHARACTER len=10 :: A, B*(*), C(5)*3");
  EXPECT_EQ(ParseOf("REAL*8 X(10, 0:5), Y(*)"), "type declaration: REAL kind=8 :: X(10,0:5), Y(*)");
  EXPECT_EQ(ParseOf("INTEGER A /5/, B(2) /1, 2/"),
            "type declaration: INTEGER :: A/[5]/, B(2)/[1 2]/");
  EXPECT_EQ(ParseOf("REAL, DIMENSION(3) :: V"), "type declaration: REAL, DIMENSION(3) :: V");
  EXPECT_EQ(ParseOf("DIMENSION A(10), B(2, 3)"), "DIMENSION: A(10), B(2,3)");
  EXPECT_EQ(ParseOf("EXTERNAL F, G"), "EXTERNAL: F, G");
  EXPECT_EQ(ParseOf("SAVE"), "SAVE");
  EXPECT_EQ(ParseOf("SAVE /C/, X"), "SAVE: X /C/");
  EXPECT_EQ(ParseOf("PARAMETER (N = 10, M = N * 2)"), "PARAMETER: N=10, M=(* N 2)");
}

TEST(ParseStatementTest, ImplicitTellsSelectorsFromLetterLists) {
  EXPECT_EQ(ParseOf("IMPLICIT DOUBLE PRECISION (A-H, O-Z)"),
            "IMPLICIT: DOUBLE PRECISION (A-H,O-Z)");
  EXPECT_EQ(ParseOf("IMPLICIT REAL*8 (A-H), INTEGER (I-N), CHARACTER*4 (C)"),
            "IMPLICIT: REAL kind=8 (A-H), INTEGER (I-N), CHARACTER len=4 (C)");
  EXPECT_EQ(ParseOf("IMPLICIT REAL(8) (A-H)"), "IMPLICIT: REAL kind=8 (A-H)");
}

TEST(ParseStatementTest, StorageAndData) {
  EXPECT_EQ(ParseOf("COMMON /B1/ X, Y(10) // Z"), "COMMON: /B1/ X, Y(10) // Z");
  EXPECT_EQ(ParseOf("COMMON A, B /C/ D"), "COMMON: // A, B /C/ D");
  EXPECT_EQ(ParseOf("EQUIVALENCE (A, B(2)), (C(1:2), D)"),
            "EQUIVALENCE: [A (apply B 2)] [(apply C (range 1 2)) D]");
  EXPECT_EQ(ParseOf("DATA A, B /1.0, 2*0.5/, C /'X'/"), "DATA: [A B] /1.0 2*0.5/ [C] /'X'/");
  EXPECT_EQ(ParseOf("DATA (A(I), I = 1, 3) / 3*0. /"),
            "DATA: [(implied-do (apply A I) I 1 3 -)] /3*0./");
  EXPECT_EQ(ParseOf("DATA X / -1.5 /, H / 4HAB C /"), "DATA: [X] /(neg 1.5)/ [H] /4HAB C/");
}

TEST(ParseStatementTest, ProgramUnitHeaders) {
  EXPECT_EQ(ParseOf("PROGRAM MAIN"), "PROGRAM: MAIN");
  EXPECT_EQ(ParseOf("INTEGER FUNCTION F(X, Y)"), "FUNCTION: INTEGER F(X,Y)");
  EXPECT_EQ(ParseOf("DOUBLE PRECISION FUNCTION DF(X)"), "FUNCTION: DOUBLE PRECISION DF(X)");
  EXPECT_EQ(ParseOf("CHARACTER*(*) FUNCTION CF()"), "FUNCTION: CHARACTER len=(*) CF");
  EXPECT_EQ(ParseOf("SUBROUTINE S(A, *, B)"), "SUBROUTINE: S(A,*,B)");
  EXPECT_EQ(ParseOf("ENTRY E2(Q)"), "ENTRY: E2(Q)");
  EXPECT_EQ(ParseOf("BLOCK DATA"), "BLOCK DATA");
  EXPECT_EQ(ParseOf("END"), "END");
}

TEST(ParseStatementTest, Diagnostics) {
  EXPECT_EQ(ParseOf("X = A +"), "! assignment or statement function | 1:13: RM4201");
  EXPECT_EQ(ParseOf("X = A .XOR. B"), "! assignment or statement function | 1:13: RM4202");
  EXPECT_EQ(ParseOf("IF (L) DO 10 I = 1, 2"), "! logical IF | 1:14: RM4203");
  EXPECT_EQ(ParseOf("GO TO 0"), "! GO TO | 1:13: RM4201");
  // .NOT. takes a relational-level operand, once (gfortran rejects it twice too).
  EXPECT_EQ(ParseOf("L = .NOT. .NOT. M"), "! assignment or statement function | 1:17: RM4201");
}

}  // namespace
}  // namespace remint::fortran::testing
