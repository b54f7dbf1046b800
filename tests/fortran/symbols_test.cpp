// Symbols of a program unit (frontends/fortran/sema/symbols.h): each declared name's element
// size, kind and element count checked against what gfortran compiles for the same declarations
// (STORAGE_SIZE, KIND and SIZE printed by the program), through IMPLICIT rules, PARAMETER
// values in bounds and lengths, *n sizes and F90 kind selectors; and the flags the
// specification statements set.
#include "frontends/fortran/sema/symbols.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "tests/fortran/fortran_fixture.h"
#include "tests/support/gfortran_run.h"

namespace remint::fortran::testing {
namespace {

// Declarations gfortran -std=legacy accepts, and the names to ask about.
constexpr const char* kDeclarations[] = {
    "IMPLICIT DOUBLE PRECISION (D), CHARACTER*7 (C), COMPLEX*16 (Z)",
    "IMPLICIT LOGICAL (L), INTEGER*2 (H)",
    "PARAMETER (N = 3, M = N * 2 + 1, NN = (M - 1) / 2 ** 1)",
    "INTEGER*2 I2",
    "INTEGER*8 I8, IA(N:M)",
    "REAL*8 R8(N, 0:M)",
    "CHARACTER*5 C5, C9*9, CA(M)*2, CP*(N+1)",
    "LOGICAL*1 L1",
    "COMPLEX X, XA(2,2)",
    "COMPLEX*8 X8",
    "DOUBLE COMPLEX DZ",
    "DOUBLE PRECISION DP(NN)",
    "DIMENSION A(2, N), IJ(-1:1), LA(4)",
    "COMMON /BLK/ D1, CC, Z1(2), HH",
    "INTEGER(KIND=8) K8",
    "REAL(8) RK(2)",
    "REAL(KIND=4) RK4",
    "CHARACTER(LEN=4) C4",
    "CHARACTER(12) C12",
    "LOGICAL LL",
    "BYTE BY",
};
constexpr const char* kNames[] = {"I2", "I8", "IA", "R8",  "C5", "C9",  "CA", "CP", "L1", "X",
                                  "XA", "X8", "DZ", "DP",  "A",  "IJ",  "LA", "D1", "CC", "Z1",
                                  "HH", "K8", "RK", "RK4", "C4", "C12", "LL", "BY"};

auto FixedForm(const std::vector<std::string>& body) -> std::string {
  std::string text = Card("PROGRAM P");
  for (const std::string& line : body) text += Card(line);
  return text + Card("END");
}

TEST(SymbolsTest, SizesKindsAndCountsMatchGfortran) {
  if (!remint::testing::GfortranAvailable()) GTEST_SKIP() << "gfortran is not installed";
  std::vector<std::string> body(std::begin(kDeclarations), std::end(kDeclarations));
  std::vector<std::string> program_body = body;
  for (const char* name : kNames) {
    program_body.push_back(std::string("PRINT *, '") + name + "', STORAGE_SIZE(" + name +
                           ")/8, SIZE([" + name + "]), KIND(" + name + ")");
  }
  auto ran =
      remint::testing::RunWithGfortran(FixedForm(program_body), "", {"-std=legacy"}, "program.f");
  ASSERT_TRUE(ran.ok()) << ran.error().message();
  std::vector<std::string> lines = remint::testing::SplitLines(ran->standard_output);
  ASSERT_EQ(lines.size(), std::size(kNames)) << ran->standard_output;

  ReadResult result = ReadText(FixedForm(body), SourceForm::kFixed, /*build_units=*/true);
  ASSERT_TRUE(result.diagnostics.empty()) << result.rendered()[0];
  ASSERT_EQ(result.units.size(), 1u);
  UnitSymbols symbols = BuildUnitSymbols(result.parsed, result.units[0]);
  for (size_t i = 0; i < std::size(kNames); ++i) {
    auto it = symbols.symbols.find(kNames[i]);
    ASSERT_NE(it, symbols.symbols.end()) << kNames[i];
    const Symbol& symbol = it->second;
    std::optional<int64_t> size = ElementSize(symbol.type);
    std::optional<int64_t> count = symbol.element_count();
    std::string ours = std::string(kNames[i]) + " " + (size ? std::to_string(*size) : "?") + " " +
                       (count ? std::to_string(*count) : "?") + " " +
                       std::to_string(symbol.type.kind);
    // gfortran's list-directed line: ' NAME' then three integers.
    std::istringstream fields(lines[i]);
    std::string name;
    int64_t gfortran_size = 0;
    int64_t gfortran_count = 0;
    int64_t gfortran_kind = 0;
    fields >> name >> gfortran_size >> gfortran_count >> gfortran_kind;
    std::string theirs = name + " " + std::to_string(gfortran_size) + " " +
                         std::to_string(gfortran_count) + " " + std::to_string(gfortran_kind);
    EXPECT_EQ(ours, theirs) << DataTypeName(symbol.type);
  }
}

TEST(SymbolsTest, SpecificationFlagsAndStatementFunctions) {
  ReadResult result =
      ReadText(Card("SUBROUTINE S(A, N, *)") + Card("DIMENSION A(N)") + Card("EXTERNAL F") +
                   Card("INTRINSIC SQRT") + Card("SAVE T") + Card("COMMON // B, C(2) /K/ E") +
                   Card("G(X, Y) = X + Y") + Card("A(1) = G(1.0, 2.0)") + Card("END"),
               SourceForm::kFixed, /*build_units=*/true);
  ASSERT_TRUE(result.diagnostics.empty()) << result.rendered()[0];
  UnitSymbols symbols = BuildUnitSymbols(result.parsed, result.units[0]);
  const auto& table = symbols.symbols;
  EXPECT_TRUE(table.at("A").dummy);
  EXPECT_TRUE(table.at("A").is_array());
  EXPECT_FALSE(table.at("A").element_count().has_value());  // Adjustable: N is a dummy.
  EXPECT_TRUE(table.at("N").dummy);
  EXPECT_TRUE(table.at("F").external);
  EXPECT_TRUE(table.at("SQRT").intrinsic);
  EXPECT_TRUE(table.at("T").saved);
  EXPECT_EQ(table.at("B").common_block, "");
  EXPECT_EQ(table.at("E").common_block, "K");
  EXPECT_TRUE(table.at("G").statement_function);
  // The statement function's dummies are not variables of the unit; A(1) = ... after it is an
  // assignment to an array element, not a second statement function.
  EXPECT_EQ(table.count("X"), 0u);
  EXPECT_FALSE(table.at("A").statement_function);
  EXPECT_EQ(symbols.commons.at(""), (std::vector<std::string>{"B", "C"}));
}

// Byte offsets of EQUIVALENCE items by FORTRAN 77 5.4.3's subscript value (column-major, from the
// declared lower bounds) and 5.7.1's substring positions.
TEST(SymbolsTest, DesignatorOffsetsAreColumnMajorBytes) {
  ReadResult result =
      ReadText(Card("PARAMETER (K = 2)") + Card("REAL A(4, 5), E(0:3, -1:1)") +
                   Card("CHARACTER*6 C, S(3)") + Card("DOUBLE PRECISION D(10)") +
                   Card("EQUIVALENCE (A(2, 3), B), (C(3:), X), (S(2)(4:5), Y)") +
                   Card("EQUIVALENCE (E(1, 0), F), (D(K + 1), G), (A, H)") + Card("END"),
               SourceForm::kFixed, /*build_units=*/true);
  ASSERT_TRUE(result.diagnostics.empty()) << result.rendered()[0];
  UnitSymbols symbols = BuildUnitSymbols(result.parsed, result.units[0]);
  std::vector<std::string> offsets;
  for (const Statement& statement : result.parsed.statements) {
    const auto* equivalence = std::get_if<EquivalenceStmt>(&statement.payload);
    if (equivalence == nullptr) continue;
    for (const std::vector<ExprId>& set : equivalence->sets) {
      std::string variable;
      std::optional<int64_t> offset = DesignatorOffset(result.parsed, set[0], symbols, variable);
      offsets.push_back(variable + "+" + (offset ? std::to_string(*offset) : "?"));
    }
  }
  // A(2,3): (2-1) + (3-1)*4 = 9 elements of 4 bytes; C(3:): 2; S(2)(4:5): 6 + 3;
  // E(1,0): (1-0) + (0+1)*4 = 5 elements; D(K+1): 2 elements of 8 bytes.
  EXPECT_EQ(offsets, (std::vector<std::string>{"A+36", "C+2", "S+9", "E+20", "D+16", "A+0"}));
  // Names only EQUIVALENCE mentions are variables of the unit, implicitly typed.
  EXPECT_EQ(DataTypeName(symbols.symbols.at("B").type), "REAL*4");
  EXPECT_EQ(DataTypeName(symbols.symbols.at("G").type), "REAL*4");
  EXPECT_EQ(DataTypeName(symbols.symbols.at("H").type), "REAL*4");
}

}  // namespace
}  // namespace remint::fortran::testing
