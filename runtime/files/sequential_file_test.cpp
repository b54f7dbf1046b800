#include "runtime/files/sequential_file.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "runtime/files/file_test_support.h"

namespace cobrt {
namespace {

class SequentialFileTest : public testing::FileTest {};

TEST_F(SequentialFileTest, LineSequentialStripsTrailingSpacesAndPadsOnRead) {
  SequentialFile file(SequentialFile::Kind::kLineSequential, {"F", false, 5, 5}, context_);
  ASSERT_EQ(file.Open(OpenMode::kOutput, PathOf("ls")), FileStatus::Of("00"));
  EXPECT_EQ(file.Write("AB   "), FileStatus::Of("00"));
  EXPECT_EQ(file.Write("     "), FileStatus::Of("00"));
  EXPECT_EQ(file.Close(), FileStatus::Of("00"));
  EXPECT_EQ(Contents("ls"), "AB\n\n");
  ASSERT_EQ(file.Open(OpenMode::kInput, PathOf("ls")), FileStatus::Of("00"));
  char record[5];
  EXPECT_EQ(file.Read(record).status, FileStatus::Of("00"));
  EXPECT_EQ(std::string(record, 5), "AB   ");
  EXPECT_EQ(file.Read(record).status, FileStatus::Of("00"));
  EXPECT_EQ(file.Read(record).status, FileStatus::Of("10"));
  EXPECT_EQ(file.Read(record).status, FileStatus::Of("46"));
}

TEST_F(SequentialFileTest, VariableRecordsHaveFourByteHeaders) {
  SequentialFile file(SequentialFile::Kind::kRecordSequential, {"F", false, 2, 4}, context_);
  ASSERT_EQ(file.Open(OpenMode::kOutput, PathOf("rv")), FileStatus::Of("00"));
  EXPECT_EQ(file.Write("AB"), FileStatus::Of("00"));
  EXPECT_EQ(file.Write("CDEF"), FileStatus::Of("00"));
  EXPECT_EQ(file.Write("TOOLONG"), FileStatus::Of("44"));
  file.Close();
  EXPECT_EQ(Contents("rv"), std::string("\0\2\0\0AB\0\4\0\0CDEF", 14));
}

TEST_F(SequentialFileTest, FilesLeftOpenAreClosedAtTheEndOfTheRunNewestFirst) {
  CloseOpenFilesAtEndOfRun(termination_, open_files_);
  SequentialFile first(SequentialFile::Kind::kLineSequential, {"F1", false, 5, 5}, context_);
  SequentialFile second(SequentialFile::Kind::kLineSequential, {"F2", false, 5, 5}, context_);
  first.Open(OpenMode::kOutput, PathOf("a"));
  second.Open(OpenMode::kOutput, PathOf("b"));
  termination_.StopRun(0);
  EXPECT_EQ(sink_.transcript, "libcob: warning: implicit CLOSE of F2 ('" + PathOf("b") +
                                  "')\nlibcob: warning: implicit CLOSE of F1 ('" + PathOf("a") +
                                  "')\n");
  EXPECT_EQ(first.mode(), OpenMode::kClosed);
}

TEST_F(SequentialFileTest, AnUnhandledStatusEndsTheRunWithLibcobsMessage) {
  SequentialFile file(SequentialFile::Kind::kLineSequential, {"F1", false, 5, 5}, context_);
  const FileStatus status = file.Open(OpenMode::kInput, PathOf("missing"));
  EXPECT_EQ(status, FileStatus::Of("35"));
  file.FailUnhandled(status, PathOf("missing"));
  EXPECT_EQ(exit_code_, 1);
  EXPECT_EQ(sink_.transcript, "libcob: error: file does not exist (status = 35) for file F1 ('" +
                                  PathOf("missing") + "')\n");
}

}  // namespace
}  // namespace cobrt
