// Inputs AFL++ found crashing or hanging the COBOL front end (`make fuzz`), kept after their fix:
// each file in tests/robustness/regressions runs through decode, preprocess, parse, lower and
// verify in-process, as one test (so a crash names its input), and must neither crash nor hand
// the IR verifier an invalid module when the front end reported no error. A hang fails through
// the CTest TIMEOUT.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "fuzz/cobol_front_end_target.h"

namespace remint::testing {
namespace {

namespace fs = std::filesystem;

auto RegressionInputs() -> std::vector<std::string> {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(REMINT_FUZZ_REGRESSION_DIR)) {
    if (entry.is_regular_file() && entry.path().extension() == ".cbl") {
      names.push_back(entry.path().filename().string());
    }
  }
  std::sort(names.begin(), names.end());
  return names;
}

class FuzzRegressionTest : public ::testing::TestWithParam<std::string> {};

TEST_P(FuzzRegressionTest, RunsClean) {
  std::ifstream in(fs::path(REMINT_FUZZ_REGRESSION_DIR) / GetParam(), std::ios::binary);
  ASSERT_TRUE(in) << GetParam();
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const fuzz::FrontEndOutcome outcome = fuzz::RunCobolFrontEnd(bytes);
  EXPECT_FALSE(outcome.IsFinding()) << outcome.verifier_errors;
}

// Test names are the file names with what gtest does not allow in a name replaced.
auto TestName(const ::testing::TestParamInfo<std::string>& info) -> std::string {
  std::string name = fs::path(info.param).stem().string();
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(Regressions, FuzzRegressionTest, ::testing::ValuesIn(RegressionInputs()),
                         TestName);
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(FuzzRegressionTest);

}  // namespace
}  // namespace remint::testing
