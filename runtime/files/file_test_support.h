// Test-only: a scratch directory and a file context whose console and end of run are captured,
// for the unit tests of the file organizations.
#ifndef COBRT_FILES_FILE_TEST_SUPPORT_H_
#define COBRT_FILES_FILE_TEST_SUPPORT_H_

#include <gtest/gtest.h>

#include <stdlib.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>

#include "runtime/files/file.h"
#include "runtime/io/console.h"
#include "runtime/io/termination.h"

namespace cobrt::testing {

class CapturingSink final : public ConsoleSink {
 public:
  void Write(ConsoleStream, std::string_view bytes) override { transcript += bytes; }
  std::string transcript;
};

class FileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    // mkdtemp: ctest runs each test in its own process, and an address such as `this` repeats
    // across processes (always under ASan), so one test's TearDown would remove another's files.
    std::string pattern = (std::filesystem::temp_directory_path() / "cobrt-files-XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    directory_ = pattern;
    context_ = {&termination_, &open_files_,
                [](const std::string&) { return std::optional<std::string>(); }};
  }
  void TearDown() override { std::filesystem::remove_all(directory_); }

  auto PathOf(const std::string& name) -> std::string { return (directory_ / name).string(); }
  auto Contents(const std::string& name) -> std::string {
    std::ifstream stream(PathOf(name), std::ios::binary);
    std::ostringstream bytes;
    bytes << stream.rdbuf();
    return bytes.str();
  }

  std::filesystem::path directory_;
  CapturingSink sink_;
  Console console_{sink_};
  int exit_code_ = -1;
  RunTermination termination_{console_, [this](int code) { exit_code_ = code; }};
  OpenFileRegistry open_files_;
  FileContext context_;
};

}  // namespace cobrt::testing

#endif  // COBRT_FILES_FILE_TEST_SUPPORT_H_
