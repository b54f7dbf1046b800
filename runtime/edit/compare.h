// Comparisons of COBOL operands (fact sheet §6; libcob common.c cob_cmp, cob_cmp_alnum,
// cob_cmp_all, cob_numeric_cmp). Results are <0, 0 or >0 as with memcmp.
//
//   if (cobrt::CompareAlphanumeric(a, 3, b, 5) == 0) ...            // "AB " = "AB   "
//   if (cobrt::CompareNumericAlphanumeric<Item>(n, x, 3) == 0) ...   // 9(3) 12 = "012"
//   if (cobrt::CompareAll(x, 6, "AB", 2) == 0) ...                   // = ALL "AB", = ZERO
//   if (cobrt::CompareNumeric<A, B>(a, b) < 0) ...                   // by value
//   if (cobrt::CompareNumericAll<Item>(n, "\xff", 1) < 0) ...         // < HIGH-VALUES
//   if (cobrt::CompareIntegers(ix, 3) > 0) ...                        // index names
//
// A program with a PROGRAM COLLATING SEQUENCE of a literal alphabet passes its weights as the
// last argument of the alphanumeric comparisons: bytes then compare by weight, as libcob's
// cob_cmp does with the module's collating sequence (bytes of equal weight, an alphabet's ALSO,
// are equal; the padding spaces weigh what a space weighs).
#ifndef COBRT_EDIT_COMPARE_H_
#define COBRT_EDIT_COMPARE_H_

#include <array>
#include <cstddef>
#include <cstdint>

#include "runtime/decimal/fixed.h"
#include "runtime/edit/format_traits.h"

namespace cobrt {

// The weight of each byte in a program collating sequence (cobc's table of an alphabet).
using CollatingWeights = std::array<uint8_t, 256>;

namespace internal {
auto CompareAlphanumericOutOfLine(const uint8_t* a, size_t a_size, const uint8_t* b,
                                  size_t b_size, const CollatingWeights* weights) -> int;
}  // namespace internal

// Over the common length, then the longer operand's rest against spaces, in the native (ASCII)
// collating sequence, or by `weights` when given. Inline for operands of one size in the native
// sequence (a FILE STATUS against "00", an 88-level value): the compiler unrolls the bytes.
inline auto CompareAlphanumeric(const uint8_t* a, size_t a_size, const uint8_t* b, size_t b_size,
                                const CollatingWeights* weights = nullptr) -> int {
  if (weights == nullptr && a_size == b_size && a_size <= 8) {
    for (size_t i = 0; i < a_size; ++i) {
      if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
    }
    return 0;
  }
  return internal::CompareAlphanumericOutOfLine(a, a_size, b, b_size, weights);
}

// Against a figurative constant or ALL literal repeated over the item (ZERO is ALL "0").
auto CompareAll(const uint8_t* a, size_t a_size, const char* pattern, size_t pattern_size,
                const CollatingWeights* weights = nullptr) -> int;

// A numeric item against an alphanumeric one: the item's digit string, an overpunched sign
// ignored and no point, compared alphanumerically (non-DISPLAY usages through their PICTURE
// digits).
// A SIGN SEPARATE item is compared with its sign byte where it stands: "00004+" > "00004",
// "+000" < "000" (checked against cobc).
template <class Format>
auto CompareNumericAlphanumeric(const uint8_t* number, const uint8_t* text, size_t text_size,
                                const CollatingWeights* weights = nullptr) -> int {
  if constexpr (FormatTraits<Format>::kSeparateSign) {
    return CompareAlphanumeric(number, static_cast<size_t>(Format::kSize), text, text_size,
                               weights);
  }
  char digits[Format::kDigits];
  internal::PictureDigits<Format>(number, digits);
  return CompareAlphanumeric(reinterpret_cast<const uint8_t*>(digits),
                             static_cast<size_t>(Format::kDigits), text, text_size, weights);
}

// A numeric item against a figurative constant other than ZERO, or an ALL literal other than
// ALL "0" (cob_cmp_all): the item's bytes as stored, repeated pattern against them, except that
// an overpunched sign is turned back into its digit first. A separate sign byte, packed nibbles
// and binary bytes are compared as they are (checked against cobc: S9(3) -12 = ALL "012",
// S9(3) PACKED-DECIMAL 12 = ALL X"012C").
template <class Format>
auto CompareNumericAll(const uint8_t* number, const char* pattern, size_t pattern_size,
                       const CollatingWeights* weights = nullptr) -> int {
  if constexpr (FormatTraits<Format>::kFamily == FormatFamily::kZoned && Format::kSigned &&
                !FormatTraits<Format>::kSeparateSign) {
    char digits[Format::kDigits];
    internal::PictureDigits<Format>(number, digits);
    return CompareAll(reinterpret_cast<const uint8_t*>(digits),
                      static_cast<size_t>(Format::kDigits), pattern, pattern_size, weights);
  } else {
    return CompareAll(number, static_cast<size_t>(Format::kSize), pattern, pattern_size, weights);
  }
}

// Numeric against numeric by value, across usages and scales (valid data).
template <class A, class B>
auto CompareNumeric(const uint8_t* a, const uint8_t* b) -> int {
  auto difference = Subtract(A::Read(a), B::Read(b));
  if (IsZero(difference.mantissa)) return 0;
  return IsNegative(difference.mantissa) ? -1 : 1;
}

// Native integers (index names, which cobc compares as C ints): <0, 0 or >0.
constexpr auto CompareIntegers(int64_t a, int64_t b) -> int { return a < b ? -1 : (a > b ? 1 : 0); }

}  // namespace cobrt

#endif  // COBRT_EDIT_COMPARE_H_
