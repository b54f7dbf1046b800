// Shared by the tests that run cobc (or a stand-in): a scratch directory holding programs,
// copybooks and a private reference cache.
#ifndef REMINT_TESTS_COBC_REFERENCE_REFERENCE_FIXTURE_H_
#define REMINT_TESTS_COBC_REFERENCE_REFERENCE_FIXTURE_H_

#include <gtest/gtest.h>
#include <stdlib.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "tests/support/cobc_reference.h"

namespace remint::testing {

class ReferenceFixture : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "remint-ref-test-XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    scratch_ = pattern;
    options_.cache_directory = (scratch_ / "cache").string();
  }
  void TearDown() override {
    std::error_code error;
    std::filesystem::remove_all(scratch_, error);
  }

  auto Write(const std::string& relative, const std::string& text, bool executable = false)
      -> std::string {
    std::filesystem::path path = scratch_ / relative;
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
    if (executable) chmod(path.c_str(), 0755);
    return path.string();
  }

  static auto CobcAvailable() -> bool { return CobcVersion("cobc").ok(); }

  std::filesystem::path scratch_;
  ReferenceOptions options_;
};

// Indents each line to column 8 so test programs can be written without the sequence area.
inline auto FixedForm(const std::string& text) -> std::string {
  std::string out;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    out += "       " + text.substr(start, end - start) + "\n";
    start = end + 1;
  }
  return out;
}

}  // namespace remint::testing

#endif  // REMINT_TESTS_COBC_REFERENCE_REFERENCE_FIXTURE_H_
