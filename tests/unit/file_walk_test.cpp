#include "base/file_walk.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "tests/support/scratch.h"

namespace remint {
namespace {

class FileWalkTest : public ::testing::Test {
 protected:
  void SetUp() override {
    // One directory per test: ctest runs the test cases in parallel processes.
    root_ = remint::testing::FreshDirectory(
        "walk-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    std::filesystem::create_directories(root_ / "PROD.COBOL" / "SUB");
  }
  void Write(const std::filesystem::path& relative, std::string_view text) {
    std::ofstream(root_ / relative) << text;
  }
  auto Walk(WalkOptions options = {}) -> std::vector<WalkEntry> {
    return WalkTree(root_.string(), options);
  }

  std::filesystem::path root_;
};

auto Find(const std::vector<WalkEntry>& entries, std::string_view path) -> const WalkEntry* {
  for (const WalkEntry& entry : entries) {
    if (entry.display_path == path) return &entry;
  }
  return nullptr;
}

TEST_F(FileWalkTest, ListsFilesSortedAndSkipsHidden) {
  Write("PROD.COBOL/B", "x");
  Write("PROD.COBOL/A", "xy");
  Write("PROD.COBOL/SUB/C", "");
  Write(".hidden", "x");
  std::vector<WalkEntry> entries = Walk();
  ASSERT_EQ(entries.size(), 3u);
  EXPECT_EQ(entries[0].display_path, "PROD.COBOL/A");
  EXPECT_EQ(entries[0].size, 2u);
  EXPECT_EQ(entries[2].display_path, "PROD.COBOL/SUB/C");
}

TEST_F(FileWalkTest, ReportsSymlinkLoopsBrokenLinksAndSpecialFiles) {
  Write("PROD.COBOL/A", "x");
  std::filesystem::create_directory_symlink("..", root_ / "PROD.COBOL" / "SUB" / "UP");
  std::filesystem::create_symlink("missing", root_ / "BROKEN");
  std::filesystem::create_symlink("SELF", root_ / "SELF");
  ASSERT_EQ(mkfifo((root_ / "PIPE").c_str(), 0600), 0);
  std::vector<WalkEntry> entries = Walk();
  const WalkEntry* loop = Find(entries, "PROD.COBOL/SUB/UP");
  ASSERT_NE(loop, nullptr);
  EXPECT_EQ(loop->type, WalkEntryType::kSymlinkLoop);
  ASSERT_NE(Find(entries, "BROKEN"), nullptr);
  EXPECT_EQ(Find(entries, "BROKEN")->type, WalkEntryType::kBrokenSymlink);
  ASSERT_NE(Find(entries, "SELF"), nullptr);
  EXPECT_EQ(Find(entries, "SELF")->type, WalkEntryType::kSymlinkLoop);
  ASSERT_NE(Find(entries, "PIPE"), nullptr);
  EXPECT_EQ(Find(entries, "PIPE")->type, WalkEntryType::kSpecialFile);
  EXPECT_EQ(Find(entries, "PIPE")->detail, "FIFO");
}

TEST_F(FileWalkTest, EscapesNonUtf8NamesAndBackslashes) {
  Write(std::string("BAD\xff\xfeNAME"), "x");
  Write("BACK\\SLASH", "x");
  std::vector<WalkEntry> entries = Walk();
  const WalkEntry* bad = Find(entries, "BAD\\xFF\\xFENAME");
  ASSERT_NE(bad, nullptr);
  EXPECT_TRUE(bad->name_was_escaped);
  EXPECT_TRUE(std::filesystem::exists(bad->filesystem_path));
  const WalkEntry* backslash = Find(entries, "BACK\\\\SLASH");
  ASSERT_NE(backslash, nullptr);
  EXPECT_FALSE(backslash->name_was_escaped);
  std::string escaped;
  EXPECT_FALSE(EscapePathForDisplay("caf\xc3\xa9", escaped));
  EXPECT_EQ(escaped, "caf\xc3\xa9");
}

TEST_F(FileWalkTest, IgnoreFilesApplyToTheirDirectoryAndBelow) {
  Write("PROD.COBOL/A", "x");
  Write("PROD.COBOL/SUB/C", "x");
  Write("PROD.COBOL/NOTES.md", "x");
  Write("README.md", "x");
  Write(".remintignore", "# docs\nREADME.md\nSUB/\n");
  Write("PROD.COBOL/.remintignore", "*.md\n");
  EXPECT_EQ(ReadIgnoreFile(root_.string()).size(), 2u);
  std::vector<WalkEntry> entries = Walk();
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].display_path, "PROD.COBOL/A");
  WalkOptions everything;
  everything.use_ignore_files = false;
  EXPECT_EQ(Walk(everything).size(), 4u);
}

}  // namespace
}  // namespace remint
