// The GoogleTest emitter's files: a test per case under names C++ accepts, each layout once,
// the recorded bytes as files, a skipped test (saying why) for a case that timed out.
#include "emitters/gtest/emit_tests.h"

#include <gtest/gtest.h>

#include <map>
#include <string>

namespace remint::emit_gtest {
namespace {

auto FilesByPath(const std::vector<emit_cpp::EmittedFile>& files)
    -> std::map<std::string, std::string> {
  std::map<std::string, std::string> by_path;
  for (const emit_cpp::EmittedFile& file : files) {
    EXPECT_TRUE(by_path.emplace(file.path, file.text).second) << "written twice: " << file.path;
  }
  return by_path;
}

auto Occurrences(const std::string& text, const std::string& what) -> size_t {
  size_t count = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) {
    ++count;
  }
  return count;
}

TEST(EmitTestsTest, WritesATestPerCaseWithItsDatasets) {
  RecordLayout layout{"ACCT-REC",
                      {{"ACCT-ID", 0, 5, FieldKind::kText, 0, 0, false, false, false},
                       {"ACCT-BAL", 5, 4, FieldKind::kPacked, 7, 2, true, false, false}}};
  DatasetShape fixed{Framing::kFixed, 9, layout};
  ProgramTests program;
  program.program = "FEE-CALC";
  program.legacy_path = "COBOL/FEECALC";
  RecordedCase nightly;
  nightly.name = "2024-02-29 nightly";
  nightly.clock = "2024/02/29 23:59:00.00";
  nightly.parm = "MONTH\"END";
  nightly.inputs.push_back({"ACCTIN", std::string("A0001\x00\x00\x50\x0C", 9), true, fixed});
  nightly.outputs.push_back({"ACCTOUT", std::string("A0001\x00\x00\x40\x0C", 9), true, fixed});
  nightly.outputs.push_back({"ERRORS", "", false, {}});
  nightly.stdout_bytes = "DONE\n";
  nightly.exit_code = 4;
  RecordedCase looping;
  looping.name = "loops";
  looping.timed_out = true;
  program.cases = {nightly, looping};
  const std::map<std::string, std::string> files = FilesByPath(EmitTests({&program, 1}));

  ASSERT_TRUE(files.contains("tests/CMakeLists.txt"));
  ASSERT_TRUE(files.contains("tests/support/equivalence.h"));
  ASSERT_TRUE(files.contains("tests/support/equivalence.cpp"));
  EXPECT_NE(files.at("tests/CMakeLists.txt").find("add_test(NAME FEE-CALC_equivalence"),
            std::string::npos);
  const std::string& test = files.at("tests/FEE-CALC_test.cpp");
  // Names C++ accepts; the case keeps its own name for messages.
  EXPECT_NE(test.find("TEST(FEE_CALC, case_2024_02_29_nightly)"), std::string::npos);
  EXPECT_NE(test.find("recorded.name = \"2024-02-29 nightly\";"), std::string::npos);
  EXPECT_NE(test.find("recorded.parm = \"MONTH\\\"END\";"), std::string::npos);
  EXPECT_NE(test.find("recorded.exit_code = 4;"), std::string::npos);
  // One layout, used by the input and the output.
  EXPECT_EQ(Occurrences(test, "constexpr Layout kAcctRec{"), 1u);
  EXPECT_EQ(Occurrences(test, "&kAcctRec}"), 2u);
  EXPECT_NE(test.find("{\"ACCT-BAL\", 5, 4, FieldKind::kPacked, 7, 2, true, false, false}"),
            std::string::npos);
  // An output the legacy run did not write must stay unwritten; it has no file.
  EXPECT_NE(test.find("{\"ERRORS\", \"output/ERRORS\", false,"), std::string::npos);
  EXPECT_FALSE(files.contains("tests/cases/FEE-CALC/case_2024_02_29_nightly/output/ERRORS"));
  // The recorded bytes, exactly.
  EXPECT_EQ(files.at("tests/cases/FEE-CALC/case_2024_02_29_nightly/input/ACCTIN"),
            std::string("A0001\x00\x00\x50\x0C", 9));
  EXPECT_EQ(files.at("tests/cases/FEE-CALC/case_2024_02_29_nightly/output/ACCTOUT"),
            std::string("A0001\x00\x00\x40\x0C", 9));
  EXPECT_EQ(files.at("tests/cases/FEE-CALC/case_2024_02_29_nightly/stdout"), "DONE\n");
  // No outcome to compare with: skipped, saying why (never counted as passed).
  EXPECT_NE(test.find("TEST(FEE_CALC, loops) {\n  GTEST_SKIP() << \"the legacy run of case loops "
                      "timed out"),
            std::string::npos);
}

TEST(EmitTestsTest, IsDeterministic) {
  ProgramTests program;
  program.program = "P";
  RecordedCase one;
  one.name = "one";
  one.outputs.push_back({"OUT", "x", true, {}});
  program.cases = {one};
  EXPECT_EQ(EmitTests({&program, 1}).size(), EmitTests({&program, 1}).size());
  const auto first = FilesByPath(EmitTests({&program, 1}));
  const auto second = FilesByPath(EmitTests({&program, 1}));
  EXPECT_EQ(first, second);
}

}  // namespace
}  // namespace remint::emit_gtest
