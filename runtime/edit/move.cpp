#include "runtime/edit/move.h"

#include <algorithm>
#include <cstring>

namespace cobrt {

void MoveAlphanumeric(const uint8_t* source, size_t source_size, uint8_t* target,
                      size_t target_size, bool justified_right) {
  if (source_size >= target_size) {
    std::memmove(target, source + (justified_right ? source_size - target_size : 0), target_size);
    return;
  }
  size_t pad = target_size - source_size;
  if (justified_right) {
    std::memmove(target + pad, source, source_size);
    std::memset(target, ' ', pad);
  } else {
    std::memmove(target, source, source_size);
    std::memset(target + source_size, ' ', pad);
  }
}

void FillRepeating(const uint8_t* pattern, size_t pattern_size, uint8_t* target,
                   size_t target_size) {
  for (size_t i = 0; i < target_size; ++i) target[i] = pattern[i % pattern_size];
}

namespace internal {

void CopyAlignedDigits(const uint8_t* source, int source_digits, int source_scale, uint8_t* target,
                       int target_digits, int target_scale) {
  // Target digit j and source digit j + shift have the same power of ten; target digits with
  // no source digit are zeros, and a space or NUL source digit is a zero too.
  const int shift = (source_digits - source_scale) - (target_digits - target_scale);
  const int first = std::clamp(-shift, 0, target_digits);                 // first copied
  const int end = std::clamp(source_digits - shift, first, target_digits);  // past the last
  std::memset(target, '0', static_cast<size_t>(first));
  for (int j = first; j < end; ++j) {
    const uint8_t byte = source[j + shift];
    target[j] = byte == ' ' || byte == 0 ? '0' : byte;
  }
  std::memset(target + end, '0', static_cast<size_t>(target_digits - end));
}

namespace {
auto IsDigit(uint8_t c) -> bool { return c >= '0' && c <= '9'; }
// C isspace in the "C" locale.
auto IsSpace(uint8_t c) -> bool { return c == ' ' || (c >= '\t' && c <= '\r'); }
}  // namespace

auto AlphanumericToDigits(const uint8_t* source, size_t size, uint8_t* digits, int digit_count,
                          int scale, char decimal_point) -> bool {
  std::memset(digits, '0', static_cast<size_t>(digit_count));
  const uint8_t* s = source;
  const uint8_t* end = source + size;
  while (s < end && IsSpace(*s)) ++s;
  bool negative = false;
  if (s < end && (*s == '+' || *s == '-')) negative = *s++ == '-';
  // Digits before the point decide where the first one lands.
  int count = 0;
  for (const uint8_t* p = s; p < end && *p != static_cast<uint8_t>(decimal_point); ++p) {
    if (IsDigit(*p)) ++count;
  }
  int integer_places = digit_count - scale;
  int at = 0;
  if (count < integer_places) {
    at = integer_places - count;
  } else {
    // Excess high-order digits are skipped, with whatever precedes each.
    for (; count > integer_places; --count) {
      while (s < end && !IsDigit(*s++)) {
      }
    }
  }
  char separator = decimal_point == '.' ? ',' : '.';
  int points = 0;
  for (; s < end && at < digit_count; ++s) {
    uint8_t c = *s;
    bool error = false;
    if (IsDigit(c)) {
      digits[at++] = c;
    } else if (c == static_cast<uint8_t>(decimal_point)) {
      error = points++ > 0;
    } else {
      error = !IsSpace(c) && c != static_cast<uint8_t>(separator);
    }
    if (error) {
      // The result is zero and positive: "-31A1" into S9(5) SIGN TRAILING SEPARATE gives
      // "00000+" (checked against cobc).
      std::memset(digits, '0', static_cast<size_t>(digit_count));
      return false;
    }
  }
  return negative;
}

}  // namespace internal
}  // namespace cobrt
