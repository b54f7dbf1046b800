#include "runtime/files/relative_file.h"

#include <gtest/gtest.h>

#include <string>

#include "runtime/files/file_test_support.h"

namespace cobrt {
namespace {

using RelativeFileTest = testing::FileTest;

TEST_F(RelativeFileTest, SlotsAreALittleEndianLengthThenTheWholeRecordArea) {
  RelativeFile file(Access::kRandom, {"F", false, 2, 4}, 9999, context_);
  ASSERT_EQ(file.Open(OpenMode::kOutput, PathOf("rel")), FileStatus::Of("00"));
  std::string area = "ABCD";
  std::int64_t key = 1;
  EXPECT_EQ(file.Write(area, 4, key), FileStatus::Of("00"));
  area = "xyCD";
  key = 3;
  EXPECT_EQ(file.Write(area, 2, key), FileStatus::Of("00"));
  file.Close();
  const std::string zeros(12, '\0');
  EXPECT_EQ(Contents("rel"), std::string("\4\0\0\0\0\0\0\0ABCD", 12) + zeros +
                                 std::string("\2\0\0\0\0\0\0\0xyCD", 12));
}

TEST_F(RelativeFileTest, ReadNextSkipsEmptySlotsAndSetsTheKey) {
  RelativeFile file(Access::kDynamic, {"F", false, 3, 3}, 99, context_);
  ASSERT_EQ(file.Open(OpenMode::kOutput, PathOf("rel")), FileStatus::Of("00"));
  std::string area = "TWO";
  std::int64_t key = 2;
  ASSERT_EQ(file.Write(area, 3, key), FileStatus::Of("00"));
  key = 5;
  area = "FIV";
  ASSERT_EQ(file.Write(area, 3, key), FileStatus::Of("00"));
  EXPECT_EQ(file.Write(area, 3, key), FileStatus::Of("22"));
  key = 0;
  EXPECT_EQ(file.Write(area, 3, key), FileStatus::Of("24"));
  file.Close();
  ASSERT_EQ(file.Open(OpenMode::kInput, PathOf("rel")), FileStatus::Of("00"));
  EXPECT_EQ(file.ReadNext(area, key).status, FileStatus::Of("00"));
  EXPECT_EQ(key, 2);
  EXPECT_EQ(area, "TWO");
  EXPECT_EQ(file.ReadNext(area, key).status, FileStatus::Of("00"));
  EXPECT_EQ(key, 5);
  EXPECT_EQ(file.ReadNext(area, key).status, FileStatus::Of("10"));
  EXPECT_EQ(file.ReadNext(area, key).status, FileStatus::Of("46"));
  EXPECT_EQ(file.Start(StartCondition::kLess, 5), FileStatus::Of("00"));
  EXPECT_EQ(file.ReadNext(area, key).status, FileStatus::Of("00"));
  EXPECT_EQ(key, 2);
  EXPECT_EQ(file.Read(area, 3).status, FileStatus::Of("23"));
}

TEST_F(RelativeFileTest, SequentialAccessNeedsAReadBeforeRewriteAndDelete) {
  RelativeFile file(Access::kSequential, {"F", false, 3, 3}, 0, context_);
  ASSERT_EQ(file.Open(OpenMode::kOutput, PathOf("rel")), FileStatus::Of("00"));
  std::string area = "ONE";
  std::int64_t key = 0;
  ASSERT_EQ(file.Write(area, 3, key), FileStatus::Of("00"));
  file.Close();
  ASSERT_EQ(file.Open(OpenMode::kInputOutput, PathOf("rel")), FileStatus::Of("00"));
  EXPECT_EQ(file.Delete(0), FileStatus::Of("43"));
  EXPECT_EQ(file.ReadNext(area, key).status, FileStatus::Of("00"));
  EXPECT_EQ(file.Delete(0), FileStatus::Of("00"));
  EXPECT_EQ(file.Delete(0), FileStatus::Of("43"));
  EXPECT_EQ(file.Write(area, 3, key), FileStatus::Of("48"));
}

}  // namespace
}  // namespace cobrt
