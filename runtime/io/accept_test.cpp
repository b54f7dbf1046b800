#include "runtime/io/accept.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>

namespace cobrt {
namespace {

auto InputOf(const std::string& bytes) -> std::FILE* {
  std::FILE* file = std::tmpfile();
  std::fwrite(bytes.data(), 1, bytes.size(), file);
  std::rewind(file);
  return file;
}

TEST(AcceptTest, LinesEndAtNewlineKeepCarriageReturnAndEndWithOneSpace) {
  std::FILE* file = InputOf("ab\nxy\r\nlast");
  ConsoleInput input(file);
  EXPECT_EQ(input.ReadLine().text, "ab");
  EXPECT_EQ(input.ReadLine().text, "xy\r");
  AcceptedLine last = input.ReadLine();
  EXPECT_EQ(last.text, "last");
  EXPECT_TRUE(last.end_of_input);
  AcceptedLine after = input.ReadLine();
  EXPECT_EQ(after.text, " ");
  EXPECT_TRUE(after.end_of_input);
  std::fclose(file);
}

TEST(AcceptTest, ALongLineIsTakenInPiecesOfTheMaximumLength) {
  std::FILE* file = InputOf(std::string(ConsoleInput::kMaximumLineLength + 3, 'a') + "\nz\n");
  ConsoleInput input(file);
  EXPECT_EQ(input.ReadLine().text.size(), ConsoleInput::kMaximumLineLength);
  EXPECT_EQ(input.ReadLine().text, "aaa");
  EXPECT_EQ(input.ReadLine().text, "z");
  std::fclose(file);
}

// STOP literal's pause drops a whole line, however long, and stops at a Ctrl-C byte.
TEST(AcceptTest, SkipLineDropsWholeLinesAndStopsAtControlC) {
  std::FILE* file =
      InputOf(std::string(ConsoleInput::kMaximumLineLength + 3, 'a') + "\nnext\nx\x03y\nz");
  ConsoleInput input(file);
  EXPECT_TRUE(input.SkipLine());
  EXPECT_EQ(input.ReadLine().text, "next");
  EXPECT_FALSE(input.SkipLine());
  EXPECT_EQ(input.ReadLine().text, "y");
  EXPECT_TRUE(input.SkipLine());  // "z", then the end of input
  EXPECT_TRUE(input.SkipLine());
  std::fclose(file);
}

TEST(AcceptTest, MovesAndNumericCuts) {
  char target[5];
  MoveAcceptedText("ab", target);
  EXPECT_EQ(std::string(target, 5), "ab   ");
  MoveAcceptedText("abcdefg", target);
  EXPECT_EQ(std::string(target, 5), "abcde");
  EXPECT_EQ(AcceptedTextForNumericTarget("12345", 3), "123");
  EXPECT_EQ(AcceptedTextForNumericTarget("9", 3), "9");
}

}  // namespace
}  // namespace cobrt
