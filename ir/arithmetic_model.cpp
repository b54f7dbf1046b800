#include "ir/arithmetic_model.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <limits>

namespace remint::ir {
namespace {

// Beyond this many digits an exact power is not worth stating; the run time still computes it.
constexpr int64_t kLargestModeledDigits = 100000;

auto Runtime(RuntimePrecision source) -> ArithmeticValue { return NumericIntermediateType{source}; }

auto Decimal(int64_t digits, int64_t scale, IntermediatePrecision precision,
             IntermediatePlaces places) -> ArithmeticValue {
  // A bound below one digit still bounds by one (the value is then always zero).
  return DecimalIntermediateType{static_cast<uint32_t>(std::max<int64_t>(digits, 1)),
                                 static_cast<int32_t>(scale), precision, places};
}

// Digits of the largest value `bytes` bytes of two's complement (or unsigned) binary hold.
auto CapacityDigits(uint64_t bytes, bool is_signed) -> uint32_t {
  if (bytes == 0) return 1;
  uint64_t largest =
      bytes >= 8 ? std::numeric_limits<uint64_t>::max() : (uint64_t{1} << (8 * bytes)) - 1;
  if (is_signed) largest >>= 1;
  uint32_t digits = 0;
  for (; largest > 0; largest /= 10) ++digits;
  return std::max<uint32_t>(digits, 1);
}

auto IntegerDigits(const DecimalIntermediateType& value) -> int64_t {
  return static_cast<int64_t>(value.digits) - value.scale;
}

// An exponent as cob_decimal_pow sees it: a literal integer, a literal with a fraction, or a
// value known at run time only.
struct Exponent {
  enum Kind { kInteger, kFractional, kVariable } kind = kVariable;
  int64_t value = 0;
};

auto ClassifyExponent(const Module& module, ExpressionId exponent) -> Exponent {
  bool negative = false;
  // Signs in front of the literal: cobc's 0 - literal or the literal's own sign.
  while (const auto* unary = module.expressions().TryGet<UnaryExpression>(exponent)) {
    if (unary->op == UnaryOperator::kNegate) negative = !negative;
    exponent = unary->operand;
  }
  const auto* literal = module.expressions().TryGet<NumericLiteralExpression>(exponent);
  if (literal == nullptr || literal->form != NumericLiteralForm::kFixed) return {};
  std::string_view digits = module.str(literal->digits);
  const auto scale = static_cast<size_t>(std::max(literal->scale, 0));
  // libcob trims trailing zero decimals first: 2.0 is the integer 2.
  std::string_view fraction = digits.size() > scale ? digits.substr(digits.size() - scale) : digits;
  if (fraction.find_first_not_of('0') != std::string_view::npos) {
    return {Exponent::kFractional, 0};
  }
  std::string_view integer =
      digits.size() > scale ? digits.substr(0, digits.size() - scale) : std::string_view();
  integer.remove_prefix(std::min(integer.find_first_not_of('0'), integer.size()));
  if (integer.size() > 9) return {};
  int64_t value = 0;
  for (char c : integer) value = value * 10 + (c - '0');
  if (negative != literal->negative) value = -value;
  return {Exponent::kInteger, value};
}

auto PowerValue(const DecimalIntermediateType& base, int64_t n) -> ArithmeticValue {
  const int64_t digits = base.digits;
  const int64_t scale = base.scale;
  if (n == 0) {
    // x ** 0 is 1 at 0 places (0 ** 0 too, with a size error).
    return Decimal(1, 0, IntermediatePrecision::kExact, IntermediatePlaces::kFixed);
  }
  const int64_t m = n > 0 ? n : -n;
  if (digits * m > kLargestModeledDigits || (scale < 0 ? -scale : scale) * m > 1000000) {
    return Runtime(RuntimePrecision::kExponent);
  }
  if (n > 0) {
    // Exact: |x| < 10^(d - s) gives |x^n| < 10^((d - s) n). libcob strips the trailing zero
    // decimals of the base and of the power, so with decimals the places vary; a zero base
    // gives 0 at 0 places.
    IntermediatePlaces places = IntermediatePlaces::kFixedUnlessZero;
    if (scale > 0 || base.places == IntermediatePlaces::kVarying) {
      places = IntermediatePlaces::kVarying;
    } else if (scale == 0 && base.places == IntermediatePlaces::kFixed) {
      places = IntermediatePlaces::kFixed;
    }
    return Decimal(digits * n, scale * n, IntermediatePrecision::kExact, places);
  }
  // 1 / x^m by cob_decimal_div: 1 (0 places) over x^m at its trimmed places t, so the quotient
  // keeps 38 + max(0, -t) places: 38 when the base has decimals or none, 38 - s m for a
  // P-scaled base. Then trimmed again.
  if (scale < 0 && base.places == IntermediatePlaces::kVarying) {
    return Runtime(RuntimePrecision::kVaryingPlaces);
  }
  const int64_t places = kDivisionPlaces + std::max<int64_t>(0, -scale * m);
  // |x| >= 10^-s when nonzero, so |1/x^m| <= 10^(s m) (<= 1 for an integer base).
  const int64_t integer = std::max<int64_t>(scale, 0) * m + 1;
  return Decimal(integer + places, places, IntermediatePrecision::kTruncated,
                 IntermediatePlaces::kVarying);
}

auto ValueOf(const Module& module, ExpressionId id, const StorageSizeOptions& sizes)
    -> ArithmeticValue {
  return OperandValue(module, module.expression_type(id), sizes);
}

}  // namespace

auto IsCobolArithmeticOperand(const Module& module, TypeId type) -> bool {
  if (!type.is_valid() || !module.types().Contains(type)) return false;
  switch (module.types().kind(type)) {
    case TypeKind::kDecimal:
    case TypeKind::kDecimalIntermediate:
    case TypeKind::kNumericIntermediate:
    case TypeKind::kIndex:
      return true;
    default:
      return false;
  }
}

auto IsIntermediate(const Module& module, TypeId type) -> bool {
  return type.is_valid() && module.types().Contains(type) &&
         (module.types().Is<DecimalIntermediateType>(type) ||
          module.types().Is<NumericIntermediateType>(type));
}

auto OperandValue(const Module& module, TypeId type, const StorageSizeOptions& sizes)
    -> ArithmeticValue {
  if (!type.is_valid() || !module.types().Contains(type)) {
    return Runtime(RuntimePrecision::kOperand);
  }
  const TypeArena& types = module.types();
  if (const auto* value = types.TryGet<DecimalIntermediateType>(type)) return *value;
  if (types.Is<NumericIntermediateType>(type)) return Runtime(RuntimePrecision::kOperand);
  if (const auto* decimal = types.TryGet<DecimalType>(type)) {
    int64_t digits = decimal->digits;
    if (IsBinaryEncoding(decimal->encoding)) {
      // libcob loads every bit of a binary item: 9999 is not its limit, its bytes are.
      digits = std::max<int64_t>(
          digits, CapacityDigits(DecimalStorageSize(*decimal, sizes), decimal->is_signed));
    }
    return Decimal(digits, decimal->scale, IntermediatePrecision::kExact,
                   IntermediatePlaces::kFixed);
  }
  if (types.Is<IndexType>(type)) {
    return Decimal(CapacityDigits(sizes.index_bytes, true), 0, IntermediatePrecision::kExact,
                   IntermediatePlaces::kFixed);
  }
  if (const auto* integer = types.TryGet<IntegerType>(type)) {
    return Decimal(CapacityDigits(integer->bits / 8, integer->is_signed), 0,
                   IntermediatePrecision::kExact, IntermediatePlaces::kFixed);
  }
  if (types.Is<FloatType>(type)) return Runtime(RuntimePrecision::kFloatOperand);
  return Runtime(RuntimePrecision::kOperand);
}

auto BinaryValue(const Module& module, ArithmeticOperator op, ExpressionId left, ExpressionId right,
                 const StorageSizeOptions& sizes) -> ArithmeticValue {
  const ArithmeticValue left_value = ValueOf(module, left, sizes);
  const auto* l = std::get_if<DecimalIntermediateType>(&left_value);
  if (op == ArithmeticOperator::kPower) {
    const Exponent exponent = ClassifyExponent(module, right);
    if (exponent.kind == Exponent::kFractional) {
      return Runtime(RuntimePrecision::kFractionalExponent);
    }
    if (exponent.kind == Exponent::kVariable) return Runtime(RuntimePrecision::kExponent);
    if (l == nullptr) return Runtime(RuntimePrecision::kOperand);
    return PowerValue(*l, exponent.value);
  }
  const ArithmeticValue right_value = ValueOf(module, right, sizes);
  const auto* r = std::get_if<DecimalIntermediateType>(&right_value);
  if (l == nullptr || r == nullptr) return Runtime(RuntimePrecision::kOperand);
  const auto fixed_both =
      l->places == IntermediatePlaces::kFixed && r->places == IntermediatePlaces::kFixed;
  switch (op) {
    case ArithmeticOperator::kAdd:
    case ArithmeticOperator::kSubtract: {
      // Aligned to the larger places, then exact; one more integer digit for the carry. A zero
      // of other places (a zero quotient) changes the places of the sum.
      const int64_t scale = std::max(l->scale, r->scale);
      const int64_t integer = std::max(IntegerDigits(*l), IntegerDigits(*r)) + 1;
      return Decimal(integer + scale, scale, IntermediatePrecision::kExact,
                     fixed_both ? IntermediatePlaces::kFixed : IntermediatePlaces::kVarying);
    }
    case ArithmeticOperator::kMultiply: {
      IntermediatePlaces places = IntermediatePlaces::kFixed;
      if (l->places == IntermediatePlaces::kVarying || r->places == IntermediatePlaces::kVarying) {
        places = IntermediatePlaces::kVarying;
      } else if (!fixed_both) {
        places = IntermediatePlaces::kFixedUnlessZero;  // a zero factor makes a zero product
      }
      return Decimal(int64_t{l->digits} + r->digits, int64_t{l->scale} + r->scale,
                     IntermediatePrecision::kExact, places);
    }
    case ArithmeticOperator::kDivide: {
      if (l->places == IntermediatePlaces::kVarying || r->places == IntermediatePlaces::kVarying) {
        return Runtime(RuntimePrecision::kVaryingPlaces);
      }
      // Truncated at 38 + max(0, s1 - s2) places; |x / y| < 10^(i1 + s2) since a nonzero
      // divisor is at least 10^-s2. A zero dividend gives 0 at 0 places.
      const int64_t places = kDivisionPlaces + std::max<int64_t>(0, int64_t{l->scale} - r->scale);
      const int64_t integer = IntegerDigits(*l) + r->scale;
      return Decimal(integer + places, places, IntermediatePrecision::kTruncated,
                     IntermediatePlaces::kFixedUnlessZero);
    }
    case ArithmeticOperator::kPower:
    case ArithmeticOperator::kConcatenate:
      break;
  }
  return Runtime(RuntimePrecision::kOperand);
}

auto UnaryValue(const Module& module, UnaryOperator op, ExpressionId operand,
                const StorageSizeOptions& sizes) -> ArithmeticValue {
  const ArithmeticValue value = ValueOf(module, operand, sizes);
  const auto* x = std::get_if<DecimalIntermediateType>(&value);
  if (x == nullptr || op == UnaryOperator::kPlus) return value;
  // cobc computes 0 - x: aligned to max(0, s) places, exact, no carry.
  const int64_t scale = std::max<int32_t>(x->scale, 0);
  return Decimal(IntegerDigits(*x) + scale, scale, IntermediatePrecision::kExact, x->places);
}

auto AlignValue(const Module& module, ExpressionId operand, int32_t places,
                const StorageSizeOptions& sizes) -> ArithmeticValue {
  const ArithmeticValue value = ValueOf(module, operand, sizes);
  const auto* x = std::get_if<DecimalIntermediateType>(&value);
  if (x == nullptr) return Runtime(RuntimePrecision::kOperand);
  if (x->places == IntermediatePlaces::kVarying) return Runtime(RuntimePrecision::kVaryingPlaces);
  if (x->scale == places) return *x;
  // s > places: truncated to places. s < places: libcob shifts by s - places (< 0), dropping
  // that many more digits and leaving 2s - places places.
  const int64_t dropped =
      x->scale > places ? int64_t{x->scale} - places : int64_t{places} - x->scale;
  const int64_t scale = x->scale > places ? places : 2 * int64_t{x->scale} - places;
  return Decimal(int64_t{x->digits} - dropped, scale, IntermediatePrecision::kTruncated, x->places);
}

auto LiteralIntegerExponent(const Module& module, ExpressionId exponent) -> std::optional<int64_t> {
  const Exponent classified = ClassifyExponent(module, exponent);
  if (classified.kind != Exponent::kInteger) return std::nullopt;
  return classified.value;
}

auto Describe(const ArithmeticValue& value) -> std::string {
  if (const auto* decimal = std::get_if<DecimalIntermediateType>(&value)) {
    return fmt::format("decimal-intermediate digits={} scale={} precision={} places={}",
                       decimal->digits, decimal->scale, Spelling(decimal->precision),
                       Spelling(decimal->places));
  }
  return fmt::format("numeric-intermediate source={}",
                     Spelling(std::get<NumericIntermediateType>(value).source));
}

auto DescribeType(const Module& module, TypeId type) -> std::string {
  if (!type.is_valid() || !module.types().Contains(type)) return "none";
  if (const auto* decimal = module.types().TryGet<DecimalIntermediateType>(type)) {
    return Describe(*decimal);
  }
  if (const auto* numeric = module.types().TryGet<NumericIntermediateType>(type)) {
    return Describe(*numeric);
  }
  return std::string(KindName(module.types().kind(type)));
}

}  // namespace remint::ir
