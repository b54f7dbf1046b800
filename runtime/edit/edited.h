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

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <utility>

#include "runtime/decimal/rounding.h"
#include "runtime/edit/format_traits.h"
#include "runtime/edit/move.h"
#include "runtime/storage/store.h"
#include "runtime/storage/zoned.h"

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

namespace internal {
// A plain PICTURE (9 Z , . B 0 / V, one fixed leading or trailing + or -, CR or DB, BLANK WHEN
// ZERO; Z only before the decimal point; no floating string, '*', currency or P) edits position
// by position with no look-back, so its walk is planned when the program is compiled: each
// output place with what it shows and which source digit it reads. EditDigits' rules, place by
// place, for those symbols; every other PICTURE goes through EditDigits itself.
enum class EditPlace : uint8_t {
  kDigit,                // 9
  kSuppressedDigit,      // Z: a space until the first significant digit
  kInsertion,            // 0 / B and the point: always shown (B as a space)
  kSuppressedInsertion,  // the comma (or point) that is not the decimal point
  kLeadingSign,          // reads (and loses) a digit; the sign goes in at the end
  kTrailingSign,         // looks at the next digit without taking it
  kCredit,               // CR or DB: two places
};

struct EditPlanStep {
  EditPlace place = EditPlace::kDigit;
  char symbol = 0;
  int16_t offset = 0;  // the output place
  int16_t digit = 0;   // the source digit read, an index into the digits (outside: '0')
};

template <size_t kSteps>
struct EditPlan {
  bool plain = false;
  std::array<EditPlanStep, kSteps> steps{};
  size_t step_count = 0;
  char leading_sign = 0;  // '+' or '-' when the PICTURE starts with a fixed sign
  // EditDigits' last pass turns every 'B' before this place into a space, a digit byte 'B' of
  // invalid data included; CR, DB and each trailing sign move it back.
  size_t b_end = 0;
};

constexpr auto CountOf(const EditedPicture& picture, char symbol) -> int {
  int count = 0;
  for (size_t i = 0; i < picture.symbol_count; ++i) {
    if (picture.symbols[i].symbol == symbol) count += picture.symbols[i].count;
  }
  return count;
}

template <size_t kSteps>
constexpr auto PlanEdit(const EditedPicture& picture, int digit_count, int scale,
                        char decimal_point) -> EditPlan<kSteps> {
  EditPlan<kSteps> plan;
  // Integer places, as EditDigits counts them: 9 and Z, and a sign before any digit place.
  int count = 0;
  bool count_sign = true;
  for (size_t i = 0; i < picture.symbol_count; ++i) {
    const char c = picture.symbols[i].symbol;
    if (c == '9' || c == 'Z') {
      count += picture.symbols[i].count;
      count_sign = false;
    } else if (count_sign && (c == '+' || c == '-')) {
      count += picture.symbols[i].count;
    } else if (c == 'V' || c == decimal_point) {
      break;
    }
  }
  int digit = digit_count - scale - count;
  size_t b_end = EditedSize(picture);
  int offset = 0;
  bool digit_seen = false;
  bool after_point = false;
  for (size_t i = 0; i < picture.symbol_count; ++i) {
    const char c = picture.symbols[i].symbol;
    const int repeat = picture.symbols[i].count;
    if (c == 'V') {
      after_point = true;
      continue;
    }
    if (c == 'C' || c == 'D') {
      plan.steps[plan.step_count++] = {EditPlace::kCredit, c, static_cast<int16_t>(offset), 0};
      b_end = static_cast<size_t>(offset);
      offset += 2;
      continue;
    }
    for (int n = 0; n < repeat; ++n, ++offset) {
      EditPlanStep step{EditPlace::kInsertion, c, static_cast<int16_t>(offset),
                        static_cast<int16_t>(digit)};
      if (c == '9' || (c == 'Z' && !after_point)) {
        step.place = c == '9' ? EditPlace::kDigit : EditPlace::kSuppressedDigit;
        ++digit;
        digit_seen = true;
      } else if (c == decimal_point) {
        after_point = true;
      } else if (c == ',' || c == '.') {
        step.place = EditPlace::kSuppressedInsertion;
      } else if (c == 'B') {
        step.symbol = ' ';
      } else if ((c == '+' || c == '-') && CountOf(picture, c) == 1 &&
                 CountOf(picture, c == '+' ? '-' : '+') == 0 && (offset == 0 || digit_seen)) {
        if (digit_seen) {
          step.place = EditPlace::kTrailingSign;
          --b_end;
        } else {
          step.place = EditPlace::kLeadingSign;
          plan.leading_sign = c;
          ++digit;
        }
      } else if (c != '0' && c != '/') {
        return EditPlan<kSteps>{};  // Z after the point, '*', currency, P, a floating sign
      }
      plan.steps[plan.step_count++] = step;
    }
  }
  plan.b_end = b_end;
  plan.plain = true;
  return plan;
}

// The planned walk (PlanEdit), with EditDigits' zero suppression and sign rules: one EditStep
// per output place, each instantiated for its place, so the walk is straight-line code.
struct EditState {
  const char* digits;
  bool negative;
  uint8_t* target;
  bool is_zero = true;
  bool suppress_zero = true;
  bool b_read = false;
};

template <int kDigitCount, int kIndex>
inline auto DigitAt(EditState& state) -> uint8_t {
  if constexpr (kIndex < 0 || kIndex >= kDigitCount) {
    return '0';
  } else {
    const auto x = static_cast<uint8_t>(state.digits[kIndex]);
    state.b_read = state.b_read || x == 'B';
    return x;
  }
}

template <int kDigitCount, EditPlanStep kStep>
inline void EditStep(EditState& state) {
  uint8_t* place = state.target + kStep.offset;
  if constexpr (kStep.place == EditPlace::kDigit) {
    const uint8_t x = DigitAt<kDigitCount, kStep.digit>(state);
    if (x != '0') state.is_zero = false;
    state.suppress_zero = false;
    *place = x;
  } else if constexpr (kStep.place == EditPlace::kSuppressedDigit) {
    const uint8_t x = DigitAt<kDigitCount, kStep.digit>(state);
    if (x != '0') state.is_zero = state.suppress_zero = false;
    *place = state.suppress_zero ? ' ' : x;
  } else if constexpr (kStep.place == EditPlace::kInsertion) {
    *place = static_cast<uint8_t>(kStep.symbol);
  } else if constexpr (kStep.place == EditPlace::kSuppressedInsertion) {
    *place = state.suppress_zero ? ' ' : static_cast<uint8_t>(kStep.symbol);
  } else if constexpr (kStep.place == EditPlace::kLeadingSign) {
    if (DigitAt<kDigitCount, kStep.digit>(state) != '0') {
      state.is_zero = state.suppress_zero = false;
    }
    *place = ' ';  // the sign goes in at the end
  } else if constexpr (kStep.place == EditPlace::kTrailingSign) {
    if (DigitAt<kDigitCount, kStep.digit>(state) != '0') {
      state.is_zero = state.suppress_zero = false;
    }
    *place = state.negative && !state.is_zero ? '-' : (kStep.symbol == '+' ? '+' : ' ');
  } else {
    static_assert(kStep.place == EditPlace::kCredit);
    const bool shown = state.negative && !state.is_zero;
    place[0] = shown ? static_cast<uint8_t>(kStep.symbol) : ' ';
    place[1] = shown ? (kStep.symbol == 'C' ? 'R' : 'B') : ' ';
  }
}

template <int kDigitCount, auto kPlan, size_t... kIndex>
inline void EditSteps(EditState& state, std::index_sequence<kIndex...> /*places*/) {
  (EditStep<kDigitCount, kPlan.steps[kIndex]>(state), ...);
}

template <int kDigitCount, auto kPlan>
void EditPlanned(const char* digits, bool negative, uint8_t* target, size_t size,
                 bool blank_when_zero) {
  EditState state{digits, negative, target};
  EditSteps<kDigitCount, kPlan>(state, std::make_index_sequence<kPlan.step_count>());
  if (state.suppress_zero || (state.is_zero && blank_when_zero)) {
    std::memset(target, ' ', size);
    return;
  }
  if constexpr (kPlan.leading_sign != 0) {
    target[0] = negative && !state.is_zero ? '-' : (kPlan.leading_sign == '+' ? '+' : ' ');
  }
  if (state.b_read) {
    for (size_t i = 0; i < kPlan.b_end; ++i) {
      if (target[i] == 'B') target[i] = ' ';
    }
  }
}
}  // namespace internal

