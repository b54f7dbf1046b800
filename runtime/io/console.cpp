#include "runtime/io/console.h"

#include <cstdio>

namespace cobrt {
namespace {

class StandardSink final : public ConsoleSink {
 public:
  void Write(ConsoleStream stream, std::string_view bytes) override {
    std::FILE* file = stream == ConsoleStream::kStandardError ? stderr : stdout;
    if (!bytes.empty()) std::fwrite(bytes.data(), 1, bytes.size(), file);
    std::fflush(file);
  }
};

}  // namespace

auto StandardConsoleSink() -> ConsoleSink& {
  static StandardSink sink;
  return sink;
}

Console::Console(ConsoleSink& sink, std::size_t buffer_limit)
    : sink_(sink), buffer_limit_(buffer_limit) {}

Console::~Console() { Flush(); }

void Console::Display(ConsoleStream stream, std::initializer_list<std::string_view> pieces,
                      bool advancing) {
  if (stream == ConsoleStream::kStandardError) {
    std::string line;
    for (std::string_view piece : pieces) line += piece;
    if (advancing) line += '\n';
    WriteError(line);
    return;
  }
  for (std::string_view piece : pieces) AppendToStandardOutput(piece);
  if (advancing) AppendToStandardOutput("\n");
}

void Console::Display(ConsoleStream stream, std::string_view text, bool advancing) {
  Display(stream, {text}, advancing);
}

void Console::WriteError(std::string_view text) {
  WriteCompleteLines();
  sink_.Write(ConsoleStream::kStandardError, text);
}

void Console::Flush() {
  if (pending_output_.empty()) return;
  sink_.Write(ConsoleStream::kStandardOutput, pending_output_);
  pending_output_.clear();
}

void Console::AppendToStandardOutput(std::string_view bytes) {
  pending_output_ += bytes;
  if (flush_each_line_ || pending_output_.size() >= buffer_limit_) WriteCompleteLines();
}

void Console::WriteCompleteLines() {
  const std::size_t last_newline = pending_output_.rfind('\n');
  if (last_newline == std::string::npos) {
    // One line longer than the buffer: nothing can interleave inside it observably enough to
    // matter more than the memory it holds.
    if (pending_output_.size() >= buffer_limit_) Flush();
    return;
  }
  sink_.Write(ConsoleStream::kStandardOutput,
              std::string_view(pending_output_).substr(0, last_newline + 1));
  pending_output_.erase(0, last_newline + 1);
}

auto ProcessConsole() -> Console& {
  static Console console(StandardConsoleSink());
  return console;
}

}  // namespace cobrt
