// Golden expansions. golden/<case>/ holds job.jcl, the members it uses, an optional options.txt
// and expected.txt (the `remint jcl expand` listing, then the diagnostics of expansion and
// lowering). bankdemo/<JOB>.expected (with <JOB>.ir.expected, the job lowered into the IR) and
// mapa/<member>.expected are the expansions of corpus/bankdemo's jobs and of a sample of the
// external JCL stress set (../shared/corpus/jcl-mapa, read in place). REMINT_UPDATE_GOLDEN=1
// rewrites the expectations.
//
// options.txt, one per line: "proclib DIR", "library NAME DIR", "root DIR", "set NAME=VALUE"
// (directories relative to the case).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "frontends/jcl/expand/library_search.h"
#include "tests/jcl/jcl_fixture.h"
#include "tests/support/availability.h"
#include "tests/support/golden.h"

namespace remint::jcl::testing {
namespace {

namespace fs = std::filesystem;
using remint::testing::ListSubdirectories;
using remint::testing::MatchesGolden;

auto ReadOptions(const std::string& case_directory) -> LibraryOptions {
  LibraryOptions options;
  options.symbols["SYSUID"] = "REMINT";
  std::ifstream in(case_directory + "/options.txt");
  for (std::string line; std::getline(in, line);) {
    std::istringstream words(line);
    std::string key;
    std::string first;
    std::string second;
    words >> key >> first >> second;
    if (key == "proclib") {
      options.procedure_libraries.push_back(case_directory + "/" + first);
    } else if (key == "library") {
      options.libraries[first] = case_directory + "/" + second;
    } else if (key == "root") {
      options.library_roots.push_back(case_directory + "/" + first);
    } else if (key == "set") {
      size_t equals = first.find('=');
      options.symbols[first.substr(0, equals)] = first.substr(equals + 1);
    }
  }
  return options;
}

class JclExpandGoldenTest : public ::testing::TestWithParam<std::string> {};

TEST_P(JclExpandGoldenTest, MatchesExpected) {
  std::string directory = std::string(REMINT_JCL_GOLDEN_DIR) + "/" + GetParam();
  ExpandResult result = ExpandFile(directory, "job.jcl", ReadOptions(directory));
  EXPECT_TRUE(MatchesGolden(directory + "/expected.txt", result.Golden()));
}

INSTANTIATE_TEST_SUITE_P(Golden, JclExpandGoldenTest,
                         ::testing::ValuesIn(ListSubdirectories(REMINT_JCL_GOLDEN_DIR)),
                         [](const auto& param_info) { return param_info.param; });

// corpus/bankdemo's nightly jobs, with their PROCs and INCLUDE from BANK.PROD.PROCLIB.
class BankdemoExpandTest : public ::testing::TestWithParam<std::string> {};

TEST_P(BankdemoExpandTest, MatchesExpected) {
  std::string estate = REMINT_BANKDEMO_DIR;
  LibraryOptions options;
  options.library_roots.push_back(estate);
  options.symbols["SYSUID"] = "REMINT";
  ExpandResult result = ExpandFile(estate, "BANK.PROD.JCL/" + GetParam(), options);
  ASSERT_EQ(result.jobs.size(), 1u);
  EXPECT_TRUE(result.codes().empty()) << result.Golden();
  EXPECT_TRUE(
      MatchesGolden(std::string(REMINT_JCL_TESTS_DIR) + "/bankdemo/" + GetParam() + ".expected",
                    result.Golden()));
  // Lowered into the IR's jobs, steps and DDs: what `remint run` executes.
  EXPECT_TRUE(MatchesGolden(
      std::string(REMINT_JCL_TESTS_DIR) + "/bankdemo/" + GetParam() + ".ir.expected", result.ir));
}

INSTANTIATE_TEST_SUITE_P(Jobs, BankdemoExpandTest,
                         ::testing::Values("BANKD01", "BANKD02", "BANKD03", "BANKD04"));

}  // namespace
}  // namespace remint::jcl::testing

namespace remint::jcl::testing {
namespace {

// A member cache shared between expansions changes nothing in what they produce.
TEST(JclMemberCacheTest, SharedCacheGivesTheSameExpansions) {
  std::string estate = REMINT_BANKDEMO_DIR;
  MemberCache cache;
  for (const char* job : {"BANKD01", "BANKD02", "BANKD03", "BANKD04", "BANKD02"}) {
    LibraryOptions options;
    options.library_roots.push_back(estate);
    options.symbols["SYSUID"] = "REMINT";
    ExpandResult plain = ExpandFile(estate, "BANK.PROD.JCL/" + std::string(job), options);
    options.cache = &cache;
    ExpandResult cached = ExpandFile(estate, "BANK.PROD.JCL/" + std::string(job), options);
    EXPECT_EQ(cached.Golden(), plain.Golden()) << job;
  }
}

}  // namespace
}  // namespace remint::jcl::testing

