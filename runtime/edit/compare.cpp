#include "runtime/edit/compare.h"

namespace cobrt {

auto CompareAlphanumeric(const uint8_t* a, size_t a_size, const uint8_t* b, size_t b_size) -> int {
  size_t common = a_size < b_size ? a_size : b_size;
  for (size_t i = 0; i < common; ++i) {
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  }
  // The rest of the longer operand against spaces (cob_cmp_alnum).
  for (size_t i = common; i < a_size; ++i) {
    if (a[i] != ' ') return a[i] < ' ' ? -1 : 1;
  }
  for (size_t i = common; i < b_size; ++i) {
    if (b[i] != ' ') return b[i] < ' ' ? 1 : -1;
  }
  return 0;
}

auto CompareAll(const uint8_t* a, size_t a_size, const char* pattern, size_t pattern_size) -> int {
  for (size_t i = 0; i < a_size; ++i) {
    auto expected = static_cast<uint8_t>(pattern[i % pattern_size]);
    if (a[i] != expected) return a[i] < expected ? -1 : 1;
  }
  return 0;
}

}  // namespace cobrt
