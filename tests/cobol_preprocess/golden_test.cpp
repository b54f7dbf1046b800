// Golden expansions: each golden/<case>/ holds main.cbl, its copybooks, an optional options.txt
// and expected.txt (the expanded text, where each line's pieces come from, and the
// diagnostics). REMINT_UPDATE_GOLDEN=1 rewrites expected.txt.
//
// options.txt, one per line: "format fixed|free|auto", "debugging-lines", "copy-dir DIR",
// "library NAME DIR", "tab-width N", "max-copy-depth N" (directories relative to the case).
#include "tests/support/golden.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "frontends/cobol/preprocess/expansion_listing.h"
#include "tests/cobol_preprocess/preprocess_fixture.h"

namespace remint::cobol::testing {
namespace {

namespace fs = std::filesystem;

auto ReadOptions(const std::string& case_directory) -> PreprocessOptions {
  PreprocessOptions options;
  std::ifstream in(case_directory + "/options.txt");
  for (std::string line; std::getline(in, line);) {
    std::istringstream words(line);
    std::string key;
    words >> key;
    if (key == "format") {
      std::string value;
      words >> value;
      options.format = value == "free"    ? ReferenceFormat::kFree
                       : value == "fixed" ? ReferenceFormat::kFixed
                                          : ReferenceFormat::kAuto;
    } else if (key == "debugging-lines") {
      options.debugging_lines = true;
    } else if (key == "copy-dir") {
      std::string directory;
      words >> directory;
      options.copy_directories.push_back(case_directory + "/" + directory);
    } else if (key == "library") {
      std::string name;
      std::string directory;
      words >> name >> directory;
      options.copy_libraries.emplace_back(name, case_directory + "/" + directory);
    } else if (key == "tab-width") {
      words >> options.tab_width;
    } else if (key == "max-copy-depth") {
      words >> options.max_copy_depth;
    }
  }
  return options;
}

auto MainFile(const std::string& case_directory) -> std::string {
  for (const auto& entry : fs::directory_iterator(case_directory)) {
    if (entry.path().stem() == "main") return entry.path().string();
  }
  return case_directory + "/main.cbl";
}

auto Join(const std::vector<std::string>& items) -> std::string {
  std::string text;
  for (const std::string& item : items) text += (text.empty() ? "" : " ") + item;
  return text;
}

class PreprocessGoldenTest : public ::testing::TestWithParam<std::string> {};

TEST_P(PreprocessGoldenTest, MatchesExpectation) {
  std::string case_directory = std::string(REMINT_PREPROCESS_GOLDEN_DIR) + "/" + GetParam();
  PreprocessRun run =
      RunPreprocessor(MainFile(case_directory), ReadOptions(case_directory), case_directory);
  std::vector<std::string> copied;
  for (FileId file : run.expanded.copied_files) {
    std::string path = run.sources->file(file).path;
    if (path.starts_with(case_directory + "/")) path.erase(0, case_directory.size() + 1);
    copied.push_back(path);
  }
  std::string actual;
  actual += "compiler options: " + Join(run.expanded.compiler_options) + "\n";
  actual += std::string("debugging mode: ") + (run.expanded.debugging_mode ? "yes" : "no") + "\n";
  actual += "copied files: " + Join(copied) + "\n";
  actual += "--- expanded text (line |text, then @column origin < COPY chain)\n";
  std::string listing = DescribeExpansion(*run.sources, run.expanded);
  for (size_t at = listing.find(case_directory + "/"); at != std::string::npos;
       at = listing.find(case_directory + "/", at)) {
    listing.erase(at, case_directory.size() + 1);
  }
  actual += listing;
  actual += "--- diagnostics\n";
  actual += DescribeDiagnostics(run.diagnostics, case_directory);
  EXPECT_TRUE(remint::testing::MatchesGolden(case_directory + "/expected.txt", actual));
}

INSTANTIATE_TEST_SUITE_P(
    Cases, PreprocessGoldenTest,
    ::testing::ValuesIn(remint::testing::ListSubdirectories(REMINT_PREPROCESS_GOLDEN_DIR)),
    [](const ::testing::TestParamInfo<std::string>& case_info) { return case_info.param; });

}  // namespace
}  // namespace remint::cobol::testing
