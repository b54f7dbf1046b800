#include "runtime/io/accept.h"

#include <algorithm>

#include "runtime/io/termination.h"

namespace cobrt {

auto ConsoleInput::ReadLine() -> AcceptedLine {
  if (console_ != nullptr) console_->Flush();
  AcceptedLine line;
  while (line.text.size() < kMaximumLineLength) {
    const int byte = std::fgetc(input_);
    if (byte == EOF) {
      line.end_of_input = true;
      if (line.text.empty()) line.text.assign(1, ' ');
      break;
    }
    if (byte == '\n') break;
    line.text.push_back(static_cast<char>(byte));
  }
  return line;
}

auto ConsoleInput::SkipLine() -> bool {
  if (console_ != nullptr) console_->Flush();
  for (;;) {
    const int byte = std::fgetc(input_);
    if (byte == EOF || byte == '\n') return true;
    if (byte == 0x03) return false;
  }
}

void WaitForOperatorLine() {
  if (!ProcessConsoleInput().SkipLine()) ProcessTermination().Interrupted();
}

auto ProcessConsoleInput() -> ConsoleInput& {
  static ConsoleInput input(stdin, &ProcessConsole());
  return input;
}

auto AcceptedTextForNumericTarget(std::string_view text, std::size_t target_length)
    -> std::string_view {
  return text.substr(0, std::min(text.size(), target_length));
}

void MoveAcceptedText(std::string_view text, std::span<char> target) {
  const std::size_t copied = std::min(text.size(), target.size());
  std::copy_n(text.begin(), copied, target.begin());
  std::fill(target.begin() + static_cast<std::ptrdiff_t>(copied), target.end(), ' ');
}

}  // namespace cobrt
