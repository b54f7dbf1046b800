#include "frontends/cobol/preprocess/expanded_text_writer.h"

#include <algorithm>

namespace remint::cobol {

void ExpandedTextWriter::FlushSegment() {
  if (has_pending_) locations_.AddSegment(pending_offset_, pending_length_, pending_start_);
  has_pending_ = false;
}

void ExpandedTextWriter::AddSegment(uint32_t offset, uint32_t length, SourceLoc start) {
  if (length == 0) return;
  if (has_pending_ && pending_offset_ + pending_length_ == offset &&
      pending_start_.file == start.file && pending_start_.line == start.line &&
      pending_start_.include == start.include &&
      pending_start_.column + pending_length_ == start.column) {
    pending_length_ += length;
    return;
  }
  FlushSegment();
  has_pending_ = true;
  pending_offset_ = offset;
  pending_length_ = length;
  pending_start_ = start;
}

void ExpandedTextWriter::Write(const StreamWord& word) {
  if (word.newlines_before > 0) text_.append(word.newlines_before, '\n');
  if (word.space_before && word.newlines_before == 0 && word.gap.empty()) text_.push_back(' ');
  if (word.relocated || word.origin == nullptr) {
    // The separators keep their layout but belong to no source text; the word maps to the
    // text it replaced.
    text_.append(word.gap);
    AddSegment(static_cast<uint32_t>(text_.size()), static_cast<uint32_t>(word.text.size()),
               word.replaced_at);
    text_.append(word.text);
    return;
  }
  const LogicalText& origin = *word.origin;
  auto begin = static_cast<uint32_t>(word.gap.data() - origin.text.data());
  auto end = static_cast<uint32_t>(word.text.data() + word.text.size() - origin.text.data());
  auto out_begin = static_cast<uint32_t>(text_.size());
  text_.append(word.gap);
  text_.append(word.text);
  size_t index = origin.segments.size();
  if (cursor_origin_ == &origin && cursor_index_ < origin.segments.size() &&
      origin.segments[cursor_index_].offset <= begin) {
    index = cursor_index_;
    // A few steps forward at most; fall back to a binary search beyond that.
    for (int steps = 0;
         index + 1 < origin.segments.size() && origin.segments[index + 1].offset <= begin;
         ++steps, ++index) {
      if (steps == 8) {
        index = origin.SegmentIndexAt(begin);
        break;
      }
    }
  } else {
    index = origin.SegmentIndexAt(begin);
  }
  if (index == origin.segments.size()) index = 0;
  cursor_origin_ = &origin;
  cursor_index_ = index;
  for (; index < origin.segments.size() && origin.segments[index].offset < end; ++index) {
    const TextSegment& segment = origin.segments[index];
    uint32_t from = std::max(segment.offset, begin);
    uint32_t to = std::min(segment.offset + segment.length, end);
    if (from >= to) continue;
    AddSegment(out_begin + (from - begin), to - from,
               SourceLoc{origin.file, segment.line, segment.column + (from - segment.offset),
                         word.include});
  }
}

void ExpandedTextWriter::Finish() {
  FlushSegment();
  if (!text_.empty() && text_.back() != '\n') text_.push_back('\n');
}

}  // namespace remint::cobol
