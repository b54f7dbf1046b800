#include "frontends/cobol/preprocess/logical_text.h"

#include <algorithm>

namespace remint::cobol {

auto LogicalText::SegmentIndexAt(uint32_t offset) const -> size_t {
  auto after = std::upper_bound(
      segments.begin(), segments.end(), offset,
      [](uint32_t value, const TextSegment& segment) { return value < segment.offset; });
  if (after == segments.begin()) return segments.size();
  return static_cast<size_t>(after - segments.begin()) - 1;
}

auto LogicalText::LocationAt(uint32_t offset, IncludeId include) const -> SourceLoc {
  size_t index = SegmentIndexAt(offset);
  if (index == segments.size()) return SourceLoc{file, 0, 0, include};
  const TextSegment& segment = segments[index];
  uint32_t delta = std::min(offset - segment.offset, segment.length - 1);
  return SourceLoc{file, segment.line, segment.column + delta, include};
}

auto LogicalText::FormatAt(uint32_t offset) const -> ReferenceFormat {
  ReferenceFormat format = initial_format;
  for (const auto& [switch_offset, switched_to] : format_switches) {
    if (switch_offset > offset) break;
    format = switched_to;
  }
  return format;
}

}  // namespace remint::cobol