namespace remint::jcl::testing {
namespace {

// Calls of a cataloged procedure with the same symbol values share each substituted statement
// (held once, whatever the number of calls); each call still locates it through its own EXEC.
TEST(JclSharedExpansionTest, SameSymbolValuesShareStatementsLocatedPerCall) {
  std::string directory = std::string(REMINT_JCL_TESTS_DIR) + "/golden/shared_substitutions";
  LibraryOptions options;
  options.procedure_libraries.push_back(directory + "/lib");
  ExpandResult result = ExpandFile(directory, "job.jcl", options);
  ASSERT_FALSE(result.jobs.empty());
  // The procedure's statements as each call (FIRST, SECOND, THIRD) brought them in.
  std::map<std::string, std::vector<const ExpandedStatement*>> by_call;
  std::string call;
  for (const ExpandedStatement& statement : result.jobs[0].statements) {
    if (statement.depth == 0) call = statement.statement().name;
    if (statement.depth == 1) by_call[call].push_back(&statement);
  }
  ASSERT_EQ(by_call["FIRST"].size(), 5u);
  ASSERT_EQ(by_call["SECOND"].size(), 5u);
  ASSERT_EQ(by_call["THIRD"].size(), 5u);
  for (size_t i = 0; i < 5; ++i) {
    const ExpandedStatement& first = *by_call["FIRST"][i];
    const ExpandedStatement& second = *by_call["SECOND"][i];
    const ExpandedStatement& third = *by_call["THIRD"][i];
    EXPECT_EQ(first.parsed.get(), second.parsed.get()) << i;
    EXPECT_NE(first.loc().include, second.loc().include) << i;
    EXPECT_EQ(first.loc().line, second.loc().line) << i;
    bool names_symbols = first.statement().operands != third.statement().operands;
    if (names_symbols) {
      EXPECT_NE(first.parsed.get(), third.parsed.get()) << i;
    }
  }
  EXPECT_EQ(by_call["THIRD"][1]->statement().operands, "DSN=TEST.DAILY(-1),DISP=SHR");
}

}  // namespace
}  // namespace remint::jcl::testing

namespace remint::jcl::testing {
namespace {

// The operand text of each JCL statement of `job` with a name, by name, in order.
auto OperandsByName(const ExpandedJob& job) -> std::vector<std::pair<std::string, std::string>> {
  std::vector<std::pair<std::string, std::string>> named;
  for (const ExpandedStatement& statement : job.statements) {
    if (statement.statement().kind != StatementKind::kJcl) continue;
    if (statement.statement().name.empty()) continue;
    named.emplace_back(statement.statement().name, statement.statement().operands);
  }
  return named;
}

// A use of a member finds its statements' substitutions by the symbol values it began with; a
// SET inside the member (or in an INCLUDE met in it) changes them from there on, for that use
// alone. Expanded twice over one member cache.
TEST(JclSharedExpansionTest, SetInsideAMemberChangesTheRestOfThatUse) {
  // SETV sets V from W, which SETPROC does not name: C1 and C2 begin SETPROC with the same
  // values and must still end it with their own.
  std::string directory = WriteFiles(
      "jcl_set_inside_member",
      {{"lib/SETPROC",
        "//SETPROC  PROC V=A\n//S1       EXEC PGM=P&V\n//         INCLUDE MEMBER=SETV\n"
        "//S2       EXEC PGM=Q&V\n"},
       {"lib/SETV", "//         SET V=&W\n"},
       {"lib/USEX", "//DX       DD DSN=X.&X,DISP=SHR\n"},
       {"lib/SETX", "//         SET X=Z\n//DZ       DD DSN=Z.&X,DISP=SHR\n"},
       {"job.jcl",
        "//T        JOB ,'GENERATIONS'\n//         SET X=ONE,W=1\n//C1       EXEC SETPROC\n"
        "//         SET W=2\n//C2       EXEC SETPROC\n//C3       EXEC SETPROC,V=C\n"
        "//S        EXEC PGM=IEFBR14\n//         INCLUDE MEMBER=USEX\n//         SET X=TWO\n"
        "//         INCLUDE MEMBER=USEX\n//         INCLUDE MEMBER=SETX\n"
        "//         INCLUDE MEMBER=USEX\n"}});
  MemberCache cache;
  LibraryOptions options;
  options.procedure_libraries.push_back(directory + "/lib");
  options.cache = &cache;
  std::vector<std::pair<std::string, std::string>> expected = {{"T", ",'GENERATIONS'"},
                                                               {"C1", "SETPROC"},
                                                               {"S1", "PGM=PA"},
                                                               {"S2", "PGM=Q1"},
                                                               {"C2", "SETPROC"},
                                                               {"S1", "PGM=PA"},
                                                               {"S2", "PGM=Q2"},
                                                               {"C3", "SETPROC,V=C"},
                                                               {"S1", "PGM=PC"},
                                                               {"S2", "PGM=Q2"},
                                                               {"S", "PGM=IEFBR14"},
                                                               {"DX", "DSN=X.ONE,DISP=SHR"},
                                                               {"DX", "DSN=X.TWO,DISP=SHR"},
                                                               {"DZ", "DSN=Z.Z,DISP=SHR"},
                                                               {"DX", "DSN=X.Z,DISP=SHR"}};
  for (int pass = 0; pass < 2; ++pass) {
    ExpandResult result = ExpandFile(directory, "job.jcl", options);
    ASSERT_EQ(result.jobs.size(), 1u);
    EXPECT_EQ(OperandsByName(result.jobs[0]), expected) << "pass " << pass;
  }
}

}  // namespace
}  // namespace remint::jcl::testing
