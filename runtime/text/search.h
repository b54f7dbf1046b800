// Byte search shared by STRING and UNSTRING.
#ifndef COBRT_TEXT_SEARCH_H_
#define COBRT_TEXT_SEARCH_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>

namespace cobrt::internal {

inline constexpr size_t kNotFound = static_cast<size_t>(-1);

// Whether `pattern` occurs whole at `at` of `text` (an empty pattern occurs everywhere).
inline auto OccursAt(std::span<const uint8_t> text, size_t at, std::span<const uint8_t> pattern)
    -> bool {
  return at + pattern.size() <= text.size() &&
         (pattern.empty() || std::memcmp(text.data() + at, pattern.data(), pattern.size()) == 0);
}

// The first place where `pattern` occurs whole in `text`, or kNotFound.
inline auto FindBytes(std::span<const uint8_t> text, std::span<const uint8_t> pattern) -> size_t {
  for (size_t at = 0; at + pattern.size() <= text.size(); ++at) {
    if (OccursAt(text, at, pattern)) return at;
  }
  return kNotFound;
}

}  // namespace cobrt::internal

#endif  // COBRT_TEXT_SEARCH_H_
