// Format control (FORTRAN 77 §13.3): the walk through a format's items that formatted READ and
// WRITE share. Each step yields the next data edit descriptor (taking one repetition of it), a
// control item for the caller to act on, or the end of what the statement needs; groups are
// entered and repeated, and at the end of the format with items left the walk reverts to the
// last group of the outermost list, telling the caller to move to the next record.
#ifndef COBRT_FORTRAN_FORMAT_WALK_H_
#define COBRT_FORTRAN_FORMAT_WALK_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "runtime/fortran/format.h"

namespace cobrt::fortran {

class FormatWalk {
 public:
  enum class StepKind : uint8_t {
    kData,       // `item` is the data edit descriptor for the next list item
    kControl,    // `item` is a control or literal item to act on
    kNewRecord,  // reversion: the record ends, and the walk goes on from the reversion point
    kStop,       // finishing: a data descriptor, a colon or the end of the format was reached
    kError,      // `error` says why the items cannot be transferred
  };
  struct Step {
    StepKind kind = StepKind::kStop;
    const FormatItem* item = nullptr;
    const char* error = "";
  };

  explicit FormatWalk(const Format& format);

  // The next step for a list item, or, when `finishing` (no items left), up to where the
  // statement ends.
  auto Next(bool finishing) -> Step;

 private:
  struct Frame {
    const std::vector<FormatItem>* items;
    size_t index = 0;
    int32_t repeats_left = 1;  // passes through the group still to make, this one included
    int32_t used = 0;          // repetitions of items[index] used so far (rI5)
  };

  const Format& format_;
  std::vector<Frame> stack_;
};

}  // namespace cobrt::fortran

#endif  // COBRT_FORTRAN_FORMAT_WALK_H_
