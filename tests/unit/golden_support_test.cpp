// The golden harness itself: update mode (REMINT_UPDATE_GOLDEN=1) must store what it claims to,
// report it, and fail when it cannot write; compare mode must fail on a difference.
#include <gtest/gtest.h>
#include <stdlib.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <optional>
#include <string>

#include "tests/support/golden.h"

namespace remint::testing {
namespace {

namespace fs = std::filesystem;

class GoldenSupportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* previous = getenv("REMINT_UPDATE_GOLDEN");
    if (previous != nullptr) saved_ = previous;
    scratch_ = fs::temp_directory_path() /
               ("remint-golden-support-" + std::to_string(::getpid()) + "-" +
                ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(scratch_);
    fs::create_directories(scratch_);
  }
  void TearDown() override {
    if (saved_) {
      setenv("REMINT_UPDATE_GOLDEN", saved_->c_str(), 1);
    } else {
      unsetenv("REMINT_UPDATE_GOLDEN");
    }
    fs::remove_all(scratch_);
  }
  static void Updating(bool on) {
    if (on) {
      setenv("REMINT_UPDATE_GOLDEN", "1", 1);
    } else {
      unsetenv("REMINT_UPDATE_GOLDEN");
    }
  }

  fs::path scratch_;
  std::optional<std::string> saved_;
};

TEST_F(GoldenSupportTest, CompareModeFailsOnADifferenceAndOnAMissingFile) {
  Updating(false);
  std::string path = (scratch_ / "expected.txt").string();
  EXPECT_FALSE(MatchesGolden(path, "anything\n"));
  std::ofstream(path) << "one\ntwo\n";
  EXPECT_TRUE(MatchesGolden(path, "one\ntwo\n"));
  ::testing::AssertionResult result = MatchesGolden(path, "one\nTWO\n");
  EXPECT_FALSE(result);
  EXPECT_NE(std::string(result.message()).find(":2: first difference"), std::string::npos)
      << result.message();
}

TEST_F(GoldenSupportTest, UpdateModeWritesTheExpectationAndReportsIt) {
  Updating(true);
  std::string path = (scratch_ / "sub" / "expected.txt").string();
  ::testing::internal::CaptureStdout();
  EXPECT_TRUE(MatchesGolden(path, "new text\n"));
  EXPECT_TRUE(MatchesGolden(path, "new text\n"));  // Unchanged: not rewritten, not reported.
  std::string reported = ::testing::internal::GetCapturedStdout();
  EXPECT_EQ(ReadTextFile(path), "new text\n");
  EXPECT_EQ(reported, "[golden] created " + path + "\n");
  Updating(false);
  EXPECT_TRUE(MatchesGolden(path, "new text\n"));
}

TEST_F(GoldenSupportTest, UpdateModeFailsWhenTheFileCannotBeWritten) {
  Updating(true);
  // A regular file where a directory should be: no expectation can be written below it.
  std::ofstream(scratch_ / "not-a-directory") << "x";
  std::string path = (scratch_ / "not-a-directory" / "expected.txt").string();
  ::testing::AssertionResult result = MatchesGolden(path, "text\n");
  EXPECT_FALSE(result);
  EXPECT_NE(std::string(result.message()).find("could not write"), std::string::npos)
      << result.message();
}

}  // namespace
}  // namespace remint::testing
