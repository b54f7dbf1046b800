#include "runtime/fortran/format_walk.h"

namespace cobrt::fortran {

FormatWalk::FormatWalk(const Format& format) : format_(format) {
  stack_.push_back(Frame{&format_.items, 0, 1, 0});
}

auto FormatWalk::Next(bool finishing) -> Step {
  while (true) {
    Frame& frame = stack_.back();
    if (frame.index >= frame.items->size()) {
      if (stack_.size() > 1) {
        if (--frame.repeats_left > 0) {
          frame.index = 0;
          continue;
        }
        stack_.pop_back();
        ++stack_.back().index;
        continue;
      }
      // The end of the format.
      if (finishing) return Step{StepKind::kStop};
      if (!format_.has_data) {
        return Step{StepKind::kError, nullptr, "the format has no data edit descriptor"};
      }
      if (!format_.reversion_has_data) {
        return Step{StepKind::kError, nullptr,
                    "insufficient data descriptors in format after reversion"};
      }
      frame.index = format_.reversion;
      return Step{StepKind::kNewRecord};
    }
    const FormatItem& item = (*frame.items)[frame.index];
    if (item.kind == EditKind::kGroup) {
      if (item.items.empty()) {
        ++frame.index;
      } else {
        stack_.push_back(Frame{&item.items, 0, item.repeat, 0});
      }
      continue;
    }
    if (IsDataEdit(item.kind)) {
      if (finishing) return Step{StepKind::kStop};
      if (++frame.used >= item.repeat) {
        frame.used = 0;
        ++frame.index;
      }
      return Step{StepKind::kData, &item};
    }
    ++frame.index;
    if (item.kind == EditKind::kColon) {
      if (finishing) return Step{StepKind::kStop};
      continue;
    }
    return Step{StepKind::kControl, &item};
  }
}

}  // namespace cobrt::fortran
