// The field a numeric intrinsic function returns, as libcob 3.1.2 builds it (intrinsic.c): its
// value, and the shape DISPLAY and MOVE see. cob_alloc_field trims the value's trailing zero
// decimals and picks a 4-byte binary field of 9 digits when the value has fewer than 33 bits
// (32 when negative) and fewer than 10 decimals, an 8-byte binary of 20 digits below 65 (64)
// bits and 19 decimals, else a DISPLAY field of mpz_sizeinbase(value, 10) digits (GMP's
// estimate: one too many when the leading digits are small for the bit length) or of its
// decimals if more; signed only when negative. Integer results of dates, ORD, LENGTH... are
// 4-byte binaries; ABS, MAX, MIN, MEDIAN (odd count) and MEAN (one argument) copy the
// argument's own field; RANDOM returns a C double. Checked against cobc: SUM(4294967295)
// displays "294967295" (9 digits), SUM(-2147483648) 20 digits, SUM(-9223372036854775808)
// "-09223372036854775808", SQRT(2) 96 digits, SIN(-0.00001) "-.0000099..." (101 decimals).
#ifndef COBRT_INTRINSIC_RESULT_FIELD_H_
#define COBRT_INTRINSIC_RESULT_FIELD_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "runtime/edit/format_traits.h"
#include "runtime/intrinsic/big_decimal.h"
#include "runtime/storage/store.h"

