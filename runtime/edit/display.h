// The bytes DISPLAY prints for a numeric item (fact sheet §4; libcob termio.c
// cob_display_common). The item's format and the dialect's pretty-display flag are known when
// the program is emitted, so each form is one instantiation writing into a caller's buffer of
// DisplayFormCapacity<Format>() bytes: no heap, no parsing.
//
//   char text[cobrt::DisplayFormCapacity<Item>()];
//   size_t length = cobrt::DisplayForm<Item, /*PrettyDisplay=*/true>(item_bytes, text);
//
// Three shapes, as libcob chooses them:
//  - pretty_display_numeric (pretty-display=yes: default, cobol85): a sign ('+' or '-') leads,
//    or trails for SIGN TRAILING SEPARATE; the decimal point is shown; a negative zero shows '+'.
//    P positions print as zeros (9(3)PP holding 12300 prints 12300), plus libcob's stale byte:
//    pretty_display_numeric sizes the output one byte longer than it edits for a negative
//    scale, so the byte a previous pretty DISPLAY left at that place of the shared terminal
//    buffer is printed too, unless it is NUL (fact sheet §4, exp t25; checked against cobc:
//    after "-1234567.89", 9(3)PP holding 12300 prints "123005"). RecordPrettyDisplay keeps a
//    copy of that buffer; literals written by the emitter must be recorded too.
//  - display_numeric (pretty-display=no: ibm): no point; the sign trails for zoned items and
//    leads for SIGN LEADING and every other usage; a negative zero keeps '-'. The stored digits
//    are right-aligned in the item's digit count, P positions included (9(3)PP: 00123).
//  - cob_print_realbin: COMP-5 and native binary always, COMP/BINARY when pretty-display=no and
//    binary-truncate=no: printf("%+*.*lld") (or "%*.*llu" unsigned) with the byte capacity's
//    digits {1:3, 2:5, 4:10, 8:20}, the scale ignored.
#ifndef COBRT_EDIT_DISPLAY_H_
#define COBRT_EDIT_DISPLAY_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "runtime/edit/format_traits.h"

