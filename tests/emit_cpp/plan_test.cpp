// The emitter's planning pass (emitters/cpp/plan.h) on small programs, one per control-flow
// situation, and on every bankdemo program: each plan is a golden file beside its input
// (REMINT_UPDATE_GOLDEN=1 rewrites them).
#include "emitters/cpp/plan.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "tests/cobol_lower/lower_test_support.h"
#include "tests/support/availability.h"
#include "tests/support/golden.h"

namespace remint::testing {
namespace {

namespace fs = std::filesystem;
using cobol::testing::LowerFile;
using cobol::testing::LowerResult;

auto PlanOf(const LowerResult& lowered, const std::string& base) -> std::string {
  return emit_cpp::PrintPlan(lowered.module, emit_cpp::PlanModule(lowered.module), base);
}

auto Cases() -> std::vector<std::string> {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(REMINT_PLAN_CASES_DIR)) {
    if (entry.path().extension() == ".cbl") names.push_back(entry.path().stem().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

class PlanGoldenTest : public ::testing::TestWithParam<std::string> {};

TEST_P(PlanGoldenTest, MatchesItsGolden) {
  const fs::path directory = REMINT_PLAN_CASES_DIR;
  LowerResult lowered = LowerFile((directory / (GetParam() + ".cbl")).string(), {});
  ASSERT_EQ(lowered.error_count(), 0u) << lowered.messages();
  EXPECT_TRUE(MatchesGolden((directory / (GetParam() + ".plan.txt")).string(),
                            PlanOf(lowered, directory.string())));
}

INSTANTIATE_TEST_SUITE_P(Cases, PlanGoldenTest, ::testing::ValuesIn(Cases()),
                         [](const auto& case_info) { return case_info.param; });

TEST(PlanTest, IsTheSameOnEveryRun) {
  const fs::path program = fs::path(REMINT_PLAN_CASES_DIR) / "jumps.cbl";
  EXPECT_EQ(PlanOf(LowerFile(program.string(), {}), ""),
            PlanOf(LowerFile(program.string(), {}), ""));
}

TEST(PlanTest, EveryBankdemoProgram) {
  const fs::path root = REMINT_BANKDEMO_DIR;
  REMINT_REQUIRE_OR_SKIP(fs::is_directory(root / "BANK.PROD.COBOL"),
                         "corpus/bankdemo/BANK.PROD.COBOL is missing");
  std::vector<fs::path> programs;
  for (const auto& entry : fs::directory_iterator(root / "BANK.PROD.COBOL")) {
    programs.push_back(entry.path());
  }
  std::sort(programs.begin(), programs.end());
  ASSERT_EQ(programs.size(), 8u);
  cobol::testing::FileLowerOptions options;
  options.copy_directories = {(root / "BANK.PROD.COPYLIB").string()};
  options.lower.dialect = cobol::CobolDialect::kIbm;
  std::string plans;
  for (const fs::path& program : programs) {
    LowerResult lowered = LowerFile(program.string(), options);
    ASSERT_EQ(lowered.error_count(), 0u) << program << "\n" << lowered.messages();
    plans += PlanOf(lowered, root.string());
  }
  EXPECT_TRUE(MatchesGolden(std::string(REMINT_PLAN_CASES_DIR) + "/bankdemo.plan.txt", plans));
}

}  // namespace
}  // namespace remint::testing