// MOVE into a numeric-edited item whose PICTURE is a constant the compiler sees: a plain
// PICTURE (internal::PlanEdit) edits through a walk planned at compile time, any other as
// MoveToEdited below. The emitter writes this form: cobrt::MoveToEdited<Format, kPicture>.
template <class From, const EditedPicture& kPicture, char kDecimalPoint = '.', char kCurrency = '$'>
void MoveToEdited(const uint8_t* source, uint8_t* target) {
  constexpr size_t kSize = EditedSize(kPicture);
  constexpr bool kBinary = FormatTraits<From>::kFamily == FormatFamily::kBinary;
  constexpr int kDigitCount = kBinary ? 20 : From::kDigits;
  constexpr auto kPlan =
      internal::PlanEdit<kSize>(kPicture, kDigitCount, From::kScale, kDecimalPoint);
  // A currency sign spelled as one of the plain symbols would read differently.
  constexpr bool kCurrencyApart =
      std::string_view("9Z,.B0/+-CDVP*").find(kCurrency) == std::string_view::npos;
  if constexpr (!kPlan.plain || !kCurrencyApart) {
    MoveToEdited<From>(source, target, kPicture, kDecimalPoint, kCurrency);
  } else {
    char digits[kDigitCount];
    bool negative = false;
    if constexpr (kBinary) {
      // As MoveToEdited below: the whole binary value, through 20 digits.
      auto value = From::Read(source);
      negative = IsNegative(value.mantissa);
      auto magnitude = Abs(value.mantissa);
      for (int i = kDigitCount - 1; i >= 0; --i) {
        digits[i] = static_cast<char>('0' + static_cast<int>(magnitude % 10));
        magnitude = magnitude / 10;
      }
    } else {
      negative = internal::PictureDigits<From>(source, digits);
    }
    internal::EditPlanned<kDigitCount, kPlan>(digits, negative, target, kSize,
                                              kPicture.blank_when_zero);
  }
}

