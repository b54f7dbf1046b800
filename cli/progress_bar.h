// A one-line progress bar on stderr, shown only when stderr is a terminal.
#ifndef REMINT_CLI_PROGRESS_BAR_H_
#define REMINT_CLI_PROGRESS_BAR_H_

#include <chrono>
#include <cstdint>
#include <string>

namespace remint::cli {

class ProgressBar {
 public:
  ProgressBar(std::string label, uint64_t total, bool enabled);
  ~ProgressBar();
  // Redraws at most ten times a second.
  void Update(uint64_t done);
  void Finish();

 private:
  void Draw(uint64_t done);

  std::string label_;
  uint64_t total_;
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point last_draw_;
};

}  // namespace remint::cli

#endif  // REMINT_CLI_PROGRESS_BAR_H_
