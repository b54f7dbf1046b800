// The NIST FORTRAN 77 validation suite (../shared/corpus/nist-fcvs, labels fortran and fcvs),
// read in place: every program reads, classifies and parses with no diagnostic and no unknown
// statement; the count of each statement kind over the suite matches
// golden/fcvs_statement_kinds.txt, and the syntax trees of a sample covering every kind match
// golden/fcvs_ast/ (REMINT_UPDATE_GOLDEN=1 rewrites both).
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <iostream>

#include "frontends/fortran/parse/ast_printer.h"
#include "tests/fortran/fortran_fixture.h"
#include "tests/support/availability.h"
#include "tests/support/golden.h"

namespace remint::fortran::testing {
namespace {

namespace fs = std::filesystem;

auto FcvsDirectory() -> std::string {
  return (fs::path(REMINT_SHARED_CORPUS_DIR) / "nist-fcvs").lexically_normal().string();
}

TEST(FcvsTest, EveryProgramReadsAndClassifiesWithoutDiagnostics) {
  REMINT_REQUIRE_OR_SKIP(fs::is_directory(FcvsDirectory()),
                         "../shared/corpus/nist-fcvs is absent: the NIST FCVS programs are read "
                         "in place and not part of this repository");
  std::vector<std::string> programs;
  for (const auto& entry : fs::directory_iterator(FcvsDirectory())) {
    if (entry.is_regular_file() && entry.path().extension() == ".FOR") {
      programs.push_back(entry.path().string());
    }
  }
  std::sort(programs.begin(), programs.end());
  EXPECT_EQ(programs.size(), 192u);

  std::array<size_t, kStatementKindCount> counts{};
  std::array<size_t, kStatementKindCount> controlled{};
  size_t statements = 0;
  size_t units = 0;
  size_t hollerith_constants = 0;
  for (const std::string& program : programs) {
    ReadResult result = ReadFile(program, ReadOptions{}, /*build_units=*/true);
    statements += result.statements.size();
    units += result.units.size();
    for (const LogicalStatement& statement : result.statements) {
      // Every condensed character has its context and location, and locations only move
      // forward through the file.
      ASSERT_EQ(statement.context.size(), statement.text.size());
      ASSERT_EQ(statement.locs.size(), statement.text.size());
      for (size_t i = 1; i < statement.locs.size(); ++i) {
        const SourceLoc& before = statement.locs[i - 1];
        const SourceLoc& after = statement.locs[i];
        ASSERT_TRUE(before.line < after.line ||
                    (before.line == after.line && before.column < after.column))
            << program << ":" << after.line << ":" << after.column;
        ASSERT_LE(after.column, 72u) << program << ":" << after.line;
      }
      for (size_t i = 0; i < statement.context.size(); ++i) {
        if (statement.context[i] == CharContext::kHollerith &&
            (i == 0 || statement.context[i - 1] != CharContext::kHollerith)) {
          ++hollerith_constants;
        }
      }
    }
    for (const std::string& line : result.rendered()) {
      ADD_FAILURE() << fs::path(program).filename().string() << ": " << line;
    }
    for (const Statement& statement : result.parsed.statements) {
      EXPECT_TRUE(statement.valid) << program << ":" << statement.loc.line;
    }
    for (const Statement& statement : result.parsed.controlled) {
      EXPECT_TRUE(statement.valid) << program << ":" << statement.loc.line;
    }
    for (const Classification& kind : result.kinds) {
      ++counts[static_cast<size_t>(kind.kind)];
      if (kind.kind == StatementKind::kLogicalIf)
        ++controlled[static_cast<size_t>(kind.nested_kind)];
    }
  }
  EXPECT_EQ(counts[static_cast<size_t>(StatementKind::kUnknown)], 0u);
  // Every program unit ends with its END (none is missing one: that would be a diagnostic).
  EXPECT_EQ(units, counts[static_cast<size_t>(StatementKind::kEnd)]);
  EXPECT_EQ(controlled[static_cast<size_t>(StatementKind::kUnknown)], 0u);

  std::string table =
      fmt::format("# NIST FCVS: {} files, {} logical statements, {} Hollerith constants\n",
                  programs.size(), statements, hollerith_constants);
  table += "# statement kind: count\n";
  for (size_t i = 0; i < kStatementKindCount; ++i) {
    if (counts[i] == 0) continue;
    table += fmt::format("{}: {}\n", StatementKindName(static_cast<StatementKind>(i)), counts[i]);
  }
  table += "# controlled by a logical IF: count\n";
  for (size_t i = 0; i < kStatementKindCount; ++i) {
    if (controlled[i] == 0) continue;
    table +=
        fmt::format("{}: {}\n", StatementKindName(static_cast<StatementKind>(i)), controlled[i]);
  }
  std::cout << table;
  EXPECT_TRUE(remint::testing::MatchesGolden(
      std::string(REMINT_FORTRAN_GOLDEN_DIR) + "/fcvs_statement_kinds.txt", table));
}

// Syntax tree goldens for a sample of the suite chosen so that together they hold every
// statement kind the suite uses (checked here, so a kind the sample loses is noticed).
TEST(FcvsTest, SampleSyntaxTreesMatchGoldens) {
  REMINT_REQUIRE_OR_SKIP(fs::is_directory(FcvsDirectory()), "../shared/corpus/nist-fcvs is absent");
  static constexpr std::array<const char*, 10> kSample = {
      "FM001", "FM013", "FM108", "FM254", "FM257", "FM308", "FM500", "FM509", "FM910", "FM255"};
  std::array<bool, kStatementKindCount> in_sample{};
  for (const char* name : kSample) {
    ReadResult result = ReadFile(FcvsDirectory() + "/" + name + ".FOR", ReadOptions{});
    for (const Statement& statement : result.parsed.statements) {
      in_sample[static_cast<size_t>(statement.kind)] = true;
    }
    for (const Statement& statement : result.parsed.controlled) {
      in_sample[static_cast<size_t>(statement.kind)] = true;
    }
    EXPECT_TRUE(remint::testing::MatchesGolden(
        std::string(REMINT_FORTRAN_GOLDEN_DIR) + "/fcvs_ast/" + name + ".txt",
        PrintParsedFile(result.parsed)));
  }
  for (const auto& entry : fs::directory_iterator(FcvsDirectory())) {
    if (entry.path().extension() != ".FOR") continue;
    ReadResult result = ReadFile(entry.path().string(), ReadOptions{});
    for (const Statement& statement : result.parsed.statements) {
      EXPECT_TRUE(in_sample[static_cast<size_t>(statement.kind)])
          << StatementKindName(statement.kind) << " (" << entry.path().filename().string()
          << ") is in no sample golden";
      in_sample[static_cast<size_t>(statement.kind)] = true;
    }
  }
}

// FM403 prints `!` inside Hollerith edit descriptors, the second one continued to column 72: the
// text is kept, not taken for a comment.
TEST(FcvsTest, HollerithHoldingBangsIsKeptVerbatim) {
  REMINT_REQUIRE_OR_SKIP(fs::is_directory(FcvsDirectory()), "../shared/corpus/nist-fcvs is absent");
  ReadResult result = ReadFile(FcvsDirectory() + "/FM403.FOR", ReadOptions{});
  auto format =
      std::find_if(result.statements.begin(), result.statements.end(),
                   [](const LogicalStatement& statement) { return statement.label == 70090u; });
  ASSERT_NE(format, result.statements.end());
  EXPECT_EQ(format->text,
            "FORMAT(/17X,27H!FIRST PRINT LINE!     OVER,/1H+,17X,"
            "50H                    P R I N T  !SECOND PRINT LINE!)");
  EXPECT_EQ(format->loc.line, 276u);
}

}  // namespace
}  // namespace remint::fortran::testing
