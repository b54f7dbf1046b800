#include "runtime/files/linage.h"

#include <gtest/gtest.h>

#include <string>

#include "runtime/files/file_test_support.h"

namespace cobrt {
namespace {

using LinageTest = testing::FileTest;

TEST_F(LinageTest, TopLinesComeWithTheFirstRecordAndPagesBreakPastTheBody) {
  SequentialFile file(SequentialFile::Kind::kLineSequential, {"P", false, 4, 4}, context_);
  LinageFile printer(file, {3, 3, 1, 2});
  ASSERT_EQ(printer.Open(OpenMode::kOutput, PathOf("p")), FileStatus::Of("00"));
  EXPECT_EQ(printer.linage_counter(), 1);
  EXPECT_FALSE(printer.Write("A   ").end_of_page);
  EXPECT_TRUE(printer.Write("B   ").end_of_page);  // counter 3: the footing line
  EXPECT_TRUE(printer.Write("C   ").end_of_page);  // past the body: new page
  EXPECT_EQ(printer.linage_counter(), 1);
  EXPECT_FALSE(printer.Write("D   ", Advancing::AfterPage()).end_of_page);
  printer.Close();
  // top 1; A B C; after C the page ends: 3 - 3 + 2 + 1 newlines; AFTER PAGE: 3 - 1 + 2 + 1.
  EXPECT_EQ(Contents("p"), "\nA\nB\nC\n" + std::string(3 + 5, '\n') + "D\n");
}

TEST_F(LinageTest, AFileWithNoRecordsStaysEmpty) {
  SequentialFile file(SequentialFile::Kind::kLineSequential, {"P", false, 4, 4}, context_);
  LinageFile printer(file, {3, 0, 2, 2});
  ASSERT_EQ(printer.Open(OpenMode::kOutput, PathOf("p")), FileStatus::Of("00"));
  printer.Close();
  EXPECT_EQ(Contents("p"), "");
}

}  // namespace
}  // namespace cobrt
