// Golden tests of `remint ir --dump` on small programs: each golden/NAME.cbl against
// golden/NAME.ir.txt (stdout) and golden/NAME.stderr.txt (diagnostics). REMINT_UPDATE_GOLDEN=1
// rewrites the expectations.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "tests/support/cli_runner.h"
#include "tests/support/golden.h"

namespace remint::testing {
namespace {

void CheckGolden(const std::string& name, const std::string& dialect) {
  const std::string directory = REMINT_COBOL_LOWER_GOLDEN_DIR;
  CliResult result = RunRemint({"ir", name + ".cbl", "--dialect", dialect, "--dump"}, directory);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(MatchesGolden(directory + "/" + name + ".ir.txt", result.out));
  EXPECT_TRUE(MatchesGolden(directory + "/" + name + ".stderr.txt", result.err));
}

TEST(IrGoldenTest, StorageOfFilesTablesAndViews) { CheckGolden("storage", "cobol85"); }

TEST(IrGoldenTest, NestedProgramsInIbmDialect) { CheckGolden("nested", "ibm"); }

TEST(IrGoldenTest, ProcedureDivisionStatements) { CheckGolden("procedure", "cobol85"); }

TEST(IrGoldenTest, JsonFormIsValidJson) {
  CliResult result = RunRemint({"--json", "ir", "storage.cbl"}, REMINT_COBOL_LOWER_GOLDEN_DIR);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("\"ir_version\": 1"), std::string::npos) << result.out.substr(0, 200);
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
