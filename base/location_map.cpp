#include "base/location_map.h"

#include <algorithm>
#include <cassert>

namespace remint {

void LocationMap::AddSegment(uint32_t expanded_offset, uint32_t length, SourceLoc start) {
  assert(segments_.empty() ||
         segments_.back().expanded_offset + segments_.back().length <= expanded_offset);
  if (length == 0) return;
  segments_.push_back({expanded_offset, length, start});
}

auto LocationMap::Lookup(uint32_t expanded_offset) const -> SourceLoc {
  auto after = std::upper_bound(
      segments_.begin(), segments_.end(), expanded_offset,
      [](uint32_t offset, const Segment& segment) { return offset < segment.expanded_offset; });
  if (after == segments_.begin()) return {};
  const Segment& segment = *(after - 1);
  uint32_t delta = std::min(expanded_offset - segment.expanded_offset, segment.length - 1);
  SourceLoc loc = segment.start;
  loc.column += delta;
  return loc;
}

}  // namespace remint
