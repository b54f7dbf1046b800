#include "runtime/edit/display.h"

#include <cstdint>

namespace cobrt {

namespace internal {
auto TerminalBuffer() -> char* {
  // One buffer per process, as libcob's COB_TERM_BUFF; zeroed at start.
  static char buffer[kTerminalBufferSize] = {};
  return buffer;
}
}  // namespace internal

auto DisplayIndexForm(const uint8_t* data, char* out) -> size_t {
  int64_t value = IndexItem::Read(data).mantissa;
  out[0] = value < 0 ? '-' : '+';
  uint64_t magnitude =
      value < 0 ? uint64_t{0} - static_cast<uint64_t>(value) : static_cast<uint64_t>(value);
  // printf's precision: at least 9 digits, more when the value needs them.
  int count = 9;
  for (uint64_t limit = 1'000'000'000; count < 10 && magnitude >= limit; ++count) {
  }
  return 1 + internal::WriteDigits(magnitude, count, out + 1);
}

}  // namespace cobrt