namespace cobrt {

namespace internal {
template <class Format, bool PrettyDisplay>
constexpr auto IsRealBinaryDisplay() -> bool {
  if constexpr (FormatTraits<Format>::kFamily != FormatFamily::kBinary) {
    return false;
  } else {
    // COMP-5 (native, never cut to its PICTURE) always shows its capacity; indexes and
    // RETURN-CODE (native, S9(9)) show nine digits like a COMP item.
    return !FormatTraits<Format>::kTruncatedToPicture &&
           (FormatTraits<Format>::kNative || !PrettyDisplay);
  }
}

// The emulated COB_TERM_BUFF: what pretty displays wrote last, position by position.
inline constexpr size_t kTerminalBufferSize = 256;
auto TerminalBuffer() -> char*;

// Writes `count` digits of `magnitude`, zero-padded, at out; returns count.
template <class Rep>
auto WriteDigits(Rep magnitude, int count, char* out) -> size_t {
  for (int i = count - 1; i >= 0; --i) {
    out[i] = static_cast<char>('0' + static_cast<int>(magnitude % 10));
    magnitude = magnitude / 10;
  }
  return static_cast<size_t>(count);
}
}  // namespace internal

// An upper bound of DisplayForm's length for Format: digits (P included), sign and point.
template <class Format>
constexpr auto DisplayFormCapacity() -> size_t {
  return static_cast<size_t>(CobcDigits(Format::kDigits, Format::kScale)) + 2 + 21;
}

// Notes `length` bytes of a pretty DISPLAY form in the emulated terminal buffer (see above).
inline void RecordPrettyDisplay(const char* text, size_t length) {
  char* buffer = internal::TerminalBuffer();
  for (size_t i = 0; i < length && i < internal::kTerminalBufferSize - 1; ++i) buffer[i] = text[i];
}

template <class Format, bool PrettyDisplay, char DecimalPoint = '.'>
auto DisplayForm(const uint8_t* data, char* out) -> size_t {
  constexpr int kDigits = Format::kDigits;
  constexpr int kScale = Format::kScale;
  using Traits = FormatTraits<Format>;
  if constexpr (internal::IsRealBinaryDisplay<Format, PrettyDisplay>()) {
    constexpr int kWidth = BinaryCapacityDigits(Format::kSize);
    auto value = Format::Read(data).mantissa;
    size_t length = 0;
    if constexpr (Format::kSigned) out[length++] = IsNegative(value) ? '-' : '+';
    return length + internal::WriteDigits(Abs(value), kWidth, out + length);
  } else {
    // The digits cobc shows: binary pretty output keeps only the PICTURE digits (10000 in
    // 9(4) COMP prints 0000, fact sheet §4).
    constexpr int kShown = CobcDigits(kDigits, kScale);
    char digits[kDigits];
    bool negative = internal::PictureDigits<Format>(data, digits);
    size_t length = 0;
    if constexpr (PrettyDisplay) {
      bool zero = true;
      for (char c : digits) zero = zero && c == '0';
      // The edit move to the generated picture gives a zero value a '+' (exp t30).
      char sign = negative && !zero ? '-' : '+';
      constexpr bool kTrailing = Traits::kSeparateSign && !Traits::kLeadingSign;
      if constexpr (Format::kSigned && !kTrailing) out[length++] = sign;
      // The cobc digit string: zeros for a scale beyond the digits, the digits, P zeros.
      constexpr int kLeadZeros = kScale > kDigits ? kScale - kDigits : 0;
      constexpr int kPointAt = kScale > 0 ? kShown - kScale : kShown;
      for (int i = 0; i < kShown; ++i) {
        if (i == kPointAt) out[length++] = DecimalPoint;
        int source = i - kLeadZeros;
        out[length++] = source >= 0 && source < kDigits ? digits[source] : '0';
      }
      if constexpr (Format::kSigned && kTrailing) out[length++] = sign;
      RecordPrettyDisplay(out, length);
      if constexpr (kScale < 0 && FormatTraits<Format>::kFamily == FormatFamily::kZoned) {
        char stale = internal::TerminalBuffer()[length];
        if (stale != '\0') out[length++] = stale;
      }
    } else {
      constexpr bool kLeading = Traits::kFamily != FormatFamily::kZoned || Traits::kLeadingSign;
      if constexpr (Format::kSigned && kLeading) out[length++] = negative ? '-' : '+';
      for (int i = 0; i < kShown - kDigits; ++i) out[length++] = '0';
      for (char c : digits) out[length++] = c;
      if constexpr (Format::kSigned && !kLeading) out[length++] = negative ? '-' : '+';
    }
    return length;
  }
}

// USAGE INDEX prints as a sign and 9 digits in every dialect ("+000000003", fact sheet §2),
// not with the 10 digits of a 4-byte COMP-5.
auto DisplayIndexForm(const uint8_t* data, char* out) -> size_t;

// A numeric literal's DISPLAY form from its written text (fact sheet §4, exp t32): as written
// with pretty-display, except that a negative zero shows '+' ("-0.0" prints "+0.0": the literal
// is edited like an item); without the decimal point otherwise ("-0.5" prints "-05" in ibm).
// The emitter can call this at compile time, emit the bytes, and with pretty-display call
// RecordPrettyDisplay with them before printing.
constexpr auto NumericLiteralDisplayForm(std::string_view written, bool pretty_display, char* out,
                                         char decimal_point = '.') -> size_t {
  bool zero = true;
  for (char c : written) zero = zero && (c < '1' || c > '9');
  size_t length = 0;
  for (char c : written) {
    if (!pretty_display && c == decimal_point) continue;
    out[length++] = pretty_display && zero && c == '-' ? '+' : c;
  }
  return length;
}

}  // namespace cobrt

#endif  // COBRT_EDIT_DISPLAY_H_
