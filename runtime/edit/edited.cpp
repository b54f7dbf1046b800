#include "runtime/edit/edited.h"

#include <cstring>

namespace cobrt::internal {

namespace {
auto IsDigit(uint8_t c) -> bool { return c >= '0' && c <= '9'; }

// A sign or currency symbol written once in the PICTURE is fixed; more make a floating string.
auto OccursOnce(const EditedPicture& picture, char symbol) -> bool {
  int count = 0;
  for (size_t i = 0; i < picture.symbol_count; ++i) {
    if (picture.symbols[i].symbol == symbol) count += picture.symbols[i].count;
  }
  return count == 1;
}
}  // namespace

// The walk follows libcob's cob_move_display_to_edited as the fact sheet describes it (§5):
// the source is aligned so that every integer position counts, floating + - and currency
// symbols included (the first floating symbol eats a digit), zeros are suppressed until the
// first significant digit, and the floating symbol goes into the last space before it.
void EditDigits(const char* digits, int digit_count, int scale, bool negative, uint8_t* target,
                const EditedPicture& picture, char decimal_point, char currency) {
  const EditSymbol* symbols = picture.symbols;
  size_t symbol_count = picture.symbol_count;
  // Integer positions: 9 Z * always; + - and the currency sign until a digit position.
  int count = 0;
  bool count_sign = true;
  bool count_currency = true;
  bool p_is_left = false;
  for (size_t i = 0; i < symbol_count; ++i) {
    char c = symbols[i].symbol;
    int repeat = symbols[i].count;
    if (c == '9' || c == 'Z' || c == '*') {
      count += repeat;
      count_sign = false;
      count_currency = false;
    } else if (count_currency && c == currency) {
      count += repeat;
    } else if (count_sign && (c == '+' || c == '-')) {
      count += repeat;
    } else if (c == 'P' && count == 0) {
      p_is_left = true;
      break;
    } else if (c == 'P') {
      // Right-hand P places are integer places too: ZZZPP holding 1018 shows " 10" (checked
      // against cobc).
      count += repeat;
    } else if (c == 'V' || c == decimal_point) {
      break;
    }
  }
  // Source position as an index into digits: digit_count - scale - count.
  int src = digit_count - scale - count;
  auto next_digit = [&]() -> uint8_t {
    uint8_t x = (src >= 0 && src < digit_count) ? static_cast<uint8_t>(digits[src]) : '0';
    ++src;
    return x;
  };
  size_t size = EditedSize(picture);
  uint8_t* const begin = target;
  uint8_t* dst = target;
  uint8_t* end = target + size;
  uint8_t* decimal_at = nullptr;
  bool trailing_sign = false;
  bool trailing_currency = false;
  bool is_zero = true;
  bool suppress_zero = true;
  bool sign_first = false;
  uint8_t pad = ' ';
  char sign_symbol = 0;
  char currency_symbol = 0;
  char fixed_lead = 0;
  // Places whose zero was suppressed; those after the decimal point show '0' in the end.
  bool suppressed[kMaxEditedSize] = {};
  for (size_t i = 0; i < symbol_count; ++i) {
    char c = symbols[i].symbol;
    for (int n = symbols[i].count; n > 0; --n, ++dst) {
      if (c == '0' || c == '/') {
        *dst = static_cast<uint8_t>(c);
      } else if (c == 'B') {
        *dst = suppress_zero ? pad : 'B';
      } else if (c == 'P') {
        if (p_is_left) ++src;
        --dst;
      } else if (c == '9') {
        *dst = next_digit();
        if (*dst != '0') is_zero = false;
        suppress_zero = false;
        trailing_sign = true;
        trailing_currency = true;
      } else if (c == 'V') {
        --dst;
        decimal_at = dst;
      } else if (c == '.' || c == ',') {
        if (c == decimal_point) {
          *dst = static_cast<uint8_t>(decimal_point);
          decimal_at = dst;
        } else {
          *dst = suppress_zero ? pad : static_cast<uint8_t>(c);
        }
      } else if (c == 'C' || c == 'D') {
        end = dst;
        const char* text = c == 'C' ? "CR" : "DB";
        bool shown = negative && !is_zero;
        dst[0] = shown ? static_cast<uint8_t>(text[0]) : ' ';
        dst[1] = shown ? static_cast<uint8_t>(text[1]) : ' ';
        ++dst;
      } else if (c == 'Z' || c == '*') {
        uint8_t x = next_digit();
        if (x != '0') is_zero = suppress_zero = false;
        pad = c == '*' ? '*' : ' ';
        *dst = suppress_zero ? pad : x;
        suppressed[dst - begin] = suppress_zero;
        trailing_sign = true;
        trailing_currency = true;
      } else if (c == '+' || c == '-') {
        // Every sign and currency place reads a digit, and a non-zero one ends zero
        // suppression even where it is not shown: a trailing sign reads the digit after the
        // last shown one (-0.004 into ZZ9.99+ gives "  0.00-", -9750000.00 gives "  0.00+"),
        // a fixed leading one eats a high-order digit (-1064 into +ZZ9.99 gives "-064.00").
        // All checked against cobc.
        uint8_t x = next_digit();
        if (x != '0') is_zero = suppress_zero = false;
        if (trailing_sign) {
          *dst = negative && !is_zero ? '-' : (c == '+' ? '+' : ' ');
          --src;
          // Not a place for the floating symbol: 12 into $$,$$9.99- gives "   $12.00 "
          // (checked against cobc).
          --end;
        } else if (dst == begin && OccursOnce(picture, c)) {
          *dst = pad;  // a fixed leading sign, put in place at the end
          fixed_lead = c;
        } else if (dst == begin || (suppress_zero && x == '0')) {
          // The first floating position never shows a digit: the digit it ate is lost, but a
          // non-zero one still ends zero suppression (" ,999,907,..." in §5).
          *dst = pad;
          suppressed[dst - begin] = true;
          sign_symbol = c;
          if (currency_symbol == 0) sign_first = true;
        } else {
          *dst = x;
        }
      } else if (c == currency) {
        uint8_t x = next_digit();
        if (x != '0') is_zero = suppress_zero = false;
        if (trailing_currency) {
          *dst = static_cast<uint8_t>(currency);
          --src;
          --end;
        } else if (dst == begin && OccursOnce(picture, c)) {
          *dst = pad;
          fixed_lead = currency;
        } else if (dst == begin || (suppress_zero && x == '0')) {
          *dst = pad;
          suppressed[dst - begin] = true;
          currency_symbol = currency;
        } else {
          *dst = x;
        }
      } else {
        *dst = '?';
      }
    }
  }
  if (suppress_zero || (is_zero && picture.blank_when_zero)) {
    // No significant digit and no 9: spaces, or '*' everywhere but the decimal point.
    if (pad == ' ' || picture.blank_when_zero) {
      std::memset(begin, ' ', size);
    } else {
      for (uint8_t* p = begin; p < begin + size; ++p) {
        if (*p != static_cast<uint8_t>(decimal_point)) *p = pad;
      }
    }
    return;
  }
  // Suppressed places after the decimal point show zeros.
  if (decimal_at != nullptr) {
    for (uint8_t* p = decimal_at + 1; p < end; ++p) {
      if (suppressed[p - begin]) *p = '0';
    }
  }
  if (sign_symbol != 0 || currency_symbol != 0) {
    // The floating symbol goes into the last space before the first significant character;
    // without one (overflow) into position 0.
    uint8_t* at = end - 1;
    while (at > begin && *at != ' ') --at;
    char sign = negative && !is_zero ? '-' : (sign_symbol == '+' ? '+' : ' ');
    if (sign_symbol != 0 && currency_symbol != 0) {
      if (sign_first) {
        *at = static_cast<uint8_t>(currency_symbol);
        if (at > begin) *--at = static_cast<uint8_t>(sign);
      } else {
        *at = static_cast<uint8_t>(sign);
        if (at > begin) *--at = static_cast<uint8_t>(currency_symbol);
      }
    } else if (sign_symbol != 0) {
      *at = static_cast<uint8_t>(sign);
    } else {
      *at = static_cast<uint8_t>(currency_symbol);
    }
  }
  if (fixed_lead == currency) {
    begin[0] = static_cast<uint8_t>(currency);
  } else if (fixed_lead != 0 && currency_symbol != 0) {
    // cobc's mixed fixed sign and floating currency: the sign shows as written whatever the
    // value's sign (+50 into -$$$9 gives "- $50", fact sheet §5; -1 into +$$$$9 gives
    // "+   $1"; both checked against cobc).
    begin[0] = static_cast<uint8_t>(fixed_lead);
  } else if (fixed_lead != 0) {
    begin[0] = negative && !is_zero ? '-' : (fixed_lead == '+' ? '+' : ' ');
  }
  // Remaining B places: pad before any other character, else spaces.
  for (uint8_t* p = begin; p < end; ++p) {
    if (*p == 'B') *p = ' ';
  }
}

auto DeEditDigits(const uint8_t* source, size_t size, char* digits, int* scale, bool* negative,
                  char decimal_point, size_t v_offset) -> int {
  int count = 0;
  bool after_point = false;
  *scale = 0;
  *negative = false;
  for (size_t i = 0; i < size; ++i) {
    uint8_t c = source[i];
    if (i == v_offset) after_point = true;
    if (IsDigit(c)) {
      digits[count++] = static_cast<char>(c);
      if (after_point) ++*scale;
    } else if (c == static_cast<uint8_t>(decimal_point)) {
      after_point = true;
    } else if (c == '-' || c == 'C') {
      // Only '-' and the C of CR are negative: DB is not (exp t15).
      *negative = true;
    }
  }
  return count;
}

}  // namespace cobrt::internal

