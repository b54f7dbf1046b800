// Storing an arithmetic result into an item (cob_decimal_get_field, fact sheet §1 "Storing the
// result"): round at the item's scale if ROUNDED, else truncate; a negative value into an
// unsigned item keeps its absolute value; then the size test. With a SIZE ERROR phrase an
// overflowing item is left unchanged; without one, the item keeps what its usage keeps
// (low-order digits, or low-order bytes for binary items that are not truncated).
//
// Format is any storage descriptor with kScale, kSigned, Fits, Wrap and Write: Zoned, Packed,
// Binary (runtime/storage/zoned.h, packed.h, binary.h).
#ifndef COBRT_STORAGE_STORE_H_
#define COBRT_STORAGE_STORE_H_

#include <cstdint>

#include "runtime/decimal/decimal.h"
#include "runtime/decimal/fixed.h"
#include "runtime/decimal/rounding.h"

namespace cobrt {

// Whether the statement has ON SIZE ERROR or NOT ON SIZE ERROR (cobc's COB_STORE_KEEP_ON_OVERFLOW).
enum class SizeErrorPhrase : uint8_t { kAbsent, kPresent };

enum class StoreStatus : uint8_t {
  kOk,
  // The value did not fit (or ROUNDED MODE PROHIBITED dropped decimals). With the phrase the item
  // is unchanged; without it the item holds the cut value.
  kSizeError,
};
// With the phrase, kSizeError left the item unchanged unless ROUNDED MODE PROHIBITED dropped
// decimals (stored, then the handler runs).

namespace internal {
// ROUNDED MODE PROHIBITED: cobc raises the size error whenever a non-zero value has more
// decimals than the item, even when the dropped digits are zeros (2.00 into S9(5)V9; checked
// against cobc), and stores the truncated value first.
template <class Rep>
auto ProhibitedLoss(RoundingMode mode, int value_scale, int item_scale, const Rep& mantissa)
    -> bool {
  return mode == RoundingMode::kProhibited && value_scale > item_scale && !IsZero(mantissa);
}

template <class Format, class Rep>
auto StoreAtItemScale(uint8_t* data, Rep mantissa, bool prohibited_loss, SizeErrorPhrase phrase,
                      bool* written = nullptr) -> StoreStatus {
  if constexpr (!Format::kSigned) mantissa = Abs(mantissa);
  // The sign is taken before an overflowing value is cut, so a cut to zero keeps a negative
  // sign: -500 into S9(2) stores "p0", a negative zero (checked against cobc).
  bool negative = IsNegative(mantissa);
  bool fits = Format::Fits(mantissa);
  if (written != nullptr) *written = fits || phrase == SizeErrorPhrase::kAbsent;
  if (!fits && phrase == SizeErrorPhrase::kPresent) return StoreStatus::kSizeError;
  if (!fits) mantissa = Format::Wrap(mantissa);
  // ROUNDED MODE PROHIBITED stores the truncated value and then raises the size error, so the
  // handler runs after the store (checked against cobc).
  Format::Write(data, mantissa, negative);
  return fits && !prohibited_loss ? StoreStatus::kOk : StoreStatus::kSizeError;
}
}  // namespace internal

// `written`, when given, tells whether the item was written: always, but for the overflow that
// the phrase keeps out (ROUNDED MODE PROHIBITED's size error writes).
template <class Format, int D, int S>
auto Store(uint8_t* data, const Fixed<D, S>& value, RoundingMode mode = RoundingMode::kTruncation,
           SizeErrorPhrase phrase = SizeErrorPhrase::kAbsent, bool* written = nullptr)
    -> StoreStatus {
  auto rescaled = Rescale<Format::kScale>(value, mode);
  return internal::StoreAtItemScale<Format>(
      data, rescaled.mantissa, internal::ProhibitedLoss(mode, S, Format::kScale, value.mantissa),
      phrase, written);
}

// The same from a value whose scale is known only at run time (an exponentiation result).
template <class Format>
auto Store(uint8_t* data, const Decimal& value, RoundingMode mode = RoundingMode::kTruncation,
           SizeErrorPhrase phrase = SizeErrorPhrase::kAbsent, bool* written = nullptr)
    -> StoreStatus {
  Int512 mantissa = value.mantissa;
  if (value.scale > Format::kScale) {
    ShiftedMantissa<Int512> shifted = DropDigits(mantissa, value.scale - Format::kScale, mode);
    mantissa = shifted.mantissa;
  } else if (value.scale < Format::kScale) {
    int shift = Format::kScale - value.scale;
    if (DigitCount(mantissa) + shift > kMaxMantissaDigits) {
      // Far wider than any item: a size error. Without the phrase the item keeps low-order
      // digits, which the value's low 40 digits decide.
      if (phrase == SizeErrorPhrase::kPresent) {
        if (written != nullptr) *written = false;
        return StoreStatus::kSizeError;
      }
      if (shift > kMaxMantissaDigits) {
        mantissa = Int512(int64_t{0});
        shift = 0;
      } else {
        mantissa = mantissa % Pow10<Int512>(kMaxMantissaDigits - shift);
      }
    }
    mantissa = mantissa * Pow10<Int512>(shift);
  }
  return internal::StoreAtItemScale<Format>(
      data, mantissa, internal::ProhibitedLoss(mode, value.scale, Format::kScale, value.mantissa),
      phrase, written);
}

}  // namespace cobrt

#endif  // COBRT_STORAGE_STORE_H_
