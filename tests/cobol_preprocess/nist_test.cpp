// The NIST COBOL-85 suite (CCVS85) from ../shared/corpus: every program preprocesses without
// errors, and the COPY/REPLACE module (SM) expands as GnuCOBOL does.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>

#include "tests/cobol_preprocess/preprocess_fixture.h"
#include "tests/support/availability.h"

namespace remint::cobol::testing {
namespace {

namespace fs = std::filesystem;

auto NistDirectory() -> std::string {
  return std::string(REMINT_SHARED_CORPUS_DIR) + "/nist-cobol85";
}

auto NistOptions(const std::string& program) -> PreprocessOptions {
  PreprocessOptions options;
  options.copy_directories = {NistDirectory() + "/copy"};
  options.copy_libraries = {{"ALTLB", NistDirectory() + "/copyalt"}};
  // The suite's harness compiles SM206A with -fdebugging-line.
  options.debugging_lines = program.find("SM206A") != std::string::npos;
  return options;
}

auto NistPrograms() -> std::vector<std::string> {
  std::vector<std::string> programs;
  std::error_code error;
  for (fs::recursive_directory_iterator it(NistDirectory(), error), end; !error && it != end;
       it.increment(error)) {
    std::string extension = it->path().extension().string();
    std::string parent = it->path().parent_path().filename().string();
    if (!it->is_regular_file() || parent == "copy" || parent == "copyalt") continue;
    if (extension == ".CBL" || extension == ".SUB") programs.push_back(it->path().string());
  }
  std::sort(programs.begin(), programs.end());
  return programs;
}

class NistTest : public ::testing::Test {
 protected:
  void SetUp() override {
    REMINT_REQUIRE_OR_SKIP(fs::exists(NistDirectory()),
                           "NIST COBOL-85 suite not found at "
                               << NistDirectory()
                               << " (../shared/corpus beside the project); skipping");
  }
};

TEST_F(NistTest, CopyModulePreprocessesWithoutErrors) {
  int programs = 0;
  for (const std::string& program : NistPrograms()) {
    if (program.find("/SM/") == std::string::npos) continue;
    PreprocessRun run = RunPreprocessor(program, NistOptions(program));
    EXPECT_TRUE(run.diagnostics.empty()) << program << ":\n"
                                         << DescribeDiagnostics(run.diagnostics, "");
    ++programs;
  }
  EXPECT_EQ(programs, 17);
}

// Spot checks against `cobc -E -std=cobol85 -I copy`, which produced these words.
TEST_F(NistTest, CopyModuleMatchesGnuCobolOnSamples) {
  std::string sm201 = NistDirectory() + "/SM/SM201A.CBL";
  PreprocessRun run = RunPreprocessor(sm201, NistOptions(sm201));
  std::string text = run.squeezed();
  // COPY K1FDA REPLACING PROOF-REC BY TST-TEST, with the period on the next card.
  EXPECT_NE(text.find("FD TEST-FILE LABEL RECORDS STANDARD"), std::string::npos);
  EXPECT_EQ(text.find("PROOF-REC"), std::string::npos);
  std::string sm208 = NistDirectory() + "/SM/SM208A.CBL";
  PreprocessRun replaced = RunPreprocessor(sm208, NistOptions(sm208));
  EXPECT_NE(replaced.squeezed().find("MOVE WS-C TO WS-B."), std::string::npos);
  EXPECT_NE(replaced.squeezed().find("01 A PIC X."), std::string::npos);
}

TEST_F(NistTest, EveryProgramPreprocessesWithoutErrors) {
  std::vector<std::string> programs = NistPrograms();
  size_t lines = 0;
  size_t failed = 0;
  double seconds = 0;
  for (const std::string& program : programs) {
    auto start = std::chrono::steady_clock::now();
    PreprocessRun run = RunPreprocessor(program, NistOptions(program));
    seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    for (uint32_t i = 0; i < run.sources->file_count(); ++i) {
      lines += run.sources->file(FileId{i}).text.line_count();
    }
    if (!run.diagnostics.empty()) {
      ++failed;
      ADD_FAILURE() << program << ":\n" << DescribeDiagnostics(run.diagnostics, "");
    }
  }
  EXPECT_GE(programs.size(), 450u);
  EXPECT_EQ(failed, 0u);
  std::printf(
      "NIST: %zu programs, %zu source lines (copybooks counted per program), %.3f s, "
      "%.0f lines/s\n",
      programs.size(), lines, seconds, seconds > 0 ? lines / seconds : 0.0);
}

}  // namespace
}  // namespace remint::cobol::testing