template <class From>
void MoveToEdited(const uint8_t* source, uint8_t* target, const EditedPicture& picture,
                  char decimal_point = '.', char currency = '$') {
  if constexpr (FormatTraits<From>::kFamily == FormatFamily::kBinary) {
    // libcob edits a binary item through a 38-digit temporary: a value past the PICTURE
    // (binary-truncate=no, COMP-5) shows whole, 12345 in 9(2) COMP into ZZZZZ9 gives " 12345"
    // (checked against cobc -std=ibm). 20 digits hold any 64-bit value.
    constexpr int kValueDigits = 20;
    auto value = From::Read(source);
    const bool negative = IsNegative(value.mantissa);
    auto magnitude = Abs(value.mantissa);
    char digits[kValueDigits];
    for (int i = kValueDigits - 1; i >= 0; --i) {
      digits[i] = static_cast<char>('0' + static_cast<int>(magnitude % 10));
      magnitude = magnitude / 10;
    }
    internal::EditDigits(digits, kValueDigits, From::kScale, negative, target, picture,
                         decimal_point, currency);
  } else {
    char digits[From::kDigits];
    const bool negative = internal::PictureDigits<From>(source, digits);
    internal::EditDigits(digits, From::kDigits, From::kScale, negative, target, picture,
                         decimal_point, currency);
  }
}

