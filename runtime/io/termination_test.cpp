#include "runtime/io/termination.h"

#include <gtest/gtest.h>

#include <string>

namespace cobrt {
namespace {

class StringSink final : public ConsoleSink {
 public:
  void Write(ConsoleStream, std::string_view bytes) override { transcript += bytes; }
  std::string transcript;
};

TEST(TerminationTest, StopRunRunsActionsLastFirstThenFlushesAndExits) {
  StringSink sink;
  Console console(sink);
  int exited_with = -1;
  RunTermination termination(console, [&](int code) { exited_with = code; });
  termination.AddEndOfRunAction([&] { termination.Warning("first added"); });
  termination.AddEndOfRunAction([&] { termination.Warning("second added"); });
  console.Display(ConsoleStream::kStandardOutput, "END", false);
  termination.StopRun(3);
  EXPECT_EQ(exited_with, 3);
  EXPECT_EQ(sink.transcript, "libcob: warning: second added\nlibcob: warning: first added\nEND");
}

TEST(TerminationTest, FatalErrorPrintsAndExitsWithOne) {
  StringSink sink;
  Console console(sink);
  int exited_with = -1;
  RunTermination termination(console, [&](int code) { exited_with = code; });
  termination.FatalError("file not open (status = 42) for file F1 ('x')");
  EXPECT_EQ(exited_with, 1);
  EXPECT_EQ(termination.exit_code(), 1);
  EXPECT_EQ(sink.transcript, "libcob: error: file not open (status = 42) for file F1 ('x')\n");
}

TEST(TerminationTest, InterruptedPrintsLibcobsSignalMessageThenEndsWithTwo) {
  StringSink sink;
  Console console(sink);
  int exited_with = -1;
  RunTermination termination(console, [&](int code) { exited_with = code; });
  termination.AddEndOfRunAction([&] { termination.Warning("implicit CLOSE of F ('f')"); });
  termination.Interrupted();
  EXPECT_EQ(exited_with, 2);
  EXPECT_EQ(sink.transcript,
            "\ncaught signal (signal SIGINT)\n\nlibcob: warning: implicit CLOSE of F ('f')\n");
}

}  // namespace
}  // namespace cobrt
