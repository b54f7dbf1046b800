// The keys of a SORT or MERGE statement: ON ASCENDING / DESCENDING KEY items of the SD record,
// each a byte range compared by its type. Alphanumeric keys compare bytes as unsigned (the native
// collating sequence, libcob cob_file_sort_compare with no COLLATING SEQUENCE); numeric keys
// compare values, decoded by the storage layer's Read of the key's format, so -1 < 0 and packed
// or binary keys order by value, not by bytes.
#ifndef COBRT_SORT_SORT_KEY_H_
#define COBRT_SORT_SORT_KEY_H_

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace cobrt {

enum class SortOrder { kAscending, kDescending };

struct SortKey {
  using Compare = int (*)(const std::uint8_t* left, const std::uint8_t* right, std::size_t length);

  std::size_t offset = 0;  // in the SD record
  std::size_t length = 0;
  SortOrder order = SortOrder::kAscending;
  Compare compare = nullptr;

  static auto Alphanumeric(std::size_t offset, std::size_t length, SortOrder order) -> SortKey {
    return {offset, length, order, &CompareBytes};
  }

  // A numeric key of storage format `Format` (Zoned<...>, Packed<...>, Binary<...>).
  template <class Format>
  static auto Numeric(std::size_t offset, SortOrder order) -> SortKey {
    return {offset, static_cast<std::size_t>(Format::kSize), order, &CompareValues<Format>};
  }

  // <0, 0 or >0 as record `left` sorts before, with or after `right` on this key alone.
  auto Order(const std::uint8_t* left, const std::uint8_t* right) const -> int {
    const int result = compare(left + offset, right + offset, length);
    return order == SortOrder::kAscending ? result : -result;
  }

 private:
  static auto CompareBytes(const std::uint8_t* left, const std::uint8_t* right, std::size_t length)
      -> int {
    return std::memcmp(left, right, length);
  }

  template <class Format>
  static auto CompareValues(const std::uint8_t* left, const std::uint8_t* right, std::size_t)
      -> int {
    const auto a = Format::Read(left).mantissa;
    const auto b = Format::Read(right).mantissa;
    return a < b ? -1 : (b < a ? 1 : 0);
  }
};

}  // namespace cobrt

#endif  // COBRT_SORT_SORT_KEY_H_
