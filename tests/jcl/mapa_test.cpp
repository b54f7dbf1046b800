// The external JCL parser stress set (../shared/corpus/jcl-mapa, label jcl-stress): every JCL
// member parses with no error, and a sample of jobs with PROCs, INCLUDEs, symbols and overrides
// expands as mapa/<member>.expected says (REMINT_UPDATE_GOLDEN=1 rewrites those).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "tests/jcl/jcl_fixture.h"
#include "tests/support/availability.h"
#include "tests/support/golden.h"

namespace remint::jcl::testing {
namespace {

namespace fs = std::filesystem;

auto MapaDirectory() -> std::string {
  return (fs::path(REMINT_SHARED_CORPUS_DIR) / "jcl-mapa").lexically_normal().string();
}

// Members that are not JCL: TSO and DSN command streams (.tso, .dsn), AMP= values (.amp), the
// licence, and the one COBOL program the set holds to test that a JCL reader refuses it.
auto IsJclMember(const fs::path& path) -> bool {
  std::string extension = path.extension().string();
  std::string name = path.filename().string();
  return extension != ".tso" && extension != ".dsn" && extension != ".amp" && name != "LICENSE" &&
         name != "test9014.jcl";
}

TEST(JclMapaTest, EveryJclMemberParsesWithoutErrors) {
  REMINT_REQUIRE_OR_SKIP(fs::is_directory(MapaDirectory()),
                         "../shared/corpus/jcl-mapa is absent: the external JCL stress set is "
                         "read in place and not part of this repository");
  std::vector<std::string> members;
  for (const auto& entry : fs::directory_iterator(MapaDirectory())) {
    if (entry.is_regular_file() && IsJclMember(entry.path())) {
      members.push_back(entry.path().string());
    }
  }
  std::sort(members.begin(), members.end());
  EXPECT_GE(members.size(), 230u);
  size_t statements = 0;
  for (const std::string& member : members) {
    std::string text = remint::testing::ReadTextFile(member);
    ParseResult result = ParseText(text);
    statements += result.statements.size();
    for (const Diagnostic& diagnostic : result.diagnostics) {
      EXPECT_NE(diagnostic.severity, Severity::kError)
          << fs::path(member).filename().string() << ":" << diagnostic.location.line << ":"
          << diagnostic.location.column << ": " << diagnostic.message;
    }
  }
  EXPECT_GT(statements, 10000u);
}

TEST(JclMapaTest, TheCobolMemberIsNotJcl) {
  REMINT_REQUIRE_OR_SKIP(fs::is_directory(MapaDirectory()), "../shared/corpus/jcl-mapa is absent");
  ParseResult result = ParseText(remint::testing::ReadTextFile(MapaDirectory() + "/test9014.jcl"));
  for (const ParsedStatement& parsed : result.statements) {
    EXPECT_NE(parsed.statement.kind, StatementKind::kJcl) << parsed.statement.operation;
  }
  ASSERT_FALSE(result.diagnostics.empty());
}

// Jobs of the set that call in-stream and cataloged procedures, nest them, override and add DDs
// and EXEC parameters, use SET, symbols, INCLUDE and JCLLIB.
class JclMapaExpandTest : public ::testing::TestWithParam<std::string> {};

TEST_P(JclMapaExpandTest, MatchesExpected) {
  REMINT_REQUIRE_OR_SKIP(fs::is_directory(MapaDirectory()), "../shared/corpus/jcl-mapa is absent");
  LibraryOptions options;
  options.procedure_libraries.push_back(MapaDirectory());
  options.symbols["SYSUID"] = "REMINT";
  ExpandResult result = ExpandFile(MapaDirectory(), GetParam(), options);
  EXPECT_FALSE(result.jobs.empty());
  std::string expected = std::string(REMINT_JCL_TESTS_DIR) + "/mapa/" + GetParam() + ".expected";
  EXPECT_TRUE(remint::testing::MatchesGolden(expected, result.Golden()));
}

INSTANTIATE_TEST_SUITE_P(Sample, JclMapaExpandTest,
                         ::testing::Values("test0001.jcl", "test0005.jcl", "test0006.jcl",
                                           "test0007.jcl", "test0008.jcl", "test0009.jcl",
                                           "test0010.jcl", "test0013.jcl", "test0014.jcl",
                                           "test0019.jcl", "test0020.jcl", "test0123.jcl",
                                           "test0124.jcl", "test0132.jcl", "test0149.jcl",
                                           "test0150.jcl", "test0171.jcl", "test0177.jcl",
                                           "test0178.jcl", "test9001.jcl", "test9002.jcl",
                                           "test9003.jcl", "test9004.jcl", "test9007.jcl",
                                           "test9012.jcl"),
                         [](const auto& param_info) {
                           std::string name = param_info.param;
                           return name.substr(0, name.find('.'));
                         });

}  // namespace
}  // namespace remint::jcl::testing
