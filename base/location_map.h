// Maps offsets in preprocessed (expanded) text back to original source locations. Preprocessors
// append one segment per run of characters copied unchanged from one source line; everything
// later phases report goes through Lookup.
#ifndef REMINT_BASE_LOCATION_MAP_H_
#define REMINT_BASE_LOCATION_MAP_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "base/source_loc.h"

namespace remint {

class LocationMap {
 public:
  // Text at [expanded_offset, expanded_offset + length) came from consecutive columns starting
  // at `start`. Segments must be added in increasing, non-overlapping offset order.
  void AddSegment(uint32_t expanded_offset, uint32_t length, SourceLoc start);

  // The original location of the character at `expanded_offset`. Offsets that fall between
  // segments (text the preprocessor synthesised) map to the end of the preceding segment.
  auto Lookup(uint32_t expanded_offset) const -> SourceLoc;

  auto segment_count() const -> size_t { return segments_.size(); }

 private:
  struct Segment {
    uint32_t expanded_offset;
    uint32_t length;
    SourceLoc start;
  };
  std::vector<Segment> segments_;
};

}  // namespace remint

#endif  // REMINT_BASE_LOCATION_MAP_H_
