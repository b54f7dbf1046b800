// LINAGE: the page layout of a LINE SEQUENTIAL print file (FD ... LINAGE IS n LINES WITH FOOTING
// AT f LINES AT TOP t LINES AT BOTTOM b), LINAGE-COUNTER and AT END-OF-PAGE. Behaviour of libcob
// 3.1.2's cob_linage_write_opt as observed with cobc (tests/runtime/files/linage_reference_test):
// - The t top lines are written before the first record, not at OPEN (an empty file stays
//   empty). LINAGE-COUNTER is 1 after OPEN.
// - Every record ends with "\n" (trailing spaces dropped as in any line sequential WRITE). A
//   plain WRITE is BEFORE 1. BEFORE n writes the record on line LINAGE-COUNTER then n - 1 blank
//   lines; AFTER n writes n - 1 blank lines then the record; both add n to LINAGE-COUNTER.
// - A WRITE that would leave LINAGE-COUNTER past n ends the page. BEFORE fills the body after
//   the record's line, then writes b bottom and t top lines. AFTER (and AFTER PAGE) writes
//   n - LINAGE-COUNTER + b + t newlines before the record, which thus lands on the last top
//   line (cobc's off-by-one). LINAGE-COUNTER is then 1. BEFORE PAGE fills the page after the
//   record likewise.
// - END-OF-PAGE is taken when a WRITE ends a page or leaves LINAGE-COUNTER at the footing line
//   or below it, but never for ADVANCING PAGE.
// Emitted code keeps the SequentialFile and drives its writes through this class.
#ifndef COBRT_FILES_LINAGE_H_
#define COBRT_FILES_LINAGE_H_

#include <string_view>

#include "runtime/files/sequential_file.h"

namespace cobrt {

struct LinageLayout {
  int lines = 0;    // LINAGE IS n LINES: the page body
  int footing = 0;  // WITH FOOTING AT (0: none)
  int top = 0;      // LINES AT TOP
  int bottom = 0;   // LINES AT BOTTOM
};

struct LinageWriteResult {
  FileStatus status;
  bool end_of_page = false;  // take AT END-OF-PAGE
};

class LinageFile {
 public:
  LinageFile(SequentialFile& file, LinageLayout layout) : file_(file), layout_(layout) {}

  auto Open(OpenMode mode, std::string_view assign_name) -> FileStatus;
  auto Write(std::string_view record, Advancing advancing = {}) -> LinageWriteResult;
  auto Close() -> FileStatus { return file_.Close(); }

  auto linage_counter() const -> int { return counter_; }

 private:
  auto Newlines(int count) -> FileStatus;

  SequentialFile& file_;
  LinageLayout layout_;
  int counter_ = 1;
  bool needs_top_ = true;
};

}  // namespace cobrt

#endif  // COBRT_FILES_LINAGE_H_
