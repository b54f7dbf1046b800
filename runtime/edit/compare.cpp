#include "runtime/edit/compare.h"

#include <cstring>

namespace cobrt {
namespace {

// A byte's place in the collating sequence: its weight, or the byte itself natively.
auto Weight(uint8_t byte, const CollatingWeights* weights) -> int {
  return weights != nullptr ? (*weights)[byte] : byte;
}

auto Order(uint8_t a, uint8_t b, const CollatingWeights* weights) -> int {
  const int x = Weight(a, weights);
  const int y = Weight(b, weights);
  return x < y ? -1 : (x > y ? 1 : 0);
}

}  // namespace

auto internal::CompareAlphanumericOutOfLine(const uint8_t* a, size_t a_size, const uint8_t* b,
                                            size_t b_size, const CollatingWeights* weights)
    -> int {
  size_t common = a_size < b_size ? a_size : b_size;
  if (weights == nullptr) {
    // The native order is the bytes' own: memcmp compares them as unsigned char.
    if (const int order = std::memcmp(a, b, common); order != 0) return order < 0 ? -1 : 1;
  } else {
    for (size_t i = 0; i < common; ++i) {
      if (const int order = Order(a[i], b[i], weights); order != 0) return order;
    }
  }
  // The rest of the longer operand against spaces (cob_cmp_alnum).
  for (size_t i = common; i < a_size; ++i) {
    if (const int order = Order(a[i], ' ', weights); order != 0) return order;
  }
  for (size_t i = common; i < b_size; ++i) {
    if (const int order = Order(' ', b[i], weights); order != 0) return order;
  }
  return 0;
}

auto CompareAll(const uint8_t* a, size_t a_size, const char* pattern, size_t pattern_size,
                const CollatingWeights* weights) -> int {
  for (size_t i = 0; i < a_size; ++i) {
    auto expected = static_cast<uint8_t>(pattern[i % pattern_size]);
    if (const int order = Order(a[i], expected, weights); order != 0) return order;
  }
  return 0;
}

}  // namespace cobrt
