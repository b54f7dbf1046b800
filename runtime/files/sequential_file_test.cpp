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

TEST_F(SequentialFileTest, RecordSequentialAdvancingSurroundsTheWholeRecord) {
  // Bytes of cobc's WRITE ... ADVANCING on an ORGANIZATION SEQUENTIAL file (the NIST report).
  SequentialFile file(SequentialFile::Kind::kRecordSequential, {"F", false, 4, 4}, context_);
  ASSERT_EQ(file.Open(OpenMode::kOutput, PathOf("adv")), FileStatus::Of("00"));
  EXPECT_EQ(file.Write("a   ", Advancing::After(1)), FileStatus::Of("00"));
  EXPECT_EQ(file.Write("b   ", Advancing::AfterPage()), FileStatus::Of("00"));
  EXPECT_EQ(file.Write("c   "), FileStatus::Of("00"));
  EXPECT_EQ(file.Write("d   ", Advancing::Before(2)), FileStatus::Of("00"));
  file.Close();
  EXPECT_EQ(Contents("adv"), "\na   \fb   c   d   \n\n");
  // An AFTER asks for a newline at CLOSE that a WRITE without ADVANCING does not take back.
  ASSERT_EQ(file.Open(OpenMode::kOutput, PathOf("adv")), FileStatus::Of("00"));
  EXPECT_EQ(file.Write("e   ", Advancing::After(0)), FileStatus::Of("00"));
  EXPECT_EQ(file.Write("f   "), FileStatus::Of("00"));
  file.Close();
  EXPECT_EQ(Contents("adv"), "\re   f   \n");
}

TEST_F(SequentialFileTest, CloseWithLockRefusesOpenUntilAPlainClose) {
  // cobc: OPEN 00, CLOSE LOCK 00, CLOSE LOCK 00, OPEN 38, CLOSE 00, OPEN 00.
  SequentialFile file(SequentialFile::Kind::kRecordSequential, {"F", false, 4, 4}, context_);
  EXPECT_EQ(file.last_open_mode(), OpenMode::kClosed);
  ASSERT_EQ(file.Open(OpenMode::kOutput, PathOf("lock")), FileStatus::Of("00"));
  EXPECT_EQ(file.CloseWithLock(), FileStatus::Of("00"));
  EXPECT_EQ(file.CloseWithLock(), FileStatus::Of("00"));
  EXPECT_EQ(file.Open(OpenMode::kInput, PathOf("lock")), FileStatus::Of("38"));
  EXPECT_EQ(file.last_open_mode(), OpenMode::kOutput);
  EXPECT_EQ(file.Close(), FileStatus::Of("00"));
  EXPECT_EQ(file.Close(), FileStatus::Of("42"));
  EXPECT_EQ(file.Open(OpenMode::kInput, PathOf("missing")), FileStatus::Of("35"));
  EXPECT_EQ(file.last_open_mode(), OpenMode::kInput);
}

TEST_F(SequentialFileTest, RewriteAfterAReadAtEndIsRefused) {
  SequentialFile file(SequentialFile::Kind::kRecordSequential, {"F", false, 4, 4}, context_);
  ASSERT_EQ(file.Open(OpenMode::kOutput, PathOf("rw")), FileStatus::Of("00"));
  EXPECT_EQ(file.Write("abcd"), FileStatus::Of("00"));
  file.Close();
  ASSERT_EQ(file.Open(OpenMode::kInputOutput, PathOf("rw")), FileStatus::Of("00"));
  char record[4];
  EXPECT_EQ(file.Read(record).status, FileStatus::Of("00"));
  EXPECT_EQ(file.Read(record).status, FileStatus::Of("10"));
  EXPECT_EQ(file.Rewrite("wxyz"), FileStatus::Of("43"));
}

TEST_F(SequentialFileTest, DiskFilesHaveNoReelsToKeepOrSwitch) {
  // cobc: CLOSE NO REWIND 07 and closed; CLOSE REEL 07 and still open; REEL when closed 42.
  SequentialFile file(SequentialFile::Kind::kRecordSequential, {"F", false, 4, 4}, context_);
  EXPECT_EQ(file.CloseVolume(), FileStatus::Of("42"));
  ASSERT_EQ(file.Open(OpenMode::kOutput, PathOf("reel")), FileStatus::Of("00"));
  EXPECT_EQ(file.CloseVolume(), FileStatus::Of("07"));
  EXPECT_EQ(file.Write("abcd"), FileStatus::Of("00"));
  EXPECT_EQ(file.CloseNoRewind(), FileStatus::Of("07"));
  EXPECT_EQ(file.mode(), OpenMode::kClosed);
  EXPECT_EQ(file.CloseNoRewind(), FileStatus::Of("42"));
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

TEST_F(SequentialFileTest, TheImplicitCloseNamesTheAssignValueNotWhereDdMappingLed) {
  // cobc: with DD_OUTF=/tmp/x/real, ASSIGN TO "OUTF" left open warns about ('OUTF').
  const std::string real = PathOf("real");
  context_.environment = [real](const std::string& name) {
    return name == "DD_OUTF" ? std::optional<std::string>(real) : std::optional<std::string>();
  };
  CloseOpenFilesAtEndOfRun(termination_, open_files_);
  SequentialFile file(SequentialFile::Kind::kLineSequential, {"F1", false, 5, 5}, context_);
  ASSERT_EQ(file.Open(OpenMode::kOutput, "OUTF"), FileStatus::Of("00"));
  termination_.StopRun(0);
  EXPECT_EQ(sink_.transcript, "libcob: warning: implicit CLOSE of F1 ('OUTF')\n");
  EXPECT_TRUE(std::filesystem::exists(real));
}

TEST_F(SequentialFileTest, AFileReopenedKeepsThePlaceOfItsFirstOpenForTheImplicitClose) {
  // libcob's file cache: B, then A, although A was opened last (checked with cobc).
  CloseOpenFilesAtEndOfRun(termination_, open_files_);
  SequentialFile first(SequentialFile::Kind::kLineSequential, {"A", false, 5, 5}, context_);
  SequentialFile second(SequentialFile::Kind::kLineSequential, {"B", false, 5, 5}, context_);
  first.Open(OpenMode::kOutput, PathOf("a"));
  second.Open(OpenMode::kOutput, PathOf("b"));
  first.Close();
  first.Open(OpenMode::kExtend, PathOf("a"));
  termination_.StopRun(0);
  EXPECT_EQ(sink_.transcript, "libcob: warning: implicit CLOSE of B ('" + PathOf("b") +
                                  "')\nlibcob: warning: implicit CLOSE of A ('" + PathOf("a") +
                                  "')\n");
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
