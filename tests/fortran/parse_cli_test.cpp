// `remint parse` on Fortran: LOANAMRT (corpus/bankdemo, a member with no extension, recognised
// as Fortran by its content) parses with no diagnostic and its syntax tree matches
// golden/loanamrt_tree.txt (REMINT_UPDATE_GOLDEN=1 rewrites it); a file with errors reports
// them located and exits with the errors-found code.
#include <gtest/gtest.h>

#include <fstream>

#include "tests/support/cli_runner.h"
#include "tests/support/golden.h"

namespace remint::testing {
namespace {

TEST(FortranParseCliTest, LoanamrtParsesAndItsTreeMatchesTheGolden) {
  std::string member =
      std::string(REMINT_SOURCE_DIR) + "/corpus/bankdemo/BANK.PROD.FORTRAN/LOANAMRT";
  CliResult tree = RunRemint({"parse", "--tree", member}, ScratchRoot());
  EXPECT_EQ(tree.exit_code, 0) << tree.err;
  EXPECT_EQ(tree.err, "");
  std::string summary = "1 files, ";
  size_t at = tree.out.rfind(summary);
  ASSERT_NE(at, std::string::npos) << tree.out;
  EXPECT_EQ(tree.out.substr(at + summary.size()).find(", 0 errors, 0 warnings"),
            tree.out.substr(at + summary.size()).find(','));
  EXPECT_TRUE(MatchesGolden(std::string(REMINT_FORTRAN_GOLDEN_DIR) + "/loanamrt_tree.txt",
                            tree.out.substr(0, at)));
}

TEST(FortranParseCliTest, ErrorsAreLocatedAndSetTheExitCode) {
  std::string directory = FreshDirectory("fortran_parse_cli");
  std::ofstream(directory + "/bad.f") << "      PROGRAM BAD\n"
                                         "      X = (A + \n"
                                         "      IF (X .XOR. Y) STOP\n"
                                         "      END\n";
  CliResult result = RunRemint({"parse", "bad.f"}, directory);
  EXPECT_EQ(result.exit_code, 1) << result.out << result.err;
  std::string all = result.out + result.err;
  EXPECT_NE(all.find("bad.f:2:14"), std::string::npos) << all;
  EXPECT_NE(all.find("RM4201"), std::string::npos) << all;
  EXPECT_NE(all.find("bad.f:3:13"), std::string::npos) << all;
  EXPECT_NE(all.find("RM4202"), std::string::npos) << all;
  EXPECT_NE(all.find("1 files, 4 lines, 2 errors, 0 warnings"), std::string::npos) << all;
}

}  // namespace
}  // namespace remint::testing
