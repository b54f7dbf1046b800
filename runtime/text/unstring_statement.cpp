#include "runtime/text/unstring_statement.h"

#include "runtime/text/search.h"

namespace cobrt {

UnstringStatement::UnstringStatement(std::span<const uint8_t> source,
                                     std::optional<int64_t> pointer)
    : source_(source) {
  if (pointer.has_value()) {
    offset_ = *pointer - 1;
    pointer_out_of_range_ = offset_ < 0 || offset_ >= static_cast<int64_t>(source.size());
  }
}

void UnstringStatement::AddDelimiter(std::span<const uint8_t> delimiter, bool all) {
  delimiters_.push_back({delimiter, all});
}

auto UnstringStatement::Next(size_t target_size) -> std::optional<UnstringPiece> {
  if (pointer_out_of_range_ || offset_ >= static_cast<int64_t>(source_.size())) {
    return std::nullopt;
  }
  auto start = static_cast<size_t>(offset_);
  UnstringPiece piece;
  piece.offset = start;
  ++tally_;
  if (delimiters_.empty()) {
    size_t left = source_.size() - start;
    piece.size = target_size < left ? target_size : left;
    offset_ += static_cast<int64_t>(piece.size);
    return piece;
  }
  for (size_t at = start; at < source_.size(); ++at) {
    for (size_t d = 0; d < delimiters_.size(); ++d) {
      std::span<const uint8_t> bytes = delimiters_[d].bytes;
      if (!internal::OccursAt(source_, at, bytes)) continue;
      piece.size = at - start;
      piece.delimiter = d;
      piece.delimiter_bytes = bytes;
      size_t next = at + bytes.size();
      // libcob loops forever on an empty ALL delimiter; it is taken once here.
      if (delimiters_[d].all && !bytes.empty()) {
        while (internal::OccursAt(source_, next, bytes)) next += bytes.size();
      }
      offset_ = static_cast<int64_t>(next);
      return piece;
    }
  }
  piece.size = source_.size() - start;
  offset_ = static_cast<int64_t>(source_.size());
  return piece;
}

}  // namespace cobrt
