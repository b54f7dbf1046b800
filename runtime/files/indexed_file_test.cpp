#include "runtime/files/indexed_file.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "runtime/files/file_test_support.h"

namespace cobrt {
namespace {

class IndexedFileTest : public testing::FileTest {
 protected:
  // 6-byte records: primary key 1:3, alternate key 4:1 WITH DUPLICATES.
  auto MakeFile(Access access = Access::kDynamic) -> IndexedFile {
    return IndexedFile(access, {"F", false, 6, 6}, {{0, 3, false}, {3, 1, true}}, context_);
  }
  auto NextRecords(IndexedFile& file) -> std::string {
    std::string all;
    std::string area(6, ' ');
    while (file.ReadNext(area).status.IsSuccessful()) all += area + ";";
    return all;
  }
};

TEST_F(IndexedFileTest, DuplicatesKeepTheirOrderAcrossCloseAndOpen) {
  IndexedFile file = MakeFile();
  ASSERT_EQ(file.Open(OpenMode::kOutput, PathOf("idx")), FileStatus::Of("00"));
  EXPECT_EQ(file.Write("003Xaa", 6), FileStatus::Of("00"));
  EXPECT_EQ(file.Write("001Xbb", 6), FileStatus::Of("02"));
  EXPECT_EQ(file.Write("002Acc", 6), FileStatus::Of("00"));
  EXPECT_EQ(file.Write("001Ydd", 6), FileStatus::Of("22"));
  file.Close();
  ASSERT_EQ(file.Open(OpenMode::kInputOutput, PathOf("idx")), FileStatus::Of("00"));
  EXPECT_EQ(NextRecords(file), "001Xbb;002Acc;003Xaa;");
  std::string area = "???X??";
  EXPECT_EQ(file.Read(area, 1).status, FileStatus::Of("00"));
  EXPECT_EQ(area, "003Xaa");
  EXPECT_EQ(NextRecords(file), "001Xbb;");
  // A REWRITE that changes the duplicate key puts the record last among its new equals.
  EXPECT_EQ(file.Rewrite("002Xcc", 6), FileStatus::Of("02"));
  file.Close();
  ASSERT_EQ(file.Open(OpenMode::kInput, PathOf("idx")), FileStatus::Of("00"));
  area = "???X??";
  EXPECT_EQ(file.Start(StartCondition::kEqual, area, 1), FileStatus::Of("00"));
  EXPECT_EQ(NextRecords(file), "003Xaa;001Xbb;002Xcc;");
}

TEST_F(IndexedFileTest, AnEntryCutShortByAKilledProgramIsDropped) {
  IndexedFile file = MakeFile();
  ASSERT_EQ(file.Open(OpenMode::kOutput, PathOf("idx")), FileStatus::Of("00"));
  EXPECT_EQ(file.Write("001Aaa", 6), FileStatus::Of("00"));
  EXPECT_EQ(file.Write("002Bbb", 6), FileStatus::Of("00"));
  // Each operation is on disk when it returns: copy the file as a kill would leave it.
  std::filesystem::copy_file(PathOf("idx"), PathOf("killed"));
  file.Close();
  const auto size = std::filesystem::file_size(PathOf("killed"));
  std::filesystem::resize_file(PathOf("killed"), size - 3);
  IndexedFile reopened = MakeFile();
  ASSERT_EQ(reopened.Open(OpenMode::kInputOutput, PathOf("killed")), FileStatus::Of("00"));
  EXPECT_EQ(reopened.Write("003Ccc", 6), FileStatus::Of("00"));
  reopened.Close();
  ASSERT_EQ(reopened.Open(OpenMode::kInput, PathOf("killed")), FileStatus::Of("00"));
  EXPECT_EQ(NextRecords(reopened), "001Aaa;003Ccc;");
}

TEST_F(IndexedFileTest, CloseCompactsDeletedAndRewrittenRecords) {
  IndexedFile file = MakeFile();
  ASSERT_EQ(file.Open(OpenMode::kOutput, PathOf("idx")), FileStatus::Of("00"));
  file.Write("001Aaa", 6);
  file.Close();
  const auto one_record = std::filesystem::file_size(PathOf("idx"));
  ASSERT_EQ(file.Open(OpenMode::kInputOutput, PathOf("idx")), FileStatus::Of("00"));
  file.Write("002Bbb", 6);
  file.Rewrite("001Azz", 6);
  EXPECT_EQ(file.Delete("002???"), FileStatus::Of("00"));
  EXPECT_EQ(file.Delete("002???"), FileStatus::Of("23"));
  file.Close();
  EXPECT_EQ(std::filesystem::file_size(PathOf("idx")), one_record);
  EXPECT_FALSE(std::filesystem::exists(PathOf("idx.cobrt-new")));
  ASSERT_EQ(file.Open(OpenMode::kInput, PathOf("idx")), FileStatus::Of("00"));
  EXPECT_EQ(NextRecords(file), "001Azz;");
}

TEST_F(IndexedFileTest, AFileOfAnotherFormatIsRefused) {
  std::ofstream(PathOf("other")) << "not an indexed file";
  IndexedFile file = MakeFile();
  EXPECT_EQ(file.Open(OpenMode::kInput, PathOf("other")), FileStatus::Of("39"));
}

TEST_F(IndexedFileTest, SequentialAccessWritesInAscendingOrder) {
  IndexedFile file = MakeFile(Access::kSequential);
  ASSERT_EQ(file.Open(OpenMode::kOutput, PathOf("idx")), FileStatus::Of("00"));
  EXPECT_EQ(file.Write("002Aaa", 6), FileStatus::Of("00"));
  EXPECT_EQ(file.Write("001Aaa", 6), FileStatus::Of("21"));
  EXPECT_EQ(file.Write("002Aaa", 6), FileStatus::Of("21"));
  EXPECT_EQ(file.Write("003Aaa", 6), FileStatus::Of("02"));
}

}  // namespace
}  // namespace cobrt
