#include <cstdint>

#include "runtime/storage/zoned.h"

namespace cobrt::internal {

auto ZonedDigitsAsCobc(const uint8_t* digits, int count) -> UInt128 {
  int first = 0;
  while (first < count - 1 && (digits[first] & 0x0F) == 0) ++first;
  uint64_t sum = 0;  // wraps modulo 2^64 as cobc's cob_uli_t does
  for (int i = first; i < count; ++i) {
    sum = sum * 10 + static_cast<uint64_t>(static_cast<int64_t>(digits[i]) - '0');
  }
  return sum;
}

}  // namespace cobrt::internal
