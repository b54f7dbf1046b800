#include "runtime/sort/sort_file.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "runtime/files/file_test_support.h"

namespace cobrt {
namespace {

class SortFileTest : public testing::FileTest {
 protected:
  void SetUp() override {
    FileTest::SetUp();
    sd_file_ = std::make_unique<SortFile>("SD1", "work.tmp", sd_area_, context_);
  }

  // A record sequential file of `size`-byte records holding `records`.
  void WriteFile(const std::string& name, std::size_t size,
                 const std::vector<std::string>& records) {
    SequentialFile file(SequentialFile::Kind::kRecordSequential, {"W", false, size, size},
                        context_);
    ASSERT_EQ(file.Open(OpenMode::kOutput, PathOf(name)), FileStatus::Of("00"));
    for (const std::string& record : records) file.Write(record);
    file.Close();
  }

  auto Key() -> std::vector<SortKey> {
    return {SortKey::Alphanumeric(0, 2, SortOrder::kAscending)};
  }

  char sd_area_[6] = {};
  std::unique_ptr<SortFile> sd_file_;  // after SetUp: it copies the context
  int sort_return_ = -1;
};

TEST_F(SortFileTest, MergeSortsUnorderedInputsFirstFileFirstOnEqualKeys) {
  // cobc: MERGE ... USING IN1 IN2 of CC1 AA1 BB1 and BB2 AA2 DD2 gives AA1 AA2 BB1 BB2 CC1 DD2.
  WriteFile("in1", 6, {"CC1111", "AA1111", "BB1111"});
  WriteFile("in2", 6, {"BB2222", "AA2222", "DD2222"});
  SequentialFile in1(SequentialFile::Kind::kRecordSequential, {"IN1", false, 6, 6}, context_);
  SequentialFile in2(SequentialFile::Kind::kRecordSequential, {"IN2", false, 6, 6}, context_);
  SequentialFile out(SequentialFile::Kind::kRecordSequential, {"OUT", false, 8, 8}, context_);
  char in1_area[6], in2_area[6], out_area[8];
  sd_file_->Begin(Key(), sort_return_);
  EXPECT_EQ(sort_return_, 0);
  const std::string in1_name = PathOf("in1"), in2_name = PathOf("in2"), out_name = PathOf("out");
  sd_file_->Using({&in1, in1_name, in1_area});
  sd_file_->Using({&in2, in2_name, in2_area});
  sd_file_->Giving({{&out, out_name, out_area}});
  sd_file_->End();
  EXPECT_EQ(Contents("out"), "AA1111  AA2222  BB1111  BB2222  CC1111  DD2222  ");
  // Both record areas hold the last record, as cobc leaves them.
  EXPECT_EQ(std::string(sd_area_, 6), "DD2222");
  EXPECT_EQ(std::string(out_area, 8), "DD2222  ");
  EXPECT_EQ(in1.mode(), OpenMode::kClosed);
}

TEST_F(SortFileTest, MissingUsingFileGivesNoRecordsAndNoError) {
  SequentialFile missing(SequentialFile::Kind::kRecordSequential, {"M", false, 6, 6}, context_);
  SequentialFile out(SequentialFile::Kind::kLineSequential, {"OUT", false, 0, 4}, context_);
  char area[6], out_area[4];
  sd_file_->Begin(Key(), sort_return_);
  const std::string missing_name = PathOf("missing"), out_name = PathOf("out");
  sd_file_->Using({&missing, missing_name, area});
  sd_file_->Giving({{&out, out_name, out_area}});
  sd_file_->End();
  EXPECT_EQ(Contents("out"), "");
  EXPECT_EQ(sort_return_, 0);
  EXPECT_EQ(exit_code_, -1);
}

TEST_F(SortFileTest, AGivingFileOpenInputIsClosedAndNotWritten) {
  WriteFile("out", 6, {"ZZ0000"});
  SequentialFile out(SequentialFile::Kind::kRecordSequential, {"OUT", false, 6, 6}, context_);
  const std::string out_name = PathOf("out");
  ASSERT_EQ(out.Open(OpenMode::kInput, out_name), FileStatus::Of("00"));
  char out_area[6];
  sd_file_->Begin(Key(), sort_return_);
  std::copy_n("BB0000", 6, sd_area_);
  sd_file_->Release();
  sd_file_->Giving({{&out, out_name, out_area}});
  sd_file_->End();
  EXPECT_EQ(Contents("out"), "ZZ0000");
  EXPECT_EQ(out.mode(), OpenMode::kClosed);
  EXPECT_EQ(sort_return_, 0);
}

TEST_F(SortFileTest, VariableRecordsArePaddedAndWrittenWithTheirLength) {
  SequentialFile var(SequentialFile::Kind::kRecordSequential, {"V", false, 2, 10}, context_);
  const std::string var_name = PathOf("var");
  ASSERT_EQ(var.Open(OpenMode::kOutput, var_name), FileStatus::Of("00"));
  var.Write("ZZ3");
  var.Write("AB34567890");
  var.Close();
  SequentialFile out(SequentialFile::Kind::kRecordSequential, {"O", false, 2, 12}, context_);
  const std::string out_name = PathOf("outvar");
  char var_area[10], out_area[12];
  std::vector<std::size_t> lengths;
  sd_file_->Begin(Key(), sort_return_);
  sd_file_->Using(
      {&var, var_name, var_area, [&](std::size_t length) { lengths.push_back(length); }});
  sd_file_->Giving({{&out, out_name, out_area, nullptr, [] { return std::size_t{3}; }}});
  sd_file_->End();
  EXPECT_EQ(lengths, (std::vector<std::size_t>{3, 10}));
  EXPECT_EQ(Contents("outvar"), std::string("\0\3\0\0AB3\0\3\0\0ZZ3", 14));
}

TEST_F(SortFileTest, ReturnAfterTheEndStaysAtEnd) {
  sd_file_->Begin(Key(), sort_return_);
  std::copy_n("BBbbbb", 6, sd_area_);
  sd_file_->Release();
  std::copy_n("AAaaaa", 6, sd_area_);
  sd_file_->Release();
  ASSERT_TRUE(sd_file_->Return());
  EXPECT_EQ(std::string(sd_area_, 6), "AAaaaa");
  ASSERT_TRUE(sd_file_->Return());
  EXPECT_FALSE(sd_file_->Return());
  EXPECT_FALSE(sd_file_->Return());
  EXPECT_EQ(std::string(sd_area_, 6), "BBbbbb");
  sd_file_->End();
}

TEST_F(SortFileTest, ReleaseWithNoSortRunningEndsTheRun) {
  // cobc: libcob: error: permanent file error (status = 30) for file SD1 ('work_tmp' =>
  // work.tmp)
  sd_file_->Release();
  EXPECT_EQ(exit_code_, 1);
  EXPECT_NE(sink_.transcript.find("permanent file error (status = 30) for file SD1 ('work_tmp'"),
            std::string::npos)
      << sink_.transcript;
}

}  // namespace
}  // namespace cobrt
