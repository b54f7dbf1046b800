// A growable byte buffer written through a raw pointer: the decoder reserves the most a record
// can produce once per record, then appends without further checks.
#ifndef REMINT_CODEC_OUTPUT_BUFFER_H_
#define REMINT_CODEC_OUTPUT_BUFFER_H_

#include <cstddef>
#include <cstring>
#include <memory>
#include <string_view>

namespace remint::codec {

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
    std::memcpy(cursor_, bytes.data(), bytes.size());
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
