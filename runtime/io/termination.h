// The end of a run (fact sheet §9): STOP RUN exits with RETURN-CODE; a fatal runtime error
// prints "libcob: error: <message>" to stderr and exits with 1 (libcob/common.c
// cob_runtime_error, cob_stop_run). Either way the end-of-run actions run first, most recent
// first; the files layer registers one that closes files left open, with libcob's
// "implicit CLOSE" warnings (cob_exit_fileio), and the console is flushed last.
#ifndef COBRT_IO_TERMINATION_H_
#define COBRT_IO_TERMINATION_H_

#include <functional>
#include <string_view>
#include <vector>

#include "runtime/io/console.h"

namespace cobrt {

class RunTermination {
 public:
  // `exit_run` ends the process (std::exit by default; tests record the code instead).
  explicit RunTermination(Console& console, std::function<void(int)> exit_run = {});

  auto console() -> Console& { return console_; }

  // An action for the end of the run; actions run once, the last added first.
  void AddEndOfRunAction(std::function<void()> action);

  // STOP RUN / GOBACK from the main program: runs the end-of-run actions, flushes the console
  // and exits with `return_code`. Returns only when exit_run returns (tests).
  void StopRun(int return_code);

  // "libcob: error: <message>" and the end of the run with status 1.
  void FatalError(std::string_view message);

  // Ctrl-C read by STOP literal's pause: libcob raises SIGINT, whose handler writes "caught
  // signal (signal SIGINT)" between blank lines to stderr, then runs the end-of-run actions
  // (implicit CLOSE warnings come after it) and ends with status 2 (checked with cobc 3.1.2).
  void Interrupted();

  // "libcob: warning: <message>" (the run goes on).
  void Warning(std::string_view message);

  // The code the run ended with, or -1 while it goes on (for tests whose exit_run returns).
  auto exit_code() const -> int { return exit_code_; }

 private:
  Console& console_;
  std::function<void(int)> exit_run_;
  std::vector<std::function<void()>> end_of_run_actions_;
  int exit_code_ = -1;
};

// The running program's: ProcessConsole(), std::exit.
auto ProcessTermination() -> RunTermination&;

}  // namespace cobrt

#endif  // COBRT_IO_TERMINATION_H_
