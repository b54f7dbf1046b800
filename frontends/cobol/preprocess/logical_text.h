// The program text of one source file after reference-format processing (sequence and
// identification areas, indicators, comments and continuations resolved), with the map from
// each of its characters back to the file's own lines and columns.
#ifndef REMINT_FRONTENDS_COBOL_PREPROCESS_LOGICAL_TEXT_H_
#define REMINT_FRONTENDS_COBOL_PREPROCESS_LOGICAL_TEXT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "base/source_loc.h"
#include "frontends/cobol/preprocess/preprocess.h"

namespace remint::cobol {

// Characters [offset, offset + length) of LogicalText::text came from consecutive columns of
// one line, starting at `column`.
struct TextSegment {
  uint32_t offset;
  uint32_t length;
  uint32_t line;
  uint32_t column;
};

struct OffsetRange {
  uint32_t begin;
  uint32_t end;
};

struct LogicalText {
  FileId file;
  // One '\n'-terminated line per source line (a continued line and its continuations share one
  // line, followed by an empty line per continuation line so that line counts still agree).
  std::string text;
  std::vector<TextSegment> segments;  // Sorted by offset, non-overlapping.
  // Text of debugging lines ('D' indicator, ">>D"): kept here, dropped or compiled by the
  // COPY stage once it knows whether WITH DEBUGGING MODE is in effect. Sorted.
  std::vector<OffsetRange> debugging_lines;
  std::vector<std::string> compiler_options;  // From CBL / PROCESS cards.
  // The format the file starts in, and where ">>SOURCE FORMAT" switches it (offset, format).
  ReferenceFormat initial_format = ReferenceFormat::kFixed;
  std::vector<std::pair<uint32_t, ReferenceFormat>> format_switches;

  // >>DEFINE CONSTANT and >>SET CONSTANT: from `offset` on, the word `name` (upper case) stands
  // for `literal` in the program text. Sorted by offset.
  struct SourceConstant {
    uint32_t offset;
    std::string name;
    std::string literal;
  };
  std::vector<SourceConstant> constants;

  // The reference format in effect at `offset` (copybooks start in it).
  auto FormatAt(uint32_t offset) const -> ReferenceFormat;

  // The location of the character at `offset`, as seen through `include`. Characters the reader
  // synthesised (line ends) map to the end of the preceding segment.
  auto LocationAt(uint32_t offset, IncludeId include) const -> SourceLoc;
  // Index of the segment containing or preceding `offset` (segments.size() if none precedes).
  auto SegmentIndexAt(uint32_t offset) const -> size_t;
};

}  // namespace remint::cobol

#endif  // REMINT_FRONTENDS_COBOL_PREPROCESS_LOGICAL_TEXT_H_
