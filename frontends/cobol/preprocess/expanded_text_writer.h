// Writes stream words into the expanded text and its LocationMap, merging the location
// segments of text that continues on the same source line.
#ifndef REMINT_FRONTENDS_COBOL_PREPROCESS_EXPANDED_TEXT_WRITER_H_
#define REMINT_FRONTENDS_COBOL_PREPROCESS_EXPANDED_TEXT_WRITER_H_

#include <string>

#include "base/location_map.h"
#include "frontends/cobol/preprocess/stream_word.h"

namespace remint::cobol {

class ExpandedTextWriter {
 public:
  ExpandedTextWriter(std::string& text, LocationMap& locations)
      : text_(text), locations_(locations) {}

  void Write(const StreamWord& word);
  void WriteNewlines(uint32_t count) { text_.append(count, '\n'); }
  // Flushes the last segment and ends the text with a line end.
  void Finish();

 private:
  void AddSegment(uint32_t offset, uint32_t length, SourceLoc start);
  void FlushSegment();

  std::string& text_;
  LocationMap& locations_;
  // Where the last word was found in its origin: words mostly follow each other there.
  const LogicalText* cursor_origin_ = nullptr;
  size_t cursor_index_ = 0;
  bool has_pending_ = false;
  uint32_t pending_offset_ = 0;
  uint32_t pending_length_ = 0;
  SourceLoc pending_start_;
};

}  // namespace remint::cobol

#endif  // REMINT_FRONTENDS_COBOL_PREPROCESS_EXPANDED_TEXT_WRITER_H_
