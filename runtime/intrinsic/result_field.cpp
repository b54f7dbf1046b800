#include "runtime/intrinsic/result_field.h"

#include <cmath>
#include <cstdio>
#include <cstring>

#include "runtime/edit/display.h"
#include "runtime/edit/move.h"
#include "runtime/intrinsic/transcendental.h"

namespace cobrt {
namespace {

// mpz_sizeinbase(value, 10): the digits of 2^bits, one more than the value's own when its
// leading digits are small for its bit length.
auto SizeInBase10(const BigInt& value) -> int {
  auto bits = static_cast<double>(value.BitLength());
  return static_cast<int>(std::floor(bits * 0.30102999566398119521)) + 1;
}

auto BinaryShape(int bytes, int scale, bool is_signed) -> FieldShape {
  FieldShape shape;
  shape.family = FieldFamily::kBinary;
  shape.digits = bytes == 4 ? 9 : 20;
  shape.size = bytes;
  shape.scale = scale;
  shape.is_signed = is_signed;
  shape.follows_dialect = true;
  return shape;
}

// The field's digit characters: the magnitude at the field's scale, its low `digits` digits.
auto FieldDigits(const NumericResult& result, int digits, int scale) -> std::string {
  BigInt magnitude = RoundDecimal(result.value, scale, RoundingMode::kTruncation).Abs();
  std::string text = magnitude.Digits();
  if (text.size() >= static_cast<size_t>(digits)) return text.substr(text.size() - digits);
  return std::string(static_cast<size_t>(digits) - text.size(), '0') + text;
}

// cob_display_common for doubles: "%-.16G", an exponent's leading zero dropped (clean_double).
auto DoubleDisplayForm(double value) -> std::string {
  char text[48];
  std::snprintf(text, sizeof text, "%-.16G", value);
  std::string form = text;
  size_t exponent = form.rfind('E');
  if (exponent != std::string::npos && exponent + 2 < form.size() && form[exponent + 2] == '0') {
    form.erase(exponent + 2, 1);
  }
  return form;
}

auto IsRealBinary(const FieldShape& shape, bool pretty_display, bool binary_truncate) -> bool {
  if (shape.family != FieldFamily::kBinary) return false;
  const bool truncated = shape.follows_dialect ? binary_truncate : shape.truncated_to_picture;
  return !truncated && (shape.native || !pretty_display);
}

}  // namespace

auto AllocField(const BigDecimal& value) -> NumericResult {
  if (value.nan) return UnsignedField(0);
  const bool negative = value.value.IsNegative();
  const BigDecimal trimmed = TrimDecimal(value);
  const size_t bits = trimmed.value.BitLength();
  const size_t sign = negative ? 1 : 0;
  NumericResult result{trimmed, {}};
  if (bits < 33 - sign && trimmed.scale < 10) {
    result.shape = BinaryShape(4, trimmed.scale, negative);
  } else if (bits < 65 - sign && trimmed.scale < 19) {
    result.shape = BinaryShape(8, trimmed.scale, negative);
  } else {
    int size = SizeInBase10(trimmed.value);
    if (trimmed.scale > size) size = trimmed.scale;
    result.shape.family = FieldFamily::kZoned;
    result.shape.digits = size;
    result.shape.size = size;
    result.shape.scale = trimmed.scale;
    result.shape.is_signed = negative;
  }
  return result;
}

auto IntField(int32_t value) -> NumericResult {
  return NumericResult{BigDecimal{BigInt(value), 0}, BinaryShape(4, 0, value < 0)};
}

auto UnsignedField(uint32_t value) -> NumericResult {
  return NumericResult{BigDecimal{BigInt::FromUnsigned(value), 0}, BinaryShape(4, 0, false)};
}

auto DisplayField(int64_t value, int digits) -> NumericResult {
  NumericResult result{BigDecimal{BigInt(value), 0}, {}};
  result.shape.family = FieldFamily::kZoned;
  result.shape.digits = digits;
  result.shape.size = digits;
  return result;
}

auto DoubleField(double value) -> NumericResult {
  NumericResult result{DoubleToDecimal(value), {}};
  result.shape.family = FieldFamily::kDouble;
  result.shape.digits = 20;
  result.shape.scale = 9;
  result.shape.is_signed = true;
  result.shape.size = 8;
  result.float_value = value;
  return result;
}

auto LiteralArgument(std::string_view written) -> NumericResult {
  const bool has_sign = !written.empty() && (written.front() == '-' || written.front() == '+');
  const bool negative = has_sign && written.front() == '-';
  std::string digits;
  int scale = 0;
  bool point = false;
  for (char c : written) {
    if (c == '.' || c == ',') {
      point = true;
    } else if (c >= '0' && c <= '9') {
      digits += c;
      if (point) ++scale;
    }
  }
  BigInt value = BigInt::FromDigits(digits);
  NumericResult result{BigDecimal{negative ? value.Negated() : value, scale}, {}};
  // cobc's literal fields: DISPLAY, the digits as written, a leading separate sign.
  result.shape.family = FieldFamily::kZoned;
  result.shape.digits = static_cast<int>(digits.size());
  result.shape.scale = scale;
  result.shape.is_signed = has_sign;
  result.shape.sign_leading = has_sign;
  result.shape.sign_separate = has_sign;
  result.shape.size = result.shape.digits + (has_sign ? 1 : 0);
  return result;
}

auto BinaryArgument(const NumericResult& left, char op, const NumericResult& right)
    -> NumericResult {
  switch (op) {
    case '+':
      return AllocField(DecimalAdd(left.value, right.value));
    case '-':
      return AllocField(DecimalSubtract(left.value, right.value));
    case '*':
      return AllocField(DecimalMultiply(left.value, right.value));
    case '/':
      // cob_intr_binop: a zero divisor gives 0 (EC-SIZE-ZERO-DIVIDE), not NaN.
      if (right.value.value.IsZero()) return AllocField(BigDecimal{});
      return AllocField(DecimalDivide(left.value, right.value));
    default:
      return AllocField(PowerDecimal(left.value, right.value));
  }
}

auto IntegerArgument(const NumericResult& argument) -> int32_t {
  BigInt integer = RoundDecimal(argument.value, 0, RoundingMode::kTruncation);
  return static_cast<int32_t>(static_cast<uint32_t>(integer.LowBits64()));
}

auto IntegerArgument64(const NumericResult& argument) -> int64_t {
  BigInt integer = RoundDecimal(argument.value, 0, RoundingMode::kTruncation);
  return static_cast<int64_t>(integer.LowBits64());
}

auto ResultDisplayForm(const NumericResult& result, bool pretty_display, bool binary_truncate)
    -> std::string {
  const FieldShape& shape = result.shape;
  if (shape.family == FieldFamily::kDouble) return DoubleDisplayForm(result.float_value);
  const bool negative = result.value.value.IsNegative();
  if (IsRealBinary(shape, pretty_display, binary_truncate)) {
    // cob_print_realbin: the stored integer with the byte capacity's digits, scale ignored.
    std::string text = FieldDigits(result, BinaryCapacityDigits(shape.size), shape.scale);
    if (shape.is_signed) text.insert(0, 1, negative ? '-' : '+');
    return text;
  }
  const int shown = CobcDigits(shape.digits, shape.scale);
  std::string digits = FieldDigits(result, shape.digits, shape.scale);
  std::string text;
  if (pretty_display) {
    bool zero = digits.find_first_not_of('0') == std::string::npos;
    char sign = negative && !zero ? '-' : '+';
    const bool trailing =
        shape.family == FieldFamily::kZoned && shape.sign_separate && !shape.sign_leading;
    if (shape.is_signed && !trailing) text += sign;
    const int lead_zeros = shape.scale > shape.digits ? shape.scale - shape.digits : 0;
    const int point_at = shape.scale > 0 ? shown - shape.scale : shown;
    for (int i = 0; i < shown; ++i) {
      if (i == point_at) text += '.';
      int source = i - lead_zeros;
      text += source >= 0 && source < shape.digits ? digits[static_cast<size_t>(source)] : '0';
    }
    if (shape.is_signed && trailing) text += sign;
    RecordPrettyDisplay(text.data(), text.size());
    return text;
  }
  const bool leading = shape.family != FieldFamily::kZoned || shape.sign_leading;
  if (shape.is_signed && leading) text += negative ? '-' : '+';
  text.append(static_cast<size_t>(shown - shape.digits), '0');
  text += digits;
  if (shape.is_signed && !leading) text += negative ? '-' : '+';
  return text;
}

void MoveResultToAlphanumeric(const NumericResult& result, uint8_t* target, size_t target_size,
                              bool justified_right) {
  // A double goes through a DISPLAY temporary of 40 digits, all of them decimals (checked with
  // FUNCTION RANDOM against cobc).
  const bool is_double = result.shape.family == FieldFamily::kDouble;
  std::string digits = is_double ? FieldDigits(result, 40, 40)
                                 : FieldDigits(result, result.shape.digits, result.shape.scale);
  MoveAlphanumeric(reinterpret_cast<const uint8_t*>(digits.data()), digits.size(), target,
                   target_size, justified_right);
}

namespace internal {
auto ItemMantissa(const BigInt& mantissa) -> Int512 {
  static const BigInt kModulus = BigInt::Pow2(64) * BigInt::Pow10(40);
  BigInt magnitude = mantissa.Abs();
  if (magnitude >= kModulus) magnitude = kModulus + magnitude % kModulus;
  // Item values are small: start at the highest limb in use (a value within 64 bits needs no
  // Int512 arithmetic at all).
  size_t used = 16;
  while (used > 0 && magnitude.MagnitudeLimb(used - 1) == 0) --used;
  if (used <= 1 || (used == 2 && magnitude.MagnitudeLimb(1) < (uint32_t{1} << 31))) {
    const int64_t value = static_cast<int64_t>((uint64_t{magnitude.MagnitudeLimb(1)} << 32) |
                                               magnitude.MagnitudeLimb(0));
    return Int512(mantissa.IsNegative() ? -value : value);
  }
  const Int512 limb_base(int64_t{1} << 32);
  Int512 result(int64_t{0});
  for (size_t i = used; i-- > 0;) {
    result = result * limb_base + Int512(int64_t{magnitude.MagnitudeLimb(i)});
  }
  return mantissa.IsNegative() ? -result : result;
}
}  // namespace internal

}  // namespace cobrt
