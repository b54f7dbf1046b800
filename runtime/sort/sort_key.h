// The keys of a SORT or MERGE statement: ON ASCENDING / DESCENDING KEY items of the SD record,
// each a byte range compared as libcob's cob_file_sort_compare does. Alphanumeric keys (groups,
// alphanumeric, alphabetic, edited items) compare bytes as unsigned (the native collating
// sequence), or by the weights of the program's collating sequence when it has one (a literal
// alphabet: cobc sorts by it when the statement has no COLLATING SEQUENCE). Numeric keys compare
// values as cob_numeric_cmp does, through cob_decimal_set_field: the storage formats' ReadAsCobc,
// so -1 < 0, packed or binary keys order by value, and invalid bytes take the value cobc's
// arithmetic gives them (a zoned "1 " is 10 - 16 modulo 2^64, larger than any valid value; checked
// with cobc).
//
// Reading a signed zoned key rewrites an invalid overpunch sign byte as '0' in the record, as
// cob_real_get_sign does; cobc does it while it compares, so every record of a sort of two or
// more records has it done (`normalize`), and a record sorted alone keeps its bytes.
#ifndef COBRT_SORT_SORT_KEY_H_
#define COBRT_SORT_SORT_KEY_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <type_traits>

namespace cobrt {

enum class SortOrder { kAscending, kDescending };

struct SortKey {
  using Compare = int (*)(const std::uint8_t* left, const std::uint8_t* right, std::size_t length);
  using Normalize = void (*)(std::uint8_t* key);

  std::size_t offset = 0;  // in the SD record
  std::size_t length = 0;
  SortOrder order = SortOrder::kAscending;
  Compare compare = nullptr;
  Normalize normalize = nullptr;  // what comparing does to the key's bytes, if anything
  // An alphanumeric key's collating weights, one per byte value; null: the bytes themselves.
  const std::array<std::uint8_t, 256>* weights = nullptr;

  static auto Alphanumeric(std::size_t offset, std::size_t length, SortOrder order,
                           const std::array<std::uint8_t, 256>* weights = nullptr) -> SortKey {
    return {offset, length, order, &CompareBytes, nullptr, weights};
  }

  // A numeric key of storage format `Format` (Zoned<...>, Packed<...>, Binary<...>).
  template <class Format>
  static auto Numeric(std::size_t offset, SortOrder order) -> SortKey {
    Normalize normalize = nullptr;
    if constexpr (!std::is_invocable_v<decltype(&Format::ReadAsCobc), const std::uint8_t*>) {
      // Only zoned formats take mutable bytes: their reading fixes the sign byte.
      normalize = [](std::uint8_t* key) { Format::ReadAsCobc(key); };
    }
    return {offset, static_cast<std::size_t>(Format::kSize), order, &CompareValues<Format>,
            normalize};
  }

  // <0, 0 or >0 as record `left` sorts before, with or after `right` on this key alone.
  auto Order(const std::uint8_t* left, const std::uint8_t* right) const -> int {
    const int result = weights != nullptr ? CompareWeights(left + offset, right + offset)
                                          : compare(left + offset, right + offset, length);
    return order == SortOrder::kAscending ? result : -result;
  }

 private:
  auto CompareWeights(const std::uint8_t* left, const std::uint8_t* right) const -> int {
    for (std::size_t i = 0; i < length; ++i) {
      const int a = (*weights)[left[i]];
      const int b = (*weights)[right[i]];
      if (a != b) return a < b ? -1 : 1;
    }
    return 0;
  }

  static auto CompareBytes(const std::uint8_t* left, const std::uint8_t* right, std::size_t length)
      -> int {
    return std::memcmp(left, right, length);
  }

  template <class Format>
  static auto CompareValues(const std::uint8_t* left, const std::uint8_t* right, std::size_t)
      -> int {
    // ReadAsCobc of a zoned format may write its sign byte: read copies.
    std::uint8_t a_bytes[Format::kSize];
    std::uint8_t b_bytes[Format::kSize];
    std::memcpy(a_bytes, left, Format::kSize);
    std::memcpy(b_bytes, right, Format::kSize);
    const auto a = Format::ReadAsCobc(a_bytes).mantissa;
    const auto b = Format::ReadAsCobc(b_bytes).mantissa;
    return a < b ? -1 : (b < a ? 1 : 0);
  }
};

}  // namespace cobrt

#endif  // COBRT_SORT_SORT_KEY_H_