// An arithmetic result stored into a numeric-edited item (COMPUTE, GIVING, REMAINDER; libcob
// cob_decimal_get_field): the value goes with its ROUNDED and SIZE ERROR rules into a signed
// DISPLAY temporary of the item's digits and scale (its P positions counted among the digits:
// ZZPP is 4 digits at scale -2), which is then moved into the item. The temporary is always
// signed, so a negative value loses its sign only where the PICTURE has no sign symbol. An
// overflow the phrase keeps out leaves the item unchanged; without the phrase the temporary's
// low-order digits are edited, a negative value cut to zero showing no sign (-5000 into ZZ9-
// gives "  0 "; checked against cobc). `Value` is a Fixed or a Decimal.
template <int Digits, int Scale, class Value>
auto StoreEdited(uint8_t* target, const Value& value, RoundingMode mode, SizeErrorPhrase phrase,
                 const EditedPicture& picture, char decimal_point = '.', char currency = '$')
    -> StoreStatus {
  using Temporary = Zoned<Digits, Scale, ZonedSign::kTrailing>;
  uint8_t temporary[Temporary::kSize];
  bool written = false;
  StoreStatus status = Store<Temporary>(temporary, value, mode, phrase, &written);
  if (written) MoveToEdited<Temporary>(temporary, target, picture, decimal_point, currency);
  return status;
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

// MOVE ZERO (any figurative constant but ALL "literal") into a numeric-edited item, and the
// contents of one without VALUE: the edited form of zero ("  0.00 " for ZZ9.99-, "     $0" for
// $$$,$$9; checked against cobc).
void MoveZeroToEdited(uint8_t* target, const EditedPicture& picture, char decimal_point = '.',
                      char currency = '$');

// Alphanumeric (an item, a literal, the bytes of a group or of a figurative fill) into a
// numeric-edited item: libcob reads the text as cob_move_alphanum_to_display does into a DISPLAY
// temporary of 38 integer and 38 decimal places, then edits it ("12.5" into ZZ9.99 gives
// " 12.50", "ABC" gives "  0.00"; checked against cobc).
void MoveAlphanumericToEdited(const uint8_t* source, size_t source_size, uint8_t* target,
                              const EditedPicture& picture, char decimal_point = '.',
                              char currency = '$');

// Numeric-edited into numeric-edited: de-edited into the same temporary, then edited
// ("- $1,234.50" from -$$$,$$9.99 into ZZ9.99 gives "234.50"; checked against cobc).
void MoveEditedToEdited(const uint8_t* source, const EditedPicture& source_picture, uint8_t* target,
                        const EditedPicture& picture, char decimal_point = '.',
                        char currency = '$');

// Alphanumeric-edited MOVE (libcob cob_move_alphanum_to_edited): each A, X and 9 of the PICTURE
// takes the next source byte (a space once the source is used up), 0 and / are inserted and B
// is a space ("12.5" into XXBXX/X0 gives "12 .5/ 0"; checked against cobc). Any other symbol
// gives '?', as libcob writes for a PICTURE it does not know.
void MoveToAlphanumericEdited(const uint8_t* source, size_t source_size, uint8_t* target,
                              const EditedPicture& picture);

// An integer numeric item into an alphanumeric-edited item: its digits without sign, the P
// positions as zeros, edited as above (-123 in S9(3) into XXBX gives "12 3"; 12 in 9(5) into
// XXBXX/X0 gives "00 01/20"; checked against cobc). libcob passes zoned items straight through
// and others through a DISPLAY temporary of their digits, which gives the same text for
// sources without P; cobc 3.1.2 mangles P-scaled packed and binary sources, so the emitter
// sends only zoned ones with P here.
template <class From>
void MoveNumericToAlphanumericEdited(const uint8_t* source, uint8_t* target,
                                     const EditedPicture& picture) {
  constexpr size_t kSize = static_cast<size_t>(CobcDigits(From::kDigits, From::kScale));
  uint8_t text[kSize];
  MoveNumericToAlphanumeric<From>(source, text, kSize);
  MoveToAlphanumericEdited(text, kSize, target, picture);
}

}  // namespace cobrt

#endif  // COBRT_EDIT_EDITED_H_
