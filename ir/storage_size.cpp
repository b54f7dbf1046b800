#include "ir/storage_size.h"

#include <algorithm>
#include <cctype>
#include <limits>
#include <string>
#include <vector>

namespace remint::ir {

auto BinaryStorageSize(uint32_t digits, bool is_signed, bool native, BinarySizeRule rule)
    -> uint32_t {
  switch (rule) {
    case BinarySizeRule::kTwoFourEight:
      // cobc gives "real binary" (COMP-5) items of up to 2 digits one byte even under 2-4-8.
      if (native && digits <= 2) return 1;
      return digits <= 4 ? 2 : digits <= 9 ? 4 : digits <= 18 ? 8 : 16;
    case BinarySizeRule::kOneTwoFourEight:
      return digits <= 2 ? 1 : digits <= 4 ? 2 : digits <= 9 ? 4 : digits <= 18 ? 8 : 16;
    case BinarySizeRule::kOneToEight: {
      // Largest value 10^digits - 1 must fit in 8n bits, or 8n - 1 with a sign, i.e.
      // 10^digits <= 2^value_bits. 10^19 still fits in 64 bits.
      if (digits > 19) return 16;
      uint64_t power = 1;
      for (uint32_t i = 0; i < digits; ++i) power *= 10;
      for (uint32_t bytes = 1; bytes <= 8; ++bytes) {
        uint32_t value_bits = bytes * 8 - (is_signed ? 1 : 0);
        if (value_bits >= 64 || power <= (uint64_t{1} << value_bits)) return bytes;
      }
      return 16;
    }
  }
  return 8;
}

auto FewestBinaryBytes(uint32_t digits, bool is_signed) -> uint32_t {
  // The fewest bytes n with 10^digits <= 2^(8n), or 2^(8n - 1) with a sign: compare base-256
  // digit strings by repeated multiplication of 10^digits held in 32-bit limbs.
  std::vector<uint32_t> power = {1};  // 10^digits, little-endian base 2^32
  for (uint32_t i = 0; i < digits; ++i) {
    uint64_t carry = 0;
    for (uint32_t& limb : power) {
      uint64_t product = uint64_t{limb} * 10 + carry;
      limb = static_cast<uint32_t>(product);
      carry = product >> 32;
    }
    if (carry != 0) power.push_back(static_cast<uint32_t>(carry));
  }
  // bits(x) = the position of the highest set bit + 1; 10^digits <= 2^k iff
  // 10^digits - 1 < 2^k iff bits(10^digits - 1) <= k.
  for (uint32_t& limb : power) {
    if (limb-- != 0) break;  // subtract one with borrow
  }
  while (power.size() > 1 && power.back() == 0) power.pop_back();
  uint32_t bits = static_cast<uint32_t>(power.size() - 1) * 32;
  for (uint32_t top = power.back(); top != 0; top >>= 1) ++bits;
  const uint32_t value_bits = bits + (is_signed ? 1 : 0);
  return std::max<uint32_t>(1, (value_bits + 7) / 8);
}

auto DecimalStorageSize(const DecimalType& type, const StorageSizeOptions& options) -> uint64_t {
  switch (type.encoding) {
    case DecimalEncoding::kZoned:
      return type.digits + (type.is_signed && type.sign_separate ? 1 : 0);
    case DecimalEncoding::kPacked:
      return type.digits / 2 + 1;
    case DecimalEncoding::kPackedUnsigned:
      return (type.digits + 1) / 2;
    case DecimalEncoding::kBinary:
      return BinaryStorageSize(type.digits, type.is_signed, false, options.binary_size);
    case DecimalEncoding::kNative:
      return BinaryStorageSize(type.digits, type.is_signed, true, options.binary_size);
    case DecimalEncoding::kByteBinary:
    case DecimalEncoding::kByteNative:
      return FewestBinaryBytes(type.digits, type.is_signed);
  }
  return type.digits;
}

auto TypeStorageSize(const Module& module, TypeId type, const StorageSizeOptions& options)
    -> std::optional<uint64_t> {
  return VisitType(module, type, [&](const auto& node) -> std::optional<uint64_t> {
    using T = std::decay_t<decltype(node)>;
    if constexpr (std::is_same_v<T, DecimalType>) {
      return DecimalStorageSize(node, options);
    } else if constexpr (std::is_same_v<T, AlphanumericType> || std::is_same_v<T, AlphabeticType> ||
                         std::is_same_v<T, NumericEditedType> ||
                         std::is_same_v<T, AlphanumericEditedType> ||
                         std::is_same_v<T, CharacterType>) {
      return node.length;
    } else if constexpr (std::is_same_v<T, NationalType>) {
      return node.length * 2;
    } else if constexpr (std::is_same_v<T, FloatType> || std::is_same_v<T, IntegerType>) {
      return node.bits / 8;
    } else if constexpr (std::is_same_v<T, LogicalType>) {
      return node.bytes;
    } else if constexpr (std::is_same_v<T, ComplexType>) {
      return node.part_bits / 4;
    } else if constexpr (std::is_same_v<T, IndexType>) {
      return options.index_bytes;
    } else if constexpr (std::is_same_v<T, PointerType>) {
      return options.pointer_bytes;
    } else {
      return std::nullopt;
    }
  });
}

auto SyncAlignment(const Module& module, TypeId type, const StorageSizeOptions& options)
    -> uint64_t {
  const TypeArena& types = module.types();
  if (const auto* decimal = types.TryGet<DecimalType>(type)) {
    // cobc aligns COMP-X/COMP-N (any byte count) on no boundary.
    bool binary = decimal->encoding == DecimalEncoding::kBinary ||
                  decimal->encoding == DecimalEncoding::kNative;
    return binary ? DecimalStorageSize(*decimal, options) : 1;
  }
  if (types.Is<FloatType>(type) || types.Is<IntegerType>(type) || types.Is<PointerType>(type) ||
      types.Is<IndexType>(type)) {
    return TypeStorageSize(module, type, options).value_or(1);
  }
  return 1;
}

namespace {

struct PictureSymbol {
  std::string symbol;  // one character, or "CR"/"DB"
  uint64_t count;
};

auto ExpandPicture(std::string_view picture) -> ErrorOr<std::vector<PictureSymbol>> {
  std::vector<PictureSymbol> symbols;
  size_t i = 0;
  while (i < picture.size()) {
    char c = static_cast<char>(std::toupper(static_cast<unsigned char>(picture[i])));
    std::string symbol(1, c);
    if ((c == 'C' || c == 'D') && i + 1 < picture.size()) {
      char next = static_cast<char>(std::toupper(static_cast<unsigned char>(picture[i + 1])));
      if ((c == 'C' && next == 'R') || (c == 'D' && next == 'B')) {
        symbol = std::string{c, next};
        ++i;
      }
    }
    ++i;
    if (std::string_view("9AXNSVPZ*+-$,.B0/E").find(symbol[0]) == std::string_view::npos &&
        symbol.size() == 1) {
      return Error("invalid PICTURE symbol '" + symbol + "'");
    }
    uint64_t count = 1;
    if (i < picture.size() && picture[i] == '(') {
      size_t close = picture.find(')', i);
      if (close == std::string_view::npos || close == i + 1) {
        return Error("malformed repetition in PICTURE");
      }
      count = 0;
      int significant_digits = 0;
      for (size_t j = i + 1; j < close; ++j) {
        if (!std::isdigit(static_cast<unsigned char>(picture[j]))) {
          return Error("malformed repetition in PICTURE");
        }
        if (count == 0 && picture[j] == '0') continue;
        // cobc's limit, which also keeps every size computed from a PICTURE far from overflow.
        if (++significant_digits > 9) {
          return Error("only up to 9 significant digits are permitted within parentheses");
        }
        count = count * 10 + static_cast<uint64_t>(picture[j] - '0');
      }
      if (count == 0) return Error("repetition count 0 in PICTURE");
      i = close + 1;
    }
    symbols.push_back(PictureSymbol{symbol, count});
  }
  if (symbols.empty()) return Error("empty PICTURE");
  return symbols;
}

}  // namespace

auto AnalyzePicture(std::string_view picture, bool decimal_point_is_comma)
    -> ErrorOr<PictureSummary> {
  ErrorOr<std::vector<PictureSymbol>> expanded = ExpandPicture(picture);
  if (!expanded) return expanded.error();
  const char point = decimal_point_is_comma ? ',' : '.';
  bool has_a = false, has_x = false, has_n = false, has_nine = false;
  bool has_numeric_edit = false, has_simple_insert = false;
  PictureSummary summary;
  // Floating insertion strings (++++, $$$) use their first symbol for the sign or currency
  // only: each further symbol is a digit position.
  char floating = 0;
  bool after_point = false;
  // 64-bit sums: a PICTURE may repeat up to 999,999,999 positions many times over.
  uint64_t digits = 0;
  uint64_t digits_after_point = 0;
  uint64_t leading_p = 0, trailing_p = 0;
  bool seen_digit = false;
  for (const PictureSymbol& s : *expanded) {
    const std::string& sym = s.symbol;
    char c = sym[0];
    if (sym == "CR" || sym == "DB") {
      has_numeric_edit = true;
      summary.is_signed = true;
      summary.length += 2 * s.count;
      continue;
    }
    uint64_t digit_positions = 0;
    switch (c) {
      case '9':
        has_nine = true;
        digit_positions = s.count;
        summary.length += s.count;
        break;
      case 'A':
        has_a = true;
        summary.length += s.count;
        break;
      case 'X':
        has_x = true;
        summary.length += s.count;
        break;
      case 'N':
        has_n = true;
        summary.length += s.count;
        break;
      case 'S':
        summary.is_signed = true;
        break;
      case 'V':
        after_point = true;
        break;
      case 'P':
        (seen_digit ? trailing_p : leading_p) += s.count;
        if (!seen_digit) after_point = true;  // PPP99: the point is left of the Ps
        break;
      case 'Z':
      case '*':
        has_numeric_edit = true;
        digit_positions = s.count;
        summary.length += s.count;
        break;
      case '+':
      case '-':
      case '$':
        has_numeric_edit = true;
        summary.is_signed = summary.is_signed || c != '$';
        summary.length += s.count;
        if (floating == c) {
          digit_positions = s.count;
        } else {
          floating = c;
          digit_positions = s.count - 1;
        }
        break;
      case 'B':
      case '0':
      case '/':
        has_simple_insert = true;
        summary.length += s.count;
        break;
      case 'E':
        has_numeric_edit = true;
        summary.length += s.count;
        break;
      default:  // '.' and ','
        has_numeric_edit = true;
        summary.length += s.count;
        if (c == point) after_point = true;
        break;
    }
    if (digit_positions > 0) {
      seen_digit = true;
      digits += digit_positions;
      if (after_point) digits_after_point += digit_positions;
    }
    // Insertion characters inside a floating string (+,++.++) do not end it; anything else does.
    if (std::string_view("9ZVPSAXNE*").find(c) != std::string_view::npos) floating = 0;
  }
  // cobc counts P positions with the digits against its 38-digit limit of a numeric item.
  const bool numeric = !has_n && !has_numeric_edit && !has_a && !has_x && !has_simple_insert;
  if (numeric && digits + leading_p + trailing_p > 38) {
    return Error("numeric field cannot be larger than 38 digits");
  }
  // Only a numeric-edited item can still hold this many positions; its byte length (which
  // counts them all) is what lowering checks against the item size limit, so clamping here
  // loses nothing.
  constexpr uint64_t kMaxPositions = std::numeric_limits<int32_t>::max();
  summary.digits = static_cast<uint32_t>(std::min(digits, kMaxPositions));
  summary.scale = static_cast<int32_t>(std::clamp<int64_t>(
      static_cast<int64_t>(std::min(digits_after_point + leading_p, kMaxPositions)) -
          static_cast<int64_t>(std::min(trailing_p, kMaxPositions)),
      -static_cast<int64_t>(kMaxPositions), static_cast<int64_t>(kMaxPositions)));
  if (has_n) {
    summary.category = DataCategory::kNational;
  } else if (has_numeric_edit) {
    summary.category = DataCategory::kNumericEdited;
  } else if (has_a && !has_x && !has_nine && !has_simple_insert) {
    summary.category = DataCategory::kAlphabetic;
  } else if (has_a || has_x) {
    summary.category =
        has_simple_insert ? DataCategory::kAlphanumericEdited : DataCategory::kAlphanumeric;
  } else if (has_simple_insert) {
    summary.category = DataCategory::kNumericEdited;  // 99B99, 99/99/99
  } else {
    summary.category = DataCategory::kNumeric;
  }
  if (summary.category != DataCategory::kNumeric &&
      summary.category != DataCategory::kNumericEdited) {
    summary.digits = 0;
    summary.scale = 0;
  } else if (summary.digits == 0) {
    // PIC V, PIC SPP, PIC +: a number with no digit position (cobc rejects these too).
    return Error("a numeric PICTURE needs at least one digit position");
  }
  return summary;
}

}  // namespace remint::ir
