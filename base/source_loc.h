// Locations in original source files. A SourceLoc is self-contained: besides file, line and
// column it names the include (COPY, INCLUDE, PROC expansion) that brought the text in, and the
// SourceManager keeps each include's own location, so the whole chain can be rendered.
#ifndef REMINT_BASE_SOURCE_LOC_H_
#define REMINT_BASE_SOURCE_LOC_H_

#include <cstdint>
#include <limits>

namespace remint {

// Index of a SourceFile in the SourceManager.
struct FileId {
  static constexpr uint32_t kInvalidIndex = std::numeric_limits<uint32_t>::max();
  uint32_t index = kInvalidIndex;

  auto is_valid() const -> bool { return index != kInvalidIndex; }
  friend auto operator==(FileId, FileId) -> bool = default;
};

// Index of an include record in the SourceManager; invalid for text of the main file.
struct IncludeId {
  static constexpr uint32_t kInvalidIndex = std::numeric_limits<uint32_t>::max();
  uint32_t index = kInvalidIndex;

  auto is_valid() const -> bool { return index != kInvalidIndex; }
  friend auto operator==(IncludeId, IncludeId) -> bool = default;
};

// Lines and columns are 1-based; 0 means "the whole file" (line) or "the whole line" (column).
struct SourceLoc {
  FileId file;
  uint32_t line = 0;
  uint32_t column = 0;
  IncludeId include;

  auto is_valid() const -> bool { return file.is_valid(); }
  friend auto operator==(const SourceLoc&, const SourceLoc&) -> bool = default;
};

}  // namespace remint

#endif  // REMINT_BASE_SOURCE_LOC_H_
