// DISPLAY: console output as libcob writes it (libcob/termio.c cob_display; fact sheet §4).
// A DISPLAY writes its pieces concatenated, then "\n" unless NO ADVANCING. UPON SYSERR goes to
// stderr, everything else (CONSOLE, SYSOUT, PRINTER without COB_DISPLAY_PRINT_*) to stdout.
//
// Buffering: stdout is kept in memory and written in large blocks. What a reader of both streams
// sees is still what the reference produces when stdout and stderr are the same file: libcob's
// stdout reaches the file line by line, so a partial line (DISPLAY ... NO ADVANCING) is still
// unwritten when a message goes to stderr (checked with cobc: "A1" / SYSERR "E1" / "A2" NO
// ADVANCING / SYSERR "E2" / "A3" gives "A1\nE1\nE2A2A3\n"). Before every stderr write the
// complete stdout lines are therefore written out, and the partial line stays behind.
#ifndef COBRT_IO_CONSOLE_H_
#define COBRT_IO_CONSOLE_H_

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>

namespace cobrt {

enum class ConsoleStream { kStandardOutput, kStandardError };

// Where console bytes end up. The default writes to the process's stdout and stderr; tests
// substitute one that records the order in which bytes reached each stream.
class ConsoleSink {
 public:
  virtual ~ConsoleSink() = default;
  // Writes `bytes` to `stream` now (no buffering of its own is expected).
  virtual void Write(ConsoleStream stream, std::string_view bytes) = 0;
};

// The process's real stdout and stderr (std::fwrite, then std::fflush).
auto StandardConsoleSink() -> ConsoleSink&;

class Console {
 public:
  // Bytes of stdout kept before complete lines are written even without a stderr write.
  static constexpr std::size_t kDefaultBufferLimit = 64 * 1024;

  explicit Console(ConsoleSink& sink, std::size_t buffer_limit = kDefaultBufferLimit);
  ~Console();  // flushes
  Console(const Console&) = delete;
  auto operator=(const Console&) -> Console& = delete;

  // DISPLAY piece piece ... [UPON SYSERR] [WITH NO ADVANCING]. Pieces are already formatted
  // bytes (numeric forms come from the edit layer).
  void Display(ConsoleStream stream, std::initializer_list<std::string_view> pieces,
               bool advancing = true);
  void Display(ConsoleStream stream, std::string_view text, bool advancing = true);

  // A libcob diagnostic ("libcob: error: ..." lines): written to stderr after the complete
  // stdout lines, like every stderr write.
  void WriteError(std::string_view text);

  // Writes everything, the partial last line too: before reading stdin (a prompt written with
  // NO ADVANCING must be visible) and at the end of the run.
  void Flush();

  // When set, every completed stdout line is written at once (for an interactive terminal).
  void set_flush_each_line(bool flush_each_line) { flush_each_line_ = flush_each_line; }

 private:
  void AppendToStandardOutput(std::string_view bytes);
  void WriteCompleteLines();

  ConsoleSink& sink_;
  std::size_t buffer_limit_;
  bool flush_each_line_ = false;
  std::string pending_output_;
};

// The console of the running program, writing to StandardConsoleSink().
auto ProcessConsole() -> Console&;

}  // namespace cobrt

#endif  // COBRT_IO_CONSOLE_H_
