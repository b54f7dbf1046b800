// ACCEPT identifier [FROM CONSOLE/SYSIN]: one line of standard input, as libcob's cob_accept
// reads it (libcob/termio.c). Checked with cobc 3.1.2:
//   - the line ends at "\n", which is not part of it; "\r" is kept ("xy\r\n" gives "xy\r");
//   - at most 8191 bytes (COB_MEDIUM_MAX) are taken; the rest of a longer line is left for the
//     next ACCEPT;
//   - at end of input with nothing read the text is one space, so the target becomes spaces
//     (or zero), and the ACCEPT exception (EC-IMP-ACCEPT) is raised;
//   - the text is then MOVEd as alphanumeric to the target; for a numeric DISPLAY target it is
//     first cut to the target's length ("12345" into 9(3) gives 123, not 345).
#ifndef COBRT_IO_ACCEPT_H_
#define COBRT_IO_ACCEPT_H_

#include <cstddef>
#include <cstdio>
#include <span>
#include <string>
#include <string_view>

#include "runtime/io/console.h"

namespace cobrt {

struct AcceptedLine {
  std::string text;
  bool end_of_input = false;  // EC-IMP-ACCEPT: ON EXCEPTION is taken
};

class ConsoleInput {
 public:
  static constexpr std::size_t kMaximumLineLength = 8191;

  // Reads from `input`; `console` (if any) is flushed first so prompts are visible.
  explicit ConsoleInput(std::FILE* input, Console* console = nullptr)
      : input_(input), console_(console) {}

  auto ReadLine() -> AcceptedLine;
  // Reads up to a newline or the end of input, however long the line, and drops it (libcob's
  // cob_accept (NULL)). False when a Ctrl-C byte (0x03) comes first: libcob raises SIGINT.
  auto SkipLine() -> bool;

 private:
  std::FILE* input_;
  Console* console_;
};

// Standard input of the running program, flushing ProcessConsole() before each read.
auto ProcessConsoleInput() -> ConsoleInput&;

// STOP literal, after the literal is displayed: the run waits for a line of standard input and
// goes on (checked with cobc 3.1.2); a Ctrl-C byte in it ends the run (RunTermination::
// Interrupted).
void WaitForOperatorLine();

// The accepted text cut as libcob cuts it for a numeric DISPLAY target of `target_length`
// bytes, before the MOVE.
auto AcceptedTextForNumericTarget(std::string_view text, std::size_t target_length)
    -> std::string_view;

// MOVE of the accepted text to an alphanumeric target: left-justified, space-filled, cut.
void MoveAcceptedText(std::string_view text, std::span<char> target);

}  // namespace cobrt

#endif  // COBRT_IO_ACCEPT_H_
