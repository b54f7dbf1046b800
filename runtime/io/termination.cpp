#include "runtime/io/termination.h"

#include <cstdlib>
#include <string>
#include <utility>

namespace cobrt {

RunTermination::RunTermination(Console& console, std::function<void(int)> exit_run)
    : console_(console), exit_run_(std::move(exit_run)) {}

void RunTermination::AddEndOfRunAction(std::function<void()> action) {
  end_of_run_actions_.push_back(std::move(action));
}

void RunTermination::StopRun(int return_code) {
  if (exit_code_ >= 0) return;  // a second end (an error while closing) changes nothing
  exit_code_ = return_code;
  while (!end_of_run_actions_.empty()) {
    std::function<void()> action = std::move(end_of_run_actions_.back());
    end_of_run_actions_.pop_back();
    action();
  }
  console_.Flush();
  if (exit_run_) {
    exit_run_(return_code);
  } else {
    std::exit(return_code);
  }
}

void RunTermination::FatalError(std::string_view message) {
  console_.WriteError("libcob: error: " + std::string(message) + "\n");
  StopRun(1);
}

void RunTermination::Interrupted() {
  console_.WriteError("\ncaught signal (signal SIGINT)\n\n");
  StopRun(2);
}

void RunTermination::Warning(std::string_view message) {
  console_.WriteError("libcob: warning: " + std::string(message) + "\n");
}

auto ProcessTermination() -> RunTermination& {
  static RunTermination termination(ProcessConsole());
  return termination;
}

}  // namespace cobrt
