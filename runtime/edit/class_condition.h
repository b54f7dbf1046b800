// Class conditions (IS NUMERIC, ALPHABETIC, ALPHABETIC-LOWER, ALPHABETIC-UPPER) as libcob's
// cob_is_numeric, cob_is_alpha, cob_is_lower and cob_is_upper decide them (libcob/common.c),
// checked byte by byte against cobc 3.1.2 for all 256 byte values in every position:
//
//   if (cobrt::IsNumeric<cobrt::Packed<3, 0, true>>(p)) ...   // digits 0-9, sign nibble C or D
//   if (cobrt::IsNumericText(x, 4)) ...                       // X, A and group items: "0".."9"
//   if (cobrt::IsAlphabetic(x, 4)) ...                        // A-Z, a-z and space
//   if (cobrt::IsInClass(x, 4, kClassVowel)) ...              // SPECIAL-NAMES CLASS VOWEL
#ifndef COBRT_EDIT_CLASS_CONDITION_H_
#define COBRT_EDIT_CLASS_CONDITION_H_

#include <cstddef>
#include <cstdint>
#include <span>

#include "runtime/edit/format_traits.h"

namespace cobrt {

namespace internal {
inline auto IsDigitByte(uint8_t byte) -> bool { return byte >= '0' && byte <= '9'; }
inline auto IsUpperByte(uint8_t byte) -> bool { return byte >= 'A' && byte <= 'Z'; }
inline auto IsLowerByte(uint8_t byte) -> bool { return byte >= 'a' && byte <= 'z'; }
}  // namespace internal

// NUMERIC of an alphanumeric, alphabetic or group item (or a reference modification): every
// byte a digit; the empty item is numeric.
inline auto IsNumericText(const uint8_t* data, size_t size) -> bool {
  for (size_t i = 0; i < size; ++i) {
    if (!internal::IsDigitByte(data[i])) return false;
  }
  return true;
}

// ALPHABETIC: letters of either case and spaces.
inline auto IsAlphabetic(const uint8_t* data, size_t size) -> bool {
  for (size_t i = 0; i < size; ++i) {
    const uint8_t byte = data[i];
    if (byte != ' ' && !internal::IsUpperByte(byte) && !internal::IsLowerByte(byte)) return false;
  }
  return true;
}

// ALPHABETIC-UPPER: A-Z and spaces.
inline auto IsAlphabeticUpper(const uint8_t* data, size_t size) -> bool {
  for (size_t i = 0; i < size; ++i) {
    if (data[i] != ' ' && !internal::IsUpperByte(data[i])) return false;
  }
  return true;
}

// ALPHABETIC-LOWER: a-z and spaces.
inline auto IsAlphabeticLower(const uint8_t* data, size_t size) -> bool {
  for (size_t i = 0; i < size; ++i) {
    if (data[i] != ' ' && !internal::IsLowerByte(data[i])) return false;
  }
  return true;
}

// A SPECIAL-NAMES CLASS: the bytes first..last it holds (one of its ranges).
struct ClassRange {
  uint8_t first;
  uint8_t last;
};

// A user-defined class condition: every byte of the item, as stored (a zoned sign overpunch
// included), lies in one of the class's ranges; the empty item is in every class.
inline auto IsInClass(const uint8_t* data, size_t size, std::span<const ClassRange> ranges)
    -> bool {
  for (size_t i = 0; i < size; ++i) {
    bool found = false;
    for (const ClassRange& range : ranges) {
      found = found || (range.first <= data[i] && data[i] <= range.last);
    }
    if (!found) return false;
  }
  return true;
}

// NUMERIC of a numeric item, by its storage format:
//  - zoned: every digit byte '0'..'9'; an overpunched sign byte may also be 'p'..'y' (a
//    negative digit); a separate sign byte must be '+' or '-';
//  - packed: every digit nibble 0-9 (the pad nibble of an even digit count included), and the
//    sign nibble C or D when signed (F too under hostsign, the ibm dialect), F when unsigned;
//  - binary (COMP, BINARY, COMP-5, INDEX): always numeric, whatever the bytes hold.
template <class Format>
auto IsNumeric(const uint8_t* data, [[maybe_unused]] bool host_sign = false) -> bool {
  using Traits = FormatTraits<Format>;
  if constexpr (Traits::kFamily == FormatFamily::kBinary) {
    return true;
  } else if constexpr (Traits::kFamily == FormatFamily::kPacked) {
    for (int i = 0; i < Format::kSize - 1; ++i) {
      if ((data[i] >> 4) > 9 || (data[i] & 0x0F) > 9) return false;
    }
    const uint8_t last = data[Format::kSize - 1];
    if ((last >> 4) > 9) return false;
    const int sign = last & 0x0F;
    if constexpr (Format::kSigned) {
      return sign == 0x0C || sign == 0x0D || (host_sign && sign == 0x0F);
    } else {
      return sign == 0x0F;
    }
  } else {
    for (int i = 0; i < Format::kSize; ++i) {
      const uint8_t byte = data[i];
      if (Format::kSigned && i == Format::kSignOffset) {
        if constexpr (Format::kSeparate) {
          if (byte != '+' && byte != '-') return false;
        } else if (!internal::IsDigitByte(byte) && !internal::IsNegativeOverpunch(byte)) {
          return false;
        }
      } else if (!internal::IsDigitByte(byte)) {
        return false;
      }
    }
    return true;
  }
}

}  // namespace cobrt

#endif  // COBRT_EDIT_CLASS_CONDITION_H_
