// Exact decimal text of fixed-point values: the stored digits of a field and its scale become
// a JSON number and back, without passing through a binary floating-point number.
#ifndef REMINT_CODEC_DECIMAL_TEXT_H_
#define REMINT_CODEC_DECIMAL_TEXT_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "codec/output_buffer.h"

namespace remint::codec {

// Writes the number whose unscaled digits are digits[0..count) ('0'-'9') with `scale` digits
// after the point (negative: that many zeros appended). The fraction keeps all `scale` digits
// (12.50 stays 12.50); a negative zero keeps its sign (-0.00), so the sign byte re-encodes.
// Needs count + |scale| + 3 bytes reserved.
void WriteDecimal(OutputBuffer& out, const char* digits, size_t count, bool negative,
                  int32_t scale);

// Parses a JSON number written as plain decimal (no exponent) into exactly `width` unscaled
// digits at `scale`. False when the text is not such a number or the value does not fit.
auto ParseDecimal(std::string_view text, int32_t scale, size_t width, std::string* digits,
                  bool* negative) -> bool;

}  // namespace remint::codec

#endif  // REMINT_CODEC_DECIMAL_TEXT_H_
