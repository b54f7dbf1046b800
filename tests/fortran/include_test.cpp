// INCLUDE lines: the included file's statements replace the line, located through the include
// chain; a member missing from the search path and a recursive INCLUDE are reported.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "tests/fortran/fortran_fixture.h"
#include "tests/support/scratch.h"

namespace remint::fortran::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

namespace fs = std::filesystem;

auto WriteFile(const std::string& directory, const std::string& name, const std::string& text)
    -> std::string {
  fs::path path = fs::path(directory) / name;
  fs::create_directories(path.parent_path());
  std::ofstream(path) << text;
  return path.string();
}

TEST(IncludeTest, IncludedStatementsReplaceTheLine) {
  std::string directory = remint::testing::FreshDirectory("fortran-include");
  // decl.inc is found through the search path; common.inc in the directory of decl.inc, the
  // file that includes it.
  WriteFile(directory, "lib/common.inc", Card("COMMON /BLK/ A, B"));
  WriteFile(directory, "lib/decl.inc", Card("INTEGER I") + Card("INCLUDE 'common.inc'"));
  std::string main =
      WriteFile(directory, "main.f", Card("PROGRAM P") + Card("INCLUDE 'decl.inc'") + Card("END"));
  ReadOptions options;
  options.include_path.push_back(directory + "/lib");
  ReadResult result = ReadFile(main, options);
  EXPECT_THAT(result.texts(), ElementsAre("PROGRAMP", "INTEGERI", "COMMON/BLK/A,B", "END"));
  EXPECT_THAT(result.rendered(), IsEmpty());
  // The COMMON statement comes from common.inc, through decl.inc's INCLUDE.
  SourceLoc common = result.statements[2].loc;
  EXPECT_EQ(common.line, 1u);
  EXPECT_EQ(common.column, 7u);
  EXPECT_TRUE(common.include.is_valid());
}

TEST(IncludeTest, MissingMemberIsReportedAtTheIncludeLine) {
  std::string directory = remint::testing::FreshDirectory("fortran-include-missing");
  std::string main =
      WriteFile(directory, "main.f", Card("X = 1") + Card("INCLUDE 'absent.inc'") + Card("END"));
  ReadResult result = ReadFile(main, ReadOptions{});
  EXPECT_THAT(result.located_codes(), ElementsAre("2:7: RM4003"));
  EXPECT_THAT(result.texts(), ElementsAre("X=1", "END"));
}

TEST(IncludeTest, RecursiveIncludeIsReportedWithTheChain) {
  std::string directory = remint::testing::FreshDirectory("fortran-include-cycle");
  WriteFile(directory, "a.inc", Card("X = 1") + Card("INCLUDE 'b.inc'"));
  WriteFile(directory, "b.inc", Card("Y = 2") + Card("INCLUDE 'a.inc'"));
  std::string main = WriteFile(directory, "main.f", Card("INCLUDE 'a.inc'") + Card("END"));
  ReadResult result = ReadFile(main, ReadOptions{});
  EXPECT_THAT(result.texts(), ElementsAre("X=1", "Y=2", "END"));
  ASSERT_THAT(result.located_codes(), ElementsAre("2:7: RM4004"));
  // Reported in b.inc, with the INCLUDEs that led there as notes.
  EXPECT_TRUE(result.diagnostics[0].location.path.ends_with("b.inc"));
  EXPECT_EQ(result.diagnostics[0].notes.size(), 2u);
}

TEST(IncludeTest, IncludeWithoutTheResolverIsAnIncludeStatement) {
  ReadResult result = ReadText(Card("INCLUDE 'x.inc'"));
  ASSERT_EQ(result.kinds.size(), 1u);
  EXPECT_EQ(result.kinds[0].kind, StatementKind::kInclude);
}

}  // namespace
}  // namespace remint::fortran::testing
