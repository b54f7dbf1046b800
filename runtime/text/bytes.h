// The bytes of a literal operand as the text statements take them: emitted code writes
// cobrt::Bytes("AB"sv) for the literal "AB" (a string_view literal keeps embedded NULs). Items
// are passed as std::span<const uint8_t>(address, size).
#ifndef COBRT_TEXT_BYTES_H_
#define COBRT_TEXT_BYTES_H_

#include <cstdint>
#include <span>
#include <string_view>

namespace cobrt {

// `text` must outlive the span; string literals do.
inline auto Bytes(std::string_view text) -> std::span<const uint8_t> {
  return {reinterpret_cast<const uint8_t*>(text.data()), text.size()};
}

}  // namespace cobrt

#endif  // COBRT_TEXT_BYTES_H_