namespace cobrt {

enum class FieldFamily : uint8_t { kZoned, kPacked, kBinary, kDouble };

// What DISPLAY and MOVE need of a numeric field's attributes.
struct FieldShape {
  FieldFamily family = FieldFamily::kBinary;
  int digits = 9;
  int scale = 0;
  bool is_signed = false;
  bool sign_leading = false;   // zoned: SIGN LEADING
  bool sign_separate = false;  // zoned: SIGN SEPARATE
  int size = 4;                // binary: bytes
  bool native = false;         // binary: COMP-5, shown with its byte capacity
  // binary: COMP cut to its PICTURE; a function's own binary field follows the dialect's
  // binary-truncate instead.
  bool truncated_to_picture = true;
  bool follows_dialect = false;
};

template <class Format>
constexpr auto ShapeOf() -> FieldShape {
  using Traits = FormatTraits<Format>;
  FieldShape shape;
  shape.digits = Format::kDigits;
  shape.scale = Format::kScale;
  shape.is_signed = Format::kSigned;
  shape.size = Format::kSize;
  if constexpr (Traits::kFamily == FormatFamily::kZoned) {
    shape.family = FieldFamily::kZoned;
    shape.sign_leading = Traits::kLeadingSign;
    shape.sign_separate = Traits::kSeparateSign;
  } else if constexpr (Traits::kFamily == FormatFamily::kPacked) {
    shape.family = FieldFamily::kPacked;
  } else {
    shape.family = FieldFamily::kBinary;
    shape.native = Traits::kNative;
    shape.truncated_to_picture = Traits::kTruncatedToPicture;
  }
  return shape;
}

struct NumericResult {
  BigDecimal value;  // what cob_decimal_set_field reads from the field
  FieldShape shape;
  double float_value = 0;  // kDouble
};

// cob_alloc_field + cob_decimal_get_field; NaN gives an unsigned 4-byte zero.
auto AllocField(const BigDecimal& value) -> NumericResult;
// cob_alloc_set_field_int / _uint: 4-byte binaries of 9 digits.
auto IntField(int32_t value) -> NumericResult;
auto UnsignedField(uint32_t value) -> NumericResult;
// An unsigned DISPLAY field of `digits` digits (DATE-OF-INTEGER, DAY-OF-INTEGER).
auto DisplayField(int64_t value, int digits) -> NumericResult;
auto DoubleField(double value) -> NumericResult;

// Arguments are fields too: an item with its own shape, a literal (DISPLAY, signed when written
// with a sign), an arithmetic expression (cob_intr_binop: each operation's result is a field of
// its own, so its scale is trimmed before the next operation; a division by zero gives 0).
template <class Format>
auto ItemArgument(const uint8_t* data) -> NumericResult {
  return NumericResult{ToBigDecimal(Format::Read(data)), ShapeOf<Format>()};
}
// A numeric literal as written: an optional sign, digits and a decimal point ('.' or ',').
auto LiteralArgument(std::string_view written) -> NumericResult;
// op: '+', '-', '*', '/' or '^' (exponentiation).
auto BinaryArgument(const NumericResult& left, char op, const NumericResult& right)
    -> NumericResult;
// cob_get_int: the integer part (truncated), kept to a C int.
auto IntegerArgument(const NumericResult& argument) -> int32_t;
// cob_get_llint (a PERFORM ... TIMES count): the integer part (truncated), kept to 64 bits as
// libcob's digit by digit accumulation keeps it.
auto IntegerArgument64(const NumericResult& argument) -> int64_t;

// DISPLAY's bytes for the field (the dialect's pretty-display and binary-truncate).
auto ResultDisplayForm(const NumericResult& result, bool pretty_display, bool binary_truncate)
    -> std::string;

// MOVE of the field to an alphanumeric item: its digits without sign or point, then an
// alphanumeric move (an unsigned DISPLAY field at least as long as the target is cut on the
// right even into JUSTIFIED RIGHT, as runtime/edit/move.h MoveNumericToAlphanumeric).
void MoveResultToAlphanumeric(const NumericResult& result, uint8_t* target, size_t target_size,
                              bool justified_right = false);

namespace internal {
// A mantissa at an item's scale, any size, as an Int512 that keeps what a store needs: values
// past every item's capacity keep their low 40 decimal digits and low 64 bits and still do not
// fit (2^64 * 10^40 is a multiple of 10^38 and of 2^64).
auto ItemMantissa(const BigInt& mantissa) -> Int512;
}  // namespace internal

// MOVE of the field to a numeric item: never rounded, cut as a MOVE cuts. The sign is the
// source's even where truncation leaves zero, except from a binary field into a packed item and
// from a double, where it is the truncated value's (runtime/edit/move.h MoveNumeric).
template <class To>
void MoveResult(const NumericResult& result, uint8_t* target) {
  const FieldFamily from = result.shape.family;
  BigInt truncated = RoundDecimal(result.value, To::kScale, RoundingMode::kTruncation);
  if constexpr (FormatTraits<To>::kFamily == FormatFamily::kBinary) {
    // cob_move_display_to_binary gathers the digits in an unsigned 64-bit value, wrapping,
    // before cutting to the PICTURE (FACTORIAL(23) into S9(6)V9 COMP keeps 5337.6; checked
    // against cobc).
    if (from == FieldFamily::kZoned || from == FieldFamily::kPacked) {
      BigInt low = BigInt::FromUnsigned(truncated.Abs().LowBits64());
      truncated = truncated.IsNegative() ? low.Negated() : low;
    }
  }
  Int512 mantissa = internal::ItemMantissa(truncated);
  const bool value_sign =
      from == FieldFamily::kDouble ||
      (from == FieldFamily::kBinary && FormatTraits<To>::kFamily == FormatFamily::kPacked);
  bool negative =
      To::kSigned && (value_sign ? IsNegative(mantissa) : result.value.value.IsNegative());
  if constexpr (!To::kSigned) mantissa = Abs(mantissa);
  if (!To::Fits(mantissa)) mantissa = To::Wrap(mantissa);
  To::Write(target, mantissa, negative);
}

// COMPUTE's store of a value computed with intrinsic functions (cob_decimal_get_field): the
// ROUNDED mode at the item's scale, then runtime/storage/store.h's rules. NaN (a division by
// zero) is a size error that leaves the item unchanged.
template <class Format>
auto StoreDecimal(uint8_t* data, const BigDecimal& value,
                  RoundingMode mode = RoundingMode::kTruncation,
                  SizeErrorPhrase phrase = SizeErrorPhrase::kAbsent) -> StoreStatus {
  if (value.nan) return StoreStatus::kSizeError;
  Int512 mantissa = internal::ItemMantissa(RoundDecimal(value, Format::kScale, mode));
  const bool prohibited_loss =
      mode == RoundingMode::kProhibited && value.scale > Format::kScale && !value.value.IsZero();
  return internal::StoreAtItemScale<Format>(data, mantissa, prohibited_loss, phrase);
}

}  // namespace cobrt

#endif  // COBRT_INTRINSIC_RESULT_FIELD_H_