namespace cobrt {

namespace {
// libcob's temporary for moves into and out of numeric-edited items (indirect_move with
// 2 * COB_MAX_DIGITS digits, COB_MAX_DIGITS of them decimals, signed).
using EditTemporary = Zoned<76, 38, ZonedSign::kTrailing>;
}  // namespace

void MoveZeroToEdited(uint8_t* target, const EditedPicture& picture, char decimal_point,
                      char currency) {
  const uint8_t zero = '0';
  MoveToEdited<Zoned<1, 0, ZonedSign::kUnsigned>>(&zero, target, picture, decimal_point, currency);
}

void MoveAlphanumericToEdited(const uint8_t* source, size_t source_size, uint8_t* target,
                              const EditedPicture& picture, char decimal_point, char currency) {
  uint8_t temporary[EditTemporary::kSize];
  if (decimal_point == ',') {
    MoveAlphanumericToNumeric<EditTemporary, ','>(source, source_size, temporary);
  } else {
    MoveAlphanumericToNumeric<EditTemporary, '.'>(source, source_size, temporary);
  }
  MoveToEdited<EditTemporary>(temporary, target, picture, decimal_point, currency);
}

void MoveEditedToEdited(const uint8_t* source, const EditedPicture& source_picture, uint8_t* target,
                        const EditedPicture& picture, char decimal_point, char currency) {
  uint8_t temporary[EditTemporary::kSize];
  MoveFromEdited<EditTemporary>(source, source_picture, temporary, decimal_point);
  MoveToEdited<EditTemporary>(temporary, target, picture, decimal_point, currency);
}

void MoveToAlphanumericEdited(const uint8_t* source, size_t source_size, uint8_t* target,
                              const EditedPicture& picture) {
  const uint8_t* const end = source + source_size;
  for (size_t i = 0; i < picture.symbol_count; ++i) {
    const char symbol = picture.symbols[i].symbol;
    for (int n = picture.symbols[i].count; n > 0; --n) {
      switch (symbol) {
        case 'A':
        case 'X':
        case '9':
          *target++ = source < end ? *source++ : ' ';
          break;
        case '0':
        case '/':
          *target++ = static_cast<uint8_t>(symbol);
          break;
        case 'B':
          *target++ = ' ';
          break;
        default:
          *target++ = '?';
          break;
      }
    }
  }
}

}  // namespace cobrt
