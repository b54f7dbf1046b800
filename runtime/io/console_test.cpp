#include "runtime/io/console.h"

#include <gtest/gtest.h>

#include <string>

namespace cobrt {
namespace {

// Both streams into one transcript, as when stdout and stderr are the same file.
class TranscriptSink final : public ConsoleSink {
 public:
  void Write(ConsoleStream stream, std::string_view bytes) override {
    transcript += bytes;
    (stream == ConsoleStream::kStandardError ? errors : output) += bytes;
    ++writes;
  }
  std::string transcript, output, errors;
  int writes = 0;
};

TEST(ConsoleTest, PiecesAreConcatenatedAndEndWithNewlineUnlessNoAdvancing) {
  TranscriptSink sink;
  {
    Console console(sink);
    console.Display(ConsoleStream::kStandardOutput, {"AB", " ", "C"});
    console.Display(ConsoleStream::kStandardOutput, "D", /*advancing=*/false);
    console.Display(ConsoleStream::kStandardOutput, "E");
  }
  EXPECT_EQ(sink.output, "AB C\nDE\n");
  EXPECT_EQ(sink.writes, 1);  // buffered until the end
}

TEST(ConsoleTest, StderrComesAfterCompleteStdoutLinesButBeforeAPartialLine) {
  TranscriptSink sink;
  {
    Console console(sink);
    console.Display(ConsoleStream::kStandardOutput, "A1");
    console.Display(ConsoleStream::kStandardError, "E1");
    console.Display(ConsoleStream::kStandardOutput, "A2", false);
    console.Display(ConsoleStream::kStandardError, "E2", false);
    console.Display(ConsoleStream::kStandardOutput, "A3");
  }
  EXPECT_EQ(sink.transcript, "A1\nE1\nE2A2A3\n");
  EXPECT_EQ(sink.errors, "E1\nE2");
}

TEST(ConsoleTest, ABufferOverTheLimitWritesItsCompleteLines) {
  TranscriptSink sink;
  Console console(sink, 8);
  console.Display(ConsoleStream::kStandardOutput, "1234");
  EXPECT_EQ(sink.writes, 0);
  console.Display(ConsoleStream::kStandardOutput, "5678", false);
  EXPECT_EQ(sink.output, "1234\n");
  console.Flush();
  EXPECT_EQ(sink.output, "1234\n5678");
}

TEST(ConsoleTest, FlushEachLineWritesEveryLineAtOnce) {
  TranscriptSink sink;
  Console console(sink);
  console.set_flush_each_line(true);
  console.Display(ConsoleStream::kStandardOutput, "X");
  EXPECT_EQ(sink.output, "X\n");
}

}  // namespace
}  // namespace cobrt
