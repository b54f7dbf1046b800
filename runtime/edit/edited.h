// Numeric-edited MOVE and de-editing (fact sheet §5; libcob move.c cob_move_display_to_edited,
// cob_move_edited_to_display). The PICTURE is known when the program is emitted, so the emitter
// passes it as a constexpr array of symbols with repeat counts, as cobc's cob_pic_symbol:
//
//   constexpr cobrt::EditSymbol kPic[] = {{'$', 3}, {',', 1}, {'$', 2}, {'9', 1}};  // $$$,$$9
//   constexpr cobrt::EditedPicture kEdited{kPic, std::size(kPic), /*blank_when_zero=*/false};
//   cobrt::MoveToEdited<cobrt::Zoned<6, 0>>(source, target, kEdited);
//
// Symbols: '9' 'Z' '*' '+' '-' 'B' '0' '/' ',' '.' 'V' 'P', 'C' (CR) and 'D' (DB) counted once,
// and the currency sign. With DECIMAL-POINT IS COMMA the emitter passes ',' as decimal_point and
// writes the PICTURE's symbols unchanged.
#ifndef COBRT_EDIT_EDITED_H_
#define COBRT_EDIT_EDITED_H_

#include <cstddef>
#include <cstdint>

#include "runtime/edit/format_traits.h"
#include "runtime/edit/move.h"

namespace cobrt {

struct EditSymbol {
  char symbol;
  uint16_t count;
};

struct EditedPicture {
  const EditSymbol* symbols;
  size_t symbol_count;
  bool blank_when_zero = false;
};

// Edited items longer than this are not supported (cobc caps numeric-edited PICTUREs far below).
inline constexpr size_t kMaxEditedSize = 160;

// The item's size in bytes: CR and DB take two, V and P none.
constexpr auto EditedSize(const EditedPicture& picture) -> size_t {
  size_t size = 0;
  for (size_t i = 0; i < picture.symbol_count; ++i) {
    char c = picture.symbols[i].symbol;
    if (c == 'V' || c == 'P') continue;
    size += (c == 'C' || c == 'D') ? 2 : picture.symbols[i].count;
  }
  return size;
}

namespace internal {
// cob_move_display_to_edited over digit characters at `scale` with a sign.
void EditDigits(const char* digits, int digit_count, int scale, bool negative, uint8_t* target,
                const EditedPicture& picture, char decimal_point, char currency);

// cob_move_edited_to_display: the digits of an edited item, its scale (digits after the
// decimal point) and sign ('-' or 'C' anywhere). Returns the digit count.
// v_offset: the byte offset of a V in the PICTURE (digits after it are decimals), or the size.
auto DeEditDigits(const uint8_t* source, size_t size, char* digits, int* scale, bool* negative,
                  char decimal_point, size_t v_offset) -> int;

constexpr auto RightPCount(const EditedPicture& picture) -> int {
  int count = 0;
  bool digits_seen = false;
  for (size_t i = 0; i < picture.symbol_count; ++i) {
    char c = picture.symbols[i].symbol;
    if (c == 'P' && digits_seen) count += picture.symbols[i].count;
    if (c == '9' || c == 'Z' || c == '*') digits_seen = true;
  }
  return count;
}

constexpr auto VOffset(const EditedPicture& picture) -> size_t {
  size_t offset = 0;
  for (size_t i = 0; i < picture.symbol_count; ++i) {
    char c = picture.symbols[i].symbol;
    if (c == 'V') return offset;
    if (c == 'P') continue;
    offset += (c == 'C' || c == 'D') ? 2 : picture.symbols[i].count;
  }
  return offset;
}
}  // namespace internal

template <class From>
void MoveToEdited(const uint8_t* source, uint8_t* target, const EditedPicture& picture,
                  char decimal_point = '.', char currency = '$') {
  char digits[From::kDigits];
  bool negative = internal::PictureDigits<From>(source, digits);
  if constexpr (FormatTraits<From>::kFamily == FormatFamily::kBinary) {
    negative = IsNegative(From::Read(source).mantissa);
  }
  internal::EditDigits(digits, From::kDigits, From::kScale, negative, target, picture,
                       decimal_point, currency);
}

// De-editing: an edited item's bytes to a numeric item, through a DISPLAY temporary wide
// enough for any edited item. Decimals are the digits after the decimal point, or after the
// PICTURE's V (Z(4)9V99 holding "5055000" is 50550.00; checked against cobc).
template <class To>
void MoveFromEdited(const uint8_t* source, const EditedPicture& picture, uint8_t* target,
                    char decimal_point = '.') {
  constexpr int kWidth = 38;
  char digits[kMaxEditedSize];
  int scale = 0;
  bool negative = false;
  size_t size = EditedSize(picture);
  int count = internal::DeEditDigits(source, size < kMaxEditedSize ? size : kMaxEditedSize, digits,
                                     &scale, &negative, decimal_point, internal::VOffset(picture));
  // P places after the digits scale the value up (ZZZPP holding " 10" is 1000; checked
  // against cobc).
  scale -= internal::RightPCount(picture);
  using Temporary = Zoned<2 * kWidth, kWidth, ZonedSign::kLeadingSeparate>;
  uint8_t temporary[Temporary::kSize];
  internal::CopyAlignedDigits(reinterpret_cast<const uint8_t*>(digits), count, scale, temporary + 1,
                              Temporary::kDigits, Temporary::kScale);
  temporary[0] = negative ? '-' : '+';
  MoveNumeric<Temporary, To>(temporary, target);
}

}  // namespace cobrt

#endif  // COBRT_EDIT_EDITED_H_
