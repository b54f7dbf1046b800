// A growable byte buffer written through a raw pointer: the decoder reserves the most a record
// can produce once per record, then appends without further checks.
#ifndef REMINT_CODEC_OUTPUT_BUFFER_H_
#define REMINT_CODEC_OUTPUT_BUFFER_H_

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <memory>
#include <string_view>

namespace remint::codec {

// Copies n bytes. Keys, digits and characters are mostly under 16 bytes, where a call to
// memcpy with a variable length costs more than the copy: two overlapping fixed-size copies
// cover any length from 4 to 16 without reading or writing outside [0, n).
inline void CopyShort(char* to, const char* from, size_t n) {
  if (n >= 8 && n <= 16) {
    std::memcpy(to, from, 8);
    std::memcpy(to + n - 8, from + n - 8, 8);
  } else if (n >= 4 && n < 8) {
    std::memcpy(to, from, 4);
    std::memcpy(to + n - 4, from + n - 4, 4);
  } else if (n < 4) {
    for (size_t i = 0; i < n; ++i) to[i] = from[i];
  } else {
    std::memcpy(to, from, n);
  }
}

class OutputBuffer {
 public:
  OutputBuffer() { Reserve(1 << 16); }

  // Makes room for `bytes` more bytes.
  void Reserve(size_t bytes) {
    if (static_cast<size_t>(limit_ - cursor_) >= bytes) return;
    size_t used = size();
    size_t capacity = std::max(capacity_ * 2, used + bytes);
    auto grown = std::make_unique<char[]>(capacity);
    if (used > 0) std::memcpy(grown.get(), data_.get(), used);
    data_ = std::move(grown);
    capacity_ = capacity;
    cursor_ = data_.get() + used;
    limit_ = data_.get() + capacity;
  }

  // The Append calls assume Reserve made room.
  void Append(char byte) { *cursor_++ = byte; }
  void Append(std::string_view bytes) {
    CopyShort(cursor_, bytes.data(), bytes.size());
    cursor_ += bytes.size();
  }
  auto cursor() -> char* { return cursor_; }
  void Advance(size_t bytes) { cursor_ += bytes; }

  auto size() const -> size_t { return static_cast<size_t>(cursor_ - data_.get()); }
  auto view() const -> std::string_view { return std::string_view(data_.get(), size()); }
  // Drops everything after the first `size` bytes.
  void Truncate(size_t size) { cursor_ = data_.get() + size; }
  void Clear() { cursor_ = data_.get(); }

 private:
  std::unique_ptr<char[]> data_;
  size_t capacity_ = 0;
  char* cursor_ = nullptr;
  char* limit_ = nullptr;
};

}  // namespace remint::codec

#endif  // REMINT_CODEC_OUTPUT_BUFFER_H_
