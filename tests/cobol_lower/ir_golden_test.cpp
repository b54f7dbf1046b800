// Golden tests of `remint ir --dump` on small programs: each golden/NAME.cbl against
// golden/NAME.ir.txt (stdout) and golden/NAME.stderr.txt (diagnostics). REMINT_UPDATE_GOLDEN=1
// rewrites the expectations.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "tests/support/cli_runner.h"
#include "tests/support/golden.h"

namespace remint::testing {
namespace {

// A golden program is lowered in the dialect a comment line names ("      * remint-dialect:
// ibm"), else in GnuCOBOL's default one.
auto DialectOf(const std::filesystem::path& program) -> std::string {
  constexpr std::string_view kMarker = "remint-dialect: ";
  std::ifstream in(program);
  std::string line;
  while (std::getline(in, line)) {
    if (size_t at = line.find(kMarker); at != std::string::npos) {
      // The name is the run of letters and digits after the marker ("ibm" in "ibm)").
      size_t end = at + kMarker.size();
      while (end < line.size() && std::isalnum(static_cast<unsigned char>(line[end])) != 0) ++end;
      return line.substr(at + kMarker.size(), end - at - kMarker.size());
    }
  }
  return "default";
}

// Every golden/NAME.cbl, sorted, so a new statement family only adds files.
auto GoldenPrograms() -> std::vector<std::string> {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(REMINT_COBOL_LOWER_GOLDEN_DIR)) {
    if (entry.path().extension() == ".cbl") names.push_back(entry.path().stem().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

class IrGoldenTest : public ::testing::TestWithParam<std::string> {};

TEST_P(IrGoldenTest, DumpAndDiagnosticsMatch) {
  const std::string directory = REMINT_COBOL_LOWER_GOLDEN_DIR;
  const std::string& name = GetParam();
  const std::string dialect = DialectOf(directory + "/" + name + ".cbl");
  CliResult result = RunRemint({"ir", name + ".cbl", "--dialect", dialect, "--dump"}, directory);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(MatchesGolden(directory + "/" + name + ".ir.txt", result.out));
  EXPECT_TRUE(MatchesGolden(directory + "/" + name + ".stderr.txt", result.err));
}

INSTANTIATE_TEST_SUITE_P(Programs, IrGoldenTest, ::testing::ValuesIn(GoldenPrograms()),
                         [](const ::testing::TestParamInfo<std::string>& param_info) {
                           std::string name = param_info.param;
                           for (char& c : name) {
                             if (std::isalnum(static_cast<unsigned char>(c)) == 0) c = '_';
                           }
                           return name;
                         });

TEST(IrGoldenTest, JsonFormIsValidJson) {
  CliResult result = RunRemint({"--json", "ir", "storage.cbl"}, REMINT_COBOL_LOWER_GOLDEN_DIR);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("\"ir_version\": 4"), std::string::npos) << result.out.substr(0, 200);
}

// Regression: --dump (and `diagnostics --markdown`) wrote through a pointer to storage freed
// before CLI11 parsed the command line (heap-use-after-free under ASan).
TEST(IrCommandTest, DumpFlagPrintsTheDefaultTextForm) {
  CliResult plain = RunRemint({"ir", "storage.cbl"}, REMINT_COBOL_LOWER_GOLDEN_DIR);
  CliResult dump = RunRemint({"ir", "storage.cbl", "--dump"}, REMINT_COBOL_LOWER_GOLDEN_DIR);
  EXPECT_EQ(dump.exit_code, 0) << dump.err;
  EXPECT_EQ(dump.out, plain.out);
  EXPECT_FALSE(dump.out.empty());
  CliResult markdown = RunRemint({"diagnostics", "--markdown"}, REMINT_COBOL_LOWER_GOLDEN_DIR);
  EXPECT_EQ(markdown.exit_code, 0) << markdown.err;
  EXPECT_TRUE(markdown.out.starts_with("# Diagnostics catalogue")) << markdown.out.substr(0, 80);
}

// A program whose one condition has `terms` abbreviated terms: IF A = 0 OR 1 OR 2 ...
auto LongConditionProgram(int terms) -> std::string {
  std::string text =
      "       IDENTIFICATION DIVISION.\n       PROGRAM-ID. LONGCOND.\n"
      "       DATA DIVISION.\n       WORKING-STORAGE SECTION.\n"
      "       01 A PIC 9(4).\n       PROCEDURE DIVISION.\n           IF A = 0\n";
  for (int term = 1; term < terms; ++term) {
    text += "               OR " + std::to_string(term) + "\n";
  }
  text += "               DISPLAY 'HIT'\n           END-IF.\n           STOP RUN.\n";
  return text;
}

// Regression: the text printer copied each subtree's rendering into its parent, so a
// 4,990-term condition (under the parser's 5,000 limit) did not print in 11 minutes. The dump
// must be linear in the nodes: here 5x the terms give about 5x the text (the CTest TIMEOUT
// catches a return of the slowness itself).
TEST(IrCommandTest, DumpOfAVeryLongConditionIsLinearInItsTerms) {
  const std::string scratch = FreshDirectory("long-condition");
  std::vector<size_t> sizes;
  for (int terms : {998, 4990}) {
    std::string name = "LONG" + std::to_string(terms) + ".cbl";
    std::ofstream(scratch + "/" + name) << LongConditionProgram(terms);
    CliResult result = RunRemint({"ir", name, "--dump"}, scratch);
    ASSERT_EQ(result.exit_code, 0) << result.err.substr(0, 2000);
    EXPECT_NE(result.out.find("[depth 900] "), std::string::npos) << "deep lines say their depth";
    sizes.push_back(result.out.size());
  }
  if (sizes.size() == 2) {
    double ratio = static_cast<double>(sizes[1]) / static_cast<double>(sizes[0]);
    EXPECT_LT(ratio, 6.0) << sizes[0] << " bytes for 998 terms, " << sizes[1] << " for 4990";
  }
}

TEST(ParseCommandTest, ReportsSummaryAndExitCode) {
  CliResult good = RunRemint({"parse", "storage.cbl"}, REMINT_COBOL_LOWER_GOLDEN_DIR);
  EXPECT_EQ(good.exit_code, 0) << good.err;
  EXPECT_EQ(good.out, "1 files, 31 lines, 0 errors, 0 warnings\n");
  const std::string scratch = FreshDirectory("parse-command-errors");
  {
    std::ofstream bad(scratch + "/bad.cbl");
    bad << "       IDENTIFICATION DIVISION.\n       PROGRAM-ID. BAD.\n"
           "       PROCEDURE DIVISION.\n           MOVE TO.\n";
  }
  CliResult errors = RunRemint({"parse", "."}, scratch);
  EXPECT_EQ(errors.exit_code, 1);
  EXPECT_NE(errors.err.find("RM2201"), std::string::npos) << errors.err;
  CliResult missing = RunRemint({"parse", "missing.cbl"}, scratch);
  EXPECT_EQ(missing.exit_code, 2);
}

}  // namespace
}  // namespace remint::testing
