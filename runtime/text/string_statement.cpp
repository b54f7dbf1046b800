#include "runtime/text/string_statement.h"

#include <cstring>

#include "runtime/text/search.h"

namespace cobrt {

StringStatement::StringStatement(uint8_t* target, size_t size, std::optional<int64_t> pointer)
    : target_(target), size_(size) {
  if (pointer.has_value()) {
    offset_ = *pointer - 1;
    overflow_ = offset_ < 0 || offset_ >= static_cast<int64_t>(size);
  }
}

void StringStatement::Append(std::span<const uint8_t> source) { Copy(source); }

void StringStatement::Append(std::span<const uint8_t> source, std::span<const uint8_t> delimiter) {
  size_t at = internal::FindBytes(source, delimiter);
  Copy(source.first(at == internal::kNotFound ? source.size() : at));
}

void StringStatement::Copy(std::span<const uint8_t> bytes) {
  // Once overflowed (at the start or by an earlier operand), libcob skips every operand.
  if (overflow_ || bytes.empty()) return;
  auto room = static_cast<size_t>(static_cast<int64_t>(size_) - offset_);
  size_t count = bytes.size() <= room ? bytes.size() : room;
  std::memcpy(target_ + offset_, bytes.data(), count);
  offset_ += static_cast<int64_t>(count);
  overflow_ = count < bytes.size();
}

}  // namespace cobrt
