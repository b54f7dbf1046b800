#include "tests/support/golden.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace remint::testing {

auto UpdatingGoldens() -> bool {
  const char* value = std::getenv("REMINT_UPDATE_GOLDEN");
  return value != nullptr && *value != '\0' && std::string_view(value) != "0";
}

auto ReadTextFile(const std::string& path) -> std::string {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream contents;
  contents << in.rdbuf();
  return contents.str();
}

auto ReplaceAll(std::string text, const std::string& from, const std::string& to) -> std::string {
  if (from.empty()) return text;
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

// Update mode: rewrites the expectation only when it changed, says so on stdout (ctest -V shows
// it), and fails when the file cannot be written, so an update run never reports success
// for an expectation it did not store.
auto RewriteGolden(const std::string& expected_path, const std::string& actual)
    -> ::testing::AssertionResult {
  namespace fs = std::filesystem;
  bool existed = fs::exists(expected_path);
  if (existed && ReadTextFile(expected_path) == actual) return ::testing::AssertionSuccess();
  std::error_code error;
  fs::create_directories(fs::path(expected_path).parent_path(), error);
  std::ofstream out(expected_path, std::ios::binary | std::ios::trunc);
  out << actual;
  out.close();
  if (!out || error) {
    return ::testing::AssertionFailure()
           << "REMINT_UPDATE_GOLDEN: could not write " << expected_path
           << (error ? " (" + error.message() + ")" : std::string());
  }
  std::cout << "[golden] " << (existed ? "rewrote " : "created ") << expected_path << '\n';
  ::testing::Test::RecordProperty("golden_rewritten", expected_path);
  return ::testing::AssertionSuccess();
}

auto MatchesGolden(const std::string& expected_path, const std::string& actual)
    -> ::testing::AssertionResult {
  if (UpdatingGoldens()) return RewriteGolden(expected_path, actual);
  if (!std::filesystem::exists(expected_path)) {
    return ::testing::AssertionFailure()
           << "missing golden file " << expected_path
           << " (run with REMINT_UPDATE_GOLDEN=1 to create it, then review it)";
  }
  std::string expected = ReadTextFile(expected_path);
  if (expected == actual) return ::testing::AssertionSuccess();
  std::istringstream expected_lines(expected);
  std::istringstream actual_lines(actual);
  std::string expected_line;
  std::string actual_line;
  for (int line = 1;; ++line) {
    bool has_expected = static_cast<bool>(std::getline(expected_lines, expected_line));
    bool has_actual = static_cast<bool>(std::getline(actual_lines, actual_line));
    if (!has_expected && !has_actual) break;
    if (has_expected != has_actual || expected_line != actual_line) {
      return ::testing::AssertionFailure()
             << expected_path << ":" << line << ": first difference\n  expected: "
             << (has_expected ? expected_line : "<end of file>")
             << "\n  actual:   " << (has_actual ? actual_line : "<end of output>")
             << "\n(REMINT_UPDATE_GOLDEN=1 rewrites the expectation)";
    }
  }
  return ::testing::AssertionFailure()
         << expected_path << ": outputs differ only in line endings or a final newline";
}

auto ListSubdirectories(const std::string& directory) -> std::vector<std::string> {
  std::vector<std::string> names;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(directory, error)) {
    if (entry.is_directory()) names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace remint::testing
